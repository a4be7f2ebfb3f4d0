package org.readingroom.bench.scale;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The second pass: each document read once and written as every copy, documents on every thread.
 * Copy 0 is the corpus as it is; copy {@code n} lives in {@code OUT/copy-nn}, its files named by their
 * copy's numbers.
 */
final class CorpusCopier {

  /** What was written. */
  record Written(long files, long bytes, int textFiles, int otherFiles) {}

  private final CorpusSurvey survey;
  private final List<CopyPlan> plans;
  private final Path out;
  private final PrintWriter err;
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicInteger done = new AtomicInteger();

  CorpusCopier(CorpusSurvey survey, List<CopyPlan> plans, Path out, PrintWriter err) {
    this.survey = survey;
    this.plans = plans;
    this.out = out;
    this.err = err;
  }

  /** The folder of copy {@code n} in OUT. */
  static String folder(int copy) {
    return String.format(Locale.ROOT, "copy-%02d", copy);
  }

  Written write(ForkJoinPool pool) throws IOException {
    makeFolders();
    List<CorpusSurvey.Document> documents = survey.documents;
    pool.submit(() -> IntStream.range(0, documents.size()).parallel().forEach(i -> write(documents.get(i)))).join();
    int text = (int) documents.stream().filter(CorpusSurvey.Document::text).count();
    return new Written(files.get(), bytes.get(), text, documents.size() - text);
  }

  private void makeFolders() throws IOException {
    TreeSet<String> parents = new TreeSet<>();
    for (CorpusSurvey.Document d : survey.documents) {
      int slash = d.relative().lastIndexOf('/');
      parents.add(slash < 0 ? "" : d.relative().substring(0, slash));
    }
    for (int copy = 0; copy <= plans.size(); copy++) {
      for (String parent : parents) {
        Files.createDirectories(out.resolve(folder(copy)).resolve(parent));
      }
    }
  }

  private void write(CorpusSurvey.Document document) {
    try {
      Path original = out.resolve(folder(0)).resolve(document.relative());
      if (!document.text()) {
        Files.copy(document.file(), original);
        count(Files.size(original));
      } else {
        // the bytes read once serve copy 0 as they are and the copies: a file opened is the cost here
        byte[] bytes = Files.readAllBytes(document.file());
        Files.write(original, bytes);
        count(bytes.length);
        DocumentCopy copy = new DocumentCopy(bytes, document, survey.words);
        for (CopyPlan plan : plans) {
          byte[] printed = copy.copy(plan);
          Files.write(out.resolve(folder(plan.copy)).resolve(renamed(document.relative(), plan)), printed);
          count(printed.length);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(document.relative() + ": " + e.getMessage(), e);
    }
    int n = done.incrementAndGet();
    int total = survey.documents.size();
    if (n % Math.max(1, total / 10) == 0 || n == total) {
      err.printf(Locale.ROOT, "scale-corpus: %d/%d documents written as %d copies%n", n, total, plans.size() + 1);
    }
  }

  /** A file named by its document's number takes the copy's number. */
  private static String renamed(String relative, CopyPlan plan) {
    int slash = relative.lastIndexOf('/');
    return relative.substring(0, slash + 1) + plan.renumber(relative.substring(slash + 1));
  }

  private void count(long size) {
    files.incrementAndGet();
    bytes.addAndGet(size);
  }
}
