package org.readingroom.export;

/** What an export tells whoever watches it: a terminal's progress bar, or nothing. */
public interface ExportProgress {

  /** How many hits the export goes through. */
  void total(long hits);

  /** One more hit written. */
  void advance();

  /** The export is over. */
  void finish();

  /** Watches nothing. */
  ExportProgress SILENT = new ExportProgress() {
    @Override
    public void total(long hits) {}

    @Override
    public void advance() {}

    @Override
    public void finish() {}
  };
}
