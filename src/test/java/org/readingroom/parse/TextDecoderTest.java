package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;

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
  void utf16WithAByteOrderMarkReadsAsTheSameText() throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/golden/seed-banner-letter.txt"));
    ReleaseRecord utf8 = assertInstanceOf(ReleaseRecord.class, read(text.getBytes(StandardCharsets.UTF_8)));
    for (String order : new String[] {"UTF-16LE", "UTF-16BE"}) {
      byte[] body = text.getBytes(java.nio.charset.Charset.forName(order));
      byte[] bytes = new byte[body.length + 2];
      bytes[0] = (byte) (order.endsWith("LE") ? 0xFF : 0xFE);
      bytes[1] = (byte) (order.endsWith("LE") ? 0xFE : 0xFF);
      System.arraycopy(body, 0, bytes, 2, body.length);
      ReleaseRecord r = assertInstanceOf(ReleaseRecord.class, read(bytes), order);
      assertEquals(utf8.text(), r.text(), order);
      assertEquals(utf8.messages(), r.messages(), order);
      assertEquals(utf8.docId(), r.docId(), order);
      assertTrue(r.warnings().contains("decoded as UTF-16"), order);
    }
  }

  @Test
  void linesEndedByACarriageReturnAloneAreLines() throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/golden/seed-banner-letter.txt"));
    ReleaseRecord lf = assertInstanceOf(ReleaseRecord.class, read(text.getBytes(StandardCharsets.UTF_8)));
    for (String ending : new String[] {"\r", "\r\n"}) {
      ReleaseRecord r = assertInstanceOf(ReleaseRecord.class,
          read(text.replace("\n", ending).getBytes(StandardCharsets.UTF_8)));
      assertEquals(lf.text(), r.text());
      assertEquals(lf.messages(), r.messages());
      assertEquals(lf.redactions().size(), r.redactions().size());
    }
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
