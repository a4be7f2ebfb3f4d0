package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line prints for people (the text summary, the search table, the people table,
 * its diagnostics) carries no control character from a document: a hostile subject cannot retitle,
 * clear or rewrite the reader's terminal.
 */
class TerminalSafetyTest {

  @TempDir Path tmp;

  private static final String HOSTILE = "From: Evil\u001b[31mOne\n"
      + "Sent: Monday, March 7, 2011 9:00 AM\n"
      + "To: H\n"
      + "Subject: \u001b]0;pwned\u0007 title \u009b2J\u202eevil\r over\n"
      + "\n"
      + "body \u001b[2J text title\n";

  @Test
  void noControlCharacterOfADocumentReachesTheTerminal() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
    // a file name is its author's too (a zip entry's name)
    Files.write(docs.resolve("bad\u001b[2Jname.txt"), new byte[0]);
    String archive = tmp.resolve("archive").toString();

    CliRun text = CliRun.of("parse", "--format", "text", docs.toString());
    assertSafe(text.out());
    assertSafe(text.err());
    assertTrue(text.out().contains("title"), text.out());

    assertEquals(0, CliRun.of("ingest", "--archive", archive, docs.resolve("hostile.txt").toString()).exitCode());
    CliRun table = CliRun.of("search", "--archive", archive, "title", "--facets");
    assertSafe(table.out());
    assertTrue(table.out().contains("«title»"), table.out());
    CliRun people = CliRun.of("people", "--archive", archive);
    assertSafe(people.out());
    assertTrue(people.out().contains("Evil\uFFFD[31mOne"), people.out());
  }

  @Test
  void controlsAndDirectionOverridesBecomeReplacementCharacters() {
    assertEquals("a\uFFFD[1mb\uFFFDc\uFFFDd\uFFFDe\n\tf", Terminal.safe("a\u001b[1mb\u0085c\u202ed\u2066e\n\tf"));
    assertEquals("plain text", Terminal.safe("plain text"));
    assertEquals("«x» \uFFFD", Terminal.safe("\uE000x\uE001 \r", "«", "»"));
  }

  private static void assertSafe(String printed) {
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u202e';
      assertTrue(!control, () -> "control character U+" + Integer.toHexString(c) + " printed in: " + printed);
    }
  }
}
