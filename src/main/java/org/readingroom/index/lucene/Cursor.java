package org.readingroom.index.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.readingroom.index.SearchRequest;

/**
 * The opaque cursor of a page of hits: where the last hit of a page stood in the search's order
 * (its sort value, score and entry), so that the next page is read with Lucene's {@code
 * searchAfter}, gathering one page of hits however deep it is. It holds the order it was made for,
 * and a cursor of another order (or of nothing) is refused. An entry's number is its place in the
 * index the page was read from: after an ingest commits, the next page may repeat or pass over a
 * few hits, as any paging of a changing list does.
 */
final class Cursor {
  private Cursor() {}

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  /** Far longer than any cursor this class writes. */
  private static final int MAX_LENGTH = 200;

  /** The cursor after {@code last}, a hit of a search in {@code order}. */
  static String after(ScoreDoc last, SearchRequest.Sort order) {
    StringBuilder sb = new StringBuilder("1.").append(order.label()).append('.').append(last.doc).append('.')
        .append(Integer.toHexString(Float.floatToIntBits(last.score)));
    if (last instanceof FieldDoc f) {
      sb.append('.').append(f.fields[0]).append('.').append(Integer.toHexString(Float.floatToIntBits((Float) f.fields[1])));
    }
    return ENCODER.encodeToString(sb.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The hit {@code cursor} stands after, as Lucene's searchAfter takes it: a {@link FieldDoc} for
   * an order by a field, a {@link ScoreDoc} for relevance.
   *
   * @throws IllegalArgumentException when it is not a cursor of a search in {@code order}
   */
  static ScoreDoc read(String cursor, SearchRequest.Sort order) {
    String[] parts;
    try {
      if (cursor.length() > MAX_LENGTH) {
        throw new IllegalArgumentException();
      }
      parts = new String(DECODER.decode(cursor), StandardCharsets.US_ASCII).split("\\.", -1);
    } catch (IllegalArgumentException e) {
      throw notACursor();
    }
    boolean byField = order != SearchRequest.Sort.RELEVANCE;
    if (parts.length != (byField ? 6 : 4) || !parts[0].equals("1") || !parts[1].equals(order.label())) {
      throw new IllegalArgumentException("this cursor is not one of a search in " + order.label()
          + " order: pass the 'next' of the page before, with the same parameters");
    }
    try {
      int doc = Integer.parseInt(parts[2]);
      float score = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[3], 16));
      if (doc < 0) {
        throw notACursor();
      }
      if (!byField) {
        return new ScoreDoc(doc, score);
      }
      Object[] fields = {Long.parseLong(parts[4]), Float.intBitsToFloat(Integer.parseUnsignedInt(parts[5], 16))};
      return new FieldDoc(doc, score, fields);
    } catch (NumberFormatException e) {
      throw notACursor();
    }
  }

  private static IllegalArgumentException notACursor() {
    return new IllegalArgumentException("not a cursor: pass the 'next' of the page before as 'cursor'");
  }
}
