package org.readingroom.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
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
 * the old generation's parts: a reader meets the old file or the new one. A file pushed again as
 * the cluster holds it is uploaded anew only when the cluster lost some of its parts. A pull reads
 * the heads (real-time gets, no refresh needed) at most once a second, fetches the files whose
 * digest differs from the folder's copy, and writes each whole or not at all ({@link AtomicFile}); a
 * file whose parts were replaced meanwhile is fetched at the next look, from its new head, and a head
 * whose parts cannot be read whole is not read again for 30 s. Only the names of {@link
 * ArchiveLayout#sharedFiles()} are ever read or written: nothing the cluster holds names a path.
 *
 * <p>Neither direction holds more than a part in memory, so that a shared file of gigabytes (the
 * messages of a hundred million) costs a serve process no more heap than a small one. A push hashes
 * the file as a stream, then reads and uploads it a part at a time, digesting what it uploads, and
 * writes the head only if that is what it hashed: a file written meanwhile is read again, never
 * published as a head its parts belie. A pull writes each part to the folder as it arrives,
 * counting and digesting it, and keeps the folder's copy when a part is gone or the whole does not
 * match its head. The folder's copy is compared with a head by hashing it from the disk.
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
  /**
   * Heads whose parts could not be fetched whole (a part gone, or not what the head says), by name,
   * with when: the same head is not fetched again for {@link #BROKEN_HEAD_NANOS}, so that a lost part
   * does not have every request read the file's other parts again. A new push is a new head.
   */
  private final Map<String, BrokenHead> broken = new HashMap<>();
  private static final long BROKEN_HEAD_NANOS = TimeUnit.SECONDS.toNanos(30);

  private record BrokenHead(long generation, String sha256, long at) {}

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
      if (head == null || head.digest().sha256().equals(held.get(name))) {
        continue;
      }
      FileDigest have = FileDigest.of(file);
      if (have != null && head.digest().sha256().equals(have.sha256())) {
        held.put(name, head.digest().sha256());
        continue;
      }
      if (recentlyBroken(head)) {
        continue;
      }
      if (!fetch(head, file)) {
        LOG.info("{} changed while it was read from the cluster, or lost a part there: the folder's copy kept", name);
        lastLook -= LOOK_EVERY_NANOS; // a push under way is seen at once
        continue;
      }
      held.put(name, head.digest().sha256());
    }
  }

  @Override
  public synchronized void push(ArchiveLayout layout, List<Path> files) throws IOException {
    makeIndex();
    for (Path file : files) {
      if (!layout.sharedFiles().contains(file)) {
        throw new IllegalArgumentException(file + " is not a file the archive shares");
      }
      push(file.getFileName().toString(), file);
    }
  }

  /**
   * Shares {@code file} (nothing when there is none) as {@code name}: hashed as a stream, then
   * uploaded a part at a time and digested as it goes, its head written only if what was uploaded is
   * what was hashed; a file written meanwhile is read again.
   */
  private void push(String name, Path file) throws IOException {
    for (int attempt = 0; ; attempt++) {
      FileDigest local = FileDigest.of(file);
      if (local == null) {
        return;
      }
      Head before = heads(List.of(Path.of(name))).get(name);
      if (before != null && before.digest().equals(local)) {
        int missing = missingParts(before);
        if (missing == 0) {
          held.put(name, local.sha256());
          return;
        }
        // the same bytes, but the cluster lost parts of them: pushed again as a new generation
        LOG.warn("{}: {} of its {} parts were missing in the cluster; pushed again", name, missing, before.parts());
      }
      long generation = before == null ? 1 : before.generation() + 1;
      int parts = partsOf(local.bytes());
      if (!local.equals(upload(name, generation, file, local.bytes()))) {
        dropParts(name, generation, parts);
        if (attempt >= 5) {
          throw new IOException(file + " changed each time it was pushed to the cluster: the cluster keeps the copy"
              + " it had; push it again once nothing writes it");
        }
        continue;
      }
      ObjectNode head = Cluster.JSON.createObjectNode().put("kind", "head").put("name", name)
          .put("generation", generation).put("parts", parts).put("bytes", local.bytes())
          .put("sha256", local.sha256()).put("at", Instant.now().toString());
      Map<String, String> onlyIf = before == null ? Map.of("op_type", "create")
          : Map.of("if_seq_no", Long.toString(before.seqNo()), "if_primary_term", Long.toString(before.primaryTerm()));
      try {
        cluster.call("PUT", "/" + index + "/_doc/" + headId(name), onlyIf, head, false);
      } catch (ClusterException e) {
        // another process pushed this file meanwhile: its parts stay, ours go, and we push over it
        dropParts(name, generation, parts);
        if (e.status != 409 || attempt >= 5) {
          throw e;
        }
        continue;
      }
      if (before != null) {
        dropParts(name, before.generation(), before.parts());
      }
      held.put(name, local.sha256());
      return;
    }
  }

  /** How many of the parts {@code head} names the cluster does not hold (their ids alone are read). */
  private int missingParts(Head head) throws IOException {
    ObjectNode ids = Cluster.JSON.createObjectNode();
    for (int i = 0; i < head.parts(); i++) {
      ids.withArray("ids").add(partId(head.name(), head.generation(), i));
    }
    JsonNode answer = cluster.call("POST", "/" + index + "/_mget", Map.of("realtime", "true", "_source", "false"),
        ids, true);
    int found = 0;
    if (answer != null) {
      for (JsonNode doc : answer.path("docs")) {
        found += doc.path("found").asBoolean() ? 1 : 0;
      }
    }
    return head.parts() - found;
  }

  private static int partsOf(long bytes) {
    return (int) Math.max(1, (bytes + PART_BYTES - 1) / PART_BYTES);
  }

  /**
   * Uploads the first {@code bytes} of the file, as it reads now, as the parts of {@code
   * generation}, one part in memory at a time; the digest of what was uploaded (null when the file
   * is gone).
   */
  private FileDigest upload(String name, long generation, Path file, long bytes) throws IOException {
    FileDigest.Running uploaded = new FileDigest.Running();
    byte[] buffer = new byte[(int) Math.min(PART_BYTES, bytes)];
    try (InputStream in = Files.newInputStream(file)) {
      for (int i = 0; i < partsOf(bytes); i++) {
        int n = in.readNBytes(buffer, 0, buffer.length);
        uploaded.write(buffer, 0, n);
        ObjectNode part = Cluster.JSON.createObjectNode().put("kind", "part").put("name", name)
            .put("generation", generation).put("part", i);
        part.put("content", Base64.getEncoder().encodeToString(n == buffer.length ? buffer : Arrays.copyOf(buffer, n)));
        cluster.call("PUT", "/" + index + "/_doc/" + partId(name, generation, i), part);
      }
    } catch (NoSuchFileException e) {
      return null;
    }
    return uploaded.digest();
  }

  private void dropParts(String name, long generation, int parts) throws IOException {
    for (int i = 0; i < parts; i++) {
      cluster.call("DELETE", "/" + index + "/_doc/" + partId(name, generation, i), Map.of(), null, true);
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
      push(ORIGINAL + name, layout.originals().resolve(name));
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
      if (head != null && !fetch(head, layout.originals().resolve(name))) {
        LOG.info("{} changed while it was read from the cluster", name);
        return false;
      }
    }
    return true;
  }

  private record Head(String name, long generation, int parts, FileDigest digest, long seqNo, long primaryTerm) {}

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
            s.path("parts").asInt(), new FileDigest(s.path("bytes").asLong(), s.path("sha256").asText()),
            doc.path("_seq_no").asLong(), doc.path("_primary_term").asLong()));
      }
    }
    return out;
  }

  /**
   * Writes the file its head describes as {@code target}, each part as it arrives, whole or not at
   * all: false, and the folder's copy kept, when a part is gone or the parts are not what the head
   * says (the file was pushed again while it was read, or the cluster lost a part), and then for
   * the same head during the next 30 s.
   */
  private boolean fetch(Head head, Path target) throws IOException {
    if (recentlyBroken(head)) {
      return false;
    }
    try {
      AtomicFile.write(target, out -> writeParts(head, out));
      return true;
    } catch (ChangedWhileRead e) {
      synchronized (broken) {
        broken.put(head.name(), new BrokenHead(head.generation(), head.digest().sha256(), System.nanoTime()));
      }
      return false;
    }
  }

  private void writeParts(Head head, OutputStream out) throws IOException {
    FileDigest.Running written = new FileDigest.Running();
    for (int i = 0; i < head.parts(); i++) {
      JsonNode part = cluster.call("GET", "/" + index + "/_doc/" + partId(head.name(), head.generation(), i),
          Map.of(), null, true);
      if (part == null || !part.path("found").asBoolean()) {
        throw new ChangedWhileRead();
      }
      byte[] bytes = Base64.getDecoder().decode(part.path("_source").path("content").asText());
      written.write(bytes, 0, bytes.length);
      if (written.bytes() > head.digest().bytes()) {
        throw new ChangedWhileRead();
      }
      out.write(bytes);
    }
    if (!written.digest().equals(head.digest())) {
      throw new ChangedWhileRead();
    }
  }

  /** Whether this head's parts could not be read whole during the last 30 s. */
  private boolean recentlyBroken(Head head) {
    synchronized (broken) {
      BrokenHead b = broken.get(head.name());
      return b != null && b.generation() == head.generation() && b.sha256().equals(head.digest().sha256())
          && System.nanoTime() - b.at() < BROKEN_HEAD_NANOS;
    }
  }

  /** Thrown from inside {@link AtomicFile#write(Path, AtomicFile.Contents)} so that the old file stays. */
  private static final class ChangedWhileRead extends IOException {
    private static final long serialVersionUID = 1L;

    ChangedWhileRead() {
      super("a shared file changed while it was read from the cluster");
    }
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
