package org.readingroom.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Which message each hit shows, so that a message printed in two documents is seen as one: read
 * from an archive's {@code messages.json} (the analysis' messages, each with the printings it
 * appears as: document number and the message's place in it). A message hit ({@code C05793178/2})
 * is the message that printing is; a document hit ({@code C05793178}) shows its top message, the
 * printing {@code C05793178/0}; a hit the analysis does not know is only itself.
 */
public final class MessageKeys {
  private final Map<String, String> messageOfEntry;

  private MessageKeys(Map<String, String> messageOfEntry) {
    this.messageOfEntry = messageOfEntry;
  }

  /** No analysis: every hit is only itself (and a document hit its top message's printing). */
  public static MessageKeys none() {
    return new MessageKeys(Map.of());
  }

  /** For tests: the message each printing ({@code C05793178/2}) is. */
  public static MessageKeys of(Map<String, String> messageOfEntry) {
    return new MessageKeys(Map.copyOf(messageOfEntry));
  }

  /** The archive's messages; none when it has not been analysed. */
  public static MessageKeys read(Path messagesJson) throws IOException {
    if (!Files.exists(messagesJson)) {
      return none();
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, String> out = new HashMap<>();
    try (JsonParser p = json.getFactory().createParser(messagesJson.toFile())) {
      // {"version":1,"messages":[{...},...]}: one message object at a time
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && "messages".equals(p.currentName())) {
          p.nextToken();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode m = json.readTree(p);
            String id = m.path("id").asText();
            for (JsonNode a : m.path("appearances")) {
              out.put(a.path(0).asText() + "/" + a.path(1).asInt(), id);
            }
          }
        }
      }
    }
    return new MessageKeys(out);
  }

  /** The message a hit shows: its id, or the hit's own printing when the analysis has none. */
  public String of(String entryId, String docId) {
    String printing = entryId.contains("/") ? entryId : docId + "/0";
    return messageOfEntry.getOrDefault(printing, printing);
  }

  public int size() {
    return messageOfEntry.size();
  }
}
