package org.readingroom.serve;

import java.util.List;

/** The people of the archive, most active first, or those a query names: a page of them. */
public record PeoplePage(String q, long total, int page, int pages, List<Row> rows, String previous, String next) {

  /** A row of the people list. */
  public record Row(String name, String href, long messages, long sent, long received, int aliasCount,
      List<String> aliases) {}
}
