package org.readingroom.index.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the cluster is and how to reach it.
 *
 * @param urls every node given ({@code http://host:9200} or {@code https://...}); requests go to
 *     each in turn, passing over one that does not answer
 * @param user basic-auth user, or null
 * @param password basic-auth password, or null; never printed ({@link #toString()})
 * @param trustStore a PKCS#12 trust store for a cluster whose certificate the JVM does not trust,
 *     or null
 * @param trustStorePassword its password, or null
 * @param alias the archive's name in the cluster: an alias over its current index
 * @param shards primary shards of a new index
 * @param replicas copies of each shard on other nodes
 */
public record OpenSearchConfig(List<URI> urls, String user, String password, Path trustStore,
    String trustStorePassword, String alias, int shards, int replicas) {

  public OpenSearchConfig {
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("give the cluster's address: --opensearch-url http://host:9200[,...]");
    }
    urls = List.copyOf(urls);
    for (URI u : urls) {
      if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
        throw new IllegalArgumentException("not an OpenSearch address: '" + u + "' (use http://host:9200)");
      }
    }
    if (alias == null || !alias.matches("[a-z0-9][a-z0-9_-]{0,100}")) {
      throw new IllegalArgumentException("--opensearch-index: an index name is lower-case letters, digits, - and _: '" + alias + "'");
    }
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException("--opensearch-shards must be 1 or more and --opensearch-replicas 0 or more");
    }
  }

  /**
   * The addresses as typed: {@code URL[,URL...]}.
   *
   * @throws IllegalArgumentException when one is not an address
   */
  public static List<URI> urls(String typed) {
    List<URI> out = new ArrayList<>();
    for (String part : typed.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      try {
        out.add(URI.create(p.contains("://") ? p : "http://" + p));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not an OpenSearch address: '" + p + "'");
      }
    }
    return out;
  }

  /** The index name an archive folder gets when none is given: its folder's name, as an index may be named. */
  public static String aliasFor(Path archive) {
    Path name = archive.toAbsolutePath().normalize().getFileName();
    String base = name == null ? "archive" : name.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    base = base.replaceAll("^[^a-z0-9]+", "");
    return "readingroom-" + (base.isEmpty() ? "archive" : base.length() > 80 ? base.substring(0, 80) : base);
  }

  /** The same cluster, with another alias. */
  public OpenSearchConfig withAlias(String newAlias) {
    return new OpenSearchConfig(urls, user, password, trustStore, trustStorePassword, newAlias, shards, replicas);
  }

  @Override
  public String toString() {
    return "OpenSearchConfig[urls=" + urls + ", user=" + user + ", password=" + (password == null ? "none" : "***")
        + ", trustStore=" + trustStore + ", alias=" + alias + ", shards=" + shards + ", replicas=" + replicas + "]";
  }
}
