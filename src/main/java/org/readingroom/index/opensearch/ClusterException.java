package org.readingroom.index.opensearch;

import java.io.IOException;

/**
 * A failure of the cluster or of a call to it, in one line for the reader (a wrong address, a red
 * cluster, refused credentials, an archive the cluster does not hold), which never holds the
 * credentials.
 */
public final class ClusterException extends IOException {
  private static final long serialVersionUID = 1L;
  /** The HTTP status of the failed call; 0 when the cluster did not answer. */
  final int status;

  ClusterException(int status, String message) {
    super(message);
    this.status = status;
  }
}
