package org.readingroom.withheld;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readingroom.archive.WithheldFile;
import org.readingroom.record.Classification;

/**
 * What an archive withholds, as its last analysis found it: each document's stamp, classification
 * and markers; the passages withheld in one printing of a message and shown in another; the
 * exemptions applied to some printings of a message and not others.
 */
public final class Withheld {

  private final Map<String, DocumentWithholding> documents = new LinkedHashMap<>();
  private final List<ReleasedElsewhere> released;
  private final List<UnevenExemption> uneven;
  private final Map<String, List<ReleasedElsewhere>> releasedByDocument = new LinkedHashMap<>();
  private final Map<String, List<UnevenExemption>> unevenByMessage = new LinkedHashMap<>();

  public Withheld(List<DocumentWithholding> documents, List<ReleasedElsewhere> released,
      List<UnevenExemption> uneven) {
    documents.stream().sorted(Comparator.comparing(DocumentWithholding::key))
        .forEach(d -> this.documents.put(d.key(), d));
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
    return List.copyOf(documents.values());
  }

  public Optional<DocumentWithholding> document(String key) {
    return Optional.ofNullable(documents.get(key));
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
      List<DocumentWithholding.Marker> markers = new ArrayList<>();
      for (WithheldFile.MarkerEntry m : orNone(e.markers())) {
        markers.add(new DocumentWithholding.Marker(m.page(), m.message(), orNone(m.codes())));
      }
      WithheldFile.ClassificationEntry ce = e.classification();
      Classification cl = ce == null ? null : new Classification(ce.level(), ce.classifiedBy(), ce.classifiedOn(),
          orNone(ce.reasons()), ce.declassifyOn());
      docs.add(new DocumentWithholding(e.key(), e.docId(), e.caseNumber(), e.releaseDate(), e.release(), orNone(e.exemptions()), cl,
          markers));
    }
    List<ReleasedElsewhere> released = new ArrayList<>();
    for (WithheldFile.ReleasedEntry e : c.released()) {
      released.add(new ReleasedElsewhere(e.message(), e.withheldIn(), e.withheldPosition(), e.page(), orNone(e.codes()),
          ReleasedElsewhere.Place.valueOf(e.place()), e.releasedIn(), e.releasedPosition(), orNone(e.alsoReleasedIn()),
          e.text(), e.before()));
    }
    List<UnevenExemption> uneven = new ArrayList<>();
    for (WithheldFile.UnevenEntry e : c.uneven()) {
      uneven.add(new UnevenExemption(e.message(), e.code(), orNone(e.appliedIn()), orNone(e.notAppliedIn())));
    }
    return new Withheld(docs, released, uneven);
  }

  /** Keeps it in {@code file}. */
  public void write(Path file) throws IOException {
    List<WithheldFile.DocumentEntry> docs = new ArrayList<>();
    for (DocumentWithholding d : documents.values()) {
      List<WithheldFile.MarkerEntry> markers = new ArrayList<>();
      d.markers().forEach(m -> markers.add(new WithheldFile.MarkerEntry(m.page(), m.message(), m.codes())));
      Classification c = d.classification();
      docs.add(new WithheldFile.DocumentEntry(d.key(), d.docId(), d.caseNumber(), d.releaseDate(), d.release(), d.exemptions(),
          c == null ? null : new WithheldFile.ClassificationEntry(c.level(), c.classifiedBy(), c.classifiedOn(),
              c.reasons(), c.declassifyOn()), markers));
    }
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
