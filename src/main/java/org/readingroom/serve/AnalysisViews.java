package org.readingroom.serve;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.PersonActivity;
import org.readingroom.archive.StoredRelease;
import org.readingroom.duplicates.CopyDifference;
import org.readingroom.duplicates.DuplicateCluster;
import org.readingroom.index.SearchEngine;
import org.readingroom.people.Alias;
import org.readingroom.people.Person;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.MessageThread;
import org.readingroom.threads.ThreadMessage;

/**
 * The reading room's views of an archive's analysis: a document's messages in their threads and
 * its near-duplicate copies, a thread's page, the people list, two copies compared. Builds the
 * models; {@link ReadingRoom} renders them.
 */
final class AnalysisViews {

  static final int PEOPLE_PAGE = 50;
  /** Lines of a comparison shown; two copies that differ in more are not worth reading line by line. */
  static final int COMPARED_LINES = 400;

  private final SearchEngine engine;

  AnalysisViews(SearchEngine engine) {
    this.engine = engine;
  }

  /** {@code view} with each message's thread and other printings, and the document's other copies. */
  static DocumentView annotate(DocumentView view, ArchiveAnalysis a) {
    Correspondence c = a.correspondence();
    List<DocumentView.Threading> threadings = new ArrayList<>();
    for (int i = 0; i < view.cards().size(); i++) {
      ThreadMessage m = c.messageAt(view.key(), i).orElse(null);
      if (m == null) {
        threadings.add(null);
        continue;
      }
      MessageThread t = c.thread(m.threadId()).orElse(null);
      List<DocumentView.Printing> also = new ArrayList<>();
      for (Appearance ap : m.appearances()) {
        if (!(ap.document().equals(view.key()) && ap.position() == i)) {
          also.add(printing(ap));
        }
      }
      threadings.add(new DocumentView.Threading(Links.thread(m.threadId(), m.id()),
          t == null ? 1 : t.messageIds().size(), t == null ? 1 : t.documents().size(), also));
    }
    List<DocumentView.Copy> copies = new ArrayList<>();
    DuplicateCluster cluster = a.duplicates().of(view.key()).orElse(null);
    if (cluster != null) {
      for (DuplicateCluster.Copy copy : cluster.copies()) {
        if (!copy.document().equals(view.key())) {
          copies.add(new DocumentView.Copy(copy.document(), Links.document(copy.document()),
              Links.compare(view.key(), copy.document())));
        }
      }
    }
    return view.annotated(threadings, copies);
  }

  private static DocumentView.Printing printing(Appearance ap) {
    return new DocumentView.Printing(ap.document(), ap.position(), Links.message(ap.document(), ap.position()));
  }

