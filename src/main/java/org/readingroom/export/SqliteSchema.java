package org.readingroom.export;

import java.util.List;

/**
 * The SQLite export's schema: the archive's tables (documents, messages and their copies, people
 * and aliases, recipients, redactions, threads, near-duplicate documents) with keys and indexes,
 * full-text search (FTS5) over texts and subjects, and views in the schema of the Kaggle dataset
 * "Hillary Clinton's Emails" ({@code Emails}, {@code Persons}, {@code Aliases}, {@code
 * EmailReceivers}, their column names as its notebooks use them). See docs/exports.md.
 */
final class SqliteSchema {

  private SqliteSchema() {}

  static final List<String> TABLES = List.of(
      """
      CREATE TABLE documents (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        doc_number TEXT,
        case_number TEXT,
        release_date TEXT,
        release TEXT CHECK (release IN ('PART', 'FULL')),
        exemptions TEXT NOT NULL,
        statutes TEXT NOT NULL,
        classification TEXT,
        classified_by TEXT,
        classified_on TEXT,
        classification_reasons TEXT NOT NULL,
        declassify_on TEXT,
        pages INTEGER NOT NULL,
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        original TEXT)""",
      """
      CREATE TABLE exemptions (
        document_id TEXT NOT NULL REFERENCES documents(id),
        code TEXT NOT NULL,
        PRIMARY KEY (document_id, code))""",
      """
      CREATE TABLE people (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL)""",
      """
      CREATE TABLE person_aliases (
        n INTEGER PRIMARY KEY,
        alias TEXT NOT NULL UNIQUE,
        person_id TEXT NOT NULL REFERENCES people(id),
        printed INTEGER NOT NULL)""",
      """
      CREATE TABLE threads (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        subject TEXT)""",
      """
      CREATE TABLE messages (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        thread_id TEXT REFERENCES threads(id),
        sent TEXT,
        subject TEXT,
        sender TEXT,
        sender_address TEXT,
        sender_person_id TEXT REFERENCES people(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        position INTEGER NOT NULL,
        page INTEGER NOT NULL,
        printed_in INTEGER NOT NULL,
        attachments TEXT NOT NULL,
        body TEXT NOT NULL)""",
      """
      CREATE TABLE recipients (
        n INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL REFERENCES messages(id),
        kind TEXT NOT NULL CHECK (kind IN ('to', 'cc')),
        position INTEGER NOT NULL,
        name TEXT,
        address TEXT,
        person_id TEXT REFERENCES people(id))""",
      """
      CREATE TABLE copies (
        message_id TEXT NOT NULL REFERENCES messages(id),
        document_id TEXT NOT NULL REFERENCES documents(id),
        position INTEGER NOT NULL,
        page INTEGER NOT NULL,
        header_start INTEGER NOT NULL,
        body_start INTEGER NOT NULL,
        body_end INTEGER NOT NULL,
        PRIMARY KEY (document_id, position))""",
      """
      CREATE TABLE redactions (
        document_id TEXT NOT NULL REFERENCES documents(id),
        position INTEGER NOT NULL,
        page INTEGER NOT NULL,
        text_offset INTEGER,
        codes TEXT NOT NULL,
        PRIMARY KEY (document_id, position))""",
      """
      CREATE TABLE duplicates (
        cluster_id TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        similarity REAL NOT NULL,
        PRIMARY KEY (cluster_id, document_id))""");

  /** Made after the rows are in: building an index once is faster than keeping it up row by row. */
  static final List<String> INDEXES = List.of(
      "CREATE INDEX documents_doc_number ON documents(doc_number)",
      "CREATE INDEX documents_release_date ON documents(release_date)",
      "CREATE INDEX exemptions_code ON exemptions(code)",
      "CREATE INDEX person_aliases_person ON person_aliases(person_id)",
      "CREATE INDEX messages_thread ON messages(thread_id)",
      "CREATE INDEX messages_sender ON messages(sender_person_id)",
      "CREATE INDEX messages_sent ON messages(sent)",
      "CREATE INDEX messages_document ON messages(document_id)",
      "CREATE INDEX recipients_message ON recipients(message_id)",
      "CREATE INDEX recipients_person ON recipients(person_id)",
      "CREATE INDEX copies_message ON copies(message_id)",
      "CREATE INDEX duplicates_document ON duplicates(document_id)",
      "CREATE VIRTUAL TABLE messages_fts USING fts5(subject, body, content='messages', content_rowid='n')",
      "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
      "CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='n')",
      "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')");

