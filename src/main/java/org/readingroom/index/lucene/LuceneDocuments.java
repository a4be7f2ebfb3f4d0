package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.CodeFolding;
import org.readingroom.index.EntryKind;
import org.readingroom.parse.DocumentHeading;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;

/** Turns a release into Lucene documents: one for the release, one per message. */
final class LuceneDocuments {

  /** The year facet of an entry that gives no date. */
  static final String UNDATED = "undated";

  /** Analysed with offsets in the postings, so snippets need no re-analysis; stored apart. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The text indexed with its codes folded (same length: offsets into it are offsets into the text). */
  private static void text(Document d, String text) {
    d.add(new Field(TEXT, CodeFolding.fold(text), TEXT_WITH_OFFSETS));
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  private final FacetsConfig facets;

  LuceneDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  /**
   * The release's entries as one block: its messages in chain order, then the release itself, last
   * (a message finds its release as the next release entry in the index).
   */
  List<Document> of(StoredRelease release) throws IOException {
    ReleaseRecord r = release.record();
    List<Document> docs = new ArrayList<>(1 + r.messages().size());
    for (int i = 0; i < r.messages().size(); i++) {
      docs.add(facets.build(messageDocument(release, i)));
    }
    docs.add(facets.build(releaseDocument(release)));
    return docs;
  }

  /** The release an index entry of a document holds: its stored fields and its text. */
  static StoredRelease release(Document d, String text) {
    BytesRef record = d.getBinaryValue(RECORD);
    return new StoredRelease(d.get(DOC_KEY), d.get(HASH), ReleaseRecordJson.readStored(
        Arrays.copyOfRange(record.bytes, record.offset, record.offset + record.length), text), d.get(ORIGINAL));
  }

  private Document releaseDocument(StoredRelease release) {
    ReleaseRecord r = release.record();
    Document d = new Document();
    common(d, release, EntryKind.DOCUMENT, release.key());
    d.add(new StringField(SOURCE, r.source(), Field.Store.YES));
    d.add(new StringField(HASH, release.contentHash(), Field.Store.YES));
    d.add(new StoredField(RECORD, ReleaseRecordJson.stored(r)));
    if (release.original() != null) {
      d.add(new StoredField(ORIGINAL, release.original()));
    }
    text(d, r.text());
    d.add(new BinaryDocValuesField(TEXT_VALUE, new BytesRef(r.text())));
    d.add(new StoredField(PAGES, r.pages()));
    // a document's parties are its top message's, as its hit shows them: a facet or a filter by
    // sender never finds a document for a message further down (that message is a hit of its own)
    Set<String> senders = new LinkedHashSet<>();
    Set<String> recipients = new LinkedHashSet<>();
    for (Message m : r.messages().isEmpty() ? List.<Message>of() : r.messages().subList(0, 1)) {
      if (m.from() != null) {
        d.add(new TextField(FROM, partyText(m.from()), Field.Store.NO));
        senders.add(m.from().label());
      }
      for (Party p : m.to()) {
        d.add(new TextField(TO, partyText(p), Field.Store.NO));
        d.add(new TextField(RECIPIENT, partyText(p), Field.Store.NO));
        recipients.add(p.label());
      }
      for (Party p : m.cc()) {
        d.add(new TextField(CC, partyText(p), Field.Store.NO));
        d.add(new TextField(RECIPIENT, partyText(p), Field.Store.NO));
        recipients.add(p.label());
      }
    }
    for (Message m : r.messages()) {
      if (m.subject() != null) {
        d.add(new TextField(SUBJECT, CodeFolding.fold(m.subject()), Field.Store.NO));
      }
      for (String a : m.attachments()) {
        d.add(new TextField(ATTACHMENT, a, Field.Store.NO));
      }
    }
    senders.forEach(s -> facet(d, FACET_SENDER, s));
    recipients.forEach(s -> facet(d, FACET_RECIPIENT, s));
    // a document is dated and titled by its top message, else by its own heading (a memo's DATE:
    // and RE: lines, a letter's date); never by its release date, which is not when it was written
    Message top = r.messages().isEmpty() ? null : r.messages().get(0);
    DocumentHeading heading = top != null && top.sent() != null && top.subject() != null ? DocumentHeading.NONE
        : DocumentHeading.of(r);
    String date = top != null && top.sent() != null ? top.sent().toString() : heading.date();
    date(d, date);
    String title = top != null && top.subject() != null ? top.subject() : heading.title();
    if (top == null && title != null) {
      d.add(new TextField(SUBJECT, CodeFolding.fold(title), Field.Store.NO));
    }
    d.add(new BinaryDocValuesField(HIT, new HitFields(EntryKind.DOCUMENT, release.key(), docIdOf(release), date,
        top == null || top.from() == null ? null : top.from().label(), top == null ? List.of() : labels(top.to()),
        top == null ? List.of() : labels(top.cc()), title, 1, release(r), r.exemptions(), level(r),
        declassifyOn(r)).encode()));
    return d;
  }

  private Document messageDocument(StoredRelease release, int position) {
    ReleaseRecord r = release.record();
    Message m = r.messages().get(position);
    Document d = new Document();
    String id = release.key() + "/" + position;
    common(d, release, EntryKind.MESSAGE, id);
    text(d, r.body(m));
    d.add(new NumericDocValuesField(BODY_START, m.bodyStart()));
    d.add(new NumericDocValuesField(BODY_END, m.bodyEnd()));
    if (m.from() != null) {
      d.add(new TextField(FROM, partyText(m.from()), Field.Store.NO));
      facet(d, FACET_SENDER, m.from().label());
    }
    for (Party p : m.to()) {
      d.add(new TextField(TO, partyText(p), Field.Store.NO));
      d.add(new TextField(RECIPIENT, partyText(p), Field.Store.NO));
      facet(d, FACET_RECIPIENT, p.label());
    }
    for (Party p : m.cc()) {
      d.add(new TextField(CC, partyText(p), Field.Store.NO));
      d.add(new TextField(RECIPIENT, partyText(p), Field.Store.NO));
      facet(d, FACET_RECIPIENT, p.label());
    }
    if (m.subject() != null) {
      d.add(new TextField(SUBJECT, CodeFolding.fold(m.subject()), Field.Store.NO));
    }
    for (String a : m.attachments()) {
      d.add(new TextField(ATTACHMENT, a, Field.Store.NO));
    }
    String sent = m.sent() == null ? null : m.sent().toString();
    date(d, sent);
    d.add(new BinaryDocValuesField(HIT, new HitFields(EntryKind.MESSAGE, id, docIdOf(release), sent,
        m.from() == null ? null : m.from().label(), labels(m.to()), labels(m.cc()), m.subject(), m.page(), release(r),
        r.exemptions(), level(r), declassifyOn(r)).encode()));
    return d;
  }

  /** What a message and its release share: identity, release stamp, codes, classification. */
  private void common(Document d, StoredRelease release, EntryKind kind, String id) {
    ReleaseRecord r = release.record();
    d.add(new StringField(KIND, kind.name(), Field.Store.NO));
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new StringField(DOC_KEY, release.key(), Field.Store.YES));
    if (r.docId() != null) {
      d.add(new StringField(DOC_ID, r.docId().toUpperCase(Locale.ROOT), Field.Store.YES));
    }
    if (r.caseNumber() != null) {
      d.add(new StringField(CASE, r.caseNumber().toUpperCase(Locale.ROOT), Field.Store.NO));
    }
    if (r.releaseDate() != null) {
      d.add(new LongPoint(RELEASED, LocalDate.parse(r.releaseDate()).toEpochDay()));
    }
    if (r.release() != null) {
      d.add(new StringField(RELEASE, r.release().name(), Field.Store.NO));
      facet(d, FACET_RELEASE, r.release().name());
    }
    for (String code : r.exemptions()) {
      d.add(new StringField(EXEMPTION, code, Field.Store.NO));
      facet(d, FACET_EXEMPTION, code);
    }
    for (String statute : r.statutes()) {
      d.add(new StringField(STATUTE, statute.toUpperCase(Locale.ROOT), Field.Store.NO));
    }
    Set<String> codes = new LinkedHashSet<>();
    for (Redaction red : r.redactions()) {
      codes.addAll(red.codes());
    }
    codes.forEach(c -> d.add(new StringField(REDACTION, c, Field.Store.NO)));
    if (r.classification() != null && r.classification().level() != null) {
      d.add(new StringField(CLASSIFICATION, r.classification().level(), Field.Store.NO));
      facet(d, FACET_CLASSIFICATION, r.classification().level());
      if (r.classification().declassifyOn() != null) {
        long day = LocalDate.parse(r.classification().declassifyOn()).toEpochDay();
        d.add(new LongPoint(DECLASSIFY, day));
        d.add(new NumericDocValuesField(DECLASSIFY, day));
      }
    } else if (r.classification() == null) {
      facet(d, FACET_CLASSIFICATION, "UNCLASSIFIED");
    }
  }

