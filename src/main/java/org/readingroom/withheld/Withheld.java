package org.readingroom.withheld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readingroom.archive.DamagedFileException;
import org.readingroom.archive.MappedFile;
import org.readingroom.archive.RecordTable;
import org.readingroom.archive.TablePlaces;
import org.readingroom.archive.WithheldFile;
import org.readingroom.record.Classification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an archive withholds, as its last analysis found it: each document's stamp, classification
 * and markers; the passages withheld in one printing of a message and shown in another; the
 * exemptions applied to some printings of a message and not others.
 */
public final class Withheld {

  private static final Logger LOG = LoggerFactory.getLogger(Withheld.class);

  /** The documents: on the heap, or in a {@link RecordTable} read in place. */
  private interface Documents {
    List<DocumentWithholding> all();

    Optional<DocumentWithholding> get(String key);
  }

  private record Held(Map<String, DocumentWithholding> byKey) implements Documents {
    @Override
    public List<DocumentWithholding> all() {
      return List.copyOf(byKey.values());
    }

    @Override
    public Optional<DocumentWithholding> get(String key) {
      return Optional.ofNullable(byKey.get(key));
    }
  }

  private record InTable(RecordTable table) implements Documents {
    @Override
    public List<DocumentWithholding> all() {
      return table.values(Withheld::read);
    }

    @Override
    public Optional<DocumentWithholding> get(String key) {
      MappedFile.Cursor c = table.value(key);
      return c == null ? Optional.empty() : Optional.of(read(c));
    }
  }

  private final Documents documents;
  private final List<ReleasedElsewhere> released;
  private final List<UnevenExemption> uneven;
  private final Map<String, List<ReleasedElsewhere>> releasedByDocument = new LinkedHashMap<>();
  private final Map<String, List<UnevenExemption>> unevenByMessage = new LinkedHashMap<>();

  public Withheld(List<DocumentWithholding> documents, List<ReleasedElsewhere> released,
      List<UnevenExemption> uneven) {
    this(held(documents), released, uneven);
  }

  private static Documents held(List<DocumentWithholding> documents) {
    Map<String, DocumentWithholding> byKey = new LinkedHashMap<>();
    documents.stream().sorted(Comparator.comparing(DocumentWithholding::key)).forEach(d -> byKey.put(d.key(), d));
    return new Held(byKey);
  }

  private Withheld(Documents documents, List<ReleasedElsewhere> released, List<UnevenExemption> uneven) {
    this.documents = documents;
    this.released = List.copyOf(released);
    this.uneven = List.copyOf(uneven);
    for (ReleasedElsewhere r : this.released) {
      releasedByDocument.computeIfAbsent(r.withheldIn(), k -> new ArrayList<>()).add(r);
    }
    for (UnevenExemption u : this.uneven) {
      unevenByMessage.computeIfAbsent(u.message(), k -> new ArrayList<>()).add(u);
    }
  }

  /** Nothing withheld: an archive not analysed yet. */
  public static Withheld none() {
    return new Withheld(List.of(), List.of(), List.of());
  }

  /** Every document that withholds something or carries a stamp or a classification block, by key. */
  public List<DocumentWithholding> documents() {
    return documents.all();
  }

  public Optional<DocumentWithholding> document(String key) {
    return documents.get(key);
  }

  /** Every passage withheld in one printing and shown in another. */
  public List<ReleasedElsewhere> releasedElsewhere() {
    return released;
  }

  /** The passages a document withholds that another document shows. */
  public List<ReleasedElsewhere> releasedElsewhere(String documentKey) {
    return releasedByDocument.getOrDefault(documentKey, List.of());
  }

  /** Every exemption applied to some printings of a message and not to others. */
  public List<UnevenExemption> unevenExemptions() {
    return uneven;
  }

  /** The exemptions applied to some printings of this message and not to others. */
  public List<UnevenExemption> unevenExemptions(String messageId) {
    return unevenByMessage.getOrDefault(messageId, List.of());
  }

  /** What {@code file} holds ({@link WithheldFile}); nothing when there is no such file. */
  public static Withheld read(Path file) throws IOException {
    WithheldFile.Contents c = WithheldFile.read(file);
    List<DocumentWithholding> docs = new ArrayList<>();
    for (WithheldFile.DocumentEntry e : c.documents()) {
      docs.add(document(e));
    }
    return new Withheld(held(docs), released(c), uneven(c));
  }

