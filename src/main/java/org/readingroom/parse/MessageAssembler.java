package org.readingroom.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.SentTime;

/**
 * The email-header state machine. Walks the rows (furniture already blanked) in state {@code
 * OUTSIDE} or {@code IN_HEADER}: a {@code From:} label opens a header block; further labels, the
 * lines a flattened layout printed between them, and the lines that continue a wrapped value join
 * it; a repeated label, running text or a separator closes it. A closed block that has a sender
 * label and a {@code Sent:}/{@code Subject:} line is a message; memo headings ({@code FROM:},
 * {@code For:/From:/Re:}) are not.
 */
final class MessageAssembler {

  private enum State {
    OUTSIDE,
    IN_HEADER
  }

  /** Blank lines a header block may hold between two of its labels on one page. */
  private static final int MAX_BLANKS_IN_HEADER = 2;
  /**
   * Blank lines before the {@code Sent:} (or {@code Date:}) of a block that has neither it nor a
   * subject yet: a header the page cut goes on below the banner with wider gaps. (A memo's {@code
   * From:} and {@code Subject:} far apart stay a memo heading.)
   */
  private static final int MAX_BLANKS_BEFORE_MISSING_LABEL = 5;
  /** A subject line that runs this far right is wrapped: the lines under it finish it. */
  private static final int WRAPPED_SUBJECT_WIDTH = 90;
  /** A line that opens with a whole {@code Last, First} name. */
  private static final Pattern WHOLE_NAME_FIRST = Pattern.compile("[A-Z][A-Za-z'-]+, [A-Z]");
  /** Lines a wrapped recipient list may run over before the header's next label. */
  private static final int MAX_LIST_LINES = 6;
  /** Continuation lines aligned with the values of a column-formatted header start this far right. */
  private static final int ALIGNED_VALUE_COLUMN = 16;

  private final List<Row> rows;
  private final CleanText clean;
  private final PartyCache parties;
  private final HeaderLine[] lines;
  private final List<Block> blocks = new ArrayList<>();
  private State state = State.OUTSIDE;
  private Block open;
  /** The last line that was not blank was a separator ({@code Original Message}). */
  private boolean separatorAbove;

  private MessageAssembler(List<Row> rows, CleanText clean, PartyCache parties) {
    this.rows = rows;
    this.clean = clean;
    this.parties = parties;
    this.lines = new HeaderLine[rows.size()];
  }

  /** The messages of a document, each beside what its {@code Sent:} (or {@code Date:}) line gave. */
  record Chain(List<Message> messages, List<SentDates.Reading> sent) {}

  static Chain assemble(List<Row> rows, CleanText clean, PartyCache parties) {
    MessageAssembler a = new MessageAssembler(rows, clean, parties);
    a.run();
    List<SentDates.Reading> sent = new ArrayList<>();
    List<Message> messages = a.messages(sent);
    return new Chain(messages, sent);
  }

  private HeaderLine line(int i) {
    if (lines[i] == null) {
      Row row = rows.get(i);
      lines[i] = row.banner ? HeaderLine.BLANK : HeaderLine.of(row, state == State.IN_HEADER);
    }
    return lines[i];
  }

