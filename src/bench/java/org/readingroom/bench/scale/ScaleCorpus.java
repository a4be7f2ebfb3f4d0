package org.readingroom.bench.scale;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/scale-corpus FACTOR OUT}: the corpus made FACTOR times as large out of itself, so
 * that ingest time, index size and query latency can be measured as the archive grows, without new
 * data. Copy 0 is the corpus as it is; each other copy is a release of its own (see {@link
 * CopyPlan}): new document numbers, dates moved, names, addresses and the words of running text
 * exchanged, so that near-duplicate detection and threads do not fold a copy back into its original,
 * while the printings of one message that agree in the corpus agree as much in a copy. The same
 * corpus and FACTOR give the same bytes.
 */
@Command(
    name = "scale-corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the corpus FACTOR times into OUT: OUT/copy-00 is the corpus unchanged, OUT/copy-01 ... each",
      "a release of its own made from it: document numbers C(10+n)xxxxxx, dates moved by 45 days a copy",
      "(weekdays with them), the senders' and recipients' persons exchanged among alike ones (each spelling",
      "of a person for the other's spelling of its kind and rank), other names and addresses among alike ones,",
      "the words of running text exchanged one for one among words of their length, case and frequency, each",
      "word by its OCR skeleton, so the printings of one message differ in a copy as much as in the corpus.",
      "Deterministic: the same input, the same bytes.",
      "Progress on standard error, then one line: files, bytes, seconds."
    })
public final class ScaleCorpus implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FACTOR", description = "How many times the corpus (1 to 90).")
  int factor;

  @Parameters(index = "1", paramLabel = "OUT", description = "A folder that does not exist or is empty.")
  Path out;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "/tmp/corpus/clinton-email-text",
      description = "The unpacked corpus of text documents (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final PrintWriter err;

  public ScaleCorpus(PrintWriter err) {
    this.err = err;
  }

  public ScaleCorpus() {
    this(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
  }

  /** Days copy {@code copy} moves every date by (copy 0: none). */
  public static int shiftDays(int copy) {
    return copy == 0 ? 0 : CopyPlan.days(copy);
  }

  /** Copy {@code copy}'s number for the document numbered {@code number} ({@code C05787433}: {@code C11787433} in copy 1). */
  public static String copyNumber(int copy, String number) {
    return copy == 0 ? number : CopyPlan.number(copy, number);
  }

  /** The folder of copy {@code copy} in OUT ({@code copy-00}, {@code copy-01}...). */
  public static String copyFolder(int copy) {
    return CorpusCopier.folder(copy);
  }

  @Override
  public Integer call() throws IOException {
    if (factor < 1 || factor > CopyPlan.MAX_FACTOR) {
      throw usage("FACTOR is 1 to " + CopyPlan.MAX_FACTOR + ": " + factor);
    }
    if (!Files.isDirectory(corpus)) {
      throw usage("no corpus folder " + corpus + " (unpack ../shared/corpus/clinton-email-text.tgz, or give --corpus)");
    }
    if (Files.exists(out) && !isEmptyFolder(out)) {
      throw usage(out + " is not an empty folder: remove it, or give another");
    }
    long start = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      CorpusSurvey survey = CorpusSurvey.of(corpus, pool, err);
      List<String> clashes = survey.numberClashes(factor);
      if (!clashes.isEmpty()) {
        err.println("scale-corpus: the copies' document numbers would not be new: " + String.join("; ", clashes));
        return 1;
      }
      List<CopyPlan> plans = new ArrayList<>();
      for (int copy = 1; copy < factor; copy++) {
        plans.add(new CopyPlan(copy, survey));
      }
      CorpusCopier.Written w = new CorpusCopier(survey, plans, out, err).write(pool);
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "scale-corpus: %d files (%d copies of %d documents%s), %d bytes in %s, %.1f s%n",
          w.files(), factor, w.textFiles(), w.otherFiles() == 0 ? "" : ", and " + w.otherFiles()
              + " other files in copy 0 only", w.bytes(), out, seconds);
      return 0;
    } finally {
      pool.shutdown();
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static boolean isEmptyFolder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ScaleCorpus()).execute(args));
  }
}
