package org.readingroom.serve;

import java.util.List;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchResult;

/** What each page of the reading room shows: the models its template renders. */
public final class Pages {
  private Pages() {}

  /** A count as a reader reads it: 27,154. */
  public static String number(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /** A value of a facet, its count, and the link that narrows to it. */
  public record FacetLink(String value, long count, String href, boolean active) {}

  /** A facet dimension's values. */
  public record FacetGroup(String title, List<FacetLink> values) {
    public FacetGroup {
      values = List.copyOf(values);
    }
  }

  /** A filter in force, and the link that lifts it. */
  public record ActiveFilter(String label, String removeHref) {}

  /** A declassification to come: when, and which document. */
  public record Declassification(String date, String when, String docId, String level, String subject) {}

  public record Home(ArchiveStats stats, Chart timeline, Chart exemptions, List<Declassification> declassifications,
      List<FacetLink> senders, List<ExemptionLegend.Entry> legend) {}

  public record Search(Links links, SearchResult result, String error, int page, int pages, Chart histogram,
      List<FacetGroup> facets, List<ActiveFilter> active, String sort, String kind) {
    public List<Hit> hits() {
      return result == null ? List.of() : result.hits();
    }

    public long total() {
      return result == null ? 0 : result.total();
    }

    /** The page numbers to offer around the current one. */
    public List<Integer> pageWindow() {
      int from = Math.max(1, page - 4);
      int to = Math.min(pages, page + 4);
      List<Integer> out = new java.util.ArrayList<>();
      for (int p = from; p <= to; p++) {
        out.add(p);
      }
      return out;
    }
  }

  public record Person(String name, long sent, long received, Chart timeline, List<FacetLink> correspondents,
      List<FacetLink> exemptions, List<Hit> recentSent, List<Hit> recentReceived, String sentHref,
      String receivedHref) {}

  public record Error(int status, String title, String message) {}
}
