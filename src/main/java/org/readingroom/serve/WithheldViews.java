package org.readingroom.serve;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.threads.ThreadMessage;
import org.readingroom.withheld.ExemptionLegend;
import org.readingroom.withheld.ExemptionReport;
import org.readingroom.withheld.ReleasedElsewhere;
import org.readingroom.withheld.UnevenExemption;
import org.readingroom.withheld.Withheld;

/**
 * The models of what the pages show of what was withheld, built from the figures of the analysis
 * served now ({@link WithheldFigures}): the Withheld page, a document's "released in" bars and
 * uneven codes, the home page's and a person's charts.
 */
final class WithheldViews {
  private WithheldViews() {}

  /** Passages and uneven exemptions a page lists. */
  static final int PAGE = 50;

  /** Characters of a passage a page shows; the API gives it whole. */
  static final int SHOWN = 1_500;

  /** Rows of a report a chart draws (all are in the API). */
  static final int CHART_ROWS = 15;

  static WithheldPage page(WithheldFigures f, LocalDate today, String code, int releasedPage, int unevenPage) {
    ArchiveAnalysis a = f.analysis();
    Withheld w = a.withheld();
    List<ReleasedElsewhere> released = w.releasedElsewhere().stream()
        .filter(r -> code == null || r.codes().contains(code)).toList();
    List<UnevenExemption> uneven = w.unevenExemptions().stream().filter(u -> code == null || u.code().equals(code))
        .toList();
    WithheldPage.Paging rp = paging(released.size(), releasedPage, n -> href(code, n, unevenPage));
    WithheldPage.Paging up = paging(uneven.size(), unevenPage, n -> href(code, releasedPage, n));
    List<WithheldPage.Passage> passages = new ArrayList<>();
    for (ReleasedElsewhere r : slice(released, rp.page())) {
      passages.add(passage(a, r));
    }
    List<WithheldPage.Uneven> unevenRows = new ArrayList<>();
    for (UnevenExemption u : slice(uneven, up.page())) {
      unevenRows.add(uneven(a, u));
    }
    Map<String, Long> unevenByCode = new TreeMap<>(WithheldViews::byKind);
    w.unevenExemptions().forEach(u -> unevenByCode.merge(u.code(), 1L, Long::sum));
    List<Pages.FacetLink> codes = new ArrayList<>();
    unevenByCode.forEach((c, n) -> codes.add(new Pages.FacetLink(c, n, href(c, 1, 1), c.equals(code))));
    ExemptionReport byCode = f.report(ExemptionReport.Dimension.CODE);
    List<WithheldPage.CodeRow> codeRows = new ArrayList<>();
    for (ExemptionReport.Row row : byCode.rows()) {
      codeRows.add(new WithheldPage.CodeRow(row.key(), ExemptionLegend.meaning(row.key()),
          Links.search("exemption", row.key()), row.items(), row.withheld(), row.marked()));
    }
    return new WithheldPage(f.summary(), f.passed(today), passages, rp, unevenRows, up, codeRows, codeChart(byCode),
        personChart(f.report(ExemptionReport.Dimension.PERSON)), monthChart(f.report(ExemptionReport.Dimension.MONTH)),
        releaseChart(f.report(ExemptionReport.Dimension.RELEASE)), code, codes, "/api/redactions?format=csv",
        "/api/redactions?format=jsonl");
  }

  /** B codes first, then 1.4 categories. */
  private static int byKind(String a, String b) {
    boolean ab = a.startsWith("B");
    boolean bb = b.startsWith("B");
    return ab != bb ? (ab ? -1 : 1) : a.compareTo(b);
  }

  private static String href(String code, int released, int uneven) {
    StringBuilder sb = new StringBuilder("/withheld");
    String sep = "?";
    if (code != null) {
      sb.append(sep).append("code=").append(Links.encode(code));
      sep = "&";
    }
    if (released > 1) {
      sb.append(sep).append("released=").append(released);
      sep = "&";
    }
    if (uneven > 1) {
      sb.append(sep).append("uneven=").append(uneven);
    }
    return sb.toString();
  }

  private static WithheldPage.Paging paging(int total, int page, IntFunction<String> href) {
    int pages = Math.max(1, (total + PAGE - 1) / PAGE);
    int p = Math.min(Math.max(1, page), pages);
    return new WithheldPage.Paging(total, p, pages, p > 1 ? href.apply(p - 1) : null,
        p < pages ? href.apply(p + 1) : null);
  }

