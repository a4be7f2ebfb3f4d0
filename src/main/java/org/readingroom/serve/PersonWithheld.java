package org.readingroom.serve;

/**
 * What was withheld from a person's messages: the messages they sent and received, the share of
 * each withheld in part, and the redactions in them by code (a chart with its table).
 */
public record PersonWithheld(long sent, long sentWithheld, long received, long receivedWithheld, Chart byCode) {

  /** The share of the messages sent withheld in part, as a reader reads it: {@code 13.5%}. */
  public String sentShare() {
    return share(sentWithheld, sent);
  }

  public String receivedShare() {
    return share(receivedWithheld, received);
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "0%" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
