package org.readingroom.serve;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.index.QueryWords;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.withheld.ExemptionLegend;

/**
 * A message of a chain as the pages show it (a document's page, a thread's page): its header, its
 * body cut into text and redaction bars (each labelled with its codes, where it stands) and
 * reflowed for reading ({@link BodyReflow}), and the bars that stand in its header.
 */
public record MessageCard(int position, Message message, List<Piece> body, List<Redaction> headerBars) {

  private static final String TOKEN = "[REDACTED]";

  public MessageCard {
    body = List.copyOf(body);
    headerBars = List.copyOf(headerBars);
  }

  public String anchor() {
    return "message-" + (position + 1);
  }

  public String from() {
    return message.from() == null ? "(sender withheld)" : label(message.from());
  }

  /**
   * A run of a document's text, or a bar where something was withheld.
   *
   * @param mark whether the text is a word the reader searched for
   */
  public record Piece(String text, Redaction bar, boolean mark) {
    public Piece(String text, Redaction bar) {
      this(text, bar, false);
    }

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

  /** A printing of a message: a document, the message's place in its chain, and its card there. */
  public record Printing(String docId, int position, String href) {}

  /** The cards of every message of a release, in chain order. */
  public static List<MessageCard> of(ReleaseRecord r) {
    String text = r.text();
    List<Redaction> bars = r.redactions();
    List<MessageCard> cards = new ArrayList<>();
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
      cards.add(new MessageCard(i, m, BodyReflow.reflow(body), inHeader));
    }
    return cards;
  }

  /** The release's text before its first message, cut into text and bars. */
  public static List<Piece> prelude(ReleaseRecord r) {
    int firstHeader = r.messages().isEmpty() ? r.text().length() : r.messages().get(0).headerStart();
    return BodyReflow.reflow(pieces(r.text(), 0, firstHeader, r.redactions()));
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

  /** This card with the words of {@code words} marked in its body; {@code count} counts the marks. */
  MessageCard marked(QueryWords words, int[] count) {
    return new MessageCard(position, message, marked(body, words, count), headerBars);
  }

  /** {@code pieces} with the words of {@code words} cut out of their text as marked pieces. */
  static List<Piece> marked(List<Piece> pieces, QueryWords words, int[] count) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces) {
      if (p.isBar() || p.mark()) {
        out.add(p);
        continue;
      }
      int pos = 0;
      for (int[] span : words.find(p.text())) {
        if (span[0] > pos) {
          out.add(new Piece(p.text().substring(pos, span[0]), null));
        }
        out.add(new Piece(p.text().substring(span[0], span[1]), null, true));
        count[0]++;
        pos = span[1];
      }
      if (pos < p.text().length()) {
        out.add(new Piece(p.text().substring(pos), null));
      }
    }
    return out;
  }

  /** A party as a reader reads it: name and address. */
  public static String label(Party p) {
    if (p.name() != null && p.address() != null) {
      return p.name() + " <" + p.address() + ">";
    }
    return p.label();
  }
}
