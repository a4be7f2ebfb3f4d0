package org.readingroom.threads;

/**
 * Where a message is printed: in a release document, at a position of its chain (0 the top
 * message), on a page.
 *
 * @param document the document's key in the archive (its document number, else a content hash)
 */
public record Appearance(String document, int position, int page) implements Comparable<Appearance> {
  public Appearance {
    if (document == null || position < 0 || page < 1) {
      throw new IllegalArgumentException("an appearance has a document, a position and a page");
    }
  }

  /** The archive's index entry of this printing: {@code C05787433/1}. */
  public String entryId() {
    return document + "/" + position;
  }

  @Override
  public int compareTo(Appearance o) {
    int byDocument = document.compareTo(o.document);
    return byDocument != 0 ? byDocument : Integer.compare(position, o.position);
  }
}
