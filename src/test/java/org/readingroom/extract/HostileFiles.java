package org.readingroom.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The inputs of issue 14's ingest attacks, made by the tests themselves: a small PDF whose text
 * stream inflates to a great size, a PDF of very many pages, a zip bomb of two levels, a text of
 * one enormous line. Written by hand (a PDF's objects, a zip's entries) so that each is as small
 * on disk as an attacker would make it.
 */
public final class HostileFiles {

  private HostileFiles() {}

  /**
   * A one-page PDF whose content stream (FlateDecode) inflates to about {@code inflated} bytes of
   * text-showing operators: small on disk, a gigabyte in a reader that decodes it whole.
   */
  public static byte[] inflatingPdf(long inflated) throws IOException {
    byte[] line = "(All work and no play makes a dull reader of released records) Tj T*\n".getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[line.length * 16384];
    for (int i = 0; i < 16384; i++) {
      System.arraycopy(line, 0, chunk, i * line.length, line.length);
    }
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
      out.write("BT /F1 12 Tf 14 TL 72 720 Td\n".getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < inflated; written += chunk.length) {
        out.write(chunk);
      }
      out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
    } finally {
      deflater.end();
    }
    byte[] stream = compressed.toByteArray();
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        + " /Resources << /Font << /F1 5 0 R >> >> >>"));
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(ascii("<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n"));
    content.writeBytes(stream);
    content.writeBytes(ascii("\nendstream"));
    objects.add(content.toByteArray());
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    return pdf(objects);
  }

  /** A PDF of {@code pages} empty pages, one flat page tree: a few bytes a page. */
  public static byte[] manyPagesPdf(int pages) {
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    StringBuilder kids = new StringBuilder(pages * 10);
    for (int i = 0; i < pages; i++) {
      kids.append(i + 4).append(" 0 R ");
    }
    objects.add(ascii("<< /Type /Pages /Count " + pages + " /Kids [" + kids + "] >>"));
    objects.add(ascii("<< /Length 0 >>\nstream\n\nendstream"));
    byte[] page = ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>");
    for (int i = 0; i < pages; i++) {
      objects.add(page);
    }
    return pdf(objects);
  }

  /**
   * A zip of {@code copies} zips, each of {@code entries} entries of {@code entryBytes} zeros: a
   * few kilobytes that inflate to copies × entries × entryBytes.
   */
  public static byte[] nestedZipBomb(int copies, int entries, int entryBytes) throws IOException {
    byte[] zeros = new byte[1 << 20];
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(inner)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (int e = 0; e < entries; e++) {
        zip.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "page-%02d.txt", e)));
        for (int written = 0; written < entryBytes; written += zeros.length) {
          zip.write(zeros, 0, Math.min(zeros.length, entryBytes - written));
        }
        zip.closeEntry();
      }
    }
    byte[] innerBytes = inner.toByteArray();
    ByteArrayOutputStream outer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(outer)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (int c = 0; c < copies; c++) {
        zip.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "batch-%02d.zip", c)));
        zip.write(innerBytes);
        zip.closeEntry();
      }
    }
    return outer.toByteArray();
  }

  /** A text file of one line of {@code bytes} letters after a header: no line break to stop at. */
  public static Path oneLineText(Path file, long bytes) throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(ascii("From: H\nSubject: one line\n\n"));
      for (long written = 0; written < bytes; written += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
      }
    }
    return file;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Numbered objects (from 1), a cross-reference table and a trailer. */
  private static byte[] pdf(List<byte[]> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("%PDF-1.4\n"));
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      out.writeBytes(ascii((i + 1) + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(ascii("\nendobj\n"));
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    out.writeBytes(ascii(table.toString()));
    return out.toByteArray();
  }
}
