package org.readingroom.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.readingroom.ingest.TestChains.H_TO_RUSSO;
import static org.readingroom.ingest.TestChains.H_TO_STAFF;
import static org.readingroom.ingest.TestChains.MILLS;
import static org.readingroom.ingest.TestChains.MILLS_QUOTED;
import static org.readingroom.ingest.TestChains.PICKERING;
import static org.readingroom.ingest.TestChains.PICKERING_DAMAGED;
import static org.readingroom.ingest.TestChains.mail;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.readingroom.ingest.TestChains.Mail;
import org.readingroom.ingest.TestChains;
import org.readingroom.record.ReleaseRecord;

/** Messages across documents, and threads across chains, on constructed releases. */
class ThreadFinderTest {

  /** Who is who: H and her address are one person, so are Mills's spellings; anyone else is their printed name. */
  static final Function<String, String> PERSONS = alias -> alias.equals("H") || alias.startsWith("hrod17") ? "p-h"
      : alias.startsWith("Mills") || alias.startsWith("MiIIs") ? "p-mills" : "p-" + alias;

  static Correspondence find(ReleaseRecord... records) {
    ThreadFinder finder = new ThreadFinder();
    for (ReleaseRecord r : records) {
      finder.add(r.docId(), r);
    }
    return finder.find(PERSONS);
  }

  static Correspondence pickering() {
    return find(TestChains.record("C05787433", MILLS, PICKERING),
        TestChains.record("C05793178", H_TO_STAFF, MILLS_QUOTED, PICKERING),
        TestChains.record("C05793224", H_TO_RUSSO, MILLS_QUOTED, PICKERING_DAMAGED));
  }

  @Test
  void oneMessageForwardedAlongThreePathsIsOneMessageWithThreeAppearances() {
    Correspondence c = pickering();
    ThreadMessage letter = c.messageAt("C05787433", 1).orElseThrow();
    assertEquals(letter, c.messageAt("C05793178", 2).orElseThrow());
    assertEquals(letter, c.messageAt("C05793224", 2).orElseThrow(), "OCR damage and a cut do not make another message");
    assertEquals(List.of(new Appearance("C05787433", 1, 1), new Appearance("C05793178", 2, 1),
        new Appearance("C05793224", 2, 1)), letter.appearances());
    assertEquals("2011-12-31T18:06", String.valueOf(letter.sent()));
    assertEquals(3, c.messageAt("C05787433", 0).orElseThrow().appearances().size(), "Mills's forward, however printed");
    assertEquals(4, c.messages().size());
    assertEquals(8, c.appearances());
  }

  @Test
  void twoRepliesOfOneSenderInOneMinuteUnderOneSubjectAreTwoMessages() {
    Correspondence c = pickering();
    assertNotEquals(c.messageAt("C05793178", 0).orElseThrow(), c.messageAt("C05793224", 0).orElseThrow());
  }

  @Test
  void chainsJoinIntoOneThreadInTimeOrder() {
    Correspondence c = pickering();
    assertEquals(1, c.threads().size());
    MessageThread t = c.threads().get(0);
    ThreadMessage letter = c.messageAt("C05787433", 1).orElseThrow();
    ThreadMessage forward = c.messageAt("C05787433", 0).orElseThrow();
    assertEquals(letter.id(), t.messageIds().get(0));
    assertEquals(forward.id(), t.messageIds().get(1));
    assertEquals("Letter to the Secretary", t.subject());
    assertEquals(List.of("C05787433", "C05793178", "C05793224"), t.documents());
    assertEquals(List.of(letter.id()), forward.parents());
    assertEquals(List.of(forward.id()), c.messageAt("C05793224", 0).orElseThrow().parents());
    assertEquals(List.of(), letter.parents());
  }

