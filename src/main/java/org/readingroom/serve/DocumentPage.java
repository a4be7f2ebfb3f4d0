package org.readingroom.serve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readingroom.archive.Originals;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.QueryWords;
import org.readingroom.record.Classification;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.withheld.ExemptionLegend;

/**
 * A release document as its page shows it: its header, release stamp and classification; the text
 * before the first message; each message as a card ({@link MessageCard}) and, once the archive has
 * been analysed, where its thread is and where else it is printed; the document's other copies;
 * the legend of every code that occurs.
 *
 * @param threadings by card position: where the message stands in the archive, or null
 */
public record DocumentPage(
    String docId,
    String key,
    ReleaseRecord record,
    List<MessageCard.Piece> prelude,
    List<MessageCard> cards,
    List<Threading> threadings,
    List<ExemptionLegend.Entry> legend,
    String declassifyWhen,
    String original,
    Published published,
    List<Copy> copies,
    Marks marks,
    String permalinkBase) {

  public DocumentPage {
    threadings = Collections.unmodifiableList(new ArrayList<>(threadings)); // holds nulls
    copies = List.copyOf(copies);
  }

  /** The PDF or scan a document was read from: where it is, and its pages as images. */
  public record Published(String kind, String url, List<String> pageImages) {
    public Published {
      pageImages = List.copyOf(pageImages);
    }

    static Published of(Originals.Original original) {
      String base = "/api/documents/" + Links.encode(original.key());
      List<String> pages = new ArrayList<>();
      for (int n = 1; n <= original.pages(); n++) {
        pages.add(base + "/pages/" + n);
      }
      return new Published(original.kind().name(), base + "/original", pages);
    }
  }

  /**
   * Where a message stands in the archive.
   *
   * @param threadHref its place on its thread's page
   * @param alsoIn the other printings of the same message, in other documents or further down this one
   */
  public record Threading(String threadHref, int threadMessages, int threadDocuments,
      List<MessageCard.Printing> alsoIn) {
    public Threading {
      alsoIn = List.copyOf(alsoIn);
    }
  }

  /**
   * The words a reader came looking for, marked on the page.
   *
   * @param query the search that led here
   * @param count how many words are marked
   */
  public record Marks(String query, int count) {}

  /** Another copy of this document's release content (a near-duplicate), and where to compare them. */
  public record Copy(String docId, String href, String compareHref) {}

  /** Where the card's message stands in the archive; null when the archive has not been analysed. */
  public Threading threading(MessageCard card) {
    return card.position() < threadings.size() ? threadings.get(card.position()) : null;
  }

  /** This page with each card's threading (by position) and the document's near-duplicate copies. */
  DocumentPage annotated(List<Threading> byPosition, List<Copy> otherCopies) {
    return new DocumentPage(docId, key, record, prelude, cards, byPosition, legend, declassifyWhen, original,
        published, otherCopies, marks, permalinkBase);
  }

  /**
   * This page with the words of {@code query} marked in its text (as search reads them: folded, a
   * prefix or a misspelling matching what it matched); this page when the query looks for no words.
   */
  DocumentPage marked(String query) {
    QueryWords words = QueryWords.of(query);
    if (words.isEmpty()) {
      return this;
    }
    int[] count = {0};
    List<MessageCard.Piece> markedPrelude = MessageCard.marked(prelude, words, count);
    List<MessageCard> markedCards = new ArrayList<>();
    for (MessageCard c : cards) {
      markedCards.add(c.marked(words, count));
    }
    return new DocumentPage(docId, key, record, markedPrelude, markedCards, threadings, legend, declassifyWhen,
        original, published, copies, new Marks(query, count[0]), permalinkBase);
  }

  /** This page citing itself with permalinks under {@code base} (the server's own address). */
  DocumentPage citedFrom(String base) {
    return new DocumentPage(docId, key, record, prelude, cards, threadings, legend, declassifyWhen, original,
        published, copies, marks, base);
  }

  /** How to cite this document: agency, case, number, release date, pages and permalink. */
  public String citation() {
    return Citation.of(record, original, docId, null, permalinkBase + Links.document(docId));
  }

  /** How to cite one of its messages: the document's citation, narrowed to the message and its page. */
  public String citation(MessageCard card) {
    return Citation.of(record, original, docId, card, permalinkBase + Links.message(docId, card.position()));
  }

  /** The page of a document; {@code published} is its original PDF or scan, or null. */
  public static DocumentPage of(StoredRelease stored, Published published, LocalDate today) {
    ReleaseRecord r = stored.record();
    Set<String> codes = new LinkedHashSet<>(r.exemptions());
    r.redactions().forEach(b -> codes.addAll(b.codes()));
    if (r.classification() != null) {
      codes.addAll(r.classification().reasons());
    }
    return new DocumentPage(r.docId() != null ? r.docId() : stored.key(), stored.key(), r, MessageCard.prelude(r),
        MessageCard.of(r), List.of(), ExemptionLegend.of(codes), declassifyWhen(r.classification(), today),
        stored.original(), published, List.of(), null, "");
  }

  /** {@code in 39 days}, {@code today}, or {@code passed 2 years ago}. */
  static String declassifyWhen(Classification c, LocalDate today) {
    if (c == null || c.declassifyOn() == null) {
      return null;
    }
    return declassifyWhen(LocalDate.parse(c.declassifyOn()), today);
  }

  static String declassifyWhen(LocalDate on, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, on);
    if (days == 0) {
      return "today";
    }
    if (days > 0) {
      return days == 1 ? "tomorrow" : days < 365 * 2 ? "in " + days + " days" : "in " + days / 365 + " years";
    }
    long ago = -days;
    return "passed " + (ago == 1 ? "yesterday" : ago < 365 * 2 ? ago + " days ago" : ago / 365 + " years ago");
  }
}