  private void run() {
    int blanks = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.banner) {
        continue; // banners (and what is left of them) are furniture: a header goes on across them
      }
      lines[i] = null; // read again: whether a block is open changes what a line can be
      HeaderLine h = line(i);
      if (h.kind() == HeaderLine.Kind.TEXT && state == State.OUTSIDE && bareFrom(i)) {
        h = HeaderLine.WITHHELD_SENDER;
      }
      switch (h.kind()) {
        case BLANK -> {
          if (row.marginCodes == null) {
            blanks++; // a line that held only margin codes is no gap in a header
          }
        }
        case SEPARATOR -> {
          close();
          blanks = 0;
          separatorAbove = true;
          continue;
        }
        case LABEL -> {
          label(i, h, blanks);
          blanks = 0;
        }
        case TEXT -> {
          boolean gapInList = state == State.IN_HEADER && isList(open.last) && blanks >= 1
              && blanks <= (open.values.get(open.last).isEmpty() ? MAX_BLANKS_BEFORE_MISSING_LABEL : 1)
              && listRunsOnToLabel(i); // one blank inside a list; more under a label whose names the layout pushed down
          if (state == State.IN_HEADER && (blanks == 0 || gapInList) && continuation(i, h)) {
            open.lastRow = i;
          } else {
            close();
          }
          blanks = 0;
        }
      }
      if (h.kind() != HeaderLine.Kind.BLANK) {
        separatorAbove = false;
      }
    }
    close();
  }

  /**
   * A line that holds only {@code From} (no colon: the sender was withheld with it) opens a header
   * when header labels follow it.
   */
  private boolean bareFrom(int i) {
    String t = rows.get(i).text().strip();
    if (!t.equals("From")) {
      return false;
    }
    HeaderLine next = nextLine(i);
    return next != null && next.isLabel() && next.label() != HeaderLabel.FROM;
  }

  private void label(int i, HeaderLine h, int blanks) {
    Row row = rows.get(i);
    if (state == State.IN_HEADER) {
      boolean pageBreak = row.page != rows.get(open.lastRow).page;
      boolean repeated = open.values.containsKey(h.label())
          && !(isList(h.label()) && open.last == h.label() && blanks == 0);
      boolean missing = (h.label() == HeaderLabel.SENT || h.label() == HeaderLabel.DATE)
          && !open.values.containsKey(HeaderLabel.SENT) && !open.values.containsKey(HeaderLabel.DATE)
          && !open.values.containsKey(HeaderLabel.SUBJECT);
      boolean tooFar = blanks > (missing ? MAX_BLANKS_BEFORE_MISSING_LABEL : MAX_BLANKS_IN_HEADER) && !pageBreak;
      if (h.label() == HeaderLabel.FROM && open.values.containsKey(HeaderLabel.FROM) || repeated || tooFar) {
        close();
      }
    }
    if (state == State.OUTSIDE) {
      if (!opensBlock(h)) {
        return;
      }
      open = new Block(i, row.page);
      open.afterSeparator = separatorAbove;
      state = State.IN_HEADER;
    }
    open.add(h);
    open.lastRow = i;
  }

  private static boolean opensBlock(HeaderLine h) {
    return h.label() == HeaderLabel.FROM && !h.upper();
  }

  private static boolean isList(HeaderLabel label) {
    return label == HeaderLabel.TO || label == HeaderLabel.CC || label == HeaderLabel.BCC;
  }

  /**
   * A text line inside a header block: the value of the label below it (a date above an empty
   * {@code Sent:}), the value of an empty label above it, or the wrapped continuation of the last
   * value. Returns false when the line is running text that ends the block.
   */
  private boolean continuation(int i, HeaderLine h) {
    String text = rows.get(i).text();
    HeaderLine next = nextLine(i);
    boolean nextIsNewLabel = next != null && next.isLabel() && next.label() != HeaderLabel.FROM
        && (!open.values.containsKey(next.label()) || isList(next.label()) && next.label() == open.last);
    if (nextIsNewLabel && next.value().isEmpty() && fits(next.label(), text)
        && !(open.values.get(open.last).length() == 0 && fits(open.last, text))) {
      open.pending.put(next.label(), text); // the value printed above its label
      return true;
    }
    boolean aligned = h.valueColumn() >= ALIGNED_VALUE_COLUMN && open.valueColumn >= ALIGNED_VALUE_COLUMN
        && Math.abs(h.valueColumn() - open.valueColumn) <= 3;
    StringBuilder last = open.values.get(open.last);
    String lastValue = last.toString().stripTrailing();
    boolean listWrap = isList(open.last) && (lastValue.endsWith(";") || lastValue.endsWith(",")
        || text.indexOf(';') >= 0 || text.startsWith("<") || text.startsWith("("));
    if (!(nextIsNewLabel || aligned || listWrap || isList(open.last) && listRunsOnToLabel(i) || subjectWraps(i))) {
      return false;
    }
    open.append(open.last, text);
    return true;
  }

  /**
   * A subject printed after its label ({@code Subject: ...}, not in a column) that ran to the right
   * edge goes on at the left margin on the lines below, up to the first line that stops short.
   */
  private boolean subjectWraps(int i) {
    if (open.last != HeaderLabel.SUBJECT || open.lastRow != i - 1 || rows.get(i).firstNonBlank() > 2) {
      return false;
    }
    Row above = rows.get(i - 1);
    return open.valueColumn < ALIGNED_VALUE_COLUMN && above.lastColumn() >= WRAPPED_SUBJECT_WIDTH
        && above.text().indexOf("   ") < 0;
  }

  /**
   * A recipient list wrapped over several lines, with redaction gaps and margin codes between the
   * names: the lines from {@code i} on read as recipients up to a label the header has not had yet
   * ({@code Sent:}, {@code Subject:}), a few lines below.
   */
  private boolean listRunsOnToLabel(int i) {
    for (int k = i; k < rows.size() && k <= i + MAX_LIST_LINES; k++) {
      Row row = rows.get(k);
      if (row.banner || row.isBlank()) {
        continue;
      }
      HeaderLine h = k == i ? lines[i] : HeaderLine.of(row, true);
      if (h.isLabel()) {
        return k > i && h.label() != HeaderLabel.FROM && !open.values.containsKey(h.label());
      }
      if (!Recipients.looksLike(row.text())) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code text} can be the value of {@code label}. */
  private static boolean fits(HeaderLabel label, String text) {
    return (label == HeaderLabel.SENT || label == HeaderLabel.DATE) && SentDates.parse(text) != null;
  }

  /** The next line that is not blank, within two rows, or null. */
  private HeaderLine nextLine(int i) {
    for (int k = i + 1; k < rows.size() && k <= i + 2; k++) {
      Row row = rows.get(k);
      if (row.banner || row.isBlank()) {
        continue;
      }
      return HeaderLine.of(row, true);
    }
    return null;
  }

  private void close() {
    if (state == State.IN_HEADER && open.isMessage()) {
      open.endRow = open.lastRow + 1;
      blocks.add(open);
    }
    open = null;
    state = State.OUTSIDE;
  }

  private List<Message> messages(List<SentDates.Reading> sent) {
    List<Message> out = new ArrayList<>(blocks.size());
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      int next = b + 1 < blocks.size() ? blocks.get(b + 1).startRow : rows.size();
      int headerStart = clean.rowStart[block.startRow];
      int bodyStart = Math.max(headerStart, clean.rowEnd[block.endRow - 1]);
      int bodyEnd = Math.max(bodyStart, clean.rowEnd[lastBodyRow(block.endRow, next)]);
      bodyStart = skipWhiteSpace(bodyStart, bodyEnd);
      SentDates.Reading reading = block.sent();
      sent.add(reading);
      out.add(block.toMessage(reading, headerStart, bodyStart, bodyEnd, parties));
    }
    return out;
  }

  /** The last row of a body that ends where the next header (or its separator) begins. */
  private int lastBodyRow(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      Row row = rows.get(i);
      HeaderLine h = lines[i];
      boolean separator = h != null && h.kind() == HeaderLine.Kind.SEPARATOR;
      if (!row.banner && !separator && !row.isBlank()) {
        return i;
      }
    }
    return from - 1;
  }

  private int skipWhiteSpace(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(clean.text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A header block being read. */
  private static final class Block {
    final int startRow;
    final int page;
    final Map<HeaderLabel, StringBuilder> values = new EnumMap<>(HeaderLabel.class);
    final Map<HeaderLabel, String> pending = new EnumMap<>(HeaderLabel.class);
    HeaderLabel last;
    boolean afterSeparator;
    int valueColumn = -1;
    int lastRow;
    int endRow;

    Block(int startRow, int page) {
      this.startRow = startRow;
      this.page = page;
    }

    void add(HeaderLine h) {
      HeaderLabel label = h.label();
      String value = h.value();
      if (value.isEmpty() && pending.containsKey(label)) {
        value = pending.remove(label);
      }
      if (values.containsKey(label)) {
        append(label, value);
      } else {
        values.put(label, new StringBuilder(value));
      }
      if (valueColumn < 0 && h.valueColumn() >= 0 && h.colon()) {
        valueColumn = h.valueColumn();
      }
      last = label;
    }

    void append(HeaderLabel label, String text) {
      StringBuilder sb = values.get(label);
      String current = sb.toString().stripTrailing();
      if (current.isEmpty()) {
        sb.setLength(0);
        sb.append(text);
        return;
      }
      sb.append(isList(label) && startsNewParty(current, text) ? "   " : " ").append(text);
    }

    /**
     * Whether a wrapped recipient line starts a new party rather than finishing the last one
     * ({@code Mills, Cheryl} / {@code D; Valerie Jarrett}): after a withheld address, or when the
     * line opens with a quote or an address.
     */
    private static boolean startsNewParty(String current, String next) {
      // an empty continuation (a value column of spaces, found by the fuzzer) starts nothing
      if (next.isEmpty() || current.endsWith(";") || current.endsWith(",")) {
        return false;
      }
      int lastGap = current.lastIndexOf("   ");
      String lastPiece = lastGap >= 0 ? current.substring(lastGap) : current;
      int lastSemicolon = lastPiece.lastIndexOf(';');
      if (lastSemicolon >= 0) {
        lastPiece = lastPiece.substring(lastSemicolon + 1);
      }
      char first = next.charAt(0);
      String piece = lastPiece.strip();
      if (WHOLE_NAME_FIRST.matcher(next).lookingAt() || piece.indexOf('_') > 0 && piece.indexOf(' ') < 0) {
        return true; // the line opens with "Crowley, Philip J", or the last piece was a cut-off address
      }
      boolean cutOffQuoted = piece.startsWith("'") && piece.indexOf('\'', 1) < 0; // 'Daniel_R._Russe
      return cutOffQuoted || lastPiece.indexOf('<') >= 0 || lastPiece.indexOf('@') >= 0 || lastPiece.indexOf('>') >= 0
          || first == '\'' || first == '"' || first == '<';
    }

    boolean isMessage() {
      if (!values.containsKey(HeaderLabel.FROM)) {
        return false;
      }
      if (values.containsKey(HeaderLabel.SENT) || values.containsKey(HeaderLabel.SUBJECT)) {
        return true;
      }
      if (afterSeparator && values.containsKey(HeaderLabel.TO)) {
        return true; // "Original Message" / From: / To: and the release cut the rest off
      }
      StringBuilder date = values.get(HeaderLabel.DATE);
      if (date != null) {
        String sent = SentDates.parse(date.toString());
        return sent != null && sent.indexOf('T') > 0;
      }
      return false;
    }

    /** What the block's {@code Sent:} line (or, without one, its {@code Date:} line) gives. */
    SentDates.Reading sent() {
      String sentValue = text(HeaderLabel.SENT);
      if (sentValue == null || sentValue.isBlank()) {
        sentValue = text(HeaderLabel.DATE);
      }
      return sentValue == null ? SentDates.Reading.NONE : SentDates.read(sentValue);
    }

    Message toMessage(SentDates.Reading reading, int headerStart, int bodyStart, int bodyEnd, PartyCache parties) {
      Party from = parties.one(text(HeaderLabel.FROM));
      String sent = reading.iso();
      List<Party> to = parties.list(text(HeaderLabel.TO));
      List<Party> cc = parties.list(text(HeaderLabel.CC));
      String subject = text(HeaderLabel.SUBJECT);
      if (subject != null) {
        subject = Layout.collapseSpaces(subject);
        if (subject.isEmpty()) {
          subject = null;
        }
      }
      List<String> attachments = new ArrayList<>();
      String att = text(HeaderLabel.ATTACHMENTS);
      if (att != null) {
        Arrays.stream(att.split(";"))
            .map(Layout::collapseSpaces)
            .filter(a -> !a.isEmpty())
            .forEach(attachments::add);
      }
      return new Message(from, SentTime.parse(sent), to, cc, subject, attachments, page, headerStart, bodyStart, bodyEnd);
    }

    private String text(HeaderLabel label) {
      StringBuilder sb = values.get(label);
      return sb == null ? null : sb.toString();
    }
  }
}
