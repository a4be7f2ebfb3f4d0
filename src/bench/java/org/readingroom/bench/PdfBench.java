package org.readingroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.readingroom.extract.DocumentReader;
import org.readingroom.extract.ExtractOptions;
import org.readingroom.extract.OcrMode;
import org.readingroom.extract.PageProgress;
import org.readingroom.parse.ReleaseParser;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;

/**
 * Throughput of reading PDFs, measured on release pages made for the purpose: real documents of the
 * sample release (the Clinton emails, as their text layer) printed as PDFs with {@link
 * ReleasePrinter}, read back from their text layer, and printed as 300 dpi scans read back by OCR.
 * Reports pages per second of each path, how many documents parse to the same record as their
 * text, and the OCR's character error rate.
 */
public final class PdfBench {

  /** The sample release inside the jar. */
  private static final String SAMPLE = "/org/readingroom/sample/sample-release.zip";
  private static final String[] FIELDS = {"docId", "caseNumber", "releaseDate", "release", "exemptions", "statutes",
      "classification", "pages", "messages", "redactions"};
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARM_UP = 2;
  private static final int ROUNDS = 3;

  private PdfBench() {}

  /** A document of the sample release, its text and its record. */
  private record Doc(String name, String text, int pages, ReleaseRecord record) {}

  /** Runs both paths and writes the report to {@code out}; returns false when OCR could not run. */
  public static boolean run(int textPages, int ocrPages, int threads, PrintWriter out) throws Exception {
    List<Doc> docs = sample(Math.max(textPages, ocrPages));
    out.printf(Locale.ROOT, "pdf bench: %d cores, %d threads; release pages from the sample release%n",
        Runtime.getRuntime().availableProcessors(), threads);
    textLayer(take(docs, textPages), threads, out);
    return ocrPages == 0 || ocr(take(docs, ocrPages), threads, out);
  }

