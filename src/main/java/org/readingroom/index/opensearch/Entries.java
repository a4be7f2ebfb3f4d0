package org.readingroom.index.opensearch;

import static org.readingroom.index.IndexFields.*;
import static org.readingroom.index.opensearch.IndexDesign.BODY_LENGTH;
import static org.readingroom.index.opensearch.IndexDesign.FACET;
import static org.readingroom.index.opensearch.IndexDesign.HIT_SOURCE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.Snippet;
import org.readingroom.parse.DocumentHeading;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;

/**
 * A release as the index's entries (one for the release, one per message, each under its entry id,
 * so that putting it again replaces rather than doubles), and back. The fields are the embedded
 * engine's ({@code index.lucene.LuceneDocuments}), value for value.
 */
final class Entries {
  private Entries() {}

  /** The year of an entry that gives no date, as the embedded engine names it. */
  static final String UNDATED = "undated";

  /** An entry: its id in the index and its source. */
  record Entry(String id, ObjectNode source) {}

  static List<Entry> of(StoredRelease release) {
    ReleaseRecord r = release.record();
    List<Entry> out = new ArrayList<>(1 + r.messages().size());
    out.add(new Entry(release.key(), releaseEntry(release)));
    for (int i = 0; i < r.messages().size(); i++) {
      out.add(new Entry(release.key() + "/" + i, messageEntry(release, i)));
    }
    return out;
  }

  private static ObjectNode releaseEntry(StoredRelease release) {
    ReleaseRecord r = release.record();
    ObjectNode d = Cluster.JSON.createObjectNode();
    ObjectNode facets = d.putObject(FACET);
    common(d, facets, release, EntryKind.DOCUMENT, release.key());
    d.put(SOURCE, r.source());
    d.put(HASH, release.contentHash());
    try {
      d.set(RECORD, Cluster.JSON.readTree(ReleaseRecordJson.stored(r)));
    } catch (IOException e) {
      throw new IllegalStateException("a record that does not read back as JSON", e);
    }
    if (release.original() != null) {
      d.put(ORIGINAL, release.original());
    }
    d.put(TEXT, r.text());
    // a document's parties are its top message's, as its hit shows them (as in the embedded engine)
    Set<String> senders = new LinkedHashSet<>();
    Set<String> recipients = new LinkedHashSet<>();
    Message top = r.messages().isEmpty() ? null : r.messages().get(0);
    if (top != null) {
      parties(d, top, senders, recipients);
    }
    ArrayNode subjects = d.putArray(SUBJECT);
    ArrayNode attachments = d.putArray(ATTACHMENT);
    for (Message m : r.messages()) {
      if (m.subject() != null) {
        subjects.add(m.subject());
      }
      m.attachments().forEach(attachments::add);
    }
    facets.set(FACET_SENDER, array(senders));
    facets.set(FACET_RECIPIENT, array(recipients));
    DocumentHeading heading = top != null && top.sent() != null && top.subject() != null ? DocumentHeading.NONE
        : DocumentHeading.of(r);
    String date = top != null && top.sent() != null ? top.sent().toString() : heading.date();
    date(d, facets, date);
    String title = top != null && top.subject() != null ? top.subject() : heading.title();
    if (top == null && title != null) {
      subjects.add(title);
    }
    d.set(HIT_SOURCE, hit(EntryKind.DOCUMENT, release.key(), docIdOf(release), date,
        top == null || top.from() == null ? null : top.from().label(), top == null ? List.of() : labels(top.to()),
        top == null ? List.of() : labels(top.cc()), title, 1, r));
    return d;
  }

  private static ObjectNode messageEntry(StoredRelease release, int position) {
    ReleaseRecord r = release.record();
    Message m = r.messages().get(position);
    ObjectNode d = Cluster.JSON.createObjectNode();
    ObjectNode facets = d.putObject(FACET);
    String id = release.key() + "/" + position;
    common(d, facets, release, EntryKind.MESSAGE, id);
    d.put(TEXT, r.body(m));
    d.put(POSITION, position);
    d.put(BODY_LENGTH, m.bodyEnd() - m.bodyStart());
    Set<String> senders = new LinkedHashSet<>();
    Set<String> recipients = new LinkedHashSet<>();
    parties(d, m, senders, recipients);
    facets.set(FACET_SENDER, array(senders));
    facets.set(FACET_RECIPIENT, array(recipients));
    if (m.subject() != null) {
      d.put(SUBJECT, m.subject());
    }
    d.set(ATTACHMENT, array(m.attachments()));
    String sent = m.sent() == null ? null : m.sent().toString();
    date(d, facets, sent);
    d.set(HIT_SOURCE, hit(EntryKind.MESSAGE, id, docIdOf(release), sent, m.from() == null ? null : m.from().label(),
        labels(m.to()), labels(m.cc()), m.subject(), m.page(), r));
    return d;
  }

