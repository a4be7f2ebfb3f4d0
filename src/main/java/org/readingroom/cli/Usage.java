package org.readingroom.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values: a value out of range is a usage error (exit 2), said in one line. */
final class Usage {
  private Usage() {}

  static int atLeast(CommandSpec command, String option, int value, int least) {
    if (value < least) {
      throw new ParameterException(command.commandLine(), option + " must be " + least + " or more, not " + value);
    }
    return value;
  }

  static long atLeast(CommandSpec command, String option, long value, long least) {
    if (value < least) {
      throw new ParameterException(command.commandLine(), option + " must be " + least + " or more, not " + value);
    }
    return value;
  }

  static int port(CommandSpec command, int port) {
    if (port < 0 || port > 65535) {
      throw new ParameterException(command.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    return port;
  }
}
