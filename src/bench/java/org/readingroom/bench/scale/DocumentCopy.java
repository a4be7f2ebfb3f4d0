package org.readingroom.bench.scale;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document of the corpus, read once and written as each copy: the words of its running text
 * exchanged ({@link RunningWords}), the names and addresses of its {@code From:}/{@code To:}/{@code
 * Cc:} lines exchanged, its dates moved and its document numbers renumbered. Banners, stamps,
 * labels, subjects and the layout stay as printed, so the copy parses as a document of the same kind. What is to change on
 * each line is found once; each copy only prints it anew.
 */
final class DocumentCopy {

  private enum Kind {
    NAME,
    ADDRESS,
    DATE,
    NUMBER,
    WORD
  }

  /**
   * What a copy prints anew at {@code [start, end)} of a line: {@code printed} there, and for a
   * date its reading, for a word its index among the survey's words.
   */
  private record Edit(int start, int end, Kind kind, String printed, PrintedDates.PrintedDate date, int word) {
    Edit(int start, int end, Kind kind, String printed, PrintedDates.PrintedDate date) {
      this(start, end, kind, printed, date, -1);
    }

    String image(CopyPlan plan) {
      return switch (kind) {
        case NAME -> plan.name(printed);
        case ADDRESS -> plan.address(printed);
        case DATE -> date.moved(plan.days);
        case NUMBER -> CopyPlan.number(plan.copy, printed);
        case WORD -> plan.word(word, printed);
      };
    }
  }

  private final ReleaseLines lines;
  private final Charset charset;
  /** Each line's edits in order, or null. */
  private final List<List<Edit>> edits;

