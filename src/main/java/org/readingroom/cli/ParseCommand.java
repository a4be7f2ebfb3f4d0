package org.readingroom.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readingroom.extract.DocumentReader;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;
import org.readingroom.source.Batch;
import org.readingroom.source.ReleaseSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code readingroom parse}: release documents in, records out (../shared/spec/record.md). */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Reads release documents and writes one record per document to standard output.",
      "PATH is a file, a folder (walked recursively, files in name order) or a .zip/.tgz/.tar archive.",
      "Text, PDFs (their text layer; OCR for pages without one) and scans (PNG, TIFF, JPEG: OCR).",
      "A document that cannot be read still gets a record: {\"source\": ..., \"error\": ...}.",
      "Exit code: 0 when every document was read, 1 when some could not be, 2 on a usage error."
    })
final class ParseCommand implements Callable<Integer> {

  enum Format {
    jsonl,
    json,
    text
  }

  @ParentCommand ReadingroomCli root;
  @Mixin ExtractOption extract;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "jsonl (one record per line, the default), json (pretty-printed) or text (a summary for people).")
  Format format;

  @Mixin ReadingOptions reading;

  @Option(names = "--quiet", description = "No summary on standard error.")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or archives.")
  List<String> paths;

  @Override
  public Integer call() throws InterruptedException {
    OutputStream out = root.out;
    PrintWriter err = root.err;
    long start = System.nanoTime();
    Tally tally = new Tally();
    try (Batch batch = new Batch(reading.threads);
        DocumentReader documents = new DocumentReader(reading.maxSize, extract.options(reading.threads),
            reading.budget())) {
      ReleaseSources sources = new ReleaseSources(paths, reading.sources(false));
      batch.each(sources, doc -> rendered(documents.record(doc)), r -> {
        tally.add(r.result(), err);
        write(out, r.bytes());
      }, () -> false);
    }
    flush(out);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!quiet) {
      err.printf(Locale.ROOT, "parsed %d documents (%d messages) in %.2f s, %.0f docs/s; %d could not be read%n",
          tally.documents, tally.messages, seconds, tally.documents / Math.max(seconds, 1e-9), tally.failures);
    }
    return tally.failures == 0 ? 0 : 1;
  }

  private record Rendered(ParseResult result, ByteArrayOutputStream bytes) {}

  private Rendered rendered(ParseResult result) {
    return new Rendered(result, render(result));
  }

  private ByteArrayOutputStream render(ParseResult result) {
    return switch (format) {
      case jsonl -> ReleaseRecordJson.encoded(result, false);
      case json -> ReleaseRecordJson.encoded(result, true);
      case text -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Terminal.safe(TextSummary.of(result)).getBytes(StandardCharsets.UTF_8));
        yield out;
      }
    };
  }

  private static void write(OutputStream out, ByteArrayOutputStream bytes) {
    try {
      bytes.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to standard output", e);
    }
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to standard output", e);
    }
  }

  /** Counts what was parsed; reports each failure on standard error as it comes. */
  private static final class Tally {
    long documents;
    long messages;
    long failures;

    void add(ParseResult result, PrintWriter err) {
      documents++;
      if (result instanceof ReleaseRecord r) {
        messages += r.messages().size();
      } else if (result instanceof ParseFailure f) {
        failures++;
        String firstLine = f.error().lines().findFirst().orElse("");
        // a zip entry's name is the zip's author's: it is printed escaped, on this one line
        err.println(Terminal.safe("readingroom: " + Terminal.name(f.source()) + ": " + firstLine));
      }
    }
  }
}
