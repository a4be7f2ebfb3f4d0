package org.readingroom.ingest;

/** What an ingest tells whoever watches it: a terminal's progress bar, or plain log lines. */
public interface IngestProgress {

  /** How many sources the ingest will go through (once counted). */
  void total(long sources);

  /** One more source done. */
  void advance();

  /**
   * One more page of a PDF or a scan read, by OCR or from its text layer. Called from the threads
   * that read pages, unlike the other methods: an implementation that counts must be thread-safe.
   */
  default void pageRead(boolean ocr) {}

  /** A line worth telling: a commit, an interruption. */
  void note(String line);

  /** The ingest is over. */
  void finish();

  /** Watches nothing. */
  IngestProgress SILENT = new IngestProgress() {
    @Override
    public void total(long sources) {}

    @Override
    public void advance() {}

    @Override
    public void note(String line) {}

    @Override
    public void finish() {}
  };
}