  /**
   * A thread's page: each message with the fullest body any of its printings gives (OCR and page
   * breaks cut some short), where it is printed, and the messages it follows.
   */
  Pages.Thread thread(ArchiveAnalysis a, MessageThread t, LocalDate today) throws IOException {
    Map<String, DocumentView> documents = new HashMap<>();
    for (String key : t.documents()) {
      StoredRelease stored = engine.release(key).orElse(null);
      if (stored != null) {
        documents.put(key, DocumentView.of(stored, today));
      }
    }
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < t.messageIds().size(); i++) {
      numbers.put(t.messageIds().get(i), i + 1);
    }
    List<Pages.ThreadEntry> entries = new ArrayList<>();
    for (String id : t.messageIds()) {
      ThreadMessage m = a.correspondence().message(id).orElse(null);
      if (m == null) {
        continue;
      }
      DocumentView.Card fullest = null;
      List<DocumentView.Printing> printedIn = new ArrayList<>();
      for (Appearance ap : m.appearances()) {
        printedIn.add(printing(ap));
        DocumentView doc = documents.get(ap.document());
        if (doc != null && ap.position() < doc.cards().size()) {
          DocumentView.Card card = doc.cards().get(ap.position());
          if (fullest == null || bodyLength(card) > bodyLength(fullest)) {
            fullest = card;
          }
        }
      }
      List<Integer> follows = new ArrayList<>();
      for (String parent : m.parents()) {
        Integer n = numbers.get(parent);
        if (n != null) {
          follows.add(n);
        }
      }
      entries.add(new Pages.ThreadEntry(numbers.get(id), Links.threadAnchor(id), m.sent(), m.subject(),
          parties(m.from(), a), parties(m.to(), a), parties(m.cc(), a), fullest, printedIn, follows));
    }
    return new Pages.Thread(t.id(), t.subject(), t.documents(), entries);
  }

  private static int bodyLength(DocumentView.Card card) {
    return card.message().bodyEnd() - card.message().bodyStart();
  }

  private static List<Pages.PartyLink> parties(List<String> printed, ArchiveAnalysis a) {
    List<Pages.PartyLink> out = new ArrayList<>();
    for (MessageView.PartyView p : MessageView.parties(printed, a)) {
      out.add(new Pages.PartyLink(p.name(), p.person() == null ? Links.person(p.printed().get(0))
          : Links.personPage(p.person()), String.join("; ", p.printed())));
    }
    return out;
  }

  /** Page {@code page} of the people, most active first, or of those {@code q} names. */
  static Pages.People people(ArchiveAnalysis a, String q, int page) {
    List<Person> ranked = q == null ? a.mostActive() : AnalysisRoutes.matching(a, q);
    int pages = Math.max(1, (ranked.size() + PEOPLE_PAGE - 1) / PEOPLE_PAGE);
    int p = Math.min(Math.max(1, page), pages);
    List<Pages.PersonRow> rows = new ArrayList<>();
    for (int i = (p - 1) * PEOPLE_PAGE; i < Math.min(ranked.size(), p * PEOPLE_PAGE); i++) {
      Person person = ranked.get(i);
      PersonActivity act = a.activity(person);
      List<String> aliases = new ArrayList<>();
      for (Alias alias : person.aliases().subList(0, Math.min(6, person.aliases().size()))) {
        aliases.add(alias.text());
      }
      rows.add(new Pages.PersonRow(person.name(), Links.personPage(person.id()), act.messages(), act.sent(),
          act.received(), person.aliases().size(), aliases));
    }
    String base = "/people?" + (q == null ? "" : "q=" + Links.encode(q) + "&") + "page=";
    return new Pages.People(q, ranked.size(), p, pages, rows, p > 1 ? base + (p - 1) : null,
        p < pages ? base + (p + 1) : null);
  }

  /** What {@code here} has that {@code there} lacks, and the reverse. */
  static Pages.Compare compare(ArchiveAnalysis a, StoredRelease here, StoredRelease there) {
    CopyDifference d = CopyDifference.between(here, there, a.correspondence());
    List<org.readingroom.duplicates.LineDiff.Change> lines = d.lines();
    int shown = Math.min(COMPARED_LINES, lines.size());
    return new Pages.Compare(docId(here), docId(there), lines.isEmpty(), d.fields(),
        messages(a, d.messagesOnlyInFirst()), messages(a, d.messagesOnlyInSecond()), lines.subList(0, shown),
        lines.size() - shown);
  }

  private static String docId(StoredRelease r) {
    return r.record().docId() != null ? r.record().docId() : r.key();
  }

  private static List<Pages.MessageLink> messages(ArchiveAnalysis a, List<String> ids) {
    List<Pages.MessageLink> out = new ArrayList<>();
    for (String id : ids) {
      a.correspondence().message(id).ifPresent(m -> {
        String from = m.from().isEmpty() ? "(sender withheld)" : m.from().get(0);
        String label = from + (m.sent() == null ? "" : ", " + Pages.sent(m.sent()))
            + (m.subject() == null ? "" : ": " + m.subject());
        out.add(new Pages.MessageLink(label, Links.thread(m.threadId(), m.id())));
      });
    }
    return out;
  }
}
