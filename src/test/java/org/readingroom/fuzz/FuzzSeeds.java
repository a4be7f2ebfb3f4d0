package org.readingroom.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.readingroom.bench.ReleasePrinter;

/**
 * Writes the fuzz targets' seeds into {@code src/test/resources/org/readingroom/fuzz/}: the release
 * texts the tests are built on (the golden documents), PDFs printed from them (a text layer,
 * encrypted, cut short) and zip and tar archives of them (nested, and one with a {@code ../}
 * entry). Run by {@code scripts/fuzz --seeds}; the seeds are committed, and every crash a fuzzing
 * run finds is committed beside them, so that the normal build replays it.
 */
public final class FuzzSeeds {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path OUT = Path.of("src/test/resources/org/readingroom/fuzz");

  private FuzzSeeds() {}

  public static void main(String[] args) throws IOException {
    Map<String, byte[]> texts = new TreeMap<>();
    try (var files = Files.list(GOLDEN)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    texts.put("chain-two-pages.txt", Files.readAllBytes(Path.of("src/test/resources/pdf/chain-two-pages.txt")));
    for (Map.Entry<String, byte[]> t : texts.entrySet()) {
      seed("ParserFuzzTestInputs/parse", t.getKey(), t.getValue());
    }
    String memo = text(texts, "memo-not-email.txt");
    String chain = text(texts, "chain-two-pages.txt");
    byte[] chainPdf = ReleasePrinter.textLayerPdf(chain);
    seed("PdfFuzzTestInputs/readPdf", "memo.pdf", ReleasePrinter.textLayerPdf(memo));
    seed("PdfFuzzTestInputs/readPdf", "chain.pdf", chainPdf);
    seed("PdfFuzzTestInputs/readPdf", "banner-letter.pdf",
        ReleasePrinter.textLayerPdf(text(texts, "seed-banner-letter.txt")));
    seed("PdfFuzzTestInputs/readPdf", "encrypted.pdf", ReleasePrinter.encryptedPdf(memo, "s3cret"));
    seed("PdfFuzzTestInputs/readPdf", "cut-short.pdf", Arrays.copyOf(chainPdf, chainPdf.length / 2));

    byte[] twoTexts = zip(Map.of("a/memo.txt", texts.get("memo-not-email.txt"),
        "b/benghazi.txt", texts.get("benghazi-committee-banner.txt")));
    seed("SourceReadersFuzzTestInputs/zip", "two-texts.zip", twoTexts);
    seed("SourceReadersFuzzTestInputs/zip", "nested.zip", zip(Map.of("inner.zip", twoTexts,
        "memo.pdf", ReleasePrinter.textLayerPdf(memo))));
    seed("SourceReadersFuzzTestInputs/zip", "climbs-out.zip", zip(Map.of("../escape.txt", texts.get("memo-not-email.txt"))));
    byte[] tar = tar(Map.of("memo.txt", texts.get("memo-not-email.txt"), "inner.zip", twoTexts));
    seed("SourceReadersFuzzTestInputs/tar", "texts.tar", tar);
    seed("SourceReadersFuzzTestInputs/tgz", "texts.tgz", gzip(tar));
  }

  private static String text(Map<String, byte[]> texts, String name) {
    return new String(texts.get(name), StandardCharsets.UTF_8);
  }

  private static void seed(String folder, String name, byte[] bytes) throws IOException {
    Path dir = Files.createDirectories(OUT.resolve(folder));
    Files.write(dir.resolve(name), bytes);
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] tar(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