  DocumentCopy(byte[] bytes, CorpusSurvey.Document document, RunningWords words) {
    this.charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    this.lines = ReleaseLines.of(new String(bytes, charset));
    PartyFinder parties = PartyFinder.of(document);
    edits = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      edits.add(editsOf(i, lines.runningText(i) > 0 ? null : parties, words));
    }
  }

  /** The text of bytes as {@link DocumentCopy} reads them: UTF-8 when they are, else byte for byte. */
  static String decode(byte[] bytes) {
    return new String(bytes, isUtf8(bytes) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The edits of line {@code i}: its parties' (given a finder), dates, numbers, and the words of its running text. */
  private List<Edit> editsOf(int i, PartyFinder parties, RunningWords words) {
    String line = lines.line(i);
    List<Edit> found = new ArrayList<>(0);
    ReleaseLines.Kind kind = lines.kind(i);
    if (parties != null && (kind == ReleaseLines.Kind.PARTIES || kind == ReleaseLines.Kind.PARTIES_CONTINUED)) {
      parties.find(line, lines.valueStart(i), found);
    }
    for (PrintedDates.PrintedDate d : PrintedDates.in(line)) {
      found.add(new Edit(d.start(), d.end(), Kind.DATE, d.printed(), d));
    }
    if (CopyPlan.mayHoldNumber(line)) {
      Matcher m = CopyPlan.NUMBER.matcher(line);
      while (m.find()) {
        found.add(new Edit(m.start(), m.end(), Kind.NUMBER, m.group(), null));
      }
    }
    addWords(line, lines.runningText(i), words, found);
    if (found.isEmpty()) {
      return null;
    }
    found.sort(Comparator.comparingInt(Edit::start));
    List<Edit> apart = new ArrayList<>(found.size());
    for (Edit e : found) {
      if (apart.isEmpty() || e.start() >= apart.get(apart.size() - 1).end()) {
        apart.add(e); // one edit to a place: a name is not also read as a date
      }
    }
    return apart;
  }

  /** The words a copy exchanges in the first {@code running} characters of {@code line}, each looked up once, here. */
  private static void addWords(String line, int running, RunningWords words, List<Edit> found) {
    for (int start = RunningWords.wordStart(line, 0); start >= 0 && start < running; ) {
      int end = RunningWords.wordEnd(line, start);
      String key = RunningWords.key(line, start, end);
      int index = key == null ? -1 : words.indexOf(key);
      if (index >= 0) {
        found.add(new Edit(start, end, Kind.WORD, line.substring(start, end), null, index));
      }
      start = RunningWords.wordStart(line, end);
    }
  }

  /** The document as copy {@code plan} prints it, in the original's encoding. */
  byte[] copy(CopyPlan plan) {
    StringBuilder out = new StringBuilder(lines.size() * 64);
    for (int i = 0; i < lines.size(); i++) {
      print(lines.line(i), edits.get(i), plan, out);
      if (i + 1 < lines.size()) {
        out.append('\n');
      }
    }
    return out.toString().getBytes(charset);
  }

  /**
   * The line with its edits printed. A wide gap after an edit takes up the difference in length, so
   * what the release printed in a column beside (a classification block, margin codes) stays in it.
   */
  private static void print(String line, List<Edit> edits, CopyPlan plan, StringBuilder out) {
    if (edits == null) {
      out.append(line);
      return;
    }
    int at = 0;
    int drift = 0;
    for (Edit e : edits) {
      drift = copyAbsorbing(line, at, e.start(), drift, out);
      String image = e.image(plan);
      out.append(image);
      drift += image.length() - (e.end() - e.start());
      at = e.end();
    }
    copyAbsorbing(line, at, line.length(), drift, out);
  }

  /** Gaps narrower than this are a word's space, not a column's. */
  private static final int WIDE_GAP = 3;

  /** Copies {@code line[from, to)}, its first wide gap narrowed or widened by {@code drift}; returns the drift left. */
  private static int copyAbsorbing(String line, int from, int to, int drift, StringBuilder out) {
    if (drift == 0) {
      out.append(line, from, to);
      return 0;
    }
    int gap = from;
    while (gap < to) {
      int end = gap;
      while (end < to && line.charAt(end) == ' ') {
        end++;
      }
      if (end - gap >= WIDE_GAP && end < to) {
        int width = Math.max(WIDE_GAP, end - gap - drift);
        out.append(line, from, gap).append(" ".repeat(width)).append(line, end, to);
        return drift - (end - gap - width);
      }
      gap = end == gap ? gap + 1 : end;
    }
    out.append(line, from, to);
    return drift;
  }

  /** The names and addresses a document's headers print, found in its header lines. */
  private static final class PartyFinder {
    private final Pattern pattern;
    private final Map<String, String> names = new HashMap<>();
    /** The document's addresses by their lower case: a match is made without regard to case. */
    private final Set<String> addresses = new java.util.HashSet<>();

    private PartyFinder(CorpusSurvey.Document document) {
      List<String> alternatives = new ArrayList<>();
      for (String name : document.names()) {
        names.put(whitespaceCollapsed(name), name);
        List<String> words = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
          words.add(Pattern.quote(w));
        }
        alternatives.add("(?<![\\p{L}\\p{N}])" + String.join("\\s+", words) + "(?![\\p{L}\\p{N}])");
      }
      for (String address : document.addresses()) {
        addresses.add(address.toLowerCase(Locale.ROOT));
        alternatives.add("(?<![\\w.@-])(?i:" + Pattern.quote(address) + ")(?![\\w@-])");
      }
      // longest first: at one place the alternation takes the first that matches, so "Mills, Cheryl D"
      // wins over "Mills, Cheryl"
      alternatives.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
      pattern = Pattern.compile(String.join("|", alternatives));
    }

    static PartyFinder of(CorpusSurvey.Document document) {
      return document.names().isEmpty() && document.addresses().isEmpty() ? null : new PartyFinder(document);
    }

    void find(String line, int from, List<Edit> found) {
      Matcher m = pattern.matcher(line);
      m.region(from, line.length());
      m.useTransparentBounds(true);
      while (m.find()) {
        String printed = m.group();
        String name = names.get(whitespaceCollapsed(printed));
        if (name != null) {
          found.add(new Edit(m.start(), m.end(), Kind.NAME, name, null));
          continue;
        }
        String address = printed.toLowerCase(Locale.ROOT);
        if (addresses.contains(address)) {
          found.add(new Edit(m.start(), m.end(), Kind.ADDRESS, address, null));
        }
      }
    }

    private static String whitespaceCollapsed(String s) {
      return s.strip().replaceAll("\\s+", " ");
    }
  }
}
