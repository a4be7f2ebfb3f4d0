package org.readingroom.serve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readingroom.archive.Originals;
import org.readingroom.archive.StoredRelease;
import org.readingroom.record.Classification;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;

/**
 * A release document as the reading room shows it: its header, release stamp and classification;
 * the text before the first message; each message as a card with its body; every redaction as a
 * bar labelled with its codes, where it stands; the legend of every code that occurs.
 */
public record DocumentView(
    String docId,
    String key,
    ReleaseRecord record,
    List<Piece> prelude,
    List<Card> cards,
    List<ExemptionLegend.Entry> legend,
    String declassifyWhen,
    String original,
    Published published,
    List<Copy> copies) {

  private static final String TOKEN = "[REDACTED]";

  /** A run of the document's text, or a bar where something was withheld. */
  public record Piece(String text, Redaction bar) {
    public boolean isBar() {
      return bar != null;
    }

    /** What a bar says: its codes, or that the rendering printed only a token. */
    public String label() {
      return bar.codes().isEmpty() ? "withheld" : String.join(" ", bar.codes());
    }

    public String title() {
      if (bar.codes().isEmpty()) {
        return "withheld (the release prints [REDACTED], no exemption code)";
      }
      StringBuilder sb = new StringBuilder("withheld: ");
      for (String code : bar.codes()) {
        sb.append(code).append(" ").append(ExemptionLegend.meaning(code)).append("; ");
      }
      return sb.substring(0, sb.length() - 2);
    }
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
   * A message of the chain: its header and its body; {@code threading} says where else the archive
   * prints it and which thread it belongs to (null when the archive has not been analysed).
   */
  public record Card(int position, Message message, List<Piece> body, List<Redaction> headerBars,
      Threading threading) {
    public String anchor() {
      return "message-" + (position + 1);
    }

    public String from() {
      return message.from() == null ? "(sender withheld)" : label(message.from());
    }
  }

  /**
   * Where a message stands in the archive.
   *
   * @param threadHref its place on its thread's page
   * @param alsoIn the other printings of the same message, in other documents or further down this one
   */
  public record Threading(String threadHref, int threadMessages, int threadDocuments, List<Printing> alsoIn) {
    public Threading {
      alsoIn = List.copyOf(alsoIn);
    }
  }

  /** A printing of a message: a document and the message's card in it. */
  public record Printing(String docId, int position, String href) {}

  /** Another copy of this document's release content (a near-duplicate), and where to compare them. */
  public record Copy(String docId, String href, String compareHref) {}

  /** This view with each card's threading (by position) and the document's near-duplicate copies. */
  DocumentView annotated(List<Threading> threadings, List<Copy> otherCopies) {
    List<Card> annotated = new ArrayList<>(cards.size());
    for (Card c : cards) {
      Threading t = c.position() < threadings.size() ? threadings.get(c.position()) : null;
      annotated.add(new Card(c.position(), c.message(), c.body(), c.headerBars(), t));
    }
    return new DocumentView(docId, key, record, prelude, annotated, legend, declassifyWhen, original, published,
        List.copyOf(otherCopies));
  }

  public static DocumentView of(StoredRelease stored, LocalDate today) {
    return of(stored, null, today);
  }

  /** The view of a document; {@code published} is its original PDF or scan, or null. */
  public static DocumentView of(StoredRelease stored, Published published, LocalDate today) {
    ReleaseRecord r = stored.record();
    String text = r.text();
    List<Redaction> bars = r.redactions();
    int firstHeader = r.messages().isEmpty() ? text.length() : r.messages().get(0).headerStart();
    List<Piece> prelude = pieces(text, 0, firstHeader, bars);
    List<Card> cards = new ArrayList<>();
    for (int i = 0; i < r.messages().size(); i++) {
      Message m = r.messages().get(i);
      int end = i + 1 < r.messages().size() ? r.messages().get(i + 1).headerStart() : text.length();
      List<Redaction> inHeader = new ArrayList<>();
      for (Redaction red : bars) {
        if (!red.isToken() && red.offset() >= m.headerStart() && red.offset() < m.bodyStart()) {
          inHeader.add(red);
        }
      }
      List<Piece> body = pieces(text, m.bodyStart(), m.bodyEnd(), bars);
      // margin codes printed after the body, before the next header, belong to this body
      for (Piece p : pieces(text, m.bodyEnd(), end, bars)) {
        if (p.isBar()) {
          body.add(p);
        }
      }
      cards.add(new Card(i, m, List.copyOf(body), inHeader, null));
    }
    Set<String> codes = new LinkedHashSet<>(r.exemptions());
    bars.forEach(b -> codes.addAll(b.codes()));
    if (r.classification() != null) {
      codes.addAll(r.classification().reasons());
    }
    return new DocumentView(r.docId() != null ? r.docId() : stored.key(), stored.key(), r, prelude, cards,
        ExemptionLegend.of(codes), declassifyWhen(r.classification(), today), stored.original(), published,
        List.of());
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

  /** {@code text[from, to)} cut into text and bars: margin markers at their offset, tokens where printed. */
  static List<Piece> pieces(String text, int from, int to, List<Redaction> bars) {
    List<Piece> out = new ArrayList<>();
    int pos = from;
    List<Redaction> margin = new ArrayList<>();
    for (Redaction r : bars) {
      if (!r.isToken() && r.offset() >= from && r.offset() <= to && (r.offset() < to || to == text.length())) {
        margin.add(r);
      }
    }
    int m = 0;
    while (pos < to) {
      int token = indexOfToken(text, pos, to);
      int nextMargin = m < margin.size() ? margin.get(m).offset() : Integer.MAX_VALUE;
      int next = Math.min(token < 0 ? Integer.MAX_VALUE : token, nextMargin);
      if (next == Integer.MAX_VALUE || next >= to) {
        out.add(new Piece(text.substring(pos, to), null));
        pos = to;
        break;
      }
      if (next > pos) {
        out.add(new Piece(text.substring(pos, next), null));
      }
      if (next == nextMargin) {
        out.add(new Piece(null, margin.get(m++)));
        pos = next;
      } else {
        out.add(new Piece(null, new Redaction(List.of(), 1, next)));
        pos = next + TOKEN.length();
      }
    }
    while (m < margin.size()) {
      out.add(new Piece(null, margin.get(m++)));
    }
    return out;
  }

  /** The next {@code [REDACTED]} token, in any case, within {@code [from, to)}; -1 if none. */
  private static int indexOfToken(String text, int from, int to) {
    for (int at = text.indexOf('[', from); at >= 0 && at + TOKEN.length() <= to; at = text.indexOf('[', at + 1)) {
      if (text.regionMatches(true, at, TOKEN, 0, TOKEN.length())) {
        return at;
      }
    }
    return -1;
  }

  /** A party as a reader reads it: name and address. */
  public static String label(Party p) {
    if (p.name() != null && p.address() != null) {
      return p.name() + " <" + p.address() + ">";
    }
    return p.label();
  }
}