  private static <T> List<T> slice(List<T> all, int page) {
    int from = (page - 1) * PAGE;
    return all.subList(Math.min(from, all.size()), Math.min(from + PAGE, all.size()));
  }

  /** A passage as the page shows it, both printings linked. */
  static WithheldPage.Passage passage(ArchiveAnalysis a, ReleasedElsewhere r) {
    Withheld w = a.withheld();
    List<WithheldPage.DocumentLink> also = new ArrayList<>();
    for (String key : r.alsoReleasedIn()) {
      also.add(new WithheldPage.DocumentLink(docId(w, key), Links.document(key)));
    }
    return new WithheldPage.Passage(describe(a, r.message()),
        new WithheldPage.DocumentLink(docId(w, r.withheldIn()), Links.message(r.withheldIn(), r.withheldPosition())),
        r.page(), ExemptionLegend.of(r.codes()), r.place() == ReleasedElsewhere.Place.HEADER, cut(r.before()),
        cut(r.text()),
        new WithheldPage.DocumentLink(docId(w, r.releasedIn()), Links.message(r.releasedIn(), r.releasedPosition())),
        also, Links.compare(r.withheldIn(), r.releasedIn()), DraftResource.draftHref("appeal", List.of(r.withheldIn())));
  }

  static WithheldPage.Uneven uneven(ArchiveAnalysis a, UnevenExemption u) {
    ThreadMessage m = a.correspondence().message(u.message()).orElse(null);
    return new WithheldPage.Uneven(describe(a, u.message()), m == null ? null : Links.thread(m.threadId(), m.id()),
        new ExemptionLegend.Entry(u.code(), ExemptionLegend.meaning(u.code())), links(a.withheld(), u.appliedIn()),
        links(a.withheld(), u.notAppliedIn()), DraftResource.draftHref("appeal", u.appliedIn()));
  }

  static List<WithheldPage.DocumentLink> links(Withheld w, List<String> keys) {
    List<WithheldPage.DocumentLink> out = new ArrayList<>();
    keys.forEach(k -> out.add(new WithheldPage.DocumentLink(docId(w, k), Links.document(k))));
    return out;
  }

  /** A message as a list names it: from whom, when, its subject. */
  static String describe(ArchiveAnalysis a, String messageId) {
    ThreadMessage m = messageId == null ? null : a.correspondence().message(messageId).orElse(null);
    if (m == null) {
      return "a message";
    }
    return (m.from().isEmpty() ? "(sender withheld)" : m.from().get(0)) + ", " + Pages.sent(m.sent())
        + (m.subject() == null ? "" : ": " + m.subject());
  }

  static String docId(Withheld w, String key) {
    return w.document(key).map(d -> d.docId() == null ? d.key() : d.docId()).orElse(key);
  }

  static String cut(String s) {
    return s == null || s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
  }

  /**
   * What the page of document {@code key} shows of its withholdings: its passages released
   * elsewhere, its uneven exemptions, by message, and the requests to draft.
   */
  static DocumentWithheld document(ArchiveAnalysis a, String key, int messages, LocalDate today) {
    Withheld w = a.withheld();
    List<DocumentWithheld.Bar> bars = new ArrayList<>();
    for (ReleasedElsewhere r : w.releasedElsewhere(key)) {
      List<WithheldPage.DocumentLink> also = new ArrayList<>();
      r.alsoReleasedIn().forEach(k -> also.add(new WithheldPage.DocumentLink(docId(w, k), Links.document(k))));
      bars.add(new DocumentWithheld.Bar(r.withheldPosition(), r.place() == ReleasedElsewhere.Place.HEADER, r.page(),
          r.codes().isEmpty() ? "withheld" : String.join(" ", r.codes()), cut(r.before()), cut(r.text()),
          new WithheldPage.DocumentLink(docId(w, r.releasedIn()), Links.message(r.releasedIn(), r.releasedPosition())),
          also));
    }
    List<DocumentWithheld.UnevenNote> uneven = new ArrayList<>();
    for (int i = 0; i < messages; i++) {
      ThreadMessage m = a.correspondence().messageAt(key, i).orElse(null);
      if (m == null) {
        continue;
      }
      for (UnevenExemption u : w.unevenExemptions(m.id())) {
        if (u.appliedIn().contains(key)) {
          uneven.add(new DocumentWithheld.UnevenNote(i, u.code(), ExemptionLegend.meaning(u.code()),
              links(w, u.notAppliedIn())));
        }
      }
    }
    boolean passed = w.document(key).map(d -> d.classification() != null && d.classification().declassifyOn() != null
        && d.classification().declassifyOn().compareTo(today.toString()) < 0).orElse(false);
    return new DocumentWithheld(bars, uneven,
        bars.isEmpty() && uneven.isEmpty() ? null : DraftResource.draftHref("appeal", List.of(key)),
        passed ? DraftResource.draftHref("mdr", List.of(key)) : null);
  }

