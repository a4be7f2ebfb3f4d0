package org.readingroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A relevance test set: queries a reader would type, each with the documents (or printings) that
 * must come first, as judged by reading the corpus. Read from a JSON file ({@code
 * src/test/resources/relevance/queries.json}): {@code {"queries": [{"id", "kind", "query",
 * "answers", "note"}]}}.
 */
public record RelevanceSet(List<Judged> queries) {

  public RelevanceSet {
    queries = List.copyOf(queries);
  }

  /**
   * One query and its judgement.
   *
   * @param id a short name, unique in the set
   * @param kind what sort of search it is: subject, number, phrase, topic, person, ocr, syntax
   * @param query what the reader types, as typed
   * @param answers the documents ({@code C05793178}: any hit of it) or printings ({@code
   *     C05793178/2}: that message's hit) that must come first; any one of them in the top 10 is a
   *     success
   * @param note why these are the answers: what was read
   */
  public record Judged(String id, String kind, String query, List<String> answers, String note) {
    public Judged {
      if (id == null || id.isBlank() || query == null || query.isBlank()) {
        throw new IllegalArgumentException("a judged query needs an id and a query");
      }
      if (answers == null || answers.isEmpty()) {
        throw new IllegalArgumentException(id + ": no answers; a query is judged by what must come first");
      }
      answers = List.copyOf(answers);
    }

    /** Whether a hit (its entry id and document number) is one of the answers. */
    public boolean answeredBy(String entryId, String docId) {
      return answers.contains(docId) || answers.contains(entryId);
    }
  }

  public static RelevanceSet read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode list = root.path("queries");
    if (!list.isArray()) {
      throw new IOException(file + ": expected an object with a 'queries' list");
    }
    List<Judged> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode q : list) {
      List<String> answers = new ArrayList<>();
      q.path("answers").forEach(a -> answers.add(a.asText()));
      Judged j;
      try {
        j = new Judged(q.path("id").asText(null), q.path("kind").asText(""), q.path("query").asText(null), answers,
            q.path("note").asText(""));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
      if (!ids.add(j.id())) {
        throw new IOException(file + ": the id " + j.id() + " is used twice");
      }
      out.add(j);
    }
    return new RelevanceSet(out);
  }
}
