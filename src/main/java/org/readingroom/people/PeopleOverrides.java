package org.readingroom.people;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.archive.OverridesFile;

/**
 * What curators changed in the persons the analysis found: merges, splits and renames, in the order
 * they were made. Each names aliases, never ids, so it means the same after a new ingest clusters
 * the archive again: it is applied over every recomputation and kept in the archive ({@code
 * people-overrides.json}) until a curator removes it.
 */
public record PeopleOverrides(List<Change> changes) {

  public PeopleOverrides {
    changes = List.copyOf(changes);
  }

  /** One curator's change. */
  public sealed interface Change permits Merge, Split, Rename {}

  /** The persons holding these aliases are one person. */
  public record Merge(List<String> aliases) implements Change {
    public Merge {
      if (aliases.size() < 2) {
        throw new IllegalArgumentException("a merge names two persons or more");
      }
      aliases = List.copyOf(aliases);
    }
  }

  /** These aliases leave their persons and are a person of their own. */
  public record Split(List<String> aliases) implements Change {
    public Split {
      if (aliases.isEmpty()) {
        throw new IllegalArgumentException("a split names one alias or more");
      }
      aliases = List.copyOf(aliases);
    }
  }

  /** The person holding this alias goes by this name. */
  public record Rename(String alias, String name) implements Change {
    public Rename {
      if (alias == null || name == null || name.isBlank()) {
        throw new IllegalArgumentException("a rename names an alias and a new name");
      }
      name = name.strip();
    }
  }

  public static PeopleOverrides none() {
    return new PeopleOverrides(List.of());
  }

  public PeopleOverrides with(Change change) {
    List<Change> more = new ArrayList<>(changes);
    more.add(change);
    return new PeopleOverrides(more);
  }

  /** The overrides kept in {@code file} ({@link OverridesFile}); none when there is no such file. */
  public static PeopleOverrides read(Path file) throws IOException {
    List<Change> changes = new ArrayList<>();
    for (OverridesFile.Entry e : OverridesFile.read(file)) {
      String op = e.op() == null ? "" : e.op();
      switch (op) {
        case "merge" -> changes.add(new Merge(orNone(e.aliases())));
        case "split" -> changes.add(new Split(orNone(e.aliases())));
        case "rename" -> changes.add(new Rename(e.alias(), e.name()));
        default -> throw new IOException(file + ": unknown override '" + op + "'");
      }
    }
    return new PeopleOverrides(changes);
  }

  public void write(Path file) throws IOException {
    List<OverridesFile.Entry> entries = new ArrayList<>(changes.size());
    for (Change c : changes) {
      if (c instanceof Merge m) {
        entries.add(new OverridesFile.Entry("merge", m.aliases(), null, null));
      } else if (c instanceof Split sp) {
        entries.add(new OverridesFile.Entry("split", sp.aliases(), null, null));
      } else if (c instanceof Rename r) {
        entries.add(new OverridesFile.Entry("rename", null, r.alias(), r.name()));
      }
    }
    OverridesFile.write(file, entries);
  }

  private static List<String> orNone(List<String> values) {
    return values == null ? List.of() : values;
  }
}
