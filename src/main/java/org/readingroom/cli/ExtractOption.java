package org.readingroom.cli;

import java.util.Locale;
import org.readingroom.extract.ExtractOptions;
import org.readingroom.extract.OcrMode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --ocr} and {@code --max-pages}, shared by the commands that read PDFs and scans. */
final class ExtractOption {

  enum Ocr {
    auto,
    always,
    never
  }

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--ocr", defaultValue = "auto", paramLabel = "auto|always|never",
      description = {"When pages are read by OCR (tesseract): auto (a PDF page without a usable text layer,",
          "and images), always (every page), never (such pages are left unread; images refused).",
          "Default ${DEFAULT-VALUE}."})
  Ocr ocr;

  private int maxPages = ExtractOptions.DEFAULT_MAX_PAGES;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "" + ExtractOptions.DEFAULT_MAX_PAGES,
      description = {"Read at most N pages of a PDF or scan; the rest are left out, with a warning",
          "(default ${DEFAULT-VALUE})."})
  void maxPages(int pages) {
    if (pages < 1) {
      throw new ParameterException(spec.commandLine(), "--max-pages must be at least 1, not " + pages);
    }
    maxPages = pages;
  }

  /** The options, OCR on {@code threads} threads. */
  ExtractOptions options(int threads) {
    ExtractOptions d = ExtractOptions.defaults();
    return new ExtractOptions(OcrMode.valueOf(ocr.name().toUpperCase(Locale.ROOT)), maxPages, d.dpi(), d.ocrTimeout(),
        Math.max(1, threads), d.tesseract());
  }
}
