package org.readingroom.withheld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;

/**
 * What the analysis finds withheld: copies of one message constructed with different redactions,
 * ingested as releases, then the archive's analysis read back.
 */
class WithheldAnalysisTest {

  @TempDir Path tmp;

  private static final String BANNER =
      "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. %s Date: 01/29/2016\n\n";

  /** A release printing one message from Mills to H; {@code body} as printed, margin codes and all. */
  private static String release(String docId, String stamp, String to, String body, String classification) {
    return String.format(java.util.Locale.ROOT, BANNER, docId)
        + " ".repeat(60) + stamp + "\n\n"
        + (classification == null ? "" : classification + "\n\n")
        + "From:                    Mills, Cheryl D <MillsCD@state.gov>\n"
        + "Sent:                    Sunday, January 1, 2012 7:27 AM\n"
        + "To:                      " + to + "\n"
        + "Subject:                 Dinner list\n\n"
        + body + "\n\n"
        + String.format(java.util.Locale.ROOT, BANNER, docId);
  }

  private static final String SHOWN = "The guests tonight are confirmed.\n"
      + "We have invited Mike and Sally Oren to sit with the Ambassador at the head table.\n"
      + "Please let the protocol office know by noon.\n";
  private static final String BLANKED = "The guests tonight are confirmed.\n"
      + "We have invited" + " ".repeat(90) + "B6\n"
      + "Please let the protocol office know by noon.\n";

