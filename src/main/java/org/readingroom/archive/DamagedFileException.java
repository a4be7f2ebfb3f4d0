package org.readingroom.archive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file of the archive that is there but cannot be read as what it should hold: cut short by a
 * full disk or a crash of another program, or changed by hand. Its message names the file and
 * what to do.
 */
public final class DamagedFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public DamagedFileException(Path file, String what, Throwable cause) {
    super(file + " is damaged (" + what + "); 'readingroom check' says what to do", cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
