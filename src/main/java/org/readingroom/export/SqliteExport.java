package org.readingroom.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readingroom.archive.StoredRelease;
import org.readingroom.duplicates.DuplicateCluster;
import org.readingroom.index.Hit;
import org.readingroom.people.Alias;
import org.readingroom.people.Person;
import org.readingroom.record.Classification;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.threads.ThreadMessage;

/**
 * SQLite ({@link SqliteSchema}): every release document that holds a hit, whole (each message of its
 * chain, its redactions), in the order of its first hit; a message printed in several of them is
 * one row, with the body of its fullest printing, and a row of {@code copies} per printing; the
 * persons its parties are, with all their aliases; its threads; its documents' near-duplicates.
 * Written in one transaction into a new file, indexes and full-text tables built at the end.
 */
final class SqliteExport {

  private static final int BATCH = 500;

  private final Selection selection;
  private final Connection db;
  private final Set<String> persons = new LinkedHashSet<>();
  private final Set<String> threads = new LinkedHashSet<>();
  /** Each message written, and the length of the body it has now. */
  private final Map<String, Integer> bodies = new HashMap<>();
  private final Statements s;
  private long documents;

  /** The statements that write rows, prepared once. */
  private record Statements(PreparedStatement document, PreparedStatement exemption, PreparedStatement message,
      PreparedStatement replaceMessage, PreparedStatement dropRecipients, PreparedStatement recipient,
      PreparedStatement copy, PreparedStatement redaction, PreparedStatement duplicate) {}

