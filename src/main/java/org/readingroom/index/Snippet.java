package org.readingroom.index;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A passage of text with the matched words marked, as fragments rather than markup: every client
 * (terminal, JSON, HTML) renders and escapes it its own way, and a document's text never reaches a
 * page as markup.
 */
public record Snippet(List<Fragment> fragments) {
  public Snippet {
    fragments = List.copyOf(fragments);
  }

  /** A run of text, matched or not. */
  public record Fragment(String text, boolean match) {}

  /** The passage with matches between the given markers. */
  public String render(String open, String close) {
    return fragments.stream().map(f -> f.match() ? open + f.text() + close : f.text()).collect(Collectors.joining());
  }

  public String plain() {
    return render("", "");
  }
}
