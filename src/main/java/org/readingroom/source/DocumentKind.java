package org.readingroom.source;

import java.util.Locale;

/** What a document's bytes are, told by their first bytes (never by the file's name alone). */
public enum DocumentKind {
  TEXT("text/plain; charset=utf-8", "txt"),
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  TIFF("image/tiff", "tif"),
  JPEG("image/jpeg", "jpg");

  /** Acrobat finds the header anywhere in the first 1,024 bytes; so do we. */
  private static final int PDF_HEADER_WITHIN = 1024;

  private final String contentType;
  private final String extension;

  DocumentKind(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The file extension the archive stores such an original under. */
  public String extension() {
    return extension;
  }

  /** An image that only OCR can read. */
  public boolean isImage() {
    return this == PNG || this == TIFF || this == JPEG;
  }

  /** What {@code bytes} are; {@link #TEXT} for anything that is neither a PDF nor an image. */
  public static DocumentKind sniff(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (startsWith(bytes, 'I', 'I', 0x2A, 0x00) || startsWith(bytes, 'M', 'M', 0x00, 0x2A)) {
      return TIFF;
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    return pdfHeaderAt(bytes) >= 0 ? PDF : TEXT;
  }

  /** What a file named {@code name} claims to be by its extension, or null. */
  public static DocumentKind claimedBy(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      return PDF;
    }
    if (lower.endsWith(".png")) {
      return PNG;
    }
    if (lower.endsWith(".tif") || lower.endsWith(".tiff")) {
      return TIFF;
    }
    if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
      return JPEG;
    }
    return null;
  }

  /** Where {@code %PDF-} starts in the first bytes, or -1. */
  public static int pdfHeaderAt(byte[] bytes) {
    int last = Math.min(bytes.length, PDF_HEADER_WITHIN) - 5;
    for (int i = 0; i <= last; i++) {
      if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