  private SqliteExport(Selection selection, Connection db) throws SQLException {
    this.selection = selection;
    this.db = db;
    this.s = new Statements(
        db.prepareStatement("INSERT INTO documents (id, doc_number, case_number, release_date, release, exemptions,"
            + " statutes, classification, classified_by, classified_on, classification_reasons, declassify_on, pages,"
            + " source, content_hash, text, original) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        db.prepareStatement("INSERT OR IGNORE INTO exemptions (document_id, code) VALUES (?, ?)"),
        db.prepareStatement("INSERT INTO messages (thread_id, sent, subject, sender, sender_address, sender_person_id,"
            + " document_id, position, page, printed_in, attachments, body, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        db.prepareStatement("UPDATE messages SET thread_id = ?, sent = ?, subject = ?, sender = ?, sender_address = ?,"
            + " sender_person_id = ?, document_id = ?, position = ?, page = ?, printed_in = ?, attachments = ?, body = ?"
            + " WHERE id = ?"),
        db.prepareStatement("DELETE FROM recipients WHERE message_id = ?"),
        db.prepareStatement("INSERT INTO recipients (message_id, kind, position, name, address, person_id)"
            + " VALUES (?, ?, ?, ?, ?, ?)"),
        db.prepareStatement("INSERT INTO copies (message_id, document_id, position, page, header_start, body_start,"
            + " body_end) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        db.prepareStatement("INSERT INTO redactions (document_id, position, page, text_offset, codes)"
            + " VALUES (?, ?, ?, ?, ?)"),
        db.prepareStatement("INSERT OR IGNORE INTO duplicates (cluster_id, document_id, similarity) VALUES (?, ?, ?)"));
  }

  /** Writes the selection's documents into a new database at {@code file} (which must not exist). */
  static ExportSummary write(Selection selection, Path file) throws IOException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA journal_mode = OFF"); // a new file, moved into place only when whole
        st.execute("PRAGMA synchronous = OFF");
        st.execute("PRAGMA page_size = 8192");
        for (String table : SqliteSchema.TABLES) {
          st.execute(table);
        }
      }
      db.setAutoCommit(false);
      SqliteExport export = new SqliteExport(selection, db);
      return export.run();
    } catch (SQLException e) {
      throw new IOException("cannot write the SQLite export: " + e.getMessage(), e);
    }
  }

  private ExportSummary run() throws SQLException, IOException {
    Set<String> seen = new HashSet<>();
    int pending = 0;
    for (int at = 0; at < selection.hits.size(); at++) {
      Hit hit = selection.hits.get(at);
      selection.progress.advance();
      if (!seen.add(hit.docId())) {
        continue;
      }
      StoredRelease release = selection.release(at);
      if (release == null || !seen.add("\u0000" + release.key())) {
        continue;
      }
      document(release);
      if (++pending >= BATCH) {
        flush();
        pending = 0;
      }
    }
    flush();
    persons();
    threads();
    try (Statement st = db.createStatement()) {
      for (String sql : SqliteSchema.INDEXES) {
        st.execute(sql);
      }
      for (String sql : SqliteSchema.KAGGLE_VIEWS) {
        st.execute(sql);
      }
    }
    db.commit();
    try (Statement st = db.createStatement()) {
      st.execute("ANALYZE");
    }
    return new ExportSummary(ExportFormat.SQLITE, selection.hits.size(), documents, bodies.size(), persons.size(),
        threads.size(), 0, 0);
  }

  private void flush() throws SQLException {
    for (PreparedStatement p : List.of(s.document(), s.exemption(), s.copy(), s.redaction(), s.duplicate())) {
      p.executeBatch();
    }
  }

  private void document(StoredRelease release) throws SQLException {
    ReleaseRecord r = release.record();
    Classification c = r.classification();
    PreparedStatement d = s.document();
    d.setString(1, release.key());
    d.setString(2, r.docId());
    d.setString(3, r.caseNumber());
    d.setString(4, r.releaseDate());
    d.setString(5, r.release() == null ? null : r.release().name());
    d.setString(6, String.join("; ", r.exemptions()));
    d.setString(7, String.join("; ", r.statutes()));
    d.setString(8, c == null ? null : c.level());
    d.setString(9, c == null ? null : c.classifiedBy());
    d.setString(10, c == null ? null : c.classifiedOn());
    d.setString(11, c == null ? "" : String.join("; ", c.reasons()));
    d.setString(12, c == null ? null : c.declassifyOn());
    d.setInt(13, r.pages());
    d.setString(14, r.source());
    d.setString(15, release.contentHash());
    d.setString(16, r.text());
    d.setString(17, release.original());
    d.addBatch();
    documents++;
    for (String code : r.exemptions()) {
      s.exemption().setString(1, release.key());
      s.exemption().setString(2, code);
      s.exemption().addBatch();
    }
    for (int i = 0; i < r.messages().size(); i++) {
      message(release, i);
    }
    for (int i = 0; i < r.redactions().size(); i++) {
      Redaction red = r.redactions().get(i);
      PreparedStatement p = s.redaction();
      p.setString(1, release.key());
      p.setInt(2, i);
      p.setInt(3, red.page());
      if (red.offset() < 0) {
        p.setNull(4, Types.INTEGER);
      } else {
        p.setInt(4, r.text().codePointCount(0, Math.min(red.offset(), r.text().length())));
      }
      p.setString(5, String.join("; ", red.codes()));
      p.addBatch();
    }
    DuplicateCluster cluster = selection.ids.copies(release.key());
    if (cluster != null) {
      for (DuplicateCluster.Copy copy : cluster.copies()) {
        if (copy.document().equals(release.key())) {
          s.duplicate().setString(1, cluster.id());
          s.duplicate().setString(2, copy.document());
          s.duplicate().setDouble(3, copy.similarity());
          s.duplicate().addBatch();
        }
      }
    }
  }

  /** A printing: its row of copies; the message's row when it is the first or the fullest printing so far. */
  private void message(StoredRelease release, int position) throws SQLException {
    ReleaseRecord r = release.record();
    Message m = r.messages().get(position);
    ThreadMessage tm = selection.ids.messageAt(release.key(), position).orElse(null);
    String id = tm == null ? release.key() + "/" + position : tm.id();
    String text = r.text();
    PreparedStatement c = s.copy();
    c.setString(1, id);
    c.setString(2, release.key());
    c.setInt(3, position);
    c.setInt(4, m.page());
    c.setInt(5, text.codePointCount(0, m.headerStart()));
    c.setInt(6, text.codePointCount(0, m.bodyStart()));
    c.setInt(7, text.codePointCount(0, m.bodyEnd()));
    c.addBatch();
    printed(m.from());
    m.to().forEach(this::printed);
    m.cc().forEach(this::printed);
    String body = r.body(m);
    Integer had = bodies.get(id);
    if (had != null && had >= body.length()) {
      return;
    }
    bodies.put(id, body.length());
    if (had != null) {
      s.dropRecipients().setString(1, id);
      s.dropRecipients().executeUpdate();
    }
    PreparedStatement p = had == null ? s.message() : s.replaceMessage();
    if (tm != null) {
      threads.add(tm.threadId());
    }
    p.setString(1, tm == null ? null : tm.threadId());
    p.setString(2, m.sent() == null ? null : m.sent().toString());
    p.setString(3, m.subject());
    p.setString(4, m.from() == null ? null : m.from().name());
    p.setString(5, m.from() == null ? null : m.from().address());
    p.setString(6, person(m.from()));
    p.setString(7, release.key());
    p.setInt(8, position);
    p.setInt(9, m.page());
    p.setInt(10, tm == null ? 1 : selection.ids.printedIn(tm.id()));
    p.setString(11, String.join("; ", m.attachments()));
    p.setString(12, body);
    p.setString(13, id);
    p.executeUpdate();
    recipients(id, "to", m.to());
    recipients(id, "cc", m.cc());
  }

  private void recipients(String message, String kind, List<Party> parties) throws SQLException {
    PreparedStatement p = s.recipient();
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      p.setString(1, message);
      p.setString(2, kind);
      p.setInt(3, i);
      p.setString(4, party.name());
      p.setString(5, party.address());
      p.setString(6, person(party));
      p.addBatch();
    }
    p.executeBatch();
  }

  private String person(Party party) {
    Person p = selection.ids.person(party);
    if (p == null) {
      return null;
    }
    persons.add(p.id());
    return p.id();
  }

  /** The persons a party's name and address are: every person the documents print goes into {@code people}. */
  private void printed(Party party) {
    if (party == null) {
      return;
    }
    for (String alias : new String[] {party.name(), party.address()}) {
      Person p = selection.ids.personOfAlias(alias);
      if (p != null) {
        persons.add(p.id());
      }
    }
  }

  /** The persons the documents print, most printed first, each with every alias. */
  private void persons() throws SQLException {
    try (PreparedStatement person = db.prepareStatement("INSERT INTO people (id, name) VALUES (?, ?)");
        PreparedStatement alias = db.prepareStatement(
            "INSERT OR IGNORE INTO person_aliases (alias, person_id, printed) VALUES (?, ?, ?)")) {
      for (Person p : selection.ids.persons()) {
        if (!persons.contains(p.id())) {
          continue;
        }
        person.setString(1, p.id());
        person.setString(2, p.name());
        person.addBatch();
        for (Alias a : p.aliases()) {
          alias.setString(1, a.text());
          alias.setString(2, p.id());
          alias.setLong(3, a.count());
          alias.addBatch();
        }
      }
      person.executeBatch();
      alias.executeBatch();
    }
  }

  private void threads() throws SQLException {
    try (PreparedStatement t = db.prepareStatement("INSERT INTO threads (id, subject) VALUES (?, ?)")) {
      for (String id : threads) {
        t.setString(1, id);
        t.setString(2, selection.ids.thread(id).map(x -> x.subject()).orElse(null));
        t.addBatch();
      }
      t.executeBatch();
    }
  }
}
