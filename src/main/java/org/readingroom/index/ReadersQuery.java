package org.readingroom.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A query as a reader types it, made into the query syntax without an error: what the syntax
 * would refuse is read as the reader meant it, and the reading says what it changed.
 *
 * <ul>
 *   <li>a quote or a bracket that does not close is read as a word's punctuation;
 *   <li>{@code Re: Libya}, {@code Fwd:} or any word before a colon that is not a field is a word;
 *       a colon after a digit ({@code 9:15}) is part of the number;
 *   <li>{@code 9/11}: the slash is a character, not a regular expression;
 *   <li>{@code and} and {@code or} in lower case between words are {@code AND} and {@code OR}: a
 *       reader who types {@code libya or egypt} means either (while {@code not} in lower case stays
 *       a word: "did not" is more often meant than an exclusion);
 *   <li>a word that starts with {@code *} or {@code ?} loses them.
 * </ul>
 * The strict syntax ({@code from:}, {@code "a b"~5}, {@code AND}/{@code OR}/{@code NOT}, ranges)
 * reads as before.
 *
 * @param syntax the query in the query syntax
 * @param notice what was read otherwise than typed, in words for the reader; null when nothing was
 */
public record ReadersQuery(String syntax, String notice) {

  private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9]*):");
  private static final Pattern LABELLED_DOCUMENT_NUMBER =
      Pattern.compile("(?i)(?:doc(?:ument)?\\.?\\s*(?:no\\.?|number|#|id)?\\s*:?\\s*)?([A-Z]\\d{8})");

  /** The reading of {@code typed}. */
  public static ReadersQuery of(String typed) {
    if (typed == null || typed.isBlank()) {
      return new ReadersQuery(typed, null);
    }
    List<String> notes = new ArrayList<>();
    String s = typed.strip();
    s = unclosedQuote(s, notes);
    s = unknownFields(s, notes);
    s = outsideQuotes(s, ReadersQuery::slashes);
    s = outsideQuotes(s, ReadersQuery::operators);
    s = outsideQuotes(s, ReadersQuery::leadingWildcards);
    s = unbalancedBrackets(s, notes);
    return new ReadersQuery(s, notes.isEmpty() ? null : String.join("; ", notes));
  }

  /** Plain words: letters, digits and the marks inside words, nothing the syntax reads. */
  private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}'.\\-]+(\\s+[\\p{L}\\p{N}'.\\-]+)+");

  /**
   * For a query of two or more plain words (no quotes, fields, operators, {@code and}/{@code or}/{@code
   * not} in any case, or wildcards), the same
   * words as alternatives ({@code iran OR turkey OR swap}), to be searched when no entry holds them
   * all: a reader's topic words the document does not use still find the documents that use most
   * of them. Null for any other query.
   */
  public static String anyOf(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String read = of(typed).syntax().strip(); // as read: a field no index has is a word
    if (!PLAIN_WORDS.matcher(read).matches()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String w : read.split("\\s+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.equals("and") || lower.equals("or") || lower.equals("not")) {
        return null; // the reader wrote how the words combine
      }
      words.add(org.apache.lucene.queryparser.classic.QueryParser.escape(w));
    }
    return String.join(" OR ", words);
  }

  /** The notice of a search answered by {@link #anyOf}. */
  public static final String ANY_OF_NOTICE =
      "no entry holds every word of the query, so those holding most of them are shown";

  /** {@code notice} with {@link #ANY_OF_NOTICE} after it. */
  public static String withAnyOfNotice(String notice) {
    return notice == null ? ANY_OF_NOTICE : notice + "; " + ANY_OF_NOTICE;
  }

  /** Whether {@code typed} is a document number alone ({@code C05787433}): that document comes first. */
  public static boolean isDocumentNumber(String typed) {
    return documentNumber(typed) != null;
  }

  /**
   * The document number {@code typed} is, in capitals, when it is one alone: {@code C05787433},
   * or copied from a page's banner with its label ({@code Doc No. C05787433}, {@code Document No:
   * c05787433}); else null.
   */
  public static String documentNumber(String typed) {
    if (typed == null) {
      return null;
    }
    java.util.regex.Matcher m = LABELLED_DOCUMENT_NUMBER.matcher(typed.strip());
    return m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : null;
  }

  private static String unclosedQuote(String s, List<String> notes) {
    long quotes = s.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 0) {
      return s;
    }
    notes.add("a quote that does not close was read as a word's punctuation");
    int last = s.lastIndexOf('"');
    return s.substring(0, last) + " " + s.substring(last + 1);
  }

  /** {@code Re: Libya}: a word before a colon that names no field is a word. */
  private static String unknownFields(String s, List<String> notes) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    boolean range = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '[' || c == '{')) {
        range = true;
      } else if (!quoted && (c == ']' || c == '}')) {
        range = false;
      }
      if (!quoted && Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        java.util.regex.Matcher m = FIELD.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
          String name = m.group(1);
          if (!IndexFields.QUERY_ALIASES.containsKey(name.toLowerCase(Locale.ROOT))) {
            out.append(name).append(' ');
            if (notes.stream().noneMatch(n -> n.startsWith("'"))) {
              notes.add("'" + name + ":' names no field, so it was read as a word");
            }
          } else {
            out.append(m.group());
          }
          i = m.end();
          continue;
        }
      }
      if (!quoted && !range && c == ':' && i > 0 && Character.isDigit(s.charAt(i - 1))) {
        out.append("\\:"); // a time (9:15) or a verse (1:2): the colon is the number's, not a field's
        i++;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Applies {@code rewrite} to the stretches of {@code s} outside double quotes. */
  private static String outsideQuotes(String s, java.util.function.UnaryOperator<String> rewrite) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (from <= s.length()) {
      int open = s.indexOf('"', from);
      if (open < 0) {
        out.append(rewrite.apply(s.substring(from)));
        break;
      }
      int close = s.indexOf('"', open + 1);
      out.append(rewrite.apply(s.substring(from, open)));
      if (close < 0) {
        out.append(s.substring(open));
        break;
      }
      out.append(s, open, close + 1);
      from = close + 1;
    }
    return out.toString();
  }

  private static String slashes(String s) {
    return s.replace("/", "\\/");
  }

  private static String operators(String s) {
    return s.replaceAll("(?<=\\S)\\s+and\\s+(?=\\S)", " AND ").replaceAll("(?<=\\S)\\s+or\\s+(?=\\S)", " OR ");
  }

  private static String leadingWildcards(String s) {
    return s.replaceAll("(^|[\\s(])[*?]+", "$1");
  }

  /** Brackets that do not close, or close what was not opened, read as punctuation. */
  private static String unbalancedBrackets(String s, List<String> notes) {
    char[] c = s.toCharArray();
    boolean quoted = false;
    List<Integer> open = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\\') {
        i++;
        continue;
      }
      if (c[i] == '"') {
        quoted = !quoted;
      } else if (!quoted && c[i] == '(') {
        open.add(i);
      } else if (!quoted && c[i] == ')') {
        if (open.isEmpty()) {
          c[i] = ' ';
          changed = true;
        } else {
          open.remove(open.size() - 1);
        }
      }
    }
    for (int i : open) {
      c[i] = ' ';
      changed = true;
    }
    if (changed) {
      notes.add("a bracket that does not close was read as punctuation");
    }
    return new String(c);
  }
}