  @Test
  void repliesAndForwardsAcrossDocumentsLinkThroughTheMessagesTheyShare() {
    Mail a = mail("Abedin, Huma", "Monday, March 7, 2011 9:00 AM", "H", "Libya", "The call is at ten.");
    Mail b = mail("H", "Monday, March 7, 2011 9:05 AM", "Abedin, Huma", "Re: Libya", "Ok. Who else?");
    Mail bAsForwarded = mail("H", "Monday, March 7, 2011 9:05 AM", "Abedin, Huma", "RE: libya", "Ok. Who else?");
    Mail c = mail("Abedin, Huma", "Monday, March 7, 2011 9:10 AM", "H", "FW: Re: Libya", "Just us.");
    Mail other = mail("Sullivan, Jacob J", "Tuesday, March 8, 2011 8:00 AM", "H", "Schedule", "Noted.");
    Correspondence found = find(TestChains.record("C00000010", b, a), TestChains.record("C00000011", c, bAsForwarded),
        TestChains.record("C00000012", other));
    assertEquals(4, found.messages().size());
    assertEquals(2, found.threads().size());
    MessageThread libya = found.thread(found.messageAt("C00000010", 0).orElseThrow().threadId()).orElseThrow();
    assertEquals(3, libya.messageIds().size());
    assertEquals(List.of("C00000010", "C00000011"), libya.documents());
  }

  @Test
  void aMessagePrintedAboveOneSentDaysLaterIsNoReply() {
    Mail first = mail("Abedin, Huma", "Monday, March 7, 2011 9:00 AM", "H", "Schedule", "Tomorrow at ten.");
    Mail later = mail("Abedin, Huma", "Thursday, March 10, 2011 9:00 AM", "H", "Trip", "The plane leaves at six.");
    Correspondence c = find(TestChains.record("C00000020", first, later));
    assertEquals(2, c.threads().size());
  }

  @Test
  void aDocumentPrintingTwoConversationsOneAfterTheOtherIsTwoThreads() {
    // C05797128: Feltman's "Re: Seeing S" is printed over Clinton's "Re: PDB" of two weeks before
    Mail seeing = mail("Jeffrey Feltman [mailto:", "Sunday, September 30, 2012 09:18 PM", "Sullivan, Jacob J",
        "Re: Seeing S", "Jake and Huma, greetings. It was wonderful to see you both this week.");
    Mail pdb = mail("H [mailto:HDR22@clintonemail.com]", "Saturday, September 15, 2012 10:43 AM", "Hanley, Monica R",
        "Re: PDB", "I just woke up so I missed Dan. Could he come back after I finish my calls?");
    Mail pdbAsked = mail("Hanley, Monica R", "Saturday, September 15, 2012 09:35 AM", "H", "Re: PDB", "Dan is here.");
    Correspondence c = find(TestChains.record("C00000050", seeing, pdb, pdbAsked));
    assertEquals(2, c.threads().size());
    assertEquals(List.of(), c.messageAt("C00000050", 0).orElseThrow().parents());
    assertEquals(c.messageAt("C00000050", 1).orElseThrow().threadId(), c.messageAt("C00000050", 2).orElseThrow().threadId(),
        "a reply whose subject agrees still joins");
  }

  @Test
  void copiesWhoseSenderOrSubjectOcrDamagedAreOneMessage() {
    String body = "The PDB is ready in the pouch with a few read items and an action memo authorizing the resolution";
    Mail clean = mail("Hanley, Monica R", "Saturday, September 15, 2012 09:17 AM", "H", "PDB", body);
    Mail sender = mail("Hartley, Monica R", "Saturday, September 15, 2012 09:17 AM", "H", "PDB", body);
    Mail subject = mail("Hanley, Monica R", "Saturday, September 15, 2012 09:17 AM", "H", "P08", body);
    Correspondence c = find(TestChains.record("C00000060", clean), TestChains.record("C00000061", sender),
        TestChains.record("C00000062", subject));
    assertEquals(1, c.messages().size(), "one email, printed three times");
    assertEquals(3, c.messages().get(0).appearances().size());
  }

