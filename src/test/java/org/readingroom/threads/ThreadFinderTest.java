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

  @Test
  void subjectsReadWithoutReplyAndForwardMarks() {
    assertEquals(SubjectKey.of("Letter to the Secretary"), SubjectKey.of("Fw: RE: letter to the secretary"));
    assertEquals(SubjectKey.of("Libya"), SubjectKey.of("FWD: Libya"));
    assertEquals(SubjectKey.of("Libya"), SubjectKey.of("Fvv: Libya"));
    assertNotEquals(SubjectKey.of("Libya"), SubjectKey.of("Syria"));
    assertEquals("", SubjectKey.of(null));
  }
}
