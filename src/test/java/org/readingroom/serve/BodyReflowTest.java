package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.record.ParseResult;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.serve.MessageCard.Piece;
import org.readingroom.source.SourceDocument;

/**
 * Message bodies reflowed for reading: each kind of line that keeps its line end, the joins, the
 * bars where they stand; and, on every real document of the demo's sample release and on seeded
 * mutations of them, that only white space changes.
 */
class BodyReflowTest {

  private static final Redaction B6 = new Redaction(List.of("B6"), 1, 0);
  private static final Redaction TOKEN = new Redaction(List.of(), 1, 0);

  @Test
  void linesBrokenInsideAParagraphAreJoinedAndParagraphsStay() {
    String body = """
        This letter follows up two conversations with the Secretary and has been sometime in the making. I would
        be grateful as always for your assistance in getting it to her.



        Sincerely and all good wishes for the New Year.
        """;
    assertEquals("This letter follows up two conversations with the Secretary and has been sometime in the making."
        + " I would be grateful as always for your assistance in getting it to her.\n\n"
        + "Sincerely and all good wishes for the New Year.", reflow(body));
  }

  @Test
  void aShortLineEndedOnPurpose() {
    assertEquals("Cheryl:\nThis letter follows up two conversations with the Secretary and has been sometime.",
        reflow("Cheryl:\nThis letter follows up two conversations with the Secretary and has been sometime."));
    assertEquals("Pls print.\nThx", reflow("Pls print.\nThx"));
    assertEquals("Tom Pickering\nVice Chairman\nHills & Company", reflow("Tom Pickering\nVice Chairman\nHills & Company"));
  }

  @Test
  void listItemsKeepTheirLinesAndTheirHangingLinesJoinThem() {
    String body = """
        Points for the call:
        • Iran: We appreciate your principled support on the IAEA Board of Governors
          resolution on Iran. A strong, unified signal to Iran is vital.
        • Honduras: We believe strongly in the need to send a decisive signal about the
          return of democratic order.
          •     We have created a new federal advisory committee at the State Department to
          provide me with informed advice.
        1. the first of the numbered points, which runs on for long enough to wrap
        2. the second
        8:25 am ARRIVE State Department and go straight to the morning meeting upstairs
        8:30 am DAILY SMALL STAFF MEETING
        """;
    assertEquals("""
        Points for the call:
        • Iran: We appreciate your principled support on the IAEA Board of Governors resolution on Iran. A strong, unified signal to Iran is vital.
        • Honduras: We believe strongly in the need to send a decisive signal about the return of democratic order.
          • We have created a new federal advisory committee at the State Department to provide me with informed advice.
        1. the first of the numbered points, which runs on for long enough to wrap
        2. the second
        8:25 am ARRIVE State Department and go straight to the morning meeting upstairs
        8:30 am DAILY SMALL STAFF MEETING""", reflow(body));
  }

  @Test
  void headersTablesQuotesRulesAndCentredLinesKeepTheirLines() {
    String body = """
        -----Original Message-----
        From: Hanley, Monica R <HanleyMR@state.gov> and a name long enough to look like a wrapped line
        Sent: Fri Aug 06 07:53:35 2010
        > a quoted line of the message before, long enough to be taken for a wrapped line of
        > prose if it were not quoted
        Country          Votes        Share of the total vote in the election that was held
        Argentina        12           40 per cent
        ______________________________________________________________________________
                             SENSITIVE BUT UNCLASSIFIED
        """;
    assertEquals(body.stripTrailing().replace("\n" + " ".repeat(21) + "SENSITIVE", "\nSENSITIVE"), reflow(body),
        "each line as printed; a centred line without the margin that centred it");
  }

  @Test
  void signaturesAreLeftAsPrinted() {
    String body = """
        We should discuss the following from Tom Pickering next week when you are back from the trip,
        if the schedule allows it.
        With all good wishes for the New Year,
        Thomas R. Pickering, Senior Counselor of the International Crisis Group for many years
        Sent from my BlackBerry® Wireless Device, which is long enough to be taken for a line
        --
        Tom Pickering | Hills & Company International Consultants | 1200 19th Street NW, Washington
        Suite 500
        """;
    assertEquals("""
        We should discuss the following from Tom Pickering next week when you are back from the trip, if the schedule allows it.
        With all good wishes for the New Year,
        Thomas R. Pickering, Senior Counselor of the International Crisis Group for many years
        Sent from my BlackBerry® Wireless Device, which is long enough to be taken for a line
        --
        Tom Pickering | Hills & Company International Consultants | 1200 19th Street NW, Washington
        Suite 500""", reflow(body));
  }

