package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static ParseResult read(byte[] bytes) {
    return new ReleaseReader().parse("doc.txt", bytes);
  }

  @Test
  void emptyFileIsAFailureRecord() {
    ParseFailure f = assertInstanceOf(ParseFailure.class, read(new byte[0]));
    assertEquals("empty", f.kind());
  }

  @Test
  void binaryFileIsAFailureRecord() {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    assertEquals("binary", assertInstanceOf(ParseFailure.class, read(bytes)).kind());
    byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(assertInstanceOf(ParseFailure.class, read(pdf)).error().contains("PDF"));
  }

  @Test
  void invalidUtf8FallsBackToWindows1252WithAWarning() {
    byte[] bytes = "Subject: Caf\u00e9 \u2014 talks".getBytes(TextDecoder.WINDOWS_1252);
    ReleaseRecord r = assertInstanceOf(ReleaseRecord.class, read(bytes));
    assertEquals("Subject: Caf\u00e9 \u2014 talks", r.text());
    assertTrue(r.warnings().contains("not valid UTF-8: decoded as Windows-1252"));
  }

  @Test
  void utf8WithAByteOrderMark() {
    byte[] body = "From: H".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("From: H", assertInstanceOf(ReleaseRecord.class, read(bytes)).text());
  }

  @Test
  void onlyWhiteSpaceIsARecordWithAWarning() {
    ReleaseRecord r = assertInstanceOf(ReleaseRecord.class, read("\f".getBytes(StandardCharsets.UTF_8)));
    assertEquals("", r.text());
    assertEquals(1, r.pages());
    assertTrue(r.warnings().get(0).startsWith("no readable text"));
  }

  @Test
  void overTheSizeLimitIsAFailureRecord() {
    ParseResult r = new ReleaseReader(10).parse("big.txt", "From: someone long".getBytes(StandardCharsets.UTF_8));
    assertEquals("too-large", assertInstanceOf(ParseFailure.class, r).kind());
  }
}
