package org.readingroom.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A release's text as rows with page numbers. Pages are the non-empty form-feed-separated parts of
 * the text; a text without form feeds is paged by its banners (each page has one at its top and
 * one at its foot), once the banners are known.
 */
final class Sheet {
  /** Longer lines are split; a printed page line holds a few hundred characters at most. */
  static final int MAX_LINE = 4000;
  final List<Row> rows;
  private final boolean formFeeds;
  private int pages;

  private Sheet(List<Row> rows, boolean formFeeds, int pages) {
    this.rows = rows;
    this.formFeeds = formFeeds;
    this.pages = pages;
  }

  static Sheet of(String text) {
    return of(text.toCharArray(), text.length());
  }

  /** The rows of {@code text[0, length)}; the array is kept (rows read their printed form from it). */
  static Sheet of(char[] text, int length) {
    List<Row> rows = new ArrayList<>(Math.max(16, length / 60));
    boolean formFeeds = false;
    int page = 0;
    int pageStart = 0;
    while (pageStart <= length) {
      int pageEnd = pageStart;
      while (pageEnd < length && text[pageEnd] != '\f') {
        pageEnd++;
      }
      formFeeds |= pageEnd < length;
      if (!isBlank(text, pageStart, pageEnd)) {
        page++;
        addLines(rows, text, pageStart, pageEnd, page);
      }
      pageStart = pageEnd + 1;
    }
    return new Sheet(rows, formFeeds, Math.max(1, page));
  }

  private static void addLines(List<Row> rows, char[] text, int from, int to, int page) {
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = lineStart;
      while (lineEnd < to && text[lineEnd] != '\n') {
        lineEnd++;
      }
      for (int at = lineStart; at < lineEnd || at == lineStart; at += MAX_LINE) {
        // a line no page could hold is split: it keeps every pattern's work bounded
        rows.add(new Row(text, at, Math.min(lineEnd, at + MAX_LINE), page));
      }
      lineStart = lineEnd + 1;
    }
  }

  private static boolean isBlank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text[i])) {
        return false;
      }
    }
    return true;
  }

  /** Pages a text without form feeds by its banners; call once banners are marked. */
  void pageByBanners() {
    if (formFeeds) {
      return;
    }
    int blocks = 0;
    boolean inBanner = false;
    boolean blockHasDoc = false;
    for (Row row : rows) {
      if (row.banner) {
        boolean doc = row.bannerDocNumber;
        if (!inBanner || doc && blockHasDoc) {
          blocks++; // a new banner: two banners can be printed on adjacent lines (foot, then top)
          blockHasDoc = false;
        }
        blockHasDoc |= doc;
        row.page = (blocks + 1) / 2;
      } else {
        row.page = blocks / 2 + 1;
      }
      inBanner = row.banner;
    }
    pages = Math.max(1, (blocks + 1) / 2);
    for (Row row : rows) {
      row.page = Math.max(1, Math.min(row.page, pages));
    }
  }

  int pages() {
    return pages;
  }
}
