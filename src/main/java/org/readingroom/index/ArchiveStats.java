package org.readingroom.index;

import java.util.List;

/**
 * What an archive holds.
 *
 * @param firstDate the earliest message date (ISO), or null
 * @param lastDate the latest message date (ISO), or null
 */
public record ArchiveStats(
    long documents,
    long messages,
    String firstDate,
    String lastDate,
    List<SearchResult.FacetCount> releases,
    List<SearchResult.FacetCount> topSenders,
    List<SearchResult.FacetCount> topRecipients,
    List<SearchResult.FacetCount> exemptions,
    List<SearchResult.FacetCount> classifications,
    List<SearchResult.FacetCount> years,
    List<SearchResult.FacetCount> months) {
  public ArchiveStats {
    releases = List.copyOf(releases);
    topSenders = List.copyOf(topSenders);
    topRecipients = List.copyOf(topRecipients);
    exemptions = List.copyOf(exemptions);
    classifications = List.copyOf(classifications);
    years = List.copyOf(years);
    months = List.copyOf(months);
  }
}
