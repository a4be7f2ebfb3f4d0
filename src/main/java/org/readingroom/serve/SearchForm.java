package org.readingroom.serve;

import java.util.List;

/**
 * The search form, for readers who do not write the query syntax: words, from and to (with the
 * archive's persons suggested), a date range, an exemption, a release, the kind of entries and
 * whether every printing of a message is listed. Each field is a parameter of {@code /search}, the
 * same the API and the command line take.
 *
 * @param persons the names suggested for from and to: the most active persons first
 * @param exemptions the exemption codes the archive holds
 * @param releases the release stamps the archive holds (as the release facet names them)
 */
public record SearchForm(Links links, List<String> persons, List<String> exemptions, List<String> releases) {
  public SearchForm {
    persons = List.copyOf(persons);
    exemptions = List.copyOf(exemptions);
    releases = List.copyOf(releases);
  }

  /** The value a field holds now: the page's parameter, or empty. */
  public String value(String name) {
    return links.has(name) ? links.get(name) : "";
  }

  /** Whether a field's current value is {@code option}. */
  public boolean selected(String name, String option) {
    return option.equalsIgnoreCase(value(name));
  }

  /** Whether the form should open: any of its fields beyond the words is filled in. */
  public boolean open() {
    for (String name : List.of("from", "to", "since", "until", "exemption", "release", "kind", "copies")) {
      if (links.has(name)) {
        return true;
      }
    }
    return false;
  }
}
