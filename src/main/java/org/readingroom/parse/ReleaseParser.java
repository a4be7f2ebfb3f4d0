package org.readingroom.parse;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.record.Classification;
import org.readingroom.record.Message;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;

/**
 * Reads a release document the way a FOIA reader does. The recognisers run in a fixed order, each
 * blanking what it consumed so that the next sees only what is left: page banners, the release
 * stamp, the classification block, margin codes; then the email-header state machine reads the
 * messages from what remains, and the rest is the document's clean text.
 *
 * <p>Never throws on bad text: damage yields a record with fewer parts, and warnings. Safe to use
 * from many threads at once.
 */
public final class ReleaseParser {

  /** Documents longer than this many lines are read only up to it (the corpus's longest has ~4,000). */
  public static final int MAX_LINES = 200_000;

  private final PartyCache parties = new PartyCache(50_000);

  public ReleaseRecord parse(String source, String text) {
    return parse(source, text.toCharArray(), text.length());
  }

  /**
   * The row a margin marker belongs to: its own, or, when it stands on a line left empty (beside
   * furniture such as the classification block) just above a header line whose value was withheld
   * ({@code From: Pickering, Thomas R [mailto:}), that header line, whose address the bar covers.
   */
  private static int withheldHeaderLine(List<Row> rows, int row) {
    if (!rows.get(row).isBlank()) {
      return row;
    }
    int seen = 0;
    for (int k = row + 1; k < rows.size() && seen < 2; k++) {
      Row next = rows.get(k);
      if (next.isBlank() || next.banner) {
        continue;
      }
      seen++;
      HeaderLine h = HeaderLine.of(next, true);
      if (h.isLabel() && withheld(h.value())) {
        return k;
      }
    }
    return row;
  }

  /** A header value cut off where an address was withheld: {@code [mailto:}, {@code <}, or nothing. */
  private static boolean withheld(String value) {
    String v = value.strip();
    return v.isEmpty() || v.endsWith("[mailto:") || v.endsWith("[mailto") || v.endsWith("<") || v.endsWith("mailto:");
  }

  /** Parses {@code text[0, length)}; the array must not change while the parse runs. */
  public ReleaseRecord parse(String source, char[] text, int length) {
    List<String> warnings = new ArrayList<>();
    Sheet sheet = Sheet.of(text, length);
    List<Row> rows = sheet.rows;
    if (rows.size() > MAX_LINES) {
      warnings.add("document has " + rows.size() + " lines; read the first " + MAX_LINES);
      rows = new ArrayList<>(rows.subList(0, MAX_LINES));
    }
    BannerRecognizer.Reading banner = BannerRecognizer.recognise(rows);
    sheet.pageByBanners();
    ReleaseStampRecognizer.Reading stamp = ReleaseStampRecognizer.recognise(rows);
    Classification classification = ClassificationRecognizer.recognise(rows);
    MarginCodeRecognizer.recognise(rows);
    List<RedactionMarkers.Placed> placed = RedactionMarkers.place(rows);
    CleanText clean = CleanText.of(rows);
    List<Redaction> redactions = new ArrayList<>(placed.size());
    for (RedactionMarkers.Placed p : placed) {
      Redaction r = p.redaction();
      int offset = r.isToken() ? clean.offsetOf(p.row(), p.column()) : clean.rowEnd[withheldHeaderLine(rows, p.row())];
      redactions.add(new Redaction(r.codes(), r.page(), offset));
    }
    MessageAssembler.Chain chain = MessageAssembler.assemble(rows, clean, parties);
    List<Message> messages = SentTimeCheck.check(chain.messages(), chain.sent(), banner.releaseDate(), warnings);
    if (clean.text.isEmpty()) {
      warnings.add("no readable text: the document holds only white space and release furniture"
          + " (a scan without a text layer?)");
    }
    return new ReleaseRecord(
        source,
        banner.docId(),
        banner.caseNumber(),
        banner.releaseDate(),
        stamp == null ? null : stamp.release(),
        stamp == null ? List.of() : stamp.exemptions(),
        stamp == null ? List.of() : stamp.statutes(),
        classification,
        sheet.pages(),
        messages,
        redactions,
        clean.text,
        warnings);
  }
}