  @Test
  void aCopyPrintedAtTheTopOfADocumentAMinuteLaterIsTheSameMessage() {
    // C05795544 prints at 10:44 what C05739667 and others quote at 10:43
    String body = "I just woke up so I missed Dan. Could he come back after I finish my calls? I do not have the schedule yet";
    Mail quoted = mail("H [mailto:HDR22@clintonemail.com]", "Saturday, September 15, 2012 10:43 AM", "Hanley, Monica R",
        "Re: PDB", body);
    Mail top = mail("H <HDR22@clintonemail.com>", "Saturday, September 15, 2012 10:44 AM", "Hanley, Monica R", "Re: PDB",
        body);
    Mail asked = mail("Hanley, Monica R", "Saturday, September 15, 2012 09:35 AM", "H", "Re: PDB", "Dan is here.");
    Mail shortLater = mail("H", "Saturday, September 15, 2012 10:44 AM", "Hanley, Monica R", "Re: PDB", "Ok.");
    Mail shortEarlier = mail("H", "Saturday, September 15, 2012 10:43 AM", "Hanley, Monica R", "Re: PDB", "Ok.");
    Correspondence c = find(TestChains.record("C00000080", quoted, asked), TestChains.record("C00000081", top),
        TestChains.record("C00000082", shortLater), TestChains.record("C00000083", shortEarlier));
    assertEquals(c.messageAt("C00000080", 0).orElseThrow(), c.messageAt("C00000081", 0).orElseThrow());
    assertNotEquals(c.messageAt("C00000082", 0).orElseThrow(), c.messageAt("C00000083", 0).orElseThrow(),
        "two short bodies a minute apart tell nothing: two messages");
  }

  @Test
  void copiesWithNoBodyToTellAreOneMessageWhenPrintedOverOneMessage() {
    // C05786818 prints Clinton's withheld "Re: Calls update" at 7:17 over Sullivan's message; C05786819, at 07:16
    Mail sullivan = mail("Sullivan, Jacob J [mailto:SullivanJJ@state.gov]", "Monday, August 22, 2011 7:12 AM", "H",
        "Re: Calls update", "Spoke to the Turks; they will call back within the hour on the Libya contact group.");
    Mail top = mail("H <hrod17@clintonemail.com>", "Monday, August 22, 2011 7:17 AM", "Sullivan, Jacob J",
        "Re: Calls update", "");
    Mail quoted = mail("H [mailto:hrod17@clintonemail.com]", "Monday, August 22, 2011 07:16 AM", "Sullivan, Jacob J",
        "Re: Calls update", "");
    Mail answer = mail("Sullivan, Jacob J", "Monday, August 22, 2011 7:27 AM", "H", "Re: Calls update", "Will do.");
    Mail other = mail("H", "Monday, August 22, 2011 07:18 AM", "Sullivan, Jacob J", "Re: Calls update", "");
    Correspondence c = find(TestChains.record("C00000090", top, sullivan), TestChains.record("C00000091", answer, quoted,
        sullivan), TestChains.record("C00000092", other, answer));
    assertEquals(c.messageAt("C00000090", 0).orElseThrow(), c.messageAt("C00000091", 1).orElseThrow());
    assertNotEquals(c.messageAt("C00000090", 0).orElseThrow(), c.messageAt("C00000092", 0).orElseThrow(),
        "an empty reply printed over another message is another email");
  }

