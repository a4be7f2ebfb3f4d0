package org.readingroom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.index.opensearch.OpenSearchConfig;
import org.readingroom.index.opensearch.OpenSearchEngine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --engine embedded|opensearch} and where the cluster is, shared by the commands that read
 * or write an archive's index. Each option can come from the environment instead ({@code
 * READINGROOM_ENGINE}, {@code READINGROOM_OPENSEARCH_URL}, ...); the password only from the
 * environment or a file, never from the command line, where every user of the machine sees it.
 */
final class EngineOption {

  enum Engine { embedded, opensearch }

  static final String PASSWORD_VARIABLE = "READINGROOM_OPENSEARCH_PASSWORD";

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "${env:READINGROOM_ENGINE:-embedded}",
      scope = ScopeType.INHERIT,
      description = "embedded (a Lucene index in the archive folder, the default) or opensearch (a cluster:"
          + " --opensearch-url); also READINGROOM_ENGINE.")
  Engine engine;

  @Option(names = "--opensearch-url", paramLabel = "URL[,URL...]", defaultValue = "${env:READINGROOM_OPENSEARCH_URL}",
      scope = ScopeType.INHERIT,
      description = "The cluster's nodes (http:// or https://); also READINGROOM_OPENSEARCH_URL.")
  String urls;

  @Option(names = "--opensearch-index", paramLabel = "NAME", defaultValue = "${env:READINGROOM_OPENSEARCH_INDEX}",
      scope = ScopeType.INHERIT,
      description = "The archive's name in the cluster (an alias over its index); default: readingroom- and the"
          + " archive folder's name.")
  String index;

  @Option(names = "--opensearch-user", paramLabel = "USER", defaultValue = "${env:READINGROOM_OPENSEARCH_USER}",
      scope = ScopeType.INHERIT, description = "Basic-auth user; its password from " + PASSWORD_VARIABLE
          + " or --opensearch-password-file.")
  String user;

  @Option(names = "--opensearch-password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "A file whose first line is the basic-auth password.")
  Path passwordFile;

  @Option(names = "--opensearch-truststore", paramLabel = "FILE", defaultValue = "${env:READINGROOM_OPENSEARCH_TRUSTSTORE}",
      scope = ScopeType.INHERIT,
      description = "A PKCS#12 trust store for a cluster whose certificate Java does not trust (its password from"
          + " READINGROOM_OPENSEARCH_TRUSTSTORE_PASSWORD).")
  Path trustStore;

  @Option(names = "--opensearch-shards", paramLabel = "N", defaultValue = "1", scope = ScopeType.INHERIT,
      description = "Primary shards of a new index (default ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--opensearch-replicas", paramLabel = "N", defaultValue = "1", scope = ScopeType.INHERIT,
      description = "Copies of each shard on other nodes (default ${DEFAULT-VALUE}).")
  int replicas;

  boolean isOpenSearch() {
    return engine == Engine.opensearch;
  }

  /** The archive's index, for ingesting. */
  SearchEngine openForWriting(ArchiveLayout layout) throws IOException {
    return isOpenSearch() ? OpenSearchEngine.openForWriting(config(layout)) : LuceneEngine.openForWriting(layout.index());
  }

  /** A new index for the archive on the cluster (only with {@link #isOpenSearch()}), swapped in when rebuilt. */
  OpenSearchEngine openForRebuilding(ArchiveLayout layout) throws IOException {
    return OpenSearchEngine.openForRebuilding(config(layout));
  }

  /** The archive's index, for searching, each search within {@code budget}. */
  SearchEngine openForReading(ArchiveLayout layout, Duration budget) throws IOException {
    return isOpenSearch() ? OpenSearchEngine.openForReading(config(layout), budget)
        : LuceneEngine.openForReading(layout.index(), budget);
  }

  SearchEngine openForReading(ArchiveLayout layout) throws IOException {
    return isOpenSearch() ? OpenSearchEngine.openForReading(config(layout)) : LuceneEngine.openForReading(layout.index());
  }

  /**
   * For the opensearch engine, brings the archive folder's analysis and curation files up to what
   * the cluster shares (a machine that did not ingest the archive gets them here); nothing for the
   * embedded engine, whose folder holds them alone.
   */
  void pullShared(ArchiveLayout layout) throws IOException {
    if (isOpenSearch()) {
      try (SearchEngine cluster = openForReading(layout)) {
        cluster.sharedFiles().pull(layout);
      }
    }
  }

  /**
   * The cluster's settings.
   *
   * @throws IllegalArgumentException when they are incomplete or wrong
   */
  OpenSearchConfig config(ArchiveLayout layout) throws IOException {
    if (urls == null || urls.isBlank()) {
      throw new IllegalArgumentException("--engine opensearch needs --opensearch-url URL[,URL...]"
          + " (or READINGROOM_OPENSEARCH_URL)");
    }
    String password = System.getenv(PASSWORD_VARIABLE);
    if (passwordFile != null) {
      password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
    }
    String alias = index == null || index.isBlank() ? OpenSearchConfig.aliasFor(layout.root()) : index.strip();
    return new OpenSearchConfig(OpenSearchConfig.urls(urls), user, password, trustStore,
        System.getenv("READINGROOM_OPENSEARCH_TRUSTSTORE_PASSWORD"), alias, shards, replicas);
  }
}
