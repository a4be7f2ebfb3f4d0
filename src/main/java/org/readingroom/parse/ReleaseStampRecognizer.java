package org.readingroom.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readingroom.record.ReleaseRecord;

/**
 * Recognises the release stamp, {@code RELEASE IN PART} with its exemption codes, also when OCR
 * split it over lines ({@code RELEASE IN} / {@code PART B6}; {@code RELEASE} / {@code IN FULL}), put
 * its codes on the lines below ({@code B1, 1.4(B),1.4(D), B5,} / {@code B6}), or left only {@code
 * FuLL} glued to the page banner. Blanks what it consumed.
 */
final class ReleaseStampRecognizer {

  record Reading(ReleaseRecord.Release release, List<String> exemptions, List<String> statutes) {}

  private static final Pattern FULL_STAMP =
      Pattern.compile("RELEASE\\s+IN\\s*[,.:;]?\\s*(PART|P\\s?ART|FULL|F[Uu]LL|FULLI|FULL1)(?:\\b|(?=B\\d))[,.]?");
  private static final Pattern TAIL_IN = Pattern.compile("RELEASE\\s+IN\\s*$");
  private static final Pattern TAIL_RELEASE = Pattern.compile("RELEASE\\s*$");
  private static final Pattern KIND = Pattern.compile("(PART|FULL|F[Uu]LL|FULLI|FULL1)(?:\\b|(?=B\\d))[,.]?");
  private static final Pattern IN_KIND = Pattern.compile("IN\\s+(PART|FULL|F[Uu]LL)\\b[,.]?");
  /** How far (in columns) the stamp's continuation lines may start from its first line. */
  private static final int COLUMN_SLACK = 30;

  private ReleaseStampRecognizer() {}

  static Reading recognise(List<Row> rows) {
    int firstPage = rows.isEmpty() ? 1 : rows.get(0).page;
    Reading r = search(rows, firstPage);
    if (r == null) {
      r = search(rows, -1);
    }
    if (r == null) {
      r = gluedToBanner(rows, firstPage);
    }
    if (r == null) {
      r = damaged(rows, firstPage);
    }
    return r;
  }

  /** How many rows from the top of the first page a damaged stamp is looked for in. */
  private static final int DAMAGED_REACH = 14;
  /** The stamp's words as OCR mangles its font: KtLt/Abt, kELEASE, rcmLmkkom, KCLC/AC, IIJ for IN... */
  private static final Pattern DAMAGED_WORDS = Pattern.compile(
      "(?i)(?:\\bI[NIl][JV]?\\b|!iv|\\bIN\\b|LEASE|KtLt|Abt|CLC|kkom|mkom|ELEA|IWLC|\\bu'ART|ruLL)");
  private static final Pattern DAMAGED_FULL =
      Pattern.compile("(?i)(?:\\bFULL|ruLL|I-ULL|FUI-1|rui_[il]_)[\\W1Il]*$");
  private static final Pattern DAMAGED_PART =
      Pattern.compile("(?i)(?:PART|PAK ?I|FART|I'MK ?I|YAK!|u'ART|I-'MKT|rmra|riArc|rkkrc)");

  /**
   * A stamp whose words OCR could not read ({@code [KtLt/Abt IN I-ULLI}, {@code ri-ux} over {@code
   * B6}): a right-column segment near the top of the first page that looks like the stamp's
   * lettering. Codes printed under it make it PART; otherwise its last word must read as FULL or PART.
   */
  private static Reading damaged(List<Row> rows, int page) {
    int seen = 0;
    for (int i = 0; i < rows.size() && seen < DAMAGED_REACH; i++) {
      Row row = rows.get(i);
      if (row.page != page || row.banner) {
        continue;
      }
      List<Layout.Segment> segments = Layout.segments(row.work);
      if (segments.isEmpty()) {
        continue;
      }
      seen++;
      Layout.Segment last = segments.get(segments.size() - 1);
      boolean rightColumn = last.start() >= (segments.size() > 1 ? 55 : 40);
      if (!rightColumn || last.length() > 45) {
        continue;
      }
      String text = last.text(row.work);
      if (text.indexOf('@') >= 0 || ExemptionCodes.read(text, ExemptionCodes.Context.STAMP) != null) {
        continue;
      }
      boolean full = DAMAGED_FULL.matcher(text).find();
      boolean part = DAMAGED_PART.matcher(text).find();
      boolean lettering = DAMAGED_WORDS.matcher(text).find() || text.startsWith("ri-") || text.startsWith("r- i-");
      if (!lettering && !full && !part) {
        continue;
      }
      Reading below = finish(rows, i, last.start(), ReleaseRecord.Release.PART, row, last.end(), last.end());
      if (!below.exemptions().isEmpty()) {
        row.blank(last.start(), last.end());
        return below;
      }
      if (full != part) {
        row.blank(last.start(), last.end());
        if (full) {
          return new Reading(ReleaseRecord.Release.FULL, List.of(), List.of());
        }
        Matcher m = DAMAGED_PART.matcher(text);
        m.find();
        String rest = text.substring(m.end()).replace('[', ' ').replace(']', ' ');
        ExemptionCodes.Reading codes = ExemptionCodes.read(rest, ExemptionCodes.Context.STAMP);
        return codes == null
            ? new Reading(ReleaseRecord.Release.PART, List.of(), List.of())
            : new Reading(ReleaseRecord.Release.PART, codes.codes(), codes.statutes());
      }
    }
    return null;
  }

