package org.readingroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.readingroom.ingest.TestChains.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.ingest.TestChains;
import org.readingroom.ingest.TestChains.Mail;
import org.readingroom.people.People;
import org.readingroom.people.Person;

/**
 * The evidence that joins one person's aliases, and what keeps two apart, on constructed releases,
 * through an ingest and the archive's analysis.
 */
class PeopleEvidenceTest {

  @TempDir Path tmp;

  private static final String MEMO = "The delegation arrives on Tuesday and meets the foreign minister before the press "
      + "conference at noon; the embassy has the schedule and will send the briefing book tonight.";

  private People analyse(Path docs) throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(engine, archive, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(engine, archive);
    }
    return ArchiveAnalysis.load(archive).people();
  }

  private static String sent(int day, int minute) {
    return String.format(Locale.ROOT, "Monday, March %d, 2011 9:%02d AM", day, minute);
  }

  private static Person of(People people, String alias) {
    return people.byAlias(alias).orElseThrow(() -> new AssertionError("no person printed as " + alias));
  }

  @Test
  void copiesOfOneMessagePrintedWithTwoSendersMakeOneSenderNamedByTheFullestForm() throws Exception {
    Path docs = tmp.resolve("docs");
    for (int k = 1; k <= 2; k++) {
      String subject = "Memo " + k;
      TestChains.write(docs, "C0000010" + k, mail("sbwhoeop", sent(7, k), "H", subject, MEMO));
      TestChains.write(docs, "C0000020" + k, mail("Blumenthal, Sidney", sent(7, k), "H", "Fw: " + subject, MEMO));
    }
    People people = analyse(docs);
    Person sid = of(people, "sbwhoeop");
    assertEquals(sid, of(people, "Blumenthal, Sidney"));
    assertEquals("Blumenthal, Sidney", sid.name(), "the name a curator would write, not the mailbox");
  }

  @Test
  void theOneAReplyIsSentToIsTheOneWhoWroteWhatItAnswers() throws Exception {
    Path docs = tmp.resolve("docs");
    for (int k = 1; k <= 3; k++) {
      Mail note = mail("Sidney Blumenthal", sent(k, 0), "H", "Note " + k, "H: Here is what I hear from Cairo, number " + k);
      Mail reply = mail("H", sent(k, 30), "'sbwhoeop", "Re: Note " + k, "Thanks, very helpful.");
      TestChains.write(docs, "C0000030" + k, reply, note);
    }
    // a forward whose own header was not printed: H answers sbwhoeop over Lesch's letter, once
    TestChains.write(docs, "C00000309", mail("H", sent(9, 30), "'sbwhoeop", "Re: Syria", "Interesting."),
        mail("David Lesch", sent(9, 0), "Sidney Blumenthal", "Syria", "A letter about Syria, long and considered."));
    People people = analyse(docs);
    Person sid = of(people, "sbwhoeop");
    assertEquals(sid, of(people, "Sidney Blumenthal"));
    assertEquals("Sidney Blumenthal", sid.name());
    assertNotEquals(sid, of(people, "David Lesch"), "one reply over a forwarded letter is not its writer's mailbox");
  }

  @Test
  void aMailboxPrintedAsItsLocalPartOrWithItsAtReadAsALetterIsThatMailbox() throws Exception {
    Path docs = tmp.resolve("docs");
    for (int k = 0; k < 20; k++) {
      TestChains.write(docs, String.format(Locale.ROOT, "C000004%02d", k),
          mail("Mills, Cheryl D <MillsCD@state.gov>", sent(10, k), "OpsNewsTicker@state.gov", "Item " + k, "Noted."));
    }
    TestChains.write(docs, "C00000450", mail("OpsNewsTicker", sent(11, 0), "H", "Ticker", "News."));
    TestChains.write(docs, "C00000451", mail("OpsNewsTickerOstate.gov", sent(11, 1), "H", "Ticker 2", "More news."));
    People people = analyse(docs);
    Person ticker = of(people, "OpsNewsTicker@state.gov");
    assertEquals(ticker, of(people, "OpsNewsTicker"));
    assertEquals(ticker, of(people, "OpsNewsTickerOstate.gov"));
    assertEquals("OpsNewsTicker", ticker.name());
  }

  @Test
  void aRareWordAnEndLetterFromAFrequentOneIsItsCopyUnlessTheWordHasPeers() throws Exception {
    Path docs = tmp.resolve("docs");
    int n = 0;
    for (String sender : List.of("sbwhoeop", "SES-O_Shift-I", "SES-O_Shift-II", "SES-O_Shift-III")) {
      for (int k = 0; k < 20; k++) {
        TestChains.write(docs, String.format(Locale.ROOT, "C0005%04d", n++), mail(sender, sent(12, k), "H", sender + k, "Text."));
      }
    }
    TestChains.write(docs, "C00060001", mail("sbwhoeor", sent(13, 0), "H", "Damaged", "Text."));
    TestChains.write(docs, "C00060002", mail("SES-O_Shift-H", sent(13, 1), "H", "Ambiguous", "Text."));
    People people = analyse(docs);
    assertEquals(of(people, "sbwhoeop"), of(people, "sbwhoeor"), "a letter misread at the end");
    assertNotEquals(of(people, "SES-O_Shift-I"), of(people, "SES-O_Shift-II"), "one letter is the difference in a family");
    assertNotEquals(of(people, "SES-O_Shift-II"), of(people, "SES-O_Shift-III"));
    for (String shift : List.of("SES-O_Shift-I", "SES-O_Shift-II", "SES-O_Shift-III")) {
      assertNotEquals(of(people, shift), of(people, "SES-O_Shift-H"), "-H could be -I or -II: left alone");
    }
  }

  @Test
  void aLocalPartWithUnderscoresAndANameReadTheOtherWayRoundAreTheNames() throws Exception {
    Path docs = tmp.resolve("docs");
    for (int k = 0; k < 20; k++) {
      TestChains.write(docs, String.format(Locale.ROOT, "C000070%02d", k),
          mail("Muscatine, Lissa", sent(14, k), "Shapiro, Daniel B; H", "Speech " + k, "Draft attached."));
    }
    TestChains.write(docs, "C00007100", mail("H", sent(15, 0), "'Daniel_B._Shapiro; Muscatine Lissa", "Call", "Call me."));
    People people = analyse(docs);
    assertEquals(of(people, "Shapiro, Daniel B"), of(people, "Daniel_B._Shapiro"));
    assertEquals(of(people, "Muscatine, Lissa"), of(people, "Muscatine Lissa"));
  }
}