  /**
   * What {@code file} holds, its documents read in place from a table ({@link RecordTable}): the
   * first of {@code tables} made from this state of {@code file}, else the first that can be made.
   * A table is made as the documents are read, one at a time, so that neither is ever whole in
   * memory; a file whose documents are not in key order (not written by {@link #write}) is read
   * whole first. The next place is tried when one cannot be written (a folder read only); when none
   * can be, the documents are held on the heap as {@link #read} reads them. Nothing when there is
   * no {@code file}.
   */
  public static Withheld open(Path file, Path... tables) throws IOException {
    if (!Files.exists(file)) {
      return none();
    }
    Withheld found = TablePlaces.firstOpened(tables, table -> {
      RecordTable t = RecordTable.open(table);
      return t.madeFrom(file) ? fromTable(t, file) : null;
    });
    if (found != null) {
      return found;
    }
    List<Withheld> whole = new ArrayList<>(1); // read whole once, when its documents are not in key order
    found = TablePlaces.firstMade(tables, table -> {
      if (whole.isEmpty()) {
        try {
          return madeInTable(table, file);
        } catch (RecordTable.OutOfOrderException e) {
          LOG.info("{}: {}; read whole to make its table", file, e.getMessage());
          whole.add(read(file));
        }
      }
      Withheld w = whole.get(0);
      w.writeTable(table, file);
      return new Withheld(new InTable(RecordTable.open(table)), w.released, w.uneven);
    });
    if (found != null) {
      return found;
    }
    LOG.warn("cannot write the table of {} in {}: what is withheld is held in memory instead", file,
        Arrays.toString(tables));
    return whole.isEmpty() ? read(file) : whole.get(0);
  }

  /** {@code file} read once: its documents written to {@code table} as they are read, the rest held. */
  private static Withheld madeInTable(Path table, Path file) throws IOException {
    WithheldFile.Contents c;
    try (RecordTable.Builder b = new RecordTable.Builder(table, file)) {
      c = WithheldFile.read(file, e -> b.add(e.key(), bytes(document(e))));
      b.finish();
    }
    return new Withheld(new InTable(RecordTable.open(table)), released(c), uneven(c));
  }

  private static Withheld fromTable(RecordTable t, Path file) throws IOException {
    WithheldFile.Contents c = WithheldFile.readWithoutDocuments(file);
    return new Withheld(new InTable(t), released(c), uneven(c));
  }

  /** Writes the table of this analysis's documents beside {@code file}, which holds them ({@link #write}). */
  public void writeTable(Path table, Path file) throws IOException {
    writeTable(table, documents.all(), file);
  }

