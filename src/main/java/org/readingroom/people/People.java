package org.readingroom.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The persons of an archive as readers see them: what the analysis found, with the curators'
 * overrides applied in order. Finds a person by id (also a former id, after a merge), by any alias,
 * or by what a reader types ({@code Cheryl Mills}, {@code millscd@state.gov}), and widens a search
 * for a person to every alias they were printed as.
 */
public final class People {

  /**
   * The longest id, name or address a reader may type for a person, in characters: four times the
   * longest alias the corpus prints (115), and short enough that reading a typed name costs little
   * whatever it holds. Longer ones name no person.
   */
  public static final int MAX_TYPED = 500;

  private final List<Person> persons;
  private final Map<String, Person> byId = new HashMap<>();
  private final Map<String, Person> byAlias = new HashMap<>();
  private Typed typed;

  private People(List<Person> persons) {
    this.persons = List.copyOf(persons);
    for (Person p : persons) {
      byId.put(p.id(), p);
      for (Alias a : p.aliases()) {
        byAlias.put(a.text(), p);
      }
    }
    for (Person p : persons) {
      for (String former : p.formerIds()) {
        byId.putIfAbsent(former, p);
      }
    }
  }

  /**
   * What readers type, to persons: read when first asked for (reading every alias's name and
   * address takes a moment, and most uses look up ids and exact aliases only).
   */
  private synchronized Typed typed() {
    if (typed == null) {
      Typed t = new Typed(new HashMap<>(), new HashSet<>());
      for (Person p : persons) {
        t.add(p.name().toLowerCase(Locale.ROOT), p);
        for (Alias a : p.aliases()) {
          t.add(a.text().toLowerCase(Locale.ROOT), p);
          AliasReading r = AliasReading.of(a.text());
          if (r.name() != null) {
            t.add("name:" + r.name().key(), p);
          }
          if (r.address() != null) {
            t.add("address:" + r.address().key(), p);
          }
        }
      }
      typed = t;
    }
    return typed;
  }

  /** Lower-cased aliases, canonical names, name keys and address keys, each to its person, when only one has it. */
  private record Typed(Map<String, Person> persons, Set<String> ambiguous) {
    void add(String key, Person p) {
      Person was = persons.putIfAbsent(key, p);
      if (was != null && was != p) {
        ambiguous.add(key);
      }
    }

    Person unique(String key) {
      return ambiguous.contains(key) ? null : persons.get(key);
    }
  }

  /** The persons found, with {@code overrides} applied in order (a change naming aliases no person holds does nothing). */
  public static People of(List<Person> found, PeopleOverrides overrides) {
    Map<String, Person> anchors = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    for (Person p : found) {
      anchors.put(p.anchor(), p);
      Group g = new Group();
      p.aliases().forEach(a -> g.aliases.put(a.text(), a));
      g.curatedName = p.name(); // a found person keeps its name until its aliases change
      groups.add(g);
    }
    for (PeopleOverrides.Change c : overrides.changes()) {
      apply(c, groups);
    }
    List<Person> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.aliases.isEmpty()) {
        continue;
      }
      List<Alias> aliases = new ArrayList<>(g.aliases.values());
      aliases.sort(PersonFinder.MOST_PRINTED);
      String name = g.curatedName != null ? g.curatedName : CanonicalName.of(aliases);
      out.add(PersonFinder.anchored(aliases, name, anchors, List.of()));
    }
    out.sort(PersonFinder.BY_PRINTED);
    return new People(out);
  }

  /** A person while overrides are applied: aliases, and a name when one is settled. */
  private static final class Group {
    final Map<String, Alias> aliases = new LinkedHashMap<>();
    /** The name given by a curator, or the found name while the aliases are the found ones; null: recompute. */
    String curatedName;
    boolean renamed;
  }

  private static void apply(PeopleOverrides.Change change, List<Group> groups) {
    if (change instanceof PeopleOverrides.Merge m) {
      List<Group> involved = new ArrayList<>();
      for (String alias : m.aliases()) {
        Group g = holding(groups, alias);
        if (g != null && !involved.contains(g)) {
          involved.add(g);
        }
      }
      if (involved.size() < 2) {
        return;
      }
      Group into = involved.get(0);
      String name = into.renamed ? into.curatedName : null;
      for (Group g : involved.subList(1, involved.size())) {
        into.aliases.putAll(g.aliases);
        g.aliases.clear();
        if (name == null && g.renamed) {
          name = g.curatedName;
        }
      }
      into.curatedName = name;
      into.renamed = name != null;
    } else if (change instanceof PeopleOverrides.Split s) {
      Group split = new Group();
      for (String alias : s.aliases()) {
        Group g = holding(groups, alias);
        if (g != null && g != split) {
          split.aliases.put(alias, g.aliases.remove(alias));
          if (!g.renamed) {
            g.curatedName = null;
          }
        }
      }
      if (!split.aliases.isEmpty()) {
        groups.add(split);
      }
    } else if (change instanceof PeopleOverrides.Rename r) {
      Group g = holding(groups, r.alias());
      if (g != null) {
        g.curatedName = r.name();
        g.renamed = true;
      }
    }
  }

  private static Group holding(List<Group> groups, String alias) {
    for (Group g : groups) {
      if (g.aliases.containsKey(alias)) {
        return g;
      }
    }
    return null;
  }

  /** Every person, most printed first. */
  public List<Person> all() {
    return persons;
  }

  /** The person with this id, or whose former id it is. */
  public Optional<Person> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The person printed exactly as {@code alias}. */
  public Optional<Person> byAlias(String alias) {
    return Optional.ofNullable(byAlias.get(alias));
  }

  /**
   * The person a reader means by {@code typed}: an id, an alias as printed, an alias or a canonical
   * name in any case, a name in another form ({@code Cheryl Mills} for {@code Mills, Cheryl D}) or an
   * address as OCR damaged it, when only one person answers to it. Else empty.
   */
  public Optional<Person> resolve(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED) {
      return Optional.empty();
    }
    String t = typed.strip();
    Person p = byId.get(t);
    if (p == null) {
      p = byAlias.get(t);
    }
    if (p == null) {
      p = typed().unique(t.toLowerCase(Locale.ROOT));
    }
    if (p == null) {
      AliasReading r = AliasReading.of(t);
      if (r.name() != null) {
        p = typed().unique("name:" + r.name().key());
      } else if (r.address() != null) {
        p = typed().unique("address:" + r.address().key());
      }
    }
    return Optional.ofNullable(p);
  }

  /**
   * Every alias of the person {@code typed} names (see {@link #resolve}), which a search for that
   * sender or recipient then matches exactly (a party's name as printed, else its address); null
   * for a name that names no person, or a person of one alias only (a lone word such as {@code
   * Mills}: its words match more), which is left to match words.
   */
  public List<String> aliasesOf(String typed) {
    Person p = resolve(typed).orElse(null);
    if (p == null || p.aliases().size() == 1 && byId.get(typed.strip()) == null) {
      return null;
    }
    return texts(p);
  }

  private static List<String> texts(Person p) {
    List<String> out = new ArrayList<>(p.aliases().size());
    p.aliases().forEach(a -> out.add(a.text()));
    return out;
  }
}
