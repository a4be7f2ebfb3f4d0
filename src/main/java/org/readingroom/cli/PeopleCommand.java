package org.readingroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.Curator;
import org.readingroom.analysis.PeopleCuration;
import org.readingroom.analysis.PersonActivity;
import org.readingroom.archive.CurationLog;
import org.readingroom.archive.OverridesFile;
import org.readingroom.people.Alias;
import org.readingroom.people.Person;
import org.readingroom.people.UnknownPersonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import java.time.Clock;
import org.readingroom.archive.SharedFiles;
import org.readingroom.index.SearchEngine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code readingroom people}: the persons of an archive, and curators' changes to them. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the persons of an archive, most messages first, each with the names and addresses printed",
      "for them. Persons are found at each ingest; merge, split and rename change them, and the changes",
      "are kept in DIR/people-overrides.json, applied over every later ingest, and recorded in",
      "DIR/curation-log.jsonl; 'people log' lists those in effect and 'people undo [N]' takes one out.",
      "Exit code: 0 on success, 1 for an unknown person or a missing archive, 2 for a change that makes no sense."
    },
    subcommands = {
      PeopleCommand.Show.class,
      PeopleCommand.Merge.class,
      PeopleCommand.Split.class,
      PeopleCommand.Rename.class,
      PeopleCommand.Undo.class,
      PeopleCommand.Log.class
    })
final class PeopleCommand implements Callable<Integer> {

  enum Format {
    table,
    json
  }

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Persons to list (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--aliases", paramLabel = "K", defaultValue = "8",
      description = "Aliases to show for each person (default ${DEFAULT-VALUE}; all with --format json).")
  int aliases;

  @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
  Format format;

  @Override
  public Integer call() throws IOException {
    return list();
  }

  /**
   * For {@code --engine opensearch}, the archive on the cluster (whose analysis and curation files
   * a change pulls and pushes); null for the embedded engine, whose folder holds them alone.
   */
  SearchEngine cluster() throws IOException {
    return engines.isOpenSearch() ? engines.openForReading(archive.layout()) : null;
  }

  private Integer list() throws IOException {
    if (top < 0 || aliases < 0) {
      root.err.println("readingroom: " + (top < 0 ? "--top" : "--aliases") + " must be 0 or more");
      return 2;
    }
    ArchiveAnalysis analysis = load(archive, engines, root);
    if (analysis == null) {
      return 1;
    }
    List<Person> persons = analysis.mostActive().subList(0, Math.min(top, analysis.mostActive().size()));
    if (format == Format.json) {
      List<Map<String, Object>> out = new ArrayList<>();
      persons.forEach(p -> out.add(json(p, analysis)));
      print(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n");
      return 0;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d persons (%d names and addresses)%n", analysis.people().all().size(),
        analysis.people().all().stream().mapToLong(p -> p.aliases().size()).sum()));
    int rank = 0;
    for (Person p : persons) {
      sb.append(line(++rank, p, analysis.activity(p)));
      sb.append("    ").append(aliasList(p, aliases)).append('\n');
    }
    print(sb.toString());
    return 0;
  }

  static String line(int rank, Person p, PersonActivity a) {
    return String.format(Locale.ROOT, "%3d  %-15s %6d messages (%d sent, %d received, %d threads)  %s%n", rank, p.id(),
        a.messages(), a.sent(), a.received(), a.threads(), p.name());
  }

