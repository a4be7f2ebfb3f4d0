package org.readingroom.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ReadingroomCli.class.getPackage().getImplementationVersion();
    return new String[] {"readingroom " + (v == null ? "dev" : v)};
  }
}
