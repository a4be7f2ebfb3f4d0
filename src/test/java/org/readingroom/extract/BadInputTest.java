package org.readingroom.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;

/** PDFs and images a batch meets broken: each is a failure with a clear reason, never an exception. */
class BadInputTest {

  static DocumentReader reader;

  @BeforeAll
  static void open() {
    reader = ReleaseFiles.readerWithoutOcr();
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  static ParseFailure failure(String name, byte[] bytes) {
    return assertInstanceOf(ParseFailure.class, reader.read(name, bytes, PageProgress.NONE).result());
  }

  @Test
  void anEncryptedPdfSaysItNeedsItsPassword() throws Exception {
    ParseFailure f = failure("locked.pdf", ReleaseFiles.encryptedPdf(ReleaseFiles.CHAIN));
    assertEquals("encrypted", f.kind());
    assertTrue(f.error().contains("password"), f.error());
  }

  @Test
  void aTruncatedPdfSaysItWasCutShort() throws Exception {
    ParseFailure f = failure("cut.pdf", ReleaseFiles.truncatedPdf(ReleaseFiles.CHAIN));
    assertEquals("truncated-pdf", f.kind());
    assertTrue(f.error().contains("cut short"), f.error());
  }

  @Test
  void bytesNamedPdfThatAreNoPdfAreCorrupt() {
    ParseFailure noise = failure("noise.pdf", ReleaseFiles.noise(7, 3000));
    assertEquals("corrupt-pdf", noise.kind());
    assertTrue(noise.error().contains("is not a PDF"), noise.error());
    ParseFailure text = failure("letter.pdf", "From: H\nTo: Mills\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("corrupt-pdf", text.kind());
    ParseFailure image = failure("scan.png", ReleaseFiles.noise(8, 100));
    assertEquals("corrupt-image", image.kind());
  }

  @Test
  void aPdfHeaderAroundNoiseIsCorrupt() {
    for (long seed = 1; seed <= 5; seed++) {
      ParseFailure f = failure("fake.pdf", ReleaseFiles.corruptPdf(seed));
      assertEquals("corrupt-pdf", f.kind(), f.error());
      assertTrue(f.error().startsWith("the PDF"), f.error());
    }
  }

  @Test
  void mutatedPdfsGiveARecordOrAFailureNeverAnError() throws Exception {
    byte[] pdf = ReleaseFiles.textPdf(ReleaseFiles.CHAIN);
    Random random = new Random(20160129);
    for (int i = 0; i < 40; i++) {
      byte[] bytes = pdf.clone();
      int flips = 1 + random.nextInt(50);
      for (int k = 0; k < flips; k++) {
        bytes[random.nextInt(bytes.length - 10)] = (byte) random.nextInt(256);
      }
      long start = System.nanoTime();
      ParseResult r = reader.read("mutated-" + i + ".pdf", bytes, PageProgress.NONE).result();
      assertTrue((System.nanoTime() - start) / 1e9 < 10, "mutation " + i + " took too long");
      if (r instanceof ParseFailure f) {
        assertNotEquals("internal-error", f.kind(), f.error());
      } else {
        assertInstanceOf(ReleaseRecord.class, r);
      }
    }
  }

  @Test
  void anImageDeclaringBillionsOfPixelsIsRefusedBeforeItIsDecoded() throws Exception {
    ParseFailure f = failure("bomb.png", pngHeader(100_000, 100_000));
    assertEquals("too-large", f.kind());
    assertTrue(f.error().contains("100000 x 100000"), f.error());
  }

  /** The signature and header of a PNG of the given size, and a few bytes of nothing. */
  private static byte[] pngHeader(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
        .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
    out.writeBytes(ihdr.array());
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    out.writeBytes(new byte[64]);
    return out.toByteArray();
  }
}