  private static void writeTable(Path table, List<DocumentWithholding> documents, Path file) throws IOException {
    List<DocumentWithholding> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing(DocumentWithholding::key));
    Iterator<DocumentWithholding> it = sorted.iterator();
    RecordTable.write(table, new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Map.Entry<String, byte[]> next() {
        DocumentWithholding d = it.next();
        return Map.entry(d.key(), bytes(d));
      }
    }, file);
  }

  /** A document as its table keeps it: read by {@link #read(MappedFile.Cursor)}. */
  private static byte[] bytes(DocumentWithholding d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    MappedFile.Writer w = new MappedFile.Writer(out);
    try {
      w.writeString(d.key());
      w.writeString(d.docId());
      w.writeString(d.caseNumber());
      w.writeString(d.releaseDate());
      w.writeString(d.release());
      w.writeStrings(d.exemptions());
      Classification c = d.classification();
      w.writeInt(c == null ? 0 : 1);
      if (c != null) {
        w.writeString(c.level());
        w.writeString(c.classifiedBy());
        w.writeString(c.classifiedOn());
        w.writeStrings(c.reasons());
        w.writeString(c.declassifyOn());
      }
      w.writeInt(d.markers().size());
      for (DocumentWithholding.Marker m : d.markers()) {
        w.writeInt(m.page());
        w.writeInt(m.message());
        w.writeStrings(m.codes());
      }
      w.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("a byte array is always written", e);
    }
    return out.toByteArray();
  }

  private static DocumentWithholding read(MappedFile.Cursor c) {
    String key = c.readString();
    String docId = c.readString();
    String caseNumber = c.readString();
    String releaseDate = c.readString();
    String release = c.readString();
    List<String> exemptions = c.readStrings();
    Classification classification = null;
    if (c.readInt() != 0) {
      String level = c.readString();
      String by = c.readString();
      String on = c.readString();
      List<String> reasons = c.readStrings();
      classification = new Classification(level, by, on, reasons, c.readString());
    }
    int n = c.readInt();
    List<DocumentWithholding.Marker> markers = new ArrayList<>(Math.min(n, 1024));
    for (int i = 0; i < n; i++) {
      int page = c.readInt();
      int message = c.readInt();
      markers.add(new DocumentWithholding.Marker(page, message, c.readStrings()));
    }
    return new DocumentWithholding(key, docId, caseNumber, releaseDate, release, exemptions, classification, markers);
  }

  private static DocumentWithholding document(WithheldFile.DocumentEntry e) {
    List<DocumentWithholding.Marker> markers = new ArrayList<>();
    for (WithheldFile.MarkerEntry m : orNone(e.markers())) {
      markers.add(new DocumentWithholding.Marker(m.page(), m.message(), orNone(m.codes())));
    }
    WithheldFile.ClassificationEntry ce = e.classification();
    Classification cl = ce == null ? null : new Classification(ce.level(), ce.classifiedBy(), ce.classifiedOn(),
        orNone(ce.reasons()), ce.declassifyOn());
    return new DocumentWithholding(e.key(), e.docId(), e.caseNumber(), e.releaseDate(), e.release(),
        orNone(e.exemptions()), cl, markers);
  }

  private static WithheldFile.DocumentEntry entry(DocumentWithholding d) {
    List<WithheldFile.MarkerEntry> markers = new ArrayList<>();
    d.markers().forEach(m -> markers.add(new WithheldFile.MarkerEntry(m.page(), m.message(), m.codes())));
    Classification c = d.classification();
    return new WithheldFile.DocumentEntry(d.key(), d.docId(), d.caseNumber(), d.releaseDate(), d.release(),
        d.exemptions(), c == null ? null : new WithheldFile.ClassificationEntry(c.level(), c.classifiedBy(),
            c.classifiedOn(), c.reasons(), c.declassifyOn()), markers);
  }

  private static List<ReleasedElsewhere> released(WithheldFile.Contents c) {
    List<ReleasedElsewhere> released = new ArrayList<>();
    for (WithheldFile.ReleasedEntry e : c.released()) {
      released.add(new ReleasedElsewhere(e.message(), e.withheldIn(), e.withheldPosition(), e.page(), orNone(e.codes()),
          ReleasedElsewhere.Place.valueOf(e.place()), e.releasedIn(), e.releasedPosition(), orNone(e.alsoReleasedIn()),
          e.text(), e.before()));
    }
    return released;
  }

  private static List<UnevenExemption> uneven(WithheldFile.Contents c) {
    List<UnevenExemption> uneven = new ArrayList<>();
    for (WithheldFile.UnevenEntry e : c.uneven()) {
      uneven.add(new UnevenExemption(e.message(), e.code(), orNone(e.appliedIn()), orNone(e.notAppliedIn())));
    }
    return uneven;
  }

  /** Keeps it in {@code file}. */
  public void write(Path file) throws IOException {
    List<WithheldFile.DocumentEntry> docs = new ArrayList<>();
    documents.all().forEach(d -> docs.add(entry(d)));
    List<WithheldFile.ReleasedEntry> rel = new ArrayList<>();
    for (ReleasedElsewhere r : released) {
      rel.add(new WithheldFile.ReleasedEntry(r.message(), r.withheldIn(), r.withheldPosition(), r.page(), r.codes(),
          r.place().name(), r.releasedIn(), r.releasedPosition(), r.alsoReleasedIn(), r.text(), r.before()));
    }
    List<WithheldFile.UnevenEntry> unev = new ArrayList<>();
    uneven.forEach(u -> unev.add(new WithheldFile.UnevenEntry(u.message(), u.code(), u.appliedIn(), u.notAppliedIn())));
    WithheldFile.write(file, new WithheldFile.Contents(docs, rel, unev));
  }

  private static <T> List<T> orNone(List<T> values) {
    return values == null ? List.of() : values;
  }
}
