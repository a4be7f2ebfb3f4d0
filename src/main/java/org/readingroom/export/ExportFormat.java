package org.readingroom.export;

import java.util.Locale;

/** What an export writes: its name on the command line, its file extension and its media type. */
public enum ExportFormat {
  JSONL("jsonl", "application/x-ndjson; charset=utf-8"),
  CSV("csv", "text/csv; charset=utf-8"),
  SQLITE("sqlite", "application/vnd.sqlite3"),
  MBOX("mbox", "application/mbox");

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  /** The file extension, which is also the format's name: {@code jsonl}, {@code csv}, {@code sqlite}, {@code mbox}. */
  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The format a name or extension names (any case), or null. */
  public static ExportFormat of(String name) {
    if (name == null) {
      return null;
    }
    String n = name.toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.extension.equals(n)) {
        return f;
      }
    }
    return null;
  }
}
