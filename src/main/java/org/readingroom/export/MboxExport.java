package org.readingroom.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchRequest;
import org.readingroom.people.Person;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.threads.ThreadMessage;

/**
 * mbox (mboxrd: a body line that starts {@code From } after any {@code >} gets one more): a mail per
 * message the search lists, its body as printed in the hit's printing; a search for documents
 * only gives every message of each document's chain. Headers are rebuilt from the printed header
 * ({@link MailHeaders}); the Message-ID is the archive's message id, so it is the same in every
 * export of the archive, and In-Reply-To and References follow the thread (a message replies to
 * what is printed under it). What the release says of the message is in {@code X-Readingroom-}
 * fields: its document, case, release stamp and exemptions, the codes withheld beside it.
 */
final class MboxExport {

  /** The Message-ID's domain: the archive's ids are unique within it; it never resolves. */
  static final String ID_DOMAIN = "readingroom.invalid";
  /** The longest body line sent as it is; a body with a longer one is sent in base64. */
  private static final int MAX_LINE = 998;
  private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);
  /** How far References reach back up a thread. */
  private static final int MAX_REFERENCES = 50;

  private MboxExport() {}

  static ExportSummary write(Selection selection, SearchRequest request, OutputStream out) throws IOException {
    boolean chains = request.kind() == EntryKind.DOCUMENT;
    boolean everyPrinting = request.copies() == SearchRequest.Copies.ALL;
    Set<String> written = new HashSet<>();
    Set<String> documents = new HashSet<>();
    Set<String> persons = new HashSet<>();
    Set<String> threads = new HashSet<>();
    long mails = 0;
    for (int at = 0; at < selection.hits.size(); at++) {
      Hit hit = selection.hits.get(at);
      selection.progress.advance();
      boolean message = hit.kind() == EntryKind.MESSAGE;
      if (!message && !chains) {
        continue; // the search lists the document's messages as hits of their own
      }
      StoredRelease release = selection.release(at);
      if (release == null) {
        continue;
      }
      List<Message> chain = release.record().messages();
      int first = message ? Selection.position(hit) : 0;
      int last = message ? first : chain.size() - 1;
      for (int i = Math.max(0, first); i <= last && i < chain.size(); i++) {
        String id = selection.ids.messageId(release.key(), i);
        if (!written.add(id) && !everyPrinting) {
          continue;
        }
        out.write(mail(selection, release, i, id, persons, threads).getBytes(StandardCharsets.UTF_8));
        documents.add(release.key());
        mails++;
      }
    }
    out.flush();
    return new ExportSummary(ExportFormat.MBOX, selection.hits.size(), documents.size(), mails, persons.size(),
        threads.size(), 0, 0);
  }

  private static String mail(Selection selection, StoredRelease release, int position, String id, Set<String> persons,
      Set<String> threads) {
    ReleaseRecord r = release.record();
    Message m = r.messages().get(position);
    ThreadMessage tm = selection.ids.messageAt(release.key(), position).orElse(null);
    LocalDateTime sent = m.sent() == null ? null
        : LocalDateTime.of(m.sent().date(), m.sent().hasTime() ? m.sent().time() : LocalTime.MIDNIGHT);
    StringBuilder h = new StringBuilder(1024);
    String envelope = m.from() != null && MailHeaders.isAddress(m.from().address()) ? m.from().address()
        : "MAILER-DAEMON";
    h.append("From ").append(envelope).append(' ').append(MailHeaders.asctime(sent == null ? EPOCH : sent)).append('\n');
    h.append("Message-ID: ").append(messageId(id)).append('\n');
    if (sent != null) {
      h.append("Date: ").append(MailHeaders.date(sent)).append('\n');
    }
    if (m.from() != null) {
      MailHeaders.field(h, "From", List.of(mailbox(selection, m.from(), persons)), ",");
    }
    addresses(h, "To", selection, m.to(), persons);
    addresses(h, "Cc", selection, m.cc(), persons);
    if (m.subject() != null) {
      MailHeaders.field(h, "Subject", List.of(MailHeaders.text(m.subject())), "");
    }
    List<String> parents = parents(selection, release, position, tm);
    if (!parents.isEmpty()) {
      MailHeaders.field(h, "In-Reply-To", parents.stream().map(MboxExport::messageId).toList(), "");
      MailHeaders.field(h, "References", references(selection, parents.get(0)), "");
    }
    h.append("MIME-Version: 1.0\n");
    h.append("Content-Type: text/plain; charset=utf-8\n");
    xFields(h, selection, release, m, tm, threads);
    body(h, r.body(m));
    return h.toString();
  }

  static String messageId(String id) {
    return "<" + MailHeaders.standIn(id) + "@" + ID_DOMAIN + ">";
  }

  private static String mailbox(Selection selection, Party p, Set<String> persons) {
    Person person = selection.ids.person(p);
    if (person != null) {
      persons.add(person.id());
    }
    return MailHeaders.mailbox(p.name(), p.address(), person != null ? person.id() : p.label());
  }

  private static void addresses(StringBuilder h, String field, Selection selection, List<Party> parties,
      Set<String> persons) {
    if (parties.isEmpty()) {
      return;
    }
    List<String> boxes = new ArrayList<>(parties.size());
    for (Party p : parties) {
      boxes.add(mailbox(selection, p, persons));
    }
    MailHeaders.field(h, field, boxes, ",");
  }

  /** What the message replies to or forwards: the analysis's parents, else what its document prints under it. */
  private static List<String> parents(Selection selection, StoredRelease release, int position, ThreadMessage tm) {
    if (tm != null) {
      return tm.parents();
    }
    if (position + 1 < release.record().messages().size()) {
      return List.of(selection.ids.messageId(release.key(), position + 1));
    }
    return List.of();
  }

  /** The thread from its first message down to {@code parent}: each message's first parent, up to {@link #MAX_REFERENCES}. */
  private static List<String> references(Selection selection, String parent) {
    Deque<String> chain = new ArrayDeque<>();
    Set<String> seen = new LinkedHashSet<>();
    String at = parent;
    while (at != null && seen.add(at) && chain.size() < MAX_REFERENCES) {
      chain.addFirst(messageId(at));
      at = selection.ids.message(at).flatMap(t -> t.parents().stream().findFirst()).orElse(null);
    }
    return List.copyOf(chain);
  }

  private static void xFields(StringBuilder h, Selection selection, StoredRelease release, Message m, ThreadMessage tm,
      Set<String> threads) {
    ReleaseRecord r = release.record();
    h.append("X-Readingroom-Document: ").append(MailHeaders.clean(r.docId() != null ? r.docId() : release.key()))
        .append('\n');
    if (r.caseNumber() != null) {
      h.append("X-Readingroom-Case: ").append(MailHeaders.text(r.caseNumber())).append('\n');
    }
    if (r.release() != null) {
      h.append("X-Readingroom-Release: ").append(r.release().name()).append('\n');
    }
    if (!r.exemptions().isEmpty()) {
      h.append("X-Readingroom-Exemptions: ").append(MailHeaders.text(String.join(", ", r.exemptions()))).append('\n');
    }
    Set<String> beside = new LinkedHashSet<>();
    for (Redaction red : r.redactions()) {
      if (red.offset() >= m.headerStart() && red.offset() <= m.bodyEnd()) {
        beside.addAll(red.codes());
      }
    }
    if (!beside.isEmpty()) {
      h.append("X-Readingroom-Redacted: ").append(MailHeaders.text(String.join(", ", beside))).append('\n');
    }
    if (r.classification() != null && r.classification().level() != null) {
      h.append("X-Readingroom-Classification: ").append(MailHeaders.text(r.classification().level())).append('\n');
    }
    h.append("X-Readingroom-Page: ").append(m.page()).append('\n');
    if (tm != null) {
      threads.add(tm.threadId());
      h.append("X-Readingroom-Thread: ").append(MailHeaders.clean(tm.threadId())).append('\n');
      h.append("X-Readingroom-Printed-In: ").append(selection.ids.printedIn(tm.id())).append('\n');
    }
    if (!m.attachments().isEmpty()) {
      MailHeaders.field(h, "X-Readingroom-Attachments",
          m.attachments().stream().map(MailHeaders::text).toList(), ";");
    }
  }

  /** The body, mboxrd-quoted, in 8 bits; in base64 when a line is longer than mail allows. */
  private static void body(StringBuilder h, String text) {
    String body = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u0000', '\uFFFD').strip();
    boolean longLine = false;
    for (String line : body.split("\n", -1)) {
      longLine |= line.getBytes(StandardCharsets.UTF_8).length > MAX_LINE;
    }
    if (longLine) {
      h.append("Content-Transfer-Encoding: base64\n\n");
      h.append(Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(body.getBytes(StandardCharsets.UTF_8)));
      h.append("\n\n");
      return;
    }
    h.append("Content-Transfer-Encoding: 8bit\n\n");
    for (String line : body.split("\n", -1)) {
      int i = 0;
      while (i < line.length() && line.charAt(i) == '>') {
        i++;
      }
      if (line.startsWith("From ", i)) {
        h.append('>');
      }
      h.append(line).append('\n');
    }
    h.append('\n');
  }
}
