package org.readingroom.withheld;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.readingroom.archive.SpillFile;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.ThreadMessage;

/**
 * Finds, over a whole archive, what one printing of a message withholds and another shows, and
 * the exemptions some printings of a message apply and others do not. Given the messages (which
 * printings are one message) and which printings hold a redaction marker, it keeps, as the
 * archive's records are read again, the printings of every message printed in two documents or
 * more of which one holds a marker; then compares each marked printing with every other: its body
 * word by word ({@link GapAligner}), its header party by party ({@link HeaderAddresses}).
 */
public final class ReleasedElsewhereFinder implements AutoCloseable {

  /** What was found: passages released elsewhere, and exemptions applied unevenly. */
  public record Found(List<ReleasedElsewhere> released, List<UnevenExemption> uneven) {
    public Found {
      released = List.copyOf(released);
      uneven = List.copyOf(uneven);
    }
  }

  /** The message of each printing to keep, by {@code document/position}. */
  private final Map<String, String> wanted = new HashMap<>();
  /**
   * The printings kept, written to a file as they are read (their bodies are most of what the pass
   * compares: at ten times the corpus they were its largest holding once the messages were written
   * as found), and by message, their numbers in the file.
   */
  private final SpillFile kept;
  private final Map<String, List<Integer>> printings = new HashMap<>();

  /**
   * @param marked the printings that hold a marker, as {@code document/position}
   * @param folder where the printings kept are written, to a file deleted when this is closed
   */
  public ReleasedElsewhereFinder(Correspondence messages, Set<String> marked, Path folder) throws IOException {
    this.kept = new SpillFile(folder, "compared-");
    for (ThreadMessage m : messages.messages()) {
      Set<String> documents = new HashSet<>();
      boolean anyMarked = false;
      for (Appearance a : m.appearances()) {
        documents.add(a.document());
        anyMarked |= marked.contains(a.entryId());
      }
      if (documents.size() > 1 && anyMarked) {
        m.appearances().forEach(a -> wanted.put(a.entryId(), m.id()));
      }
    }
  }