  @Test
  void aCompoundBrokenAtItsHyphenIsJoinedWithoutASpace() {
    assertEquals("We hope Argentina will also join us and help advance nuclear security-related efforts, such as the"
        + " planning underway for the summit in April",
        reflow("We hope Argentina will also join us and help advance nuclear security-\n"
            + "related efforts, such as the planning underway for the summit in April"));
  }

  @Test
  void barsStayWhereTheyStandBetweenTheSameWords() {
    List<Piece> body = List.of(
        new Piece("The announcement on the 31st of December by Said Jalili the nuclear", null),
        new Piece(null, B6),
        new Piece("\nnegotiator, is a further indication of interest. Call me at ", null),
        new Piece(null, TOKEN),
        new Piece(" tomorrow, or\n\n\n\nlater.", null));
    assertEquals("The announcement on the 31st of December by Said Jalili the nuclear[B6] negotiator, is a further"
        + " indication of interest. Call me at [withheld] tomorrow, or\n\nlater.", render(BodyReflow.reflow(body)));
  }

  @Test
  void aLineOfBarsAloneIsNotJoined() {
    List<Piece> body = List.of(
        new Piece("We will need to talk about the people who were named in the cable that came in from Tripoli\n", null),
        new Piece(null, B6),
        new Piece("\nand then decide.", null));
    assertEquals("We will need to talk about the people who were named in the cable that came in from Tripoli\n"
        + "[B6]\nand then decide.", render(BodyReflow.reflow(body)));
  }

  @Test
  void onTheSampleReleaseAndItsMutationsOnlyWhiteSpaceChanges() throws Exception {
    List<ReleaseRecord> records = sampleRecords();
    assertTrue(records.size() >= 500, "the sample release's documents: " + records.size());
    Random random = new Random(20);
    int joined = 0;
    int bodies = 0;
    long printedLines = 0;
    long readLines = 0;
    for (ReleaseRecord r : records) {
      List<List<Piece>> parts = new ArrayList<>();
      parts.add(MessageCard.pieces(r.text(), 0, r.text().length(), r.redactions()));
      String mutated = mutate(r.text(), random);
      parts.add(MessageCard.pieces(mutated, 0, mutated.length(), List.of()));
      for (List<Piece> before : parts) {
        List<Piece> after = BodyReflow.reflow(before);
        assertEquals(bars(before), bars(after), r.docId());
        assertEquals(ink(before), ink(after), r.docId());
        assertTrue(length(after) <= length(before), r.docId());
        joined += lines(before) - lines(after);
        bodies++;
      }
      printedLines += render(parts.get(0)).lines().filter(l -> !l.isBlank()).count();
      readLines += render(BodyReflow.reflow(parts.get(0))).lines().filter(l -> !l.isBlank()).count();
    }
    System.out.printf(Locale.ROOT, "reflow: the sample release's %d documents print %d lines with text, read as %d%n",
        records.size(), printedLines, readLines);
    assertTrue(joined > records.size(), "lines were joined: " + joined + " in " + bodies + " bodies");
  }

  private static String reflow(String body) {
    return render(BodyReflow.reflow(List.of(new Piece(body, null))));
  }

  private static String render(List<Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      sb.append(p.isBar() ? "[" + p.label() + "]" : p.text());
    }
    return sb.toString();
  }

  private static List<Redaction> bars(List<Piece> pieces) {
    return pieces.stream().filter(Piece::isBar).map(Piece::bar).toList();
  }

  /** The text without its white space, bars as markers. */
  private static String ink(List<Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    render(pieces).codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static int length(List<Piece> pieces) {
    return render(pieces).length();
  }

  private static int lines(List<Piece> pieces) {
    return (int) render(pieces).chars().filter(c -> c == '\n').count();
  }

  /** The text cut, its lines shuffled in places, bytes of other scripts and controls put in. */
  private static String mutate(String text, Random random) {
    StringBuilder sb = new StringBuilder(text.substring(0, random.nextInt(text.length() + 1)));
    String[] inserts = {"\n", "\r\n", "\t", "   ", "-\n", "• ", "> ", "\u0000", "\u202e", "[REDACTED]", "--\n", "é"};
    for (int i = 0; i < 20 && sb.length() > 0; i++) {
      sb.insert(random.nextInt(sb.length()), inserts[random.nextInt(inserts.length)]);
    }
    return sb.toString();
  }

  private static List<ReleaseRecord> sampleRecords() throws Exception {
    List<ReleaseRecord> records = new ArrayList<>();
    ReleaseReader reader = new ReleaseReader();
    try (InputStream in = BodyReflowTest.class.getResourceAsStream("/org/readingroom/sample/sample-release.zip");
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.isDirectory() || !e.getName().endsWith(".txt")) {
          continue;
        }
        ParseResult result = reader.read(new SourceDocument.InMemory(e.getName(), zip.readAllBytes()));
        if (result instanceof ReleaseRecord r) {
          records.add(r);
        }
      }
    }
    return records;
  }
}