  /**
   * The Kaggle dataset's tables as views. An email is a document whose top message has a header
   * (Kaggle's unit: one row per released document); its ids are integers as Kaggle's are; a text
   * column the document does not give is {@code ''}, as in Kaggle's CSVs, so that its notebooks'
   * {@code != ''} filters hold.
   */
  static final List<String> KAGGLE_VIEWS = List.of(
      """
      CREATE VIEW Persons AS SELECT n AS Id, name AS Name FROM people""",
      """
      CREATE VIEW Aliases AS
      SELECT a.n AS Id, lower(a.alias) AS Alias, p.n AS PersonId
      FROM person_aliases a JOIN people p ON p.id = a.person_id""",
      """
      CREATE VIEW Emails AS
      SELECT d.n AS Id,
        COALESCE(d.doc_number, d.id) AS DocNumber,
        COALESCE(m.subject, '') AS MetadataSubject,
        COALESCE((SELECT group_concat(who, ';') FROM (SELECT COALESCE(r.name, r.address) AS who FROM recipients r
          WHERE r.message_id = m.id AND r.kind = 'to' ORDER BY r.position)), '') AS MetadataTo,
        COALESCE(m.sender, m.sender_address, '') AS MetadataFrom,
        sp.n AS SenderPersonId,
        COALESCE(m.sent, '') AS MetadataDateSent,
        COALESCE(d.release_date, '') AS MetadataDateReleased,
        '' AS MetadataPdfLink,
        COALESCE(d.case_number, '') AS MetadataCaseNumber,
        '' AS MetadataDocumentClass,
        COALESCE(m.subject, '') AS ExtractedSubject,
        COALESCE((SELECT group_concat(who, '; ') FROM (SELECT COALESCE(r.name, r.address) AS who FROM recipients r
          WHERE r.message_id = m.id AND r.kind = 'to' ORDER BY r.position)), '') AS ExtractedTo,
        COALESCE(m.sender, m.sender_address, '') AS ExtractedFrom,
        COALESCE((SELECT group_concat(who, '; ') FROM (SELECT COALESCE(r.name, r.address) AS who FROM recipients r
          WHERE r.message_id = m.id AND r.kind = 'cc' ORDER BY r.position)), '') AS ExtractedCc,
        COALESCE(m.sent, '') AS ExtractedDateSent,
        COALESCE(d.case_number, '') AS ExtractedCaseNumber,
        COALESCE(d.doc_number, '') AS ExtractedDocNumber,
        COALESCE(d.release_date, '') AS ExtractedDateReleased,
        CASE d.release WHEN 'PART' THEN 'RELEASE IN PART' WHEN 'FULL' THEN 'RELEASE IN FULL' ELSE '' END
          AS ExtractedReleaseInPartOrFull,
        substr(d.text, c.body_start + 1, c.body_end - c.body_start) AS ExtractedBodyText,
        COALESCE(d.original, d.text) AS RawText
      FROM documents d
      JOIN copies c ON c.document_id = d.id AND c.position = 0
      JOIN messages m ON m.id = c.message_id
      LEFT JOIN people sp ON sp.id = m.sender_person_id""",
      """
      CREATE VIEW EmailReceivers AS
      SELECT MIN(r.n) AS Id, d.n AS EmailId, p.n AS PersonId
      FROM documents d
      JOIN copies c ON c.document_id = d.id AND c.position = 0
      JOIN recipients r ON r.message_id = c.message_id
      JOIN people p ON p.id = r.person_id
      GROUP BY d.n, p.n""");
}