  /** Searches one page ({@code page}) or, when page is -1, every page. */
  private static Reading search(List<Row> rows, int page) {
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (page > 0 && row.page != page) {
        continue;
      }
      if (!row.has(Row.STAMP)) {
        continue;
      }
      int at = Layout.indexOf(row.work, "RELEASE", 0, row.work.length);
      if (at < 0) {
        continue;
      }
      Layout.Segment seg = segmentAt(row, at);
      String text = new String(row.work, at, seg.end() - at);
      Matcher m = FULL_STAMP.matcher(text);
      if (m.lookingAt()) {
        row.blank(at, at + m.end());
        return finish(rows, i, at, kindOf(m.group(1)), row, at + m.end(), seg.end());
      }
      if (TAIL_IN.matcher(text).matches()) {
        Reading r = continuedOn(rows, i, at, KIND, row, at, seg.end());
        if (r != null) {
          return r;
        }
      }
      if (TAIL_RELEASE.matcher(text).matches()) {
        Reading r = continuedOn(rows, i, at, IN_KIND, row, at, seg.end());
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /** {@code RELEASE IN} or {@code RELEASE} at a segment end, its kind on one of the next lines. */
  private static Reading continuedOn(
      List<Row> rows, int i, int column, Pattern kind, Row first, int from, int to) {
    for (int k = i + 1; k <= Math.min(rows.size() - 1, i + 2); k++) {
      Row next = rows.get(k);
      for (Layout.Segment seg : Layout.segments(next.work)) {
        if (Math.abs(seg.start() - column) > COLUMN_SLACK) {
          continue;
        }
        Matcher m = kind.matcher(new String(next.work, seg.start(), seg.length()));
        if (m.lookingAt()) {
          first.blank(from, to);
          next.blank(seg.start(), seg.start() + m.end());
          return finish(rows, k, column, kindOf(m.group(1)), next, seg.start() + m.end(), seg.end());
        }
      }
    }
    return null;
  }

  /** Only {@code FuLL} or {@code PART B6} left at the end of a banner line. */
  private static Reading gluedToBanner(List<Row> rows, int page) {
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (!row.banner || row.page != page) {
        continue;
      }
      for (Layout.Segment seg : Layout.segments(row.work)) {
        Matcher m = KIND.matcher(new String(row.work, seg.start(), seg.length()));
        if (m.lookingAt()) {
          row.blank(seg.start(), seg.start() + m.end());
          return finish(rows, i, seg.start(), kindOf(m.group(1)), row, seg.start() + m.end(), seg.end());
        }
      }
    }
    return null;
  }

  /**
   * Reads the codes printed after the kind on its line ({@code [from, to)} of {@code row}) and on
   * the lines below it in the stamp's column.
   */
  private static Reading finish(
      List<Row> rows, int i, int column, ReleaseRecord.Release release, Row row, int from, int to) {
    Set<String> codes = new LinkedHashSet<>();
    List<String> statutes = new ArrayList<>();
    boolean open = true;
    ExemptionCodes.Reading own = ExemptionCodes.read(new String(row.work), from, to, ExemptionCodes.Context.STAMP);
    if (own != null) {
      codes.addAll(own.codes());
      statutes.addAll(own.statutes());
      row.blank(from, to);
      open = endsWithComma(row, to);
    }
    for (int k = i + 1; open && k < rows.size() && k <= i + 3; k++) {
      Row next = rows.get(k);
      Layout.Segment codeSeg = null;
      ExemptionCodes.Reading reading = null;
      for (Layout.Segment seg : Layout.segments(next.work)) {
        if (Math.abs(seg.start() - column) > COLUMN_SLACK) {
          continue;
        }
        reading = ExemptionCodes.read(new String(next.work), seg.start(), seg.end(), ExemptionCodes.Context.STAMP);
        if (reading != null && reading.real() > 0) {
          codeSeg = seg;
          break;
        }
      }
      if (codeSeg == null) {
        if (k == i + 1 && codes.isEmpty() && nothingNear(next, column)) {
          continue; // codes printed one line lower, beside a line of the other column
        }
        break;
      }
      codes.addAll(reading.codes());
      statutes.addAll(reading.statutes());
      next.blank(codeSeg.start(), codeSeg.end());
      open = endsWithComma(next, codeSeg.end());
    }
    if (release == ReleaseRecord.Release.FULL) {
      codes.clear();
      statutes.clear();
    }
    return new Reading(release, new ArrayList<>(codes), statutes);
  }

  private static boolean nothingNear(Row row, int column) {
    for (Layout.Segment seg : Layout.segments(row.work)) {
      if (seg.end() > column - COLUMN_SLACK) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithComma(Row row, int end) {
    int k = Math.min(end, row.work.length) - 1;
    while (k >= 0 && row.rawAt(k) == ' ') {
      k--;
    }
    return k >= 0 && row.rawAt(k) == ',';
  }

  private static Layout.Segment segmentAt(Row row, int at) {
    for (Layout.Segment seg : Layout.segments(row.work)) {
      if (seg.start() <= at && at < seg.end()) {
        return seg;
      }
    }
    return new Layout.Segment(at, row.work.length);
  }

  private static ReleaseRecord.Release kindOf(String printed) {
    return printed.toUpperCase(java.util.Locale.ROOT).replace(" ", "").startsWith("P")
        ? ReleaseRecord.Release.PART
        : ReleaseRecord.Release.FULL;
  }
}
