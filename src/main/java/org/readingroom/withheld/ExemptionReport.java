package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.readingroom.people.People;
import org.readingroom.people.Person;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.ThreadMessage;

/**
 * What was withheld, counted along one dimension: by exemption code, by person (as sender or as
 * recipient, every alias of theirs together), by the month a message was sent, by release (the
 * date a batch was released), by classification level. Each row counts the items of its kind (the
 * messages a person sent, the documents of a release...), how many of them withhold something, and
 * the redaction markers by code. A message is counted once however many documents print it: it is
 * withheld in part when a marker stands in any of its printings.
 *
 * @param dimension what the rows are
 * @param items what {@link Row#items()} counts, in words ("messages sent", "documents")
 * @param codes every code the rows' markers give, B codes first
 */
public record ExemptionReport(Dimension dimension, String items, List<String> codes, List<Row> rows) {

  /** The dimensions a report is counted by. */
  public enum Dimension {
    CODE,
    PERSON,
    RECIPIENT,
    MONTH,
    RELEASE,
    CLASSIFICATION;

    /** As the command line and the API write it: {@code person}, {@code month}... */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The dimension a reader named; null when it is none. */
    public static Dimension ofLabel(String label) {
      for (Dimension d : values()) {
        if (d.label().equals(label)) {
          return d;
        }
      }
      return null;
    }
  }

  /**
   * One row.
   *
   * @param key what identifies it: a code, a person's id, {@code 2011-03}, a release date, a level
   * @param label what a reader reads: the code's meaning, the person's name...
   * @param items the items of the row (messages, documents)
   * @param withheld those that withhold something (in part)
   * @param markers the redaction markers, by code
   */
  public record Row(String key, String label, long items, long withheld, Map<String, Long> markers) {
    public Row {
      markers = Map.copyOf(markers);
    }

    /** The share of the row's items that withhold something, from 0 to 1. */
    public double share() {
      return items == 0 ? 0 : (double) withheld / items;
    }

