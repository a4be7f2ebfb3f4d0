package org.readingroom.record;

import java.util.List;

/**
 * A parsed release document: the public contract of {@code readingroom parse} (see
 * ../shared/spec/record.md), plus the warnings the parser recorded while repairing damaged text.
 */
public record ReleaseRecord(
    String source,
    String docId,
    String caseNumber,
    String releaseDate,
    Release release,
    List<String> exemptions,
    List<String> statutes,
    Classification classification,
    int pages,
    List<Message> messages,
    List<Redaction> redactions,
    String text,
    List<String> warnings)
    implements ParseResult {

  /** The release stamp: what the agency released of the document. */
  public enum Release {
    FULL,
    PART
  }

  /** The body of one of this record's messages: the text printed under its header. */
  public String body(Message message) {
    return text.substring(message.bodyStart(), message.bodyEnd());
  }

  /** The header block of one of this record's messages, as printed. */
  public String header(Message message) {
    return text.substring(message.headerStart(), message.bodyStart()).strip();
  }

  public ReleaseRecord {
    if (source == null || text == null) {
      throw new IllegalArgumentException("source and text are required");
    }
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be >= 1: " + pages);
    }
    exemptions = List.copyOf(exemptions);
    statutes = List.copyOf(statutes);
    messages = List.copyOf(messages);
    redactions = List.copyOf(redactions);
    warnings = List.copyOf(warnings);
  }
}