  private static String level(ReleaseRecord r) {
    return r.classification() == null ? null : r.classification().level();
  }

  private static String declassifyOn(ReleaseRecord r) {
    return r.classification() == null ? null : r.classification().declassifyOn();
  }

  private static String docIdOf(StoredRelease release) {
    return release.record().docId() != null ? release.record().docId() : release.key();
  }

  private static List<String> labels(List<Party> parties) {
    List<String> out = new ArrayList<>(parties.size());
    for (Party p : parties) {
      out.add(p.label());
    }
    return out;
  }

  /** A party as searchable words: its name and its address. */
  private static String partyText(Party p) {
    if (p.name() != null && p.address() != null) {
      return p.name() + " " + p.address();
    }
    return p.label();
  }

  private static void facet(Document d, String dim, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }

  private static String release(ReleaseRecord r) {
    return r.release() == null ? null : r.release().name();
  }

  /** The entry's date: searchable, sortable, and its year as a facet; undated entries have a year facet of their own. */
  private static void date(Document d, String iso) {
    Long minutes = epochMinutes(iso);
    if (minutes == null) {
      d.add(new StringField(YEAR, UNDATED, Field.Store.NO));
      facet(d, FACET_YEAR, UNDATED);
      return;
    }
    d.add(new LongPoint(DATE, minutes));
    d.add(new NumericDocValuesField(DATE, minutes));
    String year = iso.substring(0, 4);
    d.add(new StringField(YEAR, year, Field.Store.NO));
    facet(d, FACET_YEAR, year);
    facet(d, FACET_MONTH, iso.substring(0, 7));
  }

  /** Minutes since the epoch of an ISO date or date-time, read as UTC; null if unreadable. */
  static Long epochMinutes(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      LocalDateTime t = iso.length() > 10 ? LocalDateTime.parse(iso) : LocalDate.parse(iso).atStartOfDay();
      return t.toEpochSecond(ZoneOffset.UTC) / 60;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