  static String aliasList(Person p, int max) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.aliases().size()).append(p.aliases().size() == 1 ? " alias: " : " aliases: ");
    for (int i = 0; i < Math.min(max, p.aliases().size()); i++) {
      Alias a = p.aliases().get(i);
      sb.append(i == 0 ? "" : "; ").append(a.text()).append(" (").append(a.count()).append(')');
    }
    if (p.aliases().size() > max) {
      sb.append("; ...");
    }
    return sb.toString();
  }

  static Map<String, Object> json(Person p, ArchiveAnalysis analysis) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.id());
    out.put("name", p.name());
    out.put("activity", analysis.activity(p));
    out.put("aliases", p.aliases());
    out.put("formerIds", p.formerIds());
    return out;
  }

  /** Prints, names and addresses as printed in documents made safe for a terminal (JSON is escaped). */
  private void print(String s) throws IOException {
    root.out.write((format == Format.json ? s : Terminal.safe(s)).getBytes(StandardCharsets.UTF_8));
    root.out.flush();
  }

  /** The archive's analysis, or null (having said why) when the archive has none. */
  static ArchiveAnalysis load(ArchiveOption archive, EngineOption engines, ReadingroomCli root) throws IOException {
    engines.pullShared(archive.layout());
    if (!java.nio.file.Files.exists(archive.layout().people())) {
      root.err.println("readingroom: " + archive.layout().root() + " has no analysis; run ingest first");
      return null;
    }
    return ArchiveAnalysis.load(archive.layout());
  }

  /** Runs a curator's change: prints the person it made, or why it could not. */
  private abstract static class Change implements Callable<Integer> {
    @ParentCommand PeopleCommand people;

    abstract PeopleCuration.Outcome change(PeopleCuration curation, Curator who) throws IOException;

    @Override
    public Integer call() throws IOException {
      try (SearchEngine cluster = people.cluster()) {
        return call(cluster == null ? SharedFiles.FOLDER : cluster.sharedFiles());
      }
    }

    private Integer call(SharedFiles shared) throws IOException {
      ReadingroomCli root = people.root;
      if (load(people.archive, people.engines, root) == null) {
        return 1;
      }
      try {
        PeopleCuration.Outcome o = change(new PeopleCuration(people.archive.layout(), shared, Clock.systemDefaultZone()),
            atTheCommandLine());
        Person p = o.person();
        root.err.println("readingroom: change " + o.change() + " recorded in " + people.archive.layout().curationLog());
        if (p != null) {
          ArchiveAnalysis analysis = ArchiveAnalysis.load(people.archive.layout());
          people.print(line(1, p, analysis.activity(p)).substring(5) + "    " + aliasList(p, Integer.MAX_VALUE) + "\n");
        }
        return 0;
      } catch (UnknownPersonException e) {
        root.err.println(Terminal.safe("readingroom: " + e.getMessage()));
        return 1;
      } catch (IllegalArgumentException e) {
        root.err.println(Terminal.safe("readingroom: " + e.getMessage()));
        return 2;
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Shows a person (by id, alias or name) with every alias and its count.")
  static final class Show implements Callable<Integer> {
    @ParentCommand PeopleCommand people;

    @Parameters(paramLabel = "ID", description = "A person's id, or a name or address printed for them.")
    String id;

    @Override
    public Integer call() throws IOException {
      ArchiveAnalysis analysis = load(people.archive, people.engines, people.root);
      if (analysis == null) {
        return 1;
      }
      Person p = analysis.people().resolve(id).orElse(null);
      if (p == null) {
        people.root.err.println("readingroom: " + new UnknownPersonException(id).getMessage());
        return 1;
      }
      people.print(line(1, p, analysis.activity(p)).substring(5) + "    " + aliasList(p, Integer.MAX_VALUE) + "\n");
      return 0;
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Makes one person of the persons named (ids, or names or addresses printed for them).")
  static final class Merge extends Change {
    @Parameters(arity = "2..*", paramLabel = "ID")
    List<String> ids;

    @Override
    PeopleCuration.Outcome change(PeopleCuration curation, Curator who) throws IOException {
      return curation.merge(ids, who);
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Takes the aliases named out of person ID and makes them a person of their own.")
  static final class Split extends Change {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALIAS")
    List<String> aliases;

    @Override
    PeopleCuration.Outcome change(PeopleCuration curation, Curator who) throws IOException {
      return curation.split(id, aliases, who);
    }
  }

  @Command(name = "rename", mixinStandardHelpOptions = true, description = "Gives person ID the name NAME.")
  static final class Rename extends Change {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Override
    PeopleCuration.Outcome change(PeopleCuration curation, Curator who) throws IOException {
      return curation.rename(id, name, who);
    }
  }

  @Command(name = "undo", mixinStandardHelpOptions = true,
      description = {"Takes change N (as 'people log' numbers it; the latest in effect without N) out of the",
        "curators' changes: the persons are then what the analysis and the other changes make them."})
  static final class Undo extends Change {
    @Parameters(index = "0", arity = "0..1", paramLabel = "N")
    Integer number;

    @Override
    PeopleCuration.Outcome change(PeopleCuration curation, Curator who) throws IOException {
      return curation.undo(number, who);
    }
  }

  @Command(name = "log", mixinStandardHelpOptions = true,
      description = "Lists the curators' changes in effect, newest first: number, when, who, what.")
  static final class Log implements Callable<Integer> {
    @ParentCommand PeopleCommand people;

    @Override
    public Integer call() throws IOException {
      people.engines.pullShared(people.archive.layout());
      StringBuilder sb = new StringBuilder();
      for (CurationLog.Entry e : new PeopleCuration(people.archive.layout()).inEffect()) {
        OverridesFile.Entry o = e.override();
        sb.append(String.format(Locale.ROOT, "%4d  %s  %-12s %-7s %s%n", e.change(), e.at(), e.by(), e.op(),
            o.aliases() != null ? String.join(" + ", o.aliases()) : o.alias() + " -> " + o.name()));
      }
      people.print(sb.length() == 0 ? "no change in effect\n" : sb.toString());
      return 0;
    }
  }

  /** Who changes the persons from the command line: the user, on this machine. */
  static Curator atTheCommandLine() {
    return new Curator("cli:" + System.getProperty("user.name", "unknown"), "local");
  }
}
