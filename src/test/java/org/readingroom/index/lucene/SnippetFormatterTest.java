package org.readingroom.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

  @Test
  void whiteSpaceCollapsesAsTheRegexDid() {
    Random random = new Random(42);
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u0085', 'é', '.'};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = sb.toString();
      assertEquals(text.replaceAll("\\s+", " "), SnippetFormatter.collapseWhiteSpace(text), () -> "'" + text + "'");
    }
    assertEquals("", SnippetFormatter.collapseWhiteSpace(""));
    assertEquals(" ", SnippetFormatter.collapseWhiteSpace("\n   \r\n"));
    assertEquals("From: H To: Mills", SnippetFormatter.collapseWhiteSpace("From:      H\nTo: Mills"));
  }
}
