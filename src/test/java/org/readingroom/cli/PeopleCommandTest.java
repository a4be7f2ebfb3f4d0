package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.ingest.TestChains;
import org.readingroom.people.Person;

/** {@code ingest}'s analysis, {@code people} and its changes, and search by person, through the command line. */
class PeopleCommandTest {

  @TempDir static Path tmp;
  static String archive;

  @BeforeAll
  static void ingest() {
    archive = tmp.resolve("archive").toString();
    CliRun run = CliRun.of("ingest", "--archive", archive, TestChains.sample(tmp.resolve("docs")).toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("persons from"), run.err());
    assertTrue(run.err().contains("9 messages in 15 printings, 4 threads; 1 near-duplicate clusters (2 documents)"),
        run.err());
  }

  @Test
  void peopleListsTheMostActiveWithTheirAliases() {
    CliRun run = CliRun.of("people", "--archive", archive, "--top", "2");
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].startsWith("7 persons"), run.out());
    assertTrue(lines[1].contains(Person.idOf("H")) && lines[1].contains("8 messages (3 sent, 5 received, 4 threads)"),
        run.out());
    assertTrue(lines[2].contains("3 aliases: H (11); hrod17@clintonemail.com (4); hrod17@clintonemail.corn (1)"), run.out());
    assertTrue(lines[3].contains("Mills, Cheryl D"), run.out());
    assertEquals(5, lines.length, run.out());
  }

  @Test
  void peopleAsJson() throws Exception {
    CliRun run = CliRun.of("people", "--archive", archive, "--top", "1", "--format", "json");
    JsonNode people = new ObjectMapper().readTree(run.out());
    assertEquals(1, people.size());
    assertEquals(8, people.get(0).get("activity").get("messages").asInt());
    assertEquals(3, people.get(0).get("aliases").size());
  }

  @Test
  void showFindsAPersonByAnyFormOfTheName() {
    CliRun run = CliRun.of("people", "--archive", archive, "show", "cheryl.mills");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Mills, Cheryl D"), run.out());
    assertTrue(run.out().contains("millscd?state.gov (1)"), run.out());
    CliRun missing = CliRun.of("people", "--archive", archive, "show", "Nobody Atall");
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("no person with id or alias 'Nobody Atall'"), missing.err());
  }

  @Test
  void mergeSplitAndRenameAreKeptAndChecked(@TempDir Path own) {
    String curated = own.resolve("archive").toString();
    assertEquals(0, CliRun.of("ingest", "--quiet", "--archive", curated, TestChains.sample(own.resolve("docs")).toString())
        .exitCode());
    CliRun merge = CliRun.of("people", "--archive", curated, "merge", "Pickering, Thomas R", "Russorv@state.gov");
    assertEquals(0, merge.exitCode(), merge.err());
    assertTrue(merge.out().contains("Pickering, Thomas R (3); Russorv@state.gov (1)"), merge.out());
    CliRun rename = CliRun.of("people", "--archive", curated, "rename", Person.idOf("Pickering, Thomas R"), "Tom Pickering");
    assertTrue(rename.out().contains("Tom Pickering"), rename.out());
    CliRun split = CliRun.of("people", "--archive", curated, "split", "Tom Pickering", "Russorv@state.gov");
    assertEquals(0, split.exitCode(), split.err());
    assertTrue(split.out().startsWith(Person.idOf("Russorv@state.gov")), split.out());
    assertEquals(2, CliRun.of("people", "--archive", curated, "split", "H", "Mills, Cheryl D").exitCode());
    assertEquals(2, CliRun.of("people", "--archive", curated, "merge", "H", "hrod17@clintonemail.com").exitCode());
    assertEquals(1, CliRun.of("people", "--archive", curated, "merge", "H", "p-000000000000").exitCode());
    assertEquals(2, CliRun.of("people", "--archive", curated, "merge", "H").exitCode(), "usage");
  }

  @Test
  void searchByPersonMatchesEveryAlias() {
    CliRun byAlias = CliRun.of("search", "--archive", archive, "--to", "H", "--kind", "message", "--format", "jsonl",
        "--limit", "100", "--copies", "all");
    assertEquals(8, byAlias.out().lines().count(), byAlias.out());
    CliRun messages = CliRun.of("search", "--archive", archive, "--to", "H", "--kind", "message", "--format", "jsonl",
        "--limit", "100");
    assertEquals(5, messages.out().lines().count(), "each message once, however many documents print it");
    assertTrue(byAlias.out().contains("C00000012/0"), "printed as hrod17@clintonemail.corn");
    CliRun byName = CliRun.of("search", "--archive", archive, "--from", "Cheryl Mills", "--kind", "message", "--format",
        "jsonl", "--copies", "all");
    assertEquals(4, byName.out().lines().count(), byName.out());
  }

  @Test
  void aPersonNamedInTheQuerySyntaxMatchesEveryAlias() {
    CliRun toH = CliRun.of("search", "--archive", archive, "to:H AND kind:message", "--format", "jsonl", "--limit", "100",
        "--copies", "all");
    assertEquals(0, toH.exitCode(), toH.err());
    assertEquals(8, toH.out().lines().count(), toH.out());
    assertTrue(toH.out().contains("C00000012/0"), "printed as hrod17@clintonemail.corn");
    CliRun fromMills = CliRun.of("search", "--archive", archive, "--copies", "all", "from:\"Cheryl Mills\" AND kind:message", "--format",
        "jsonl");
    assertEquals(4, fromMills.out().lines().count(), fromMills.out());
    CliRun nobody = CliRun.of("search", "--archive", archive, "from:Atall", "--format", "jsonl");
    assertEquals(0, nobody.exitCode(), nobody.err());
    assertEquals(0, nobody.out().lines().count(), "a name that names no one matches its words, here none");
  }

  @Test
  void negativeCountsAreUsageErrors() {
    CliRun top = CliRun.of("people", "--archive", archive, "--top", "-1");
    assertEquals(2, top.exitCode());
    assertTrue(top.err().contains("--top must be 0 or more"), top.err());
    CliRun aliases = CliRun.of("people", "--archive", archive, "--aliases", "-2");
    assertEquals(2, aliases.exitCode());
    assertTrue(aliases.err().contains("--aliases must be 0 or more"), aliases.err());
  }

  @Test
  void anArchiveWithoutAnalysisSaysSo() {
    CliRun run = CliRun.of("people", "--archive", tmp.resolve("none").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("has no analysis; run ingest first"), run.err());
  }
}
