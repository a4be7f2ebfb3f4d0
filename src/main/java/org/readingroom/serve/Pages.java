package org.readingroom.serve;

import java.util.List;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchResult;
import org.readingroom.record.SentTime;

/** What each page of the reading room shows: the models its template renders. */
public final class Pages {
  private Pages() {}

  /** A count as a reader reads it: 27,154. */
  public static String number(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /** When a message was sent, as a reader reads it: {@code 2011-12-31 18:06}, or "not readable". */
  public static String sent(SentTime sent) {
    return sent == null ? "not readable" : sent.toString().replace('T', ' ');
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
    /** The pages around this one (around the last, for a page past the end): never empty. */
    public List<Integer> pageWindow() {
      int around = Math.min(page, pages);
      int from = Math.max(1, around - 4);
      int to = Math.min(pages, around + 4);
      List<Integer> out = new java.util.ArrayList<>();
      for (int p = from; p <= to; p++) {
        out.add(p);
      }
      return out;
    }
  }

  /**
   * A person's page. When the archive has been analysed it is the page of a person (every name and
   * address printed for them, {@code aliases}); else of one name as printed ({@code id} null, no
   * aliases, no {@code activity}: distinct messages and threads). {@code sent} and {@code received}
   * count printings (entries of the index): a message quoted in three documents counts three times.
   */
  public record Person(String id, String name, List<org.readingroom.people.Alias> aliases,
      org.readingroom.analysis.PersonActivity activity, long sent, long received, Chart timeline, List<FacetLink> correspondents, List<FacetLink> exemptions, List<Hit> recentSent,
      List<Hit> recentReceived, String sentHref, String receivedHref) {}

  /** A row of the people list. */
  public record PersonRow(String name, String href, long messages, long sent, long received, int aliasCount,
      List<String> aliases) {}

  /** The people of the archive, most active first, or those a query names. */
  public record People(String q, long total, int page, int pages, List<PersonRow> rows, String previous,
      String next) {}

  /** A party of a message on a thread page: the person, and what the message printed for them. */
  public record PartyLink(String name, String href, String printed) {}

  /**
   * A message of a thread: its header as the archive reads it across printings, the body of its
   * first printing (null when that document has left the archive), where it is printed, and the
   * messages it follows (replies to or forwards), by their number on the page.
   */
  public record ThreadEntry(int number, String anchor, SentTime sent, String subject, List<PartyLink> from,
      List<PartyLink> to, List<PartyLink> cc, DocumentView.Card card, List<DocumentView.Printing> printedIn,
      List<Integer> follows) {}

  /** A thread: its messages in time order, and the documents that print any of it. */
  public record Thread(String id, String subject, List<String> documents, List<ThreadEntry> entries) {}

  /** A message only one of two copies prints. */
  public record MessageLink(String label, String href) {}

  /** Two copies of a release, and how they differ. */
  public record Compare(String docId, String otherId, boolean sameText,
      List<org.readingroom.duplicates.CopyDifference.FieldDifference> fields, List<MessageLink> onlyHere,
      List<MessageLink> onlyThere, List<org.readingroom.duplicates.LineDiff.Change> lines, int linesNotShown) {}

  public record Error(int status, String title, String message) {}
}
