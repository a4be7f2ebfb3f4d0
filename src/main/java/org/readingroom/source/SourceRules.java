package org.readingroom.source;

/**
 * What a walk of the sources given may read, and how it names what it finds.
 *
 * @param maxBytes a document's bytes at most: a file, an archive entry
 * @param inflationRatio an archive, with every archive nested in it, may inflate to this many
 *     times its own size in all (and to {@code maxBytes} at least); past that, the rest of it is
 *     refused: a zip bomb costs a bounded amount of memory and CPU
 * @param followLinks follow symbolic links that lead out of the folder given; without it such a link
 *     is refused, and only the files under the folders given are read
 * @param namesFromRoot name each document from the file or folder given, by that one's own name and
 *     the path inside it ({@code batch-1/C05739545.pdf}), not by the path as typed: what an archive
 *     stores then tells nothing of the ingesting machine's folders
 */
public record SourceRules(long maxBytes, long inflationRatio, boolean followLinks, boolean namesFromRoot) {

  /** A release zip of PDFs inflates to about its size, a zip of text to a few times it. */
  public static final long DEFAULT_INFLATION_RATIO = 100;

  public SourceRules {
    if (maxBytes <= 0 || inflationRatio < 1) {
      throw new IllegalArgumentException("maxBytes and inflationRatio must be positive: " + maxBytes + ", "
          + inflationRatio);
    }
  }

  /** Documents of {@code maxBytes} at most, the default inflation, links kept inside, paths as given. */
  public static SourceRules of(long maxBytes) {
    return new SourceRules(maxBytes, DEFAULT_INFLATION_RATIO, false, false);
  }

  /** What an archive of {@code size} bytes on disk (with all nested in it) may inflate to. */
  long inflationBudget(long size) {
    long ratio = size > Long.MAX_VALUE / inflationRatio ? Long.MAX_VALUE : size * inflationRatio;
    return Math.max(ratio, maxBytes);
  }
}
