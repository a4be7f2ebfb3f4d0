package org.readingroom.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.AtomicFile;
import org.readingroom.archive.Originals;
import org.readingroom.archive.SharedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An archive's analysis and curation files kept in the cluster, in a small index of their own beside
 * the archive's ({@code ALIAS.files}, replicated as the archive is), so that every serve process on
 * every machine reads the same persons, threads and curators' changes.
 *
 * <p>A file is a head ({@code head:NAME}: its generation, parts, length and SHA-256) and its bytes
 * in parts of 3 MB ({@code part:NAME:GENERATION:I}, Base64), so that no request nears the cluster's
 * limit on a body whatever the archive's size. A push writes the new generation's parts, then
 * replaces the head only if it is still the one read (the cluster's sequence numbers), then drops
 * the old generation's parts: a reader meets the old file or the new one. A pull reads the heads
 * (real-time gets, no refresh needed) at most once a second, fetches the files whose digest differs
 * from the folder's copy, checks length and digest, and writes each whole ({@link AtomicFile}); a
 * file whose parts were replaced meanwhile is fetched at the next look. Only the names of {@link
 * ArchiveLayout#sharedFiles()} are ever read or written: nothing the cluster holds names a path.
 *
 * <p>Curators' changes are serialised by a lock document created only if absent, with a lease of
 * 30 s so that a process killed while holding it does not stop curation for good.
 */
final class ClusterFiles implements SharedFiles {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterFiles.class);

  static final int PART_BYTES = 3 << 20;
  private static final long LOOK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long LEASE_MILLIS = 30_000;
  private static final long LOCK_WAIT_MILLIS = 20_000;
  private static final String LOCK = "lock:curation";
  private static final String ORIGINAL = "original:";
  private static final long MISSED_ORIGINAL_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final Cluster cluster;
  private final String index;
  private final int replicas;
  /** The digest of each file as the folder's copy was last pulled or pushed: what need not be fetched again. */
  private final Map<String, String> held = new HashMap<>();
  /** Originals asked for that the cluster did not hold, and when: asked again after a while. */
  private final Map<String, Long> missedOriginals = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > 10_000;
    }
  };
  private long lastLook = System.nanoTime() - 2 * LOOK_EVERY_NANOS;
  private boolean indexMade;

  ClusterFiles(Cluster cluster, String alias, int replicas) {
    this.cluster = cluster;
    this.index = alias + ".files";
    this.replicas = replicas;
  }

  /** The index that holds them, for messages and tests. */
  String index() {
    return index;
  }

  @Override
  public synchronized void pull(ArchiveLayout layout) throws IOException {
    if (System.nanoTime() - lastLook >= LOOK_EVERY_NANOS) {
      pullNow(layout);
    }
  }

  private void pullNow(ArchiveLayout layout) throws IOException {
    lastLook = System.nanoTime();
    Map<String, Head> heads = heads(layout.sharedFiles());
    for (Path file : layout.sharedFiles()) {
      String name = file.getFileName().toString();
      Head head = heads.get(name);
      if (head == null || head.sha256().equals(held.get(name))) {
        continue;
      }
      byte[] have = AtomicFile.readIfPresent(file);
      if (have != null && head.sha256().equals(sha256(have))) {
        held.put(name, head.sha256());
        continue;
      }
      byte[] bytes = fetch(head);
      if (bytes == null) {
        LOG.info("{} changed while it was read from the cluster: read again at the next look", name);
        lastLook -= LOOK_EVERY_NANOS;
        continue;
      }
      AtomicFile.write(file, bytes);
      held.put(name, head.sha256());
    }
  }

  @Override
  public synchronized void push(ArchiveLayout layout, List<Path> files) throws IOException {
    makeIndex();
    for (Path file : files) {
      if (!layout.sharedFiles().contains(file)) {
        throw new IllegalArgumentException(file + " is not a file the archive shares");
      }
      byte[] bytes = AtomicFile.readIfPresent(file);
      if (bytes != null) {
        push(file.getFileName().toString(), bytes);
      }
    }
  }

  private void push(String name, byte[] bytes) throws IOException {
    String sha = sha256(bytes);
    for (int attempt = 0; ; attempt++) {
      Head before = heads(List.of(Path.of(name))).get(name);
      if (before != null && before.sha256().equals(sha)) {
        held.put(name, sha);
        return;
      }
      long generation = before == null ? 1 : before.generation() + 1;
      int parts = Math.max(1, (bytes.length + PART_BYTES - 1) / PART_BYTES);
      for (int i = 0; i < parts; i++) {
        ObjectNode part = Cluster.JSON.createObjectNode().put("kind", "part").put("name", name)
            .put("generation", generation).put("part", i);
        part.put("content", Base64.getEncoder().encodeToString(
            Arrays.copyOfRange(bytes, i * PART_BYTES, Math.min(bytes.length, (i + 1) * PART_BYTES))));
        cluster.call("PUT", "/" + index + "/_doc/" + partId(name, generation, i), part);
      }
      ObjectNode head = Cluster.JSON.createObjectNode().put("kind", "head").put("name", name)
          .put("generation", generation).put("parts", parts).put("bytes", bytes.length).put("sha256", sha)
          .put("at", Instant.now().toString());
      Map<String, String> onlyIf = before == null ? Map.of("op_type", "create")
          : Map.of("if_seq_no", Long.toString(before.seqNo()), "if_primary_term", Long.toString(before.primaryTerm()));
      try {
        cluster.call("PUT", "/" + index + "/_doc/" + headId(name), onlyIf, head, false);
      } catch (ClusterException e) {
        // another process pushed this file meanwhile: its parts stay, ours go, and we push over it
        for (int i = 0; i < parts; i++) {
          cluster.call("DELETE", "/" + index + "/_doc/" + partId(name, generation, i), Map.of(), null, true);
        }
        if (e.status != 409 || attempt >= 5) {
          throw e;
        }
        continue;
      }
      if (before != null) {
        for (int i = 0; i < before.parts(); i++) {
          cluster.call("DELETE", "/" + index + "/_doc/" + partId(name, before.generation(), i), Map.of(), null, true);
        }
      }
      held.put(name, sha);
      return;
    }
  }

  @Override
  public <T> T exclusively(ArchiveLayout layout, Change<T> change) throws IOException {
    makeIndex();
    String holder = lock();
    try {
      synchronized (this) {
        pullNow(layout);
      }
      T out = change.run();
      push(layout, layout.curationFiles());
      return out;
    } finally {
      unlock(holder);
    }
  }

  /** Takes the curation lock, waiting for another holder at most 20 s; returns this holder's id. */
  private String lock() throws IOException {
    String holder = UUID.randomUUID().toString();
    long giveUp = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
    while (true) {
      ObjectNode lock = Cluster.JSON.createObjectNode().put("kind", "lock").put("holder", holder)
          .put("until", System.currentTimeMillis() + LEASE_MILLIS);
      try {
        cluster.call("PUT", "/" + index + "/_create/" + LOCK, Map.of(), lock, false);
        return holder;
      } catch (ClusterException e) {
        if (e.status != 409) {
          throw e;
        }
      }
      JsonNode other = cluster.call("GET", "/" + index + "/_doc/" + LOCK, Map.of(), null, true);
      if (other != null && other.path("found").asBoolean()
          && other.path("_source").path("until").asLong() < System.currentTimeMillis()) {
        LOG.warn("a curator's lock on {} outlived its lease (its process stopped?): taken over", index);
        release(other);
        continue;
      }
      if (System.currentTimeMillis() > giveUp) {
        throw new IOException("another curator's change to the people of this archive is under way: try again");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for another curator's change");
      }
    }
  }

  private void unlock(String holder) throws IOException {
    JsonNode mine = cluster.call("GET", "/" + index + "/_doc/" + LOCK, Map.of(), null, true);
    if (mine != null && holder.equals(mine.path("_source").path("holder").asText())) {
      release(mine);
    }
  }

  /** Deletes the lock as {@code lock} read it, unless it changed since (a 409 then, passed over). */
  private void release(JsonNode lock) throws IOException {
    try {
      cluster.call("DELETE", "/" + index + "/_doc/" + LOCK, Map.of("if_seq_no", lock.path("_seq_no").asText(),
          "if_primary_term", lock.path("_primary_term").asText()), null, true);
    } catch (ClusterException e) {
      if (e.status != 409) {
        throw e;
      }
    }
  }

  /**
   * An original is shared as files named {@code original:KEY.EXT}, its description ({@code .json})
   * and its file, pushed after the ingest wrote them; the names are those {@link Originals#fileNames}
   * allows, so that nothing read from the cluster names a path.
   */
  @Override
  public synchronized void pushOriginal(ArchiveLayout layout, String key) throws IOException {
    makeIndex();
    for (String name : Originals.fileNames(key)) {
      byte[] bytes = AtomicFile.readIfPresent(layout.originals().resolve(name));
      if (bytes != null) {
        push(ORIGINAL + name, bytes);
      }
    }
  }

  /**
   * Not under this object's lock: a large original fetched for one reader does not hold up the
   * analysis files' look at every other request.
   */
  @Override
  public boolean pullOriginal(ArchiveLayout layout, String key) throws IOException {
    if (!Originals.isKey(key)) {
      return false;
    }
    synchronized (missedOriginals) {
      Long missed = missedOriginals.get(key);
      if (missed != null && System.nanoTime() - missed < MISSED_ORIGINAL_NANOS) {
        return false;
      }
    }
    List<Path> names = new ArrayList<>();
    Originals.fileNames(key).forEach(n -> names.add(Path.of(ORIGINAL + n)));
    Map<String, Head> heads = heads(names);
    if (!heads.containsKey(ORIGINAL + key + ".json")) {
      synchronized (missedOriginals) {
        missedOriginals.put(key, System.nanoTime());
      }
      return false;
    }
    Files.createDirectories(layout.originals());
    // the file first, its description last: a reader that finds the description finds the file
    for (String name : Originals.fileNames(key)) {
      Head head = heads.get(ORIGINAL + name);
      if (head != null) {
        byte[] bytes = fetch(head);
        if (bytes == null) {
          LOG.info("{} changed while it was read from the cluster", name);
          return false;
        }
        AtomicFile.write(layout.originals().resolve(name), bytes);
      }
    }
    return true;
  }

  private record Head(String name, long generation, int parts, long bytes, String sha256, long seqNo,
      long primaryTerm) {}

  /** The heads of these files that the cluster holds, by name (none when it holds no files index yet). */
  private Map<String, Head> heads(List<Path> files) throws IOException {
    ObjectNode ids = Cluster.JSON.createObjectNode();
    files.forEach(f -> ids.withArray("ids").add(headId(f.getFileName().toString())));
    JsonNode answer = cluster.call("POST", "/" + index + "/_mget", Map.of("realtime", "true"), ids, true);
    Map<String, Head> out = new HashMap<>();
    if (answer == null) {
      return out;
    }
    for (JsonNode doc : answer.path("docs")) {
      JsonNode s = doc.path("_source");
      if (doc.path("found").asBoolean() && s.path("sha256").isTextual()) {
        out.put(s.path("name").asText(), new Head(s.path("name").asText(), s.path("generation").asLong(),
            s.path("parts").asInt(), s.path("bytes").asLong(), s.path("sha256").asText(), doc.path("_seq_no").asLong(),
            doc.path("_primary_term").asLong()));
      }
    }
    return out;
  }

  /** The file's bytes as its head describes them; null when a part is gone or they do not match it. */
  private byte[] fetch(Head head) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(head.bytes(), Integer.MAX_VALUE - 8));
    for (int i = 0; i < head.parts(); i++) {
      JsonNode part = cluster.call("GET", "/" + index + "/_doc/" + partId(head.name(), head.generation(), i),
          Map.of(), null, true);
      if (part == null || !part.path("found").asBoolean()) {
        return null;
      }
      out.write(Base64.getDecoder().decode(part.path("_source").path("content").asText()));
    }
    byte[] bytes = out.toByteArray();
    return bytes.length == head.bytes() && sha256(bytes).equals(head.sha256()) ? bytes : null;
  }

  private void makeIndex() throws IOException {
    if (indexMade) {
      return;
    }
    if (cluster.call("HEAD", "/" + index, Map.of(), null, true) == null) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      body.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", replicas);
      ObjectNode mappings = body.putObject("mappings").put("dynamic", false);
      ObjectNode properties = mappings.putObject("properties");
      properties.putObject("kind").put("type", "keyword");
      properties.putObject("name").put("type", "keyword");
      properties.putObject("generation").put("type", "long");
      try {
        cluster.call("PUT", "/" + index, body);
      } catch (ClusterException e) {
        if (!e.getMessage().contains("already_exists") && !e.getMessage().contains("already exists")) {
          throw e;
        }
      }
      cluster.call("GET", "/_cluster/health/" + index, Map.of("wait_for_status", "yellow", "timeout", "60s"), null,
          false);
    }
    indexMade = true;
  }

  private static String headId(String name) {
    return "head:" + name;
  }

  private static String partId(String name, long generation, int part) {
    return "part:" + name + ":" + generation + ":" + part;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Files pushed by a rebuild, shared when its index is swapped in, not before. */
  static final class Deferred implements SharedFiles {
    private final ClusterFiles files;
    private final List<Path> pending = new ArrayList<>();
    private ArchiveLayout layout;

    Deferred(ClusterFiles files) {
      this.files = files;
    }

    @Override
    public void pull(ArchiveLayout layout) throws IOException {
      files.pull(layout);
    }

    @Override
    public synchronized void push(ArchiveLayout layout, List<Path> files) {
      this.layout = layout;
      pending.addAll(files);
    }

    @Override
    public <T> T exclusively(ArchiveLayout layout, Change<T> change) throws IOException {
      return files.exclusively(layout, change);
    }

    @Override
    public void pushOriginal(ArchiveLayout layout, String key) throws IOException {
      files.pushOriginal(layout, key);
    }

    @Override
    public boolean pullOriginal(ArchiveLayout layout, String key) throws IOException {
      return files.pullOriginal(layout, key);
    }

    synchronized void release() throws IOException {
      if (layout != null) {
        files.push(layout, List.copyOf(pending));
      }
    }
  }
}