  private static void parties(ObjectNode d, Message m, Set<String> senders, Set<String> recipients) {
    ArrayNode from = d.putArray(FROM);
    ArrayNode to = d.putArray(TO);
    ArrayNode cc = d.putArray(CC);
    ArrayNode recipient = d.putArray(RECIPIENT);
    if (m.from() != null) {
      from.add(partyText(m.from()));
      senders.add(m.from().label());
    }
    for (Party p : m.to()) {
      to.add(partyText(p));
      recipient.add(partyText(p));
      recipients.add(p.label());
    }
    for (Party p : m.cc()) {
      cc.add(partyText(p));
      recipient.add(partyText(p));
      recipients.add(p.label());
    }
  }

  /** What a message and its release share: identity, release stamp, codes, classification. */
  private static void common(ObjectNode d, ObjectNode facets, StoredRelease release, EntryKind kind, String id) {
    ReleaseRecord r = release.record();
    d.put(KIND, kind.name());
    d.put(ID, id);
    d.put(DOC_KEY, release.key());
    if (r.docId() != null) {
      d.put(DOC_ID, r.docId().toUpperCase(Locale.ROOT));
    }
    if (r.caseNumber() != null) {
      d.put(CASE, r.caseNumber().toUpperCase(Locale.ROOT));
    }
    if (r.releaseDate() != null) {
      d.put(RELEASED, LocalDate.parse(r.releaseDate()).toEpochDay());
    }
    if (r.release() != null) {
      d.put(RELEASE, r.release().name());
      facets.put(FACET_RELEASE, r.release().name());
    }
    d.set(EXEMPTION, array(r.exemptions()));
    facets.set(FACET_EXEMPTION, array(r.exemptions()));
    List<String> statutes = new ArrayList<>();
    r.statutes().forEach(s -> statutes.add(s.toUpperCase(Locale.ROOT)));
    d.set(STATUTE, array(statutes));
    Set<String> codes = new LinkedHashSet<>();
    for (Redaction red : r.redactions()) {
      codes.addAll(red.codes());
    }
    d.set(REDACTION, array(codes));
    if (r.classification() != null && r.classification().level() != null) {
      d.put(CLASSIFICATION, r.classification().level());
      facets.put(FACET_CLASSIFICATION, r.classification().level());
      if (r.classification().declassifyOn() != null) {
        d.put(DECLASSIFY, LocalDate.parse(r.classification().declassifyOn()).toEpochDay());
      }
    } else if (r.classification() == null) {
      facets.put(FACET_CLASSIFICATION, "UNCLASSIFIED");
    }
  }

  private static void date(ObjectNode d, ObjectNode facets, String iso) {
    Long minutes = epochMinutes(iso);
    if (minutes == null) {
      d.put(YEAR, UNDATED);
      facets.put(FACET_YEAR, UNDATED);
      return;
    }
    d.put(DATE, minutes);
    d.put(YEAR, iso.substring(0, 4));
    facets.put(FACET_YEAR, iso.substring(0, 4));
    facets.put(FACET_MONTH, iso.substring(0, 7));
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

  private static ObjectNode hit(EntryKind kind, String id, String docId, String date, String from, List<String> to,
      List<String> cc, String subject, int page, ReleaseRecord r) {
    ObjectNode h = Cluster.JSON.createObjectNode();
    h.put("kind", kind.name()).put("id", id).put("docId", docId).put("date", date).put("from", from);
    h.set("to", array(to));
    h.set("cc", array(cc));
    h.put("subject", subject).put("page", page);
    h.put("release", r.release() == null ? null : r.release().name());
    h.set("exemptions", array(r.exemptions()));
    h.put("classification", r.classification() == null ? null : r.classification().level());
    h.put("declassifyOn", r.classification() == null ? null : r.classification().declassifyOn());
    return h;
  }

  /** The hit an entry's source shows, with its snippet and score. */
  static Hit hit(JsonNode h, Snippet snippet, float score, String message, int printedIn) {
    EntryKind kind = EntryKind.valueOf(h.path("kind").asText());
    return new Hit(kind, h.path("id").asText(), text(h, "docId"), text(h, "date"), text(h, "from"), list(h.path("to")),
        text(h, "subject"), snippet, kind == EntryKind.MESSAGE ? h.path("page").asInt() : null, score,
        text(h, "classification"), text(h, "declassifyOn"), list(h.path("cc")), text(h, "release"),
        list(h.path("exemptions")), message, printedIn);
  }

  /** The release a document entry's source holds. */
  static StoredRelease release(JsonNode source) throws IOException {
    ReleaseRecord r = ReleaseRecordJson.readStored(Cluster.JSON.writeValueAsBytes(source.path(RECORD)),
        source.path(TEXT).asText());
    return new StoredRelease(source.path(DOC_KEY).asText(), source.path(HASH).asText(), r, text(source, ORIGINAL));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static String docIdOf(StoredRelease release) {
    return release.record().docId() != null ? release.record().docId() : release.key();
  }

  private static List<String> labels(List<Party> parties) {
    List<String> out = new ArrayList<>(parties.size());
    parties.forEach(p -> out.add(p.label()));
    return out;
  }

  /** A party as searchable words: its name and its address. */
  private static String partyText(Party p) {
    if (p.name() != null && p.address() != null) {
      return p.name() + " " + p.address();
    }
    return p.label();
  }

  private static ArrayNode array(Iterable<String> values) {
    ArrayNode a = Cluster.JSON.createArrayNode();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        a.add(v);
      }
    }
    return a;
  }
}