  private static void textLayer(List<Doc> docs, int threads, PrintWriter out) throws Exception {
    List<byte[]> pdfs = new ArrayList<>();
    int pages = 0;
    for (Doc d : docs) {
      pdfs.add(ReleasePrinter.textLayerPdf(d.text()));
      pages += d.pages();
    }
    try (DocumentReader reader = new DocumentReader(ExtractOptions.defaults().withOcr(OcrMode.NEVER))) {
      List<ParseResult> results = null;
      for (int round = 0; round < WARM_UP; round++) {
        results = readAll(reader, docs, pdfs, threads); // for the JIT
      }
      agreement("text layer", docs, results, out);
      for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
        double[] seconds = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
          long start = System.nanoTime();
          readAll(reader, docs, pdfs, t);
          seconds[round] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[ROUNDS / 2];
        out.printf(Locale.ROOT, "text layer: %d pages (%d documents) in %.2f s on %d thread%s: %.0f pages/s"
            + " (median of %d rounds, after %d warm-up rounds)%n", pages, docs.size(), median, t, t == 1 ? "" : "s",
            pages / median, ROUNDS, WARM_UP);
      }
    }
    out.flush();
  }

  private static boolean ocr(List<Doc> docs, int threads, PrintWriter out) throws Exception {
    ExtractOptions d = ExtractOptions.defaults();
    ExtractOptions options = new ExtractOptions(OcrMode.AUTO, d.maxPages(), d.dpi(), d.ocrTimeout(), threads,
        d.tesseract());
    try (DocumentReader reader = new DocumentReader(options)) {
      if (reader.ocrUnavailable() != null) {
        out.println("OCR: cannot run: " + reader.ocrUnavailable());
        return false;
      }
      List<byte[]> scans = new ArrayList<>();
      int pages = 0;
      for (Doc doc : docs) {
        scans.add(ReleasePrinter.imageOnlyPdf(ReleasePrinter.scans(doc.text(), ReleasePrinter.SCAN_DPI)));
        pages += doc.pages();
      }
      ReleaseParser parser = new ReleaseParser();
      List<ParseResult> results = new ArrayList<>();
      long edits = 0;
      long chars = 0;
      long start = System.nanoTime();
      for (int i = 0; i < docs.size(); i++) {
        String text = reader.text(scans.get(i));
        results.add(parser.parse(docs.get(i).name(), text));
        CharacterErrors.Count e = CharacterErrors.count(docs.get(i).text(), text);
        edits += e.edits();
        chars += e.characters();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT,
          "OCR (tesseract, %d dpi, %d pages at once): %d pages (%d documents) in %.1f s: %.2f pages/s%n",
          options.dpi(), threads, pages, docs.size(), seconds, pages / seconds);
      out.printf(Locale.ROOT, "OCR character error rate: %.4f (%d edits in %d characters, white space folded)%n",
          (double) edits / Math.max(chars, 1), edits, chars);
      agreement("OCR", docs, results, out);
    }
    out.flush();
    return true;
  }

  /** Reads every PDF, each on one of {@code threads} threads. */
  private static List<ParseResult> readAll(DocumentReader reader, List<Doc> docs, List<byte[]> pdfs, int threads)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ParseResult>> futures = new ArrayList<>();
      for (int i = 0; i < pdfs.size(); i++) {
        String name = docs.get(i).name() + ".pdf";
        byte[] pdf = pdfs.get(i);
        futures.add(pool.submit(() -> reader.read(name, pdf, PageProgress.NONE).result()));
      }
      List<ParseResult> out = new ArrayList<>();
      for (Future<ParseResult> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many documents read back to the record of their text, in all and field by field. */
  private static void agreement(String path, List<Doc> docs, List<ParseResult> results, PrintWriter out)
      throws IOException {
    Map<String, Integer> fields = new LinkedHashMap<>();
    int whole = 0;
    for (int i = 0; i < docs.size(); i++) {
      JsonNode expected = JSON.readTree(ReleaseRecordJson.line(docs.get(i).record()));
      JsonNode actual = results.get(i) instanceof ReleaseRecord r ? JSON.readTree(ReleaseRecordJson.line(r)) : null;
      boolean all = true;
      for (String field : FIELDS) {
        boolean same = actual != null && expected.get(field).equals(actual.get(field));
        fields.merge(field, same ? 1 : 0, Integer::sum);
        all &= same;
      }
      whole += all ? 1 : 0;
    }
    StringBuilder byField = new StringBuilder();
    for (Map.Entry<String, Integer> e : fields.entrySet()) {
      byField.append(byField.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
    }
    out.printf(Locale.ROOT, "%s: %d of %d documents parse as their text on every contract field; by field: %s%n",
        path, whole, docs.size(), byField);
  }

  /** The first documents of the list that hold at least {@code pages} pages. */
  private static List<Doc> take(List<Doc> docs, int pages) {
    List<Doc> out = new ArrayList<>();
    int n = 0;
    for (Iterator<Doc> it = docs.iterator(); it.hasNext() && n < pages; ) {
      Doc d = it.next();
      out.add(d);
      n += d.pages();
    }
    return out;
  }

  /** Documents of the sample release with form feeds (a page each), in name order, enough for the pages. */
  private static List<Doc> sample(int pages) throws IOException {
    List<Doc> docs = new ArrayList<>();
    ReleaseParser parser = new ReleaseParser();
    int n = 0;
    try (InputStream in = PdfBench.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IOException("the sample release is missing from this build");
      }
      ZipInputStream zip = new ZipInputStream(in);
      ZipEntry e;
      while (n < pages && (e = zip.getNextEntry()) != null) {
        String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        if (e.isDirectory() || text.indexOf('\f') < 0) {
          continue;
        }
        ReleaseRecord record = parser.parse(e.getName(), text);
        docs.add(new Doc(e.getName(), text, record.pages(), record));
        n += record.pages();
      }
    }
    return docs;
  }
}
