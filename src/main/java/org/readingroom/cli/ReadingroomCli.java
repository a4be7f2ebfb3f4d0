package org.readingroom.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code readingroom} command. Subcommands print results to {@link #out} and diagnostics to
 * {@link #err}, both injected so tests can capture them; they return exit codes: 0 ok, 1 failure
 * (some input could not be read), 2 usage.
 */
@Command(
    name = "readingroom",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "A reading room for released government records (FOIA releases).")
public final class ReadingroomCli implements Runnable {

  /** The subcommands, in the order the usage lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      DemoCommand.class,
      ParseCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      PeopleCommand.class,
      AnalyseCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      WithheldCommand.class,
      ReportCommand.class,
      DeclassificationCommand.class,
      CommandLine.HelpCommand.class);

  final OutputStream out;
  final PrintWriter err;
  /** Standard output is a terminal: colours and a progress bar are welcome. */
  private final boolean terminal;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  ReadingroomCli(OutputStream out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  boolean terminal() {
    return terminal;
  }

  @Override
  public void run() {
    spec.commandLine().usage(err);
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(OutputStream out, OutputStream err, String... args) {
    return run(out, err, false, args);
  }

  static int run(OutputStream out, OutputStream err, boolean terminal, String... args) {
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    ReadingroomCli root = new ReadingroomCli(out, errWriter, terminal);
    CommandLine cli = new CommandLine(root);
    addSubcommands(cli, args.length > 0 ? args[0] : null);
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(errWriter);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof org.readingroom.index.QuerySyntaxException) {
        errWriter.println(Terminal.safe("readingroom: " + e.getMessage()));
        return 2;
      }
      if (e instanceof org.readingroom.index.opensearch.ClusterException) {
        errWriter.println(Terminal.safe("readingroom: " + e.getMessage()));
        return 1;
      }
      if (e instanceof IllegalArgumentException && e.getMessage() != null
          && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("opensearch")) {
        // the cluster's settings, as given
        errWriter.println(Terminal.safe("readingroom: " + e.getMessage()));
        return 2;
      }
      if (e instanceof java.nio.file.NoSuchFileException n) {
        errWriter.println(Terminal.safe("readingroom: " + n.getFile() + ": " + (n.getReason() == null ? "no such file" : n.getReason())));
        return 1;
      }
      if (e instanceof org.apache.lucene.store.LockObtainFailedException) {
        errWriter.println("readingroom: the archive is in use by another ingest; wait for it to finish");
        return 1;
      }
      if (e instanceof java.nio.file.FileSystemException f) {
        // a folder that cannot be written, a file where a folder should be: said as a reader would
        String why = f instanceof java.nio.file.AccessDeniedException ? "permission denied"
            : f instanceof java.nio.file.FileAlreadyExistsException ? "already exists, and is not a folder"
            : f.getReason() != null ? f.getReason().toLowerCase(java.util.Locale.ROOT) : "cannot be used";
        errWriter.println(Terminal.safe("readingroom: " + f.getFile() + ": " + why));
        return 1;
      }
      errWriter.println(Terminal.safe("readingroom: " + e));
      return 1;
    });
    int code = cli.execute(args);
    errWriter.flush();
    return code;
  }

  /**
   * Registers the subcommand that {@code first} names, or every subcommand when it names none (help,
   * an option, a typo: the usage lists them all). picocli reflects over every option of every
   * subcommand it is given, a cost every start paid for commands it did not run.
   */
  private static void addSubcommands(CommandLine cli, String first) {
    for (Class<?> c : SUBCOMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(first) && c != CommandLine.HelpCommand.class) {
        cli.addSubcommand(c);
        return;
      }
    }
    SUBCOMMANDS.forEach(cli::addSubcommand);
  }

  public static void main(String[] args) {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int code = run(out, new FileOutputStream(FileDescriptor.err), System.console() != null, args);
    try {
      out.flush();
    } catch (java.io.IOException e) {
      code = 1; // stdout closed (a pipe to head): nothing more to say
    }
    System.exit(code);
  }
}