  @Test
  void aCopyWhoseTimeOcrLostIsTheOneMessageOfItsDay() {
    // Abedin's "Fw: Benghazi staffing": 2011-04-22 17:53 in C05781835, the date alone in C05739670
    Mail feltman = mail("Feltman, Jeffrey D", "Friday, April 22, 2011 5:49 PM", "S_SpecialAssistants",
        "Benghazi staffing", "We will keep a small team in Benghazi through the weekend and review on Monday.");
    Mail timed = mail("Abedin, Huma <AbedinH@state.gov>", "Friday, April 22, 2011 5:53 PM", "", "Fw: Benghazi staffing", "");
    Mail dated = mail("Abedin, Hume <AbeclinH@stategov>", "Friday, April 22, 2011", "", "Fw: Benghazi staffing", "");
    Mail later = mail("Abedin, Huma", "Saturday, April 23, 2011 9:02 AM", "", "Fw: Benghazi staffing", "");
    Correspondence c = find(TestChains.record("C00000100", timed, feltman), TestChains.record("C00000101", dated, feltman));
    assertEquals(c.messageAt("C00000100", 0).orElseThrow(), c.messageAt("C00000101", 0).orElseThrow());
    assertEquals(2, c.messages().size());

    Mail again = mail("Abedin, Huma", "Friday, April 22, 2011 8:10 PM", "", "Fw: Benghazi staffing", "");
    Correspondence two = find(TestChains.record("C00000100", timed, feltman), TestChains.record("C00000101", dated, feltman),
        TestChains.record("C00000102", again, feltman), TestChains.record("C00000103", later, feltman));
    assertNotEquals(two.messageAt("C00000100", 0).orElseThrow(), two.messageAt("C00000101", 0).orElseThrow(),
        "two forwards that day: which one the dated copy is, is not known");
    assertEquals(5, two.messages().size(), "Feltman's, the two timed forwards, the dated copy, the next day's");
  }

  @Test
  void shortBodiesUnderTwoSubjectsInOneMinuteAreTwoMessages() {
    Mail one = mail("H", "Sunday, January 1, 2012 11:47 AM", "Russo, Robert V", "Fw: Letter", "Pls print.");
    Mail two = mail("H", "Sunday, January 1, 2012 11:47 AM", "Russo, Robert V", "Fw: Schedule", "Pls print.");
    Correspondence c = find(TestChains.record("C00000070", one), TestChains.record("C00000071", two));
    assertEquals(2, c.messages().size(), "a short body tells nothing: the subjects do");
  }

  @Test
  void idsAreStableAcrossAnalyses() {
    Correspondence once = pickering();
    Correspondence again = pickering();
    assertEquals(once.messages(), again.messages());
    Correspondence more = find(TestChains.record("C05787433", MILLS, PICKERING),
        TestChains.record("C05793178", H_TO_STAFF, MILLS_QUOTED, PICKERING),
        TestChains.record("C05793224", H_TO_RUSSO, MILLS_QUOTED, PICKERING_DAMAGED),
        TestChains.record("C00000030", mail("Abedin, Huma", "Monday, March 7, 2011 9:00 AM", "H", "Other", "Unrelated.")));
    assertEquals(once.messageAt("C05787433", 1).orElseThrow().id(), more.messageAt("C05787433", 1).orElseThrow().id());
    assertEquals(once.threads().get(0).id(), more.messageAt("C05787433", 1).orElseThrow().threadId());
  }

  /** The minutes' groups are met as their text sorts, as when they were a tree's string keys: ids of messages alike follow it. */
  @Test
  void minutesAreComparedAsTheirDecimalText() {
    long[] xs = {0, 7, 9, 10, 99, 100, 21_999_999, 22_000_000, 99_999_999, 100_000_000, -1, -9, -10, Long.MAX_VALUE,
        Long.MIN_VALUE};
    for (long a : xs) {
      for (long b : xs) {
        assertEquals(Integer.signum(Long.toString(a).compareTo(Long.toString(b))),
            Integer.signum(ThreadFinder.decimalOrder(a, b)), a + " against " + b);
      }
    }
  }

  @Test
  void subjectsReadWithoutReplyAndForwardMarks() {
    assertEquals(SubjectKey.of("Letter to the Secretary"), SubjectKey.of("Fw: RE: letter to the secretary"));
    assertEquals(SubjectKey.of("Libya"), SubjectKey.of("FWD: Libya"));
    assertEquals(SubjectKey.of("Libya"), SubjectKey.of("Fvv: Libya"));
    assertNotEquals(SubjectKey.of("Libya"), SubjectKey.of("Syria"));
    assertEquals("", SubjectKey.of(null));
  }
}
