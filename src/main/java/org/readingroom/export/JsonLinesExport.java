package org.readingroom.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readingroom.archive.ReleaseLines;
import org.readingroom.archive.StoredRelease;
import org.readingroom.duplicates.DuplicateCluster;
import org.readingroom.index.Hit;
import org.readingroom.people.Person;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.threads.ThreadMessage;

/**
 * JSON Lines: one line per release document that holds a hit, in the order of its first hit: the
 * release record of the contract with its text and offsets, what the archive keeps beside it
 * ({@link ReleaseLines}), then {@code archive}, the archive's ids: for each message of the chain its
 * message, thread and the persons of its parties; the document's near-duplicate copies.
 */
final class JsonLinesExport {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLinesExport() {}

  static ExportSummary write(Selection selection, OutputStream out) throws IOException {
    Set<String> written = new HashSet<>();
    Set<String> persons = new HashSet<>();
    Set<String> threads = new HashSet<>();
    long messages = 0;
    long documents = 0;
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      for (int at = 0; at < selection.hits.size(); at++) {
      Hit hit = selection.hits.get(at);
        selection.progress.advance();
        if (written.contains(hit.docId())) {
          continue;
        }
        StoredRelease release = selection.release(at);
        if (release == null || !written.add(release.key())) {
          continue;
        }
        written.add(hit.docId());
        documents++;
        ReleaseLines.start(g, release);
        g.writeObjectFieldStart("archive");
        g.writeArrayFieldStart("messages");
        List<Message> chain = release.record().messages();
        for (int i = 0; i < chain.size(); i++) {
          Message m = chain.get(i);
          ThreadMessage tm = selection.ids.messageAt(release.key(), i).orElse(null);
          g.writeStartObject();
          g.writeStringField("id", tm == null ? release.key() + "/" + i : tm.id());
          g.writeStringField("thread", tm == null ? null : tm.threadId());
          if (tm != null) {
            threads.add(tm.threadId());
          }
          g.writeStringField("from", person(selection, m.from(), persons));
          persons(g, "to", selection, m.to(), persons);
          persons(g, "cc", selection, m.cc(), persons);
          g.writeEndObject();
          messages++;
        }
        g.writeEndArray();
        copies(g, selection.ids.copies(release.key()));
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
    return new ExportSummary(ExportFormat.JSONL, selection.hits.size(), documents, messages, persons.size(),
        threads.size(), 0, 0);
  }

  private static String person(Selection selection, Party party, Set<String> seen) {
    Person p = selection.ids.person(party);
    if (p == null) {
      return null;
    }
    seen.add(p.id());
    return p.id();
  }

  private static void persons(JsonGenerator g, String field, Selection selection, List<Party> parties, Set<String> seen)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Party p : parties) {
      g.writeString(person(selection, p, seen));
    }
    g.writeEndArray();
  }

  private static void copies(JsonGenerator g, DuplicateCluster cluster) throws IOException {
    if (cluster == null) {
      g.writeNullField("copies");
      return;
    }
    g.writeObjectFieldStart("copies");
    g.writeStringField("cluster", cluster.id());
    g.writeArrayFieldStart("documents");
    for (DuplicateCluster.Copy c : cluster.copies()) {
      g.writeStartObject();
      g.writeStringField("document", c.document());
      g.writeNumberField("similarity", c.similarity());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
