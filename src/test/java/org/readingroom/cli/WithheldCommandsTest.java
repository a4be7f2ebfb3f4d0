package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** withheld, report exemptions and declassification, through the command line. */
class WithheldCommandsTest {

  @TempDir static Path tmp;
  static String archive;

  private static String release(String docId, String stamp, String body, String classification) {
    String banner = String.format(Locale.ROOT,
        "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. %s Date: 01/29/2016\n\n", docId);
    return banner + " ".repeat(60) + stamp + "\n\n" + (classification == null ? "" : classification + "\n\n")
        + "From:                    Mills, Cheryl D <MillsCD@state.gov>\n"
        + "Sent:                    Sunday, January 1, 2012 7:27 AM\n"
        + "To:                      H\n"
        + "Subject:                 Dinner list\n\n" + body + "\n\n" + banner;
  }

  @BeforeAll
  static void ingest() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    String shown = "The guests tonight are confirmed.\n"
        + "We have invited Mike and Sally Oren to sit with the Ambassador at the head table.\n"
        + "Please let the protocol office know by noon.\n";
    String blanked = "The guests tonight are confirmed.\nWe have invited" + " ".repeat(90) + "B6\n"
        + "Please let the protocol office know by noon.\n";
    String block = "Classified by DAS, A/GIS, DoS on 01/29/2016 ~ Class: CONFIDENTIAL ~ Reason: 1.4(D), B1 ~ "
        + "Declassify on: 01/01/2020";
    Files.writeString(docs.resolve("C09000001.txt"), release("C09000001", "RELEASE IN PART\n" + " ".repeat(60) + "B6",
        blanked, block), StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("C09000002.txt"), release("C09000002", "RELEASE IN FULL", shown, null),
        StandardCharsets.UTF_8);
    archive = tmp.resolve("archive").toString();
    assertEquals(0, CliRun.of("ingest", "--archive", archive, docs.toString()).exitCode());
  }

  @Test
  void releasedElsewhereAndUnevenExemptions() {
    CliRun table = CliRun.of("withheld", "--archive", archive);
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("1 passages withheld in one document and released in another"), table.out());
    assertTrue(table.out().contains("C09000001 p1  withheld under B6; released in C09000002"), table.out());
    assertTrue(table.out().contains("Mike and Sally Oren"));
    CliRun uneven = CliRun.of("withheld", "--archive", archive, "--uneven", "--format", "jsonl");
    assertTrue(uneven.out().contains("\"code\":\"B6\",\"appliedIn\":[\"C09000001\"],\"notAppliedIn\":[\"C09000002\"]"),
        uneven.out());
  }

  @Test
  void theWithholdingLogAndADraftedAppeal() {
    CliRun log = CliRun.of("withheld", "log", "--archive", archive);
    assertEquals(0, log.exitCode(), log.err());
    String[] lines = log.out().split("\r\n");
    assertEquals(2, lines.length, log.out());
    assertTrue(lines[0].startsWith("document,docId,releaseDate,page"), lines[0]);
    assertTrue(lines[1].startsWith("C09000001,C09000001,2016-01-29,1,1,"), lines[1]);
    assertTrue(lines[1].endsWith(",B6,CONFIDENTIAL,2020-01-01,C09000002"), lines[1]);
    CliRun bySearch = CliRun.of("withheld", "log", "--archive", archive, "--format", "jsonl", "protocol");
    assertTrue(bySearch.out().contains("\"releasedElsewhere\":[\"C09000002\"]"), bySearch.out());

    CliRun appeal = CliRun.of("withheld", "draft", "appeal", "--archive", archive, "--document", "C09000001");
    assertEquals(0, appeal.exitCode(), appeal.err());
    assertTrue(appeal.out().startsWith("# FOIA appeal: case F-2014-20439"), appeal.out());
    assertTrue(appeal.out().contains("released in document C09000002"));
    CliRun mdr = CliRun.of("withheld", "draft", "mdr", "--archive", archive, "--format", "text", "--document",
        "C09000001");
    assertTrue(mdr.out().contains("to be declassified on 2020-01-01, a date that has passed"), mdr.out());
    assertEquals(2, CliRun.of("withheld", "draft", "letter", "--archive", archive, "--document", "C09000001").exitCode());
  }

  @Test
  void exemptionReportsAndTheDeclassificationCalendar() throws Exception {
    CliRun byPerson = CliRun.of("report", "exemptions", "--archive", archive, "--by", "person", "--format", "csv");
    assertEquals(0, byPerson.exitCode(), byPerson.err());
    assertTrue(byPerson.out().contains("\r\n" + "p-"), byPerson.out());
    assertTrue(byPerson.out().contains(",\"Mills, Cheryl D\",1,1,1.0000,1"), byPerson.out());
    assertEquals(2, CliRun.of("report", "exemptions", "--archive", archive, "--by", "planet").exitCode());

    CliRun passed = CliRun.of("declassification", "--archive", archive, "--passed");
    assertTrue(passed.out().contains("2020-01-01  passed (MDR)   C09000001"), passed.out());
    CliRun ics = CliRun.of("declassification", "--archive", archive, "--format", "ics");
    assertEquals(1, new CalendarBuilder().build(new StringReader(ics.out())).getComponents("VEVENT").size());
    assertEquals(2, CliRun.of("declassification", "--archive", archive, "--due-within", "soon").exitCode());
  }
}