  /** What the home page says of what was withheld; null for an archive not analysed. */
  static HomeWithheld home(ServedArchive archive) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (!a.analysed() || a.problem() != null) {
      return null;
    }
    WithheldFigures f = archive.withheld();
    return new HomeWithheld(f.summary(), f.passed(archive.today()), codeChart(f.report(ExemptionReport.Dimension.CODE)));
  }

  /** What was withheld from the messages of person {@code id}, as sender and as recipient. */
  static PersonWithheld person(WithheldFigures f, String id) {
    ExemptionReport.Row sent = f.personRow(ExemptionReport.Dimension.PERSON, id).orElse(null);
    ExemptionReport.Row received = f.personRow(ExemptionReport.Dimension.RECIPIENT, id).orElse(null);
    List<String> codes = f.report(ExemptionReport.Dimension.PERSON).codes();
    List<String> labels = new ArrayList<>();
    List<Long> inSent = new ArrayList<>();
    List<Long> inReceived = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (String code : codes) {
      long s = sent == null ? 0 : sent.markers().getOrDefault(code, 0L);
      long r = received == null ? 0 : received.markers().getOrDefault(code, 0L);
      if (s + r > 0) {
        labels.add(code);
        inSent.add(s);
        inReceived.add(r);
        links.add(Links.search("exemption", code));
      }
    }
    Chart chart = new Chart("Redactions in their messages by exemption code", labels,
        List.of(new Chart.Series("in messages sent", inSent), new Chart.Series("in messages received", inReceived)),
        links);
    return new PersonWithheld(sent == null ? 0 : sent.items(), sent == null ? 0 : sent.withheld(),
        received == null ? 0 : received.items(), received == null ? 0 : received.withheld(), chart);
  }

  private static Chart codeChart(ExemptionReport r) {
    List<String> labels = new ArrayList<>();
    List<Long> markers = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (ExemptionReport.Row row : r.rows()) {
      labels.add(row.key());
      markers.add(row.marked());
      links.add(Links.search("exemption", row.key()));
    }
    return new Chart("Redactions by exemption code", labels, List.of(new Chart.Series("redactions", markers)), links);
  }

  /** The persons most withheld from, by messages sent withheld in part and released whole. */
  private static Chart personChart(ExemptionReport r) {
    List<ExemptionReport.Row> rows = r.rows().subList(0, Math.min(CHART_ROWS, r.rows().size()));
    List<String> labels = new ArrayList<>();
    List<String> links = new ArrayList<>();
    rows.forEach(row -> {
      labels.add(row.label());
      links.add(Links.personPage(row.key()));
    });
    return new Chart("Messages sent, withheld in part and released whole, by sender", labels, inPartAndWhole(rows),
        links);
  }

  private static Chart monthChart(ExemptionReport r) {
    List<ExemptionReport.Row> rows = r.rows().stream().filter(row -> !row.key().equals("undated")).toList();
    List<String> labels = new ArrayList<>();
    List<String> links = new ArrayList<>();
    rows.forEach(row -> {
      labels.add(row.key());
      links.add(Links.search("since", row.key(), "until", row.key(), "kind", "message"));
    });
    return new Chart("Messages sent per month, withheld in part and released whole", labels, inPartAndWhole(rows),
        links);
  }

  private static Chart releaseChart(ExemptionReport r) {
    List<String> labels = new ArrayList<>();
    List<String> links = new ArrayList<>();
    r.rows().forEach(row -> {
      labels.add(row.key());
      links.add(row.key().equals("undated") ? Links.search("kind", "document")
          : Links.search("q", "released:" + row.key(), "kind", "document"));
    });
    return new Chart("Documents per release, released in part and otherwise", labels,
        List.of(series("released in part", r.rows(), true), series("in full or unstamped", r.rows(), false)), links);
  }

  private static List<Chart.Series> inPartAndWhole(List<ExemptionReport.Row> rows) {
    return List.of(series("withheld in part", rows, true), series("released whole", rows, false));
  }

  private static Chart.Series series(String name, List<ExemptionReport.Row> rows, boolean withheld) {
    List<Long> values = new ArrayList<>();
    rows.forEach(row -> values.add(withheld ? row.withheld() : row.items() - row.withheld()));
    return new Chart.Series(name, values);
  }
}