    public long marked() {
      return markers.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public ExemptionReport {
    codes = List.copyOf(codes);
    rows = List.copyOf(rows);
  }

  /** The report of an archive along {@code dimension}. */
  public static ExemptionReport of(Dimension dimension, Withheld withheld, Correspondence messages, People people) {
    return new Counting(withheld, messages, people).report(dimension);
  }

  /** The counting itself: each marker joined to its message, its document and its people. */
  private static final class Counting {
    private final Withheld withheld;
    private final Correspondence messages;
    private final People people;
    /** The messages a marker stands in (in any printing), and their markers by code. */
    private final Map<String, Map<String, Long>> markersByMessage = new HashMap<>();
    private final Set<String> codes = new TreeSet<>(ExemptionReport::byKind);

    Counting(Withheld withheld, Correspondence messages, People people) {
      this.withheld = withheld;
      this.messages = messages;
      this.people = people;
      for (DocumentWithholding d : withheld.documents()) {
        codes.addAll(d.exemptions());
        for (DocumentWithholding.Marker m : d.markers()) {
          codes.addAll(m.codes());
          ThreadMessage message = m.message() < 0 ? null : messages.messageAt(d.key(), m.message()).orElse(null);
          if (message != null) {
            Map<String, Long> byCode = markersByMessage.computeIfAbsent(message.id(), k -> new TreeMap<>());
            m.codes().forEach(c -> byCode.merge(c, 1L, Long::sum));
          }
        }
      }
    }

    ExemptionReport report(Dimension dimension) {
      return switch (dimension) {
        case CODE -> byCode();
        case PERSON -> byPerson(Dimension.PERSON, true);
        case RECIPIENT -> byPerson(Dimension.RECIPIENT, false);
        case MONTH -> byMonth();
        case RELEASE -> byDocument(Dimension.RELEASE, d -> d.releaseDate() == null ? "undated" : d.releaseDate());
        case CLASSIFICATION -> byDocument(Dimension.CLASSIFICATION,
            d -> d.classification() == null || d.classification().level() == null ? "UNCLASSIFIED"
                : d.classification().level());
      };
    }

    /**
     * Per code: the documents whose stamp lists it, those of them in which a marker gives it (the
     * passages it withholds are located), and its markers in all documents.
     */
    private ExemptionReport byCode() {
      List<Row> rows = new ArrayList<>();
      for (String code : codes) {
        long documents = 0;
        long located = 0;
        long markers = 0;
        for (DocumentWithholding d : withheld.documents()) {
          long here = d.markers().stream().filter(m -> m.codes().contains(code)).count();
          markers += here;
          if (d.exemptions().contains(code)) {
            documents++;
            located += here > 0 ? 1 : 0;
          }
        }
        rows.add(new Row(code, code + ": " + ExemptionLegend.meaning(code), documents, located, Map.of(code, markers)));
      }
      return new ExemptionReport(Dimension.CODE, "documents whose stamp lists the code", List.copyOf(codes), rows);
    }

    /** Per person: the messages they sent (or received), those withheld in part, and their markers. */
    private ExemptionReport byPerson(Dimension dimension, boolean asSender) {
      Map<String, Long> items = new HashMap<>();
      Map<String, Long> withheldCount = new HashMap<>();
      Map<String, Map<String, Long>> markers = new HashMap<>();
      for (ThreadMessage m : messages.messages()) {
        Set<String> ids = new HashSet<>();
        for (String alias : asSender ? m.from() : concat(m.to(), m.cc())) {
          people.byAlias(alias).ifPresent(p -> ids.add(p.id()));
        }
        Map<String, Long> marked = markersByMessage.get(m.id());
        for (String id : ids) {
          items.merge(id, 1L, Long::sum);
          if (marked != null) {
            withheldCount.merge(id, 1L, Long::sum);
            Map<String, Long> byCode = markers.computeIfAbsent(id, k -> new TreeMap<>());
            marked.forEach((c, n) -> byCode.merge(c, n, Long::sum));
          }
        }
      }
      List<Row> rows = new ArrayList<>();
      items.forEach((id, n) -> {
        Person p = people.byId(id).orElse(null);
        rows.add(new Row(id, p == null ? id : p.name(), n, withheldCount.getOrDefault(id, 0L),
            markers.getOrDefault(id, Map.of())));
      });
      rows.sort(Comparator.comparingLong(Row::withheld).reversed().thenComparing(Comparator.comparingLong(Row::items)
          .reversed()).thenComparing(Row::key));
      return new ExemptionReport(dimension, asSender ? "messages sent" : "messages received", List.copyOf(codes), rows);
    }

    /** Per month sent: the messages sent, those withheld in part, their markers; undated last. */
    private ExemptionReport byMonth() {
      Map<String, Tally> counts = new TreeMap<>();
      for (ThreadMessage m : messages.messages()) {
        String month = m.sent() == null ? "undated" : m.sent().toString().substring(0, 7);
        counts.computeIfAbsent(month, k -> new Tally()).add(markersByMessage.get(m.id()));
      }
      List<Row> rows = new ArrayList<>();
      counts.forEach((month, t) -> rows.add(t.row(month, month)));
      return new ExemptionReport(Dimension.MONTH, "messages sent", List.copyOf(codes), rows);
    }

    /** Per document group (a release date, a level): documents, those released in part, their markers. */
    private ExemptionReport byDocument(Dimension dimension, Function<DocumentWithholding, String> key) {
      Map<String, Tally> counts = new TreeMap<>();
      for (DocumentWithholding d : withheld.documents()) {
        Map<String, Long> byCode = new TreeMap<>();
        d.markers().forEach(m -> m.codes().forEach(code -> byCode.merge(code, 1L, Long::sum)));
        Tally t = counts.computeIfAbsent(key.apply(d), k -> new Tally());
        t.items++;
        t.withheld += "PART".equals(d.release()) ? 1 : 0;
        byCode.forEach((c, n) -> t.markers.merge(c, n, Long::sum));
      }
      List<Row> rows = new ArrayList<>();
      counts.forEach((k, t) -> rows.add(t.row(k, k)));
      return new ExemptionReport(dimension, "documents", List.copyOf(codes), rows);
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }
  }

  /** A row as it is counted. */
  private static final class Tally {
    long items;
    long withheld;
    final Map<String, Long> markers = new TreeMap<>();

    /** One more item; withheld when it has markers, which are added up. */
    void add(Map<String, Long> itemMarkers) {
      items++;
      if (itemMarkers != null) {
        withheld++;
        itemMarkers.forEach((c, n) -> markers.merge(c, n, Long::sum));
      }
    }

    Row row(String key, String label) {
      return new Row(key, label, items, withheld, markers);
    }
  }

  /** B codes first, then 1.4 categories, each in order. */
  static int byKind(String a, String b) {
    boolean ab = a.startsWith("B");
    boolean bb = b.startsWith("B");
    return ab != bb ? (ab ? -1 : 1) : a.compareTo(b);
  }
}
