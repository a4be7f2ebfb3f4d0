package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.ingest.TestChains;

/**
 * {@code readingroom export} in each format, each read back by a real reader: JSON Lines by
 * {@code ingest} (the round trip), CSV by Apache Commons CSV, SQLite through JDBC (the Kaggle views
 * queried as its notebooks do), mbox by Apache James mime4j. Over the test chains (persons,
 * threads, a message printed in three documents, near-duplicates) and a hostile document.
 */
class ExportCommandTest {

  @TempDir static Path tmp;
  static Path archive;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingest() {
    Path docs = TestChains.sample(tmp.resolve("docs"));
    TestChains.write(docs, "C00000099", TestChains.mail("Zo\u00eb \u00dcn\u00efcode <zoe@example.org>",
        "Monday, March 7, 2011 9:20 AM", "H", "=HYPERLINK(\"http://x.invalid\") Caf\u00e9 \"quoted\"",
        "From here on we talk of Libya.\n>From the top, again.\nEnd."));
    archive = tmp.resolve("archive");
    CliRun run = CliRun.of("ingest", "--quiet", "--archive", archive.toString(), docs.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  static CliRun export(Path from, String... args) {
    List<String> all = new ArrayList<>(List.of("export", "--archive", from.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(new String[0]));
  }

  /** The hits a search lists, every one, as lines of JSON. */
  static List<String> hits(Path from, String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--archive", from.toString(), "--format", "jsonl",
        "--limit", "1000"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(new String[0]));
    assertEquals(0, run.exitCode(), run.err());
    return run.out().lines().toList();
  }

  @Test
  void jsonLinesRoundTripGivesTheSameArchive() throws Exception {
    Path file = tmp.resolve("round.jsonl");
    CliRun out = export(archive, "--format", "jsonl", "-o", file.toString());
    assertEquals(0, out.exitCode(), out.err());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(9, lines.size(), "a line per document");
    assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"source\":") && l.endsWith("}")), lines.get(1));
    JsonNode first = JSON.readTree(lines.get(0));
    for (String key : List.of("source", "docId", "messages", "redactions", "text", "key", "contentHash", "archive")) {
      assertTrue(first.has(key), key + " in " + first.fieldNames());
    }
    // the archive's ids: Pickering's letter is one message, printed in three documents, one thread
    Set<String> pickering = new HashSet<>();
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      JsonNode messages = n.get("messages");
      for (int i = 0; i < messages.size(); i++) {
        if (messages.get(i).path("from").path("name").asText().startsWith("Pickering")) {
          pickering.add(n.get("archive").get("messages").get(i).get("id").asText());
          assertTrue(n.get("archive").get("messages").get(i).get("thread").asText().startsWith("t-"));
        }
      }
    }
    assertEquals(1, pickering.size(), "one message id for every printing: " + pickering);

    Path again = tmp.resolve("again");
    CliRun in = CliRun.of("ingest", "--quiet", "--archive", again.toString(), file.toString());
    assertEquals(0, in.exitCode(), in.err());
    assertTrue(in.err().contains("ingested 9 documents"), in.err());
    for (String[] search : List.of(new String[0], new String[] {"libya"}, new String[] {"--from", "Cheryl Mills"},
        new String[] {"--copies", "all", "pickering"}, new String[] {"--kind", "document", "--sort", "date"},
        new String[] {"from:H", "--to", "Abedin"})) {
      assertEquals(hits(archive, search), hits(again, search), "search " + List.of(search));
    }
    CliRun people = CliRun.of("people", "--archive", archive.toString());
    assertEquals(people.out(), CliRun.of("people", "--archive", again.toString()).out());
    // and again: nothing changed, nothing doubled
    CliRun twice = CliRun.of("ingest", "--quiet", "--archive", again.toString(), file.toString());
    assertTrue(twice.err().contains("9 unchanged"), twice.err());
  }

  @Test
  void aDamagedLineOfAnExportIsAnErrorAndTheRestIsTaken() throws Exception {
    Path file = tmp.resolve("damaged.jsonl");
    assertEquals(0, export(archive, "--format", "jsonl", "-o", file.toString()).exitCode());
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(3, lines.get(3).replace("\"bodyEnd\":", "\"bodyEnd\":9999999,\"x\":"));
    lines.set(5, "{\"source\": \"broken");
    Files.write(file, lines, StandardCharsets.UTF_8);
    Path into = tmp.resolve("damaged-archive");
    CliRun in = CliRun.of("ingest", "--quiet", "--archive", into.toString(), file.toString());
    assertEquals(1, in.exitCode(), in.err());
    assertTrue(in.err().contains("ingested 7 documents"), in.err());
    String errors = Files.readString(into.resolve("errors.jsonl"), StandardCharsets.UTF_8);
    assertTrue(errors.contains("damaged.jsonl:4") && errors.contains("damaged.jsonl:6"), errors);
  }

  @Test
  void csvHasARowPerHitWithTheArchivesIds() throws Exception {
    CliRun run = export(archive, "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<CSVRecord> rows;
    try (Reader r = new StringReader(run.out())) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
    }
    assertEquals(hits(archive).size(), rows.size(), "a row per hit, as the search shows them");
    assertTrue(rows.get(0).toMap().keySet().containsAll(List.of("kind", "id", "message", "thread", "from_person",
        "to_persons", "exemptions", "release", "classification")));
    // Mills as "Mills, Cheryl D" and as "Cheryl Mills": one person
    Set<String> mills = new HashSet<>();
    for (CSVRecord r : rows) {
      if (r.get("from").contains("Mills")) {
        mills.add(r.get("from_person"));
      }
    }
    assertEquals(1, mills.size(), mills.toString());
    assertTrue(mills.iterator().next().startsWith("p-"));
    // a subject a spreadsheet would run is text
    CSVRecord hostile = rows.stream().filter(r -> r.get("document").equals("C00000099") && r.get("kind").equals("message"))
        .findFirst().orElseThrow();
    assertTrue(hostile.get("subject").startsWith("'=HYPERLINK"), hostile.get("subject"));
    // each row says where the reading room shows it
    for (CSVRecord r : rows) {
      String page = "/documents/" + r.get("document");
      assertEquals(r.get("kind").equals("message") ? page + "#message-" + (Integer.parseInt(r.get("id")
          .substring(r.get("id").lastIndexOf('/') + 1)) + 1) : page, r.get("permalink"), r.toString());
    }
    CliRun based = export(archive, "--format", "csv", "--permalink-base", "https://archive.example.org/", "--kind", "document");
    assertTrue(based.out().lines().skip(1).allMatch(l -> l.endsWith(",https://archive.example.org/documents/"
        + l.substring(l.indexOf(',') + 1, l.indexOf(',', l.indexOf(',') + 1)))), based.out());
    // the search's filters: a person's every alias
    CliRun narrowed = export(archive, "--format", "csv", "--from", "Cheryl Mills", "--kind", "message");
    long lines = narrowed.out().lines().count() - 1;
    assertEquals(hits(archive, "--from", "Cheryl Mills", "--kind", "message").size(), lines);
    assertTrue(lines >= 2, narrowed.out());
  }

  @Test
  void sqliteHoldsTheArchiveAndTheKaggleViews() throws Exception {
    Path file = tmp.resolve("archive.sqlite");
    CliRun run = export(archive, "--format", "sqlite", "-o", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = db.createStatement()) {
      assertEquals(9, count(st, "SELECT COUNT(*) FROM documents"));
      long messages = count(st, "SELECT COUNT(*) FROM messages");
      assertEquals(hits(archive, "--kind", "message").size(), messages, "a row per message, as search counts");
      assertEquals(count(st, "SELECT COUNT(*) FROM copies"), hits(archive, "--kind", "message", "--copies", "all").size());
      assertEquals(3, count(st, "SELECT COUNT(*) FROM copies c JOIN messages m ON m.id = c.message_id"
          + " WHERE m.sender LIKE 'Pickering%'"), "Pickering's letter: one message, three printings");
      try (ResultSet fk = st.executeQuery("PRAGMA foreign_key_check")) {
        assertFalse(fk.next(), "every key points at a row");
      }
      // full-text search over bodies and subjects
      assertTrue(count(st, "SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH 'libya'") >= 3);
      assertEquals(1, count(st, "SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH '\"foreign minister\"'"
          + " AND rowid IN (SELECT n FROM documents WHERE id = 'C00000040')"));
      // the Kaggle notebooks' queries, unchanged
      assertEquals(9, count(st, "SELECT COUNT(*) FROM Emails"));
      assertEquals(count(st, "SELECT COUNT(*) FROM Emails WHERE ExtractedBodyText LIKE '%Libya%'"), 1);
      Map<String, Long> senders = new LinkedHashMap<>();
      try (ResultSet r = st.executeQuery("SELECT p.Name, COUNT(*) AS n FROM Emails e"
          + " JOIN Persons p ON e.SenderPersonId = p.Id GROUP BY p.Name ORDER BY n DESC, p.Name")) {
        while (r.next()) {
          senders.put(r.getString(1), r.getLong(2));
        }
      }
      assertEquals(2L, senders.get("Mills, Cheryl D"), senders.toString());
      assertTrue(count(st, "SELECT COUNT(*) FROM Aliases a JOIN Persons p ON p.Id = a.PersonId"
          + " WHERE a.Alias = 'millscd@state.gov'") == 1);
      assertTrue(count(st, "SELECT COUNT(*) FROM EmailReceivers r JOIN Persons p ON p.Id = r.PersonId"
          + " WHERE p.Name = 'H'") >= 5);
      assertEquals(0, count(st, "SELECT COUNT(*) FROM Emails WHERE MetadataDateSent IS NULL OR ExtractedBodyText IS NULL"));
      try (ResultSet r = st.executeQuery("SELECT ExtractedBodyText, MetadataFrom, ExtractedReleaseInPartOrFull FROM Emails"
          + " WHERE DocNumber = 'C00000099'")) {
        assertTrue(r.next());
        assertTrue(r.getString(1).startsWith("From here on we talk of Libya."), r.getString(1));
        assertEquals("Zo\u00eb \u00dcn\u00efcode", r.getString(2));
        assertEquals("RELEASE IN FULL", r.getString(3));
      }
    }
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet r = st.executeQuery(sql)) {
      assertTrue(r.next());
      return r.getLong(1);
    }
  }

  @Test
  void mboxIsAMailPerMessageThatAMailLibraryReads() throws Exception {
    CliRun run = export(archive, "--format", "mbox");
    assertEquals(0, run.exitCode(), run.err());
    List<Message> mails = mbox(run.out());
    assertEquals(hits(archive, "--kind", "message").size(), mails.size());
    Map<String, Message> byId = new LinkedHashMap<>();
    for (Message m : mails) {
      assertNotNull(m.getMessageId());
      assertNull(byId.put(m.getMessageId(), m), "one mail per message: " + m.getMessageId());
    }
    // stable: the same ids in another export
    List<String> again = mbox(export(archive, "--format", "mbox").out()).stream().map(Message::getMessageId).toList();
    assertEquals(List.copyOf(byId.keySet()), again);

    Message hostile = mails.stream().filter(m -> header(m, "X-Readingroom-Document").equals("C00000099")).findFirst()
        .orElseThrow();
    assertEquals("=HYPERLINK(\"http://x.invalid\") Caf\u00e9 \"quoted\"", hostile.getSubject());
    Mailbox from = hostile.getFrom().get(0);
    assertEquals("Zo\u00eb \u00dcn\u00efcode", from.getName());
    assertEquals("zoe@example.org", from.getAddress());
    assertEquals("F-2014-20439", header(hostile, "X-Readingroom-Case"));
    assertEquals("FULL", header(hostile, "X-Readingroom-Release"));
    String body = body(hostile);
    assertTrue(body.startsWith("From here on we talk of Libya.\n>From the top, again."), body);

    // the thread: H's reply to Abedin answers her message, which is its reference
    Message reply = mails.stream().filter(m -> "Re: Libya".equals(m.getSubject())).findFirst().orElseThrow();
    Message asked = mails.stream().filter(m -> "Libya".equals(m.getSubject())).findFirst().orElseThrow();
    assertEquals(asked.getMessageId(), header(reply, "In-Reply-To"));
    assertTrue(header(reply, "References").contains(asked.getMessageId()));
    assertEquals(header(reply, "X-Readingroom-Thread"), header(asked, "X-Readingroom-Thread"));
    assertEquals("hrod17@clintonemail.com", reply.getFrom().get(0).getAddress());
    assertNotNull(reply.getDate());
    // a party printed without an address gets its person's stand-in, the same in every mail
    Mailbox h = ((Mailbox) asked.getTo().get(0));
    assertTrue(h.getAddress().endsWith("@readingroom.invalid"), h.getAddress());
  }

  /** The mails of an mboxrd: split at each "From " line, each parsed by mime4j. */
  static List<Message> mbox(String text) throws Exception {
    List<Message> out = new ArrayList<>();
    StringBuilder one = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("From ")) {
        if (one != null) {
          out.add(parse(one.toString()));
        }
        one = new StringBuilder();
        continue;
      }
      assertNotNull(one, "an mbox starts with a From line");
      one.append(line).append("\r\n");
    }
    if (one != null) {
      out.add(parse(one.toString()));
    }
    return out;
  }

  private static Message parse(String mail) throws Exception {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.STRICT);
    return builder.parseMessage(new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)));
  }

  private static String header(Message m, String name) {
    return m.getHeader().getField(name) == null ? "" : m.getHeader().getField(name).getBody().strip();
  }

  /** The body, its mboxrd quoting taken off. */
  private static String body(Message m) throws Exception {
    TextBody b = (TextBody) m.getBody();
    StringBuilder sb = new StringBuilder();
    try (Reader r = b.getReader()) {
      char[] buf = new char[4096];
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
        sb.append(buf, 0, n);
      }
    }
    return sb.toString().replace("\r\n", "\n").replaceAll("(?m)^>(>*From )", "$1");
  }
}
