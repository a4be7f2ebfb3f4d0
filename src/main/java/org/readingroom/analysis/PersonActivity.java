package org.readingroom.analysis;

/**
 * What a person did in an archive's messages (each message counted once, however many documents
 * print it).
 *
 * @param messages messages the person sent or received
 * @param sent messages the person sent
 * @param received messages the person received (To or Cc)
 * @param threads threads the person took part in
 */
public record PersonActivity(long messages, long sent, long received, long threads) {
  public static final PersonActivity NONE = new PersonActivity(0, 0, 0, 0);
}