  private ArchiveAnalysis analyse(String... docs) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("docs"));
    for (int i = 0; i < docs.length; i += 2) {
      Files.writeString(dir.resolve(docs[i] + ".txt"), docs[i + 1], StandardCharsets.UTF_8);
    }
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(engine, archive, Ingester.Options.defaults()).ingest(List.of(dir.toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(engine, archive);
    }
    assertTrue(Files.size(archive.withheld()) > 0);
    return ArchiveAnalysis.load(archive);
  }

  @Test
  void aPassageOneCopyWithholdsAndAnotherShowsIsReleasedElsewhere() throws Exception {
    ArchiveAnalysis a = analyse(
        "C09000001", release("C09000001", "RELEASE IN PART\n" + " ".repeat(60) + "B6", "H", BLANKED, null),
        "C09000002", release("C09000002", "RELEASE IN FULL", "H", SHOWN, null));
    List<ReleasedElsewhere> found = a.withheld().releasedElsewhere();
    assertEquals(1, found.size(), found.toString());
    ReleasedElsewhere r = found.get(0);
    assertEquals("C09000001", r.withheldIn());
    assertEquals("C09000002", r.releasedIn());
    assertEquals(List.of("B6"), r.codes());
    assertEquals(ReleasedElsewhere.Place.BODY, r.place());
    assertTrue(r.text().startsWith("Mike and Sally Oren to sit with the Ambassador"), r.text());
    assertEquals(found, a.withheld().releasedElsewhere("C09000001"));
    assertEquals(List.of(), a.withheld().releasedElsewhere("C09000002"), "the releasing copy withholds nothing");

    UnevenExemption uneven = a.withheld().unevenExemptions().get(0);
    assertEquals("B6", uneven.code());
    assertEquals(List.of("C09000001"), uneven.appliedIn());
    assertEquals(List.of("C09000002"), uneven.notAppliedIn());

    List<WithholdingLog.Row> log = WithholdingLog.of(a.withheld(), a.correspondence(), null);
    assertEquals(1, log.size());
    assertEquals(List.of("C09000002"), log.get(0).releasedElsewhere());
    assertEquals("Dinner list", log.get(0).subject());

    RequestDraft.Draft appeal = RequestDraft.appeal(a.withheld(), a.correspondence(), List.of("C09000001"),
        LocalDate.of(2026, 12, 4));
    assertTrue(appeal.hasGrounds());
    assertTrue(appeal.markdown().contains("released in document C09000002"), appeal.markdown());
    assertTrue(appeal.markdown().contains("> Mike and Sally Oren"), appeal.markdown());
    assertTrue(appeal.markdown().contains("F-2014-20439"));
    assertTrue(appeal.markdown().contains("not legal advice"));
    assertFalse(appeal.plainText().contains("**") || appeal.plainText().contains("# "), appeal.plainText());
  }

  @Test
  void twoCopiesWithheldAlikeReleaseNothingElsewhere() throws Exception {
    ArchiveAnalysis a = analyse(
        "C09000001", release("C09000001", "RELEASE IN PART\n" + " ".repeat(60) + "B6", "H", BLANKED, null),
        "C09000003", release("C09000003", "RELEASE IN PART\n" + " ".repeat(60) + "B6", "H", BLANKED, null));
    assertEquals(List.of(), a.withheld().releasedElsewhere());
    assertEquals(List.of(), a.withheld().unevenExemptions());
    assertTrue(RequestDraft.appeal(a.withheld(), a.correspondence(), List.of("C09000001"), LocalDate.of(2026, 12, 4))
        .markdown().contains("found nothing of this kind"));
  }

  @Test
  void anAddressOneHeaderWithholdsAndAnotherPrintsIsReleasedElsewhere() throws Exception {
    ArchiveAnalysis a = analyse(
        "C09000004", release("C09000004", "RELEASE IN PART\n" + " ".repeat(60) + "B6",
            "H; Huma Abedin <" + " ".repeat(60) + "B6", SHOWN, null),
        "C09000005", release("C09000005", "RELEASE IN FULL", "H; Huma Abedin <Huma@clintonemail.com>", SHOWN, null));
    List<ReleasedElsewhere> found = a.withheld().releasedElsewhere();
    assertEquals(1, found.size(), found.toString());
    assertEquals(ReleasedElsewhere.Place.HEADER, found.get(0).place());
    assertEquals("Huma@clintonemail.com", found.get(0).text());
    assertEquals("Huma Abedin", found.get(0).before());
  }

  @Test
  void theDeclassificationCalendarAsICalendarReadsBack() throws Exception {
    String block = "Classified by DAS, A/GIS, DoS on 01/29/2016 ~ Class: CONFIDENTIAL ~ Reason: 1.4(D), B1 ~ "
        + "Declassify on: 01/01/2027";
    String passed = block.replace("01/01/2027", "01/01/2020");
    ArchiveAnalysis a = analyse(
        "C09000006", release("C09000006", "RELEASE IN PART\n" + " ".repeat(60) + "B1,1.4(D)", "H", SHOWN, block),
        "C09000007", release("C09000007", "RELEASE IN PART\n" + " ".repeat(60) + "B1,1.4(D)", "H",
            SHOWN.replace("guests", "hosts"), passed));
    DeclassificationCalendar calendar = DeclassificationCalendar.of(a.withheld());
    LocalDate today = LocalDate.of(2026, 12, 4);
    assertEquals(List.of("C09000007", "C09000006"), calendar.entries().stream().map(e -> e.docId()).toList());
    assertEquals(List.of("C09000006"), calendar.dueWithin(today, 60).stream().map(e -> e.docId()).toList());
    assertEquals(List.of("C09000007"), calendar.passed(today).stream().map(e -> e.docId()).toList());
    assertEquals(28L, calendar.entries().get(1).daysFrom(today));

    Calendar ics = new CalendarBuilder().build(new StringReader(calendar.ics("http://127.0.0.1:8080", today)));
    List<VEvent> events = ics.getComponents("VEVENT");
    assertEquals(2, events.size());
    VEvent due = events.get(1);
    assertEquals("Declassify C09000006 (CONFIDENTIAL)", due.getSummary().getValue());
    assertEquals("20270101", due.getDateTimeStart().getValue());
    assertEquals("declassify-2027-01-01@readingroom", due.getUid().orElseThrow().getValue());
    assertTrue(due.getDescription().getValue().contains("http://127.0.0.1:8080/documents/C09000006"));

    RequestDraft.Draft mdr = RequestDraft.mdr(a.withheld(), List.of("C09000006", "C09000007"), today);
    assertTrue(mdr.markdown().contains("Document C09000007"), mdr.markdown());
    assertFalse(mdr.markdown().contains("Document C09000006"), "its date has not passed");
    assertTrue(mdr.markdown().contains("2020-01-01"));
  }

  @Test
  void exemptionsCountedByPersonMonthReleaseAndCode() throws Exception {
    ArchiveAnalysis a = analyse(
        "C09000001", release("C09000001", "RELEASE IN PART\n" + " ".repeat(60) + "B6", "H", BLANKED, null),
        "C09000008", release("C09000008", "RELEASE IN FULL", "Abedin, Huma",
            SHOWN.replace("guests", "speakers"), null));
    ExemptionReport byPerson = ExemptionReport.of(ExemptionReport.Dimension.PERSON, a.withheld(), a.correspondence(),
        a.people());
    ExemptionReport.Row mills = byPerson.rows().get(0);
    assertEquals("Mills, Cheryl D", mills.label());
    assertEquals(2, mills.items(), "two messages sent");
    assertEquals(1, mills.withheld(), "one withheld in part");
    assertEquals(0.5, mills.share());
    assertEquals(1L, mills.markers().get("B6"));
    ExemptionReport byMonth = ExemptionReport.of(ExemptionReport.Dimension.MONTH, a.withheld(), a.correspondence(),
        a.people());
    assertEquals("2012-01", byMonth.rows().get(0).key());
    ExemptionReport byCode = ExemptionReport.of(ExemptionReport.Dimension.CODE, a.withheld(), a.correspondence(),
        a.people());
    assertEquals(List.of("B6"), byCode.codes());
    assertEquals(1, byCode.rows().get(0).items(), "one stamp lists B6");
    ExemptionReport byRelease = ExemptionReport.of(ExemptionReport.Dimension.RELEASE, a.withheld(),
        a.correspondence(), a.people());
    assertEquals("2016-01-29", byRelease.rows().get(0).key());
    assertEquals(2, byRelease.rows().get(0).items());
    assertEquals(1, byRelease.rows().get(0).withheld(), "one released in part");
  }
}