  /** The printings of {@code r} that hold a marker, as {@code document/position}. */
  public static List<String> marked(String document, ReleaseRecord r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.messages().size(); i++) {
      if (PrintedSegment.hasMarker(r, i)) {
        out.add(document + "/" + i);
      }
    }
    return out;
  }

  /** The documents whose printings take part, by key, in order: those to read again. */
  public Set<String> documents() {
    Set<String> out = new TreeSet<>();
    wanted.keySet().forEach(entry -> out.add(entry.substring(0, entry.lastIndexOf('/'))));
    return out;
  }

  /** Keeps the printings of {@code r} that take part; safe to call from many threads at once. */
  public void add(String document, ReleaseRecord r) {
    for (int i = 0; i < r.messages().size(); i++) {
      String message = wanted.get(document + "/" + i);
      if (message != null) {
        PrintedSegment s = PrintedSegment.of(document, r, i);
        synchronized (this) {
          printings.computeIfAbsent(message, k -> new ArrayList<>(2)).add(kept.size());
          kept.add(s::write);
        }
      }
    }
  }

  /** The printings kept of one message, read back from their file. */
  private List<PrintedSegment> printings(String message) {
    List<PrintedSegment> out = new ArrayList<>();
    for (int i : printings.get(message)) {
      out.add(PrintedSegment.read(kept.at(i)));
    }
    return out;
  }

  /** The printings kept, by message id, all read back (for the bench that times the word diffs). */
  synchronized Map<String, List<PrintedSegment>> printings() {
    Map<String, List<PrintedSegment>> out = new TreeMap<>();
    printings.keySet().forEach(m -> out.put(m, printings(m)));
    return out;
  }

  @Override
  public void close() {
    kept.close();
  }

  /** What the printings kept show, by message, document and marker; the same for the same archive. */
  public synchronized Found find() {
    List<ReleasedElsewhere> released = new ArrayList<>();
    List<UnevenExemption> uneven = new ArrayList<>();
    for (String message : new TreeSet<>(printings.keySet())) {
      List<PrintedSegment> copies = printings(message);
      copies.sort(Comparator.comparing(PrintedSegment::document).thenComparingInt(PrintedSegment::position));
      Map<PrintedSegment, Words> bodies = new LinkedHashMap<>();
      copies.forEach(c -> bodies.put(c, Words.of(c.body())));
      for (PrintedSegment p : copies) {
        released.addAll(releasedElsewhere(message, p, copies, bodies));
      }
      uneven.addAll(uneven(message, copies, bodies));
    }
    return new Found(released, uneven);
  }

  /** What the other printings show of {@code p}'s withheld passages, one finding per passage. */
  private static List<ReleasedElsewhere> releasedElsewhere(String message, PrintedSegment p,
      List<PrintedSegment> copies, Map<PrintedSegment, Words> bodies) {
    // by the passage (where it stands and what it is): its codes, and the printings that show it
    Map<String, ReleasedElsewhere> found = new LinkedHashMap<>();
    Map<String, List<String>> alsoIn = new HashMap<>();
    for (PrintedSegment q : copies) {
      if (q.document().equals(p.document())) {
        continue;
      }
      List<Hunks.Hunk> hunks = p.bodyMarkers().isEmpty() ? null : Hunks.between(bodies.get(p), bodies.get(q));
      for (Redaction marker : p.bodyMarkers()) {
        String[] shown = hunks == null ? null : GapAligner.shown(bodies.get(p), bodies.get(q), hunks, marker);
        if (shown != null) {
          note(found, alsoIn, new ReleasedElsewhere(message, p.document(), p.position(), marker.page(), marker.codes(),
              ReleasedElsewhere.Place.BODY, q.document(), q.position(), List.of(), shown[0], shown[1]));
        }
      }
      for (Redaction marker : p.headerMarkers()) {
        for (HeaderAddresses.Shown shown : HeaderAddresses.shown(p, q, marker)) {
          note(found, alsoIn, new ReleasedElsewhere(message, p.document(), p.position(), marker.page(), marker.codes(),
              ReleasedElsewhere.Place.HEADER, q.document(), q.position(), List.of(), shown.address(),
              shown.withheld().name()));
        }
      }
    }
    List<ReleasedElsewhere> out = new ArrayList<>();
    found.forEach((key, r) -> out.add(new ReleasedElsewhere(r.message(), r.withheldIn(), r.withheldPosition(),
        r.page(), r.codes(), r.place(), r.releasedIn(), r.releasedPosition(), alsoIn.getOrDefault(key, List.of()),
        r.text(), r.before())));
    return out;
  }

  /**
   * Keeps a finding: the first printing that shows a passage gives its text; later ones that show
   * the same passage (by the words before it, or the party) are listed as also showing it, and a
   * second marker beside the same passage adds its codes.
   */
  private static void note(Map<String, ReleasedElsewhere> found, Map<String, List<String>> alsoIn, ReleasedElsewhere r) {
    String key = r.place() + "|" + r.before();
    ReleasedElsewhere known = found.get(key);
    if (known == null) {
      found.put(key, r);
      return;
    }
    if (!known.releasedIn().equals(r.releasedIn())) {
      List<String> also = alsoIn.computeIfAbsent(key, k -> new ArrayList<>());
      if (!also.contains(r.releasedIn())) {
        also.add(r.releasedIn());
      }
      return;
    }
    List<String> codes = new ArrayList<>(known.codes());
    r.codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
    found.put(key, new ReleasedElsewhere(known.message(), known.withheldIn(), known.withheldPosition(), known.page(),
        codes, known.place(), known.releasedIn(), known.releasedPosition(), List.of(), known.text(), known.before()));
  }

  /**
   * The codes some printings of a message carry and others do not, among the printings that print
   * at least nine tenths of the longest body: a printing cut short may lack a code only because it
   * lacks the passage.
   */
  private static List<UnevenExemption> uneven(String message, List<PrintedSegment> copies,
      Map<PrintedSegment, Words> bodies) {
    int longest = 0;
    for (PrintedSegment c : copies) {
      longest = Math.max(longest, bodies.get(c).size());
    }
    Map<String, Set<String>> applied = new TreeMap<>();
    Set<String> whole = new TreeSet<>();
    Map<String, Set<String>> codesOf = new HashMap<>();
    for (PrintedSegment c : copies) {
      codesOf.computeIfAbsent(c.document(), k -> new TreeSet<>()).addAll(c.codes());
      if (bodies.get(c).size() * 10 >= longest * 9) {
        whole.add(c.document());
      }
      for (String code : c.codes()) {
        applied.computeIfAbsent(code, k -> new TreeSet<>()).add(c.document());
      }
    }
    List<UnevenExemption> out = new ArrayList<>();
    applied.forEach((code, in) -> {
      List<String> not = new ArrayList<>();
      for (String d : whole) {
        if (!codesOf.get(d).contains(code)) {
          not.add(d);
        }
      }
      if (!not.isEmpty()) {
        out.add(new UnevenExemption(message, code, new ArrayList<>(in), not));
      }
    });
    return out;
  }
}
