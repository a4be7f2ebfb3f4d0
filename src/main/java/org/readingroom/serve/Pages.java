package org.readingroom.serve;

import java.util.List;
import java.util.Locale;
import org.readingroom.record.SentTime;

/** What several pages of the reading room show alike: numbers and dates as read, and facet links. */
public final class Pages {
  private Pages() {}

  /** A count as a reader reads it: 27,154. */
  public static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** When a message was sent, as a reader reads it: {@code 2011-12-31 18:06}, or "not readable". */
  public static String sent(SentTime sent) {
    return sent == null ? "not readable" : sent.toString().replace('T', ' ');
  }

  /** A value of a facet, its count, and the link that narrows to it. */
  public record FacetLink(String value, long count, String href, boolean active) {}

  /**
   * A facet dimension's values.
   *
   * @param more the link that lists more of its values; null when all are listed
   */
  public record FacetGroup(String title, List<FacetLink> values, String more) {
    public FacetGroup {
      values = List.copyOf(values);
    }
  }

  /** A filter in force, and the link that lifts it. */
  public record ActiveFilter(String label, String removeHref) {}
}
