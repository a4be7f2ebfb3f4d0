package org.readingroom.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a document's bytes into text: UTF-16 when a UTF-16 byte-order mark says so (text saved on
 * Windows), UTF-8 when they are valid UTF-8 (a byte-order mark is dropped), else Windows-1252, the
 * encoding of the text layers of older releases. Lines ended by a carriage return alone (old Mac
 * files) are read as lines. Refuses what is not text at all: an empty file, a binary file.
 */
final class TextDecoder {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** How much of the start of a file is inspected for binary content. */
  private static final int SNIFF = 8192;

  /**
   * Decoded text, {@code chars[0, length)}, and what was noted while decoding; or a refusal
   * ({@code chars} null, with a kind and a reason).
   */
  record Decoded(char[] chars, int length, String failureKind, String failure, List<String> warnings) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return refuse("empty", "empty file");
    }
    if (hasUtf16Bom(bytes)) {
      try {
        CharBuffer chars = StandardCharsets.UTF_16.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
        return lines(new Decoded(chars.array(), chars.limit(), null, null, List.of("decoded as UTF-16")));
      } catch (CharacterCodingException e) {
        // not UTF-16 after all: judged as any other bytes below
      }
    }
    if (looksBinary(bytes)) {
      return refuse("binary", binaryDescription(bytes));
    }
    int offset = hasUtf8Bom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = utf8.decode(in);
      return lines(new Decoded(chars.array(), chars.limit(), null, null, List.of()));
    } catch (CharacterCodingException e) {
      CharBuffer chars = WINDOWS_1252.decode(ByteBuffer.wrap(bytes));
      return lines(new Decoded(chars.array(), chars.limit(), null, null,
          List.of("not valid UTF-8: decoded as Windows-1252")));
    }
  }

  /**
   * A text whose lines end with a carriage return alone, and never with a line feed, has them
   * ended with line feeds (in place); any other text is left as it is (a CR before an LF reads as
   * a space).
   */
  private static Decoded lines(Decoded d) {
    char[] c = d.chars();
    int n = d.length();
    boolean cr = false;
    for (int i = 0; i < n; i++) {
      if (c[i] == '\n') {
        return d;
      }
      cr |= c[i] == '\r';
    }
    if (!cr) {
      return d;
    }
    for (int i = 0; i < n; i++) {
      if (c[i] == '\r') {
        c[i] = '\n';
      }
    }
    return d;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
  }

  private static Decoded refuse(String kind, String why) {
    return new Decoded(null, 0, kind, why, List.of());
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /** NUL bytes, or many control characters other than white space, in the first bytes. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return control > n / 10;
  }

  private static String binaryDescription(byte[] bytes) {
    if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
      return "a PDF, not text: ingest reads PDFs";
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
      return "a zip archive that is not named .zip";
    }
    return "binary file, not text";
  }
}
