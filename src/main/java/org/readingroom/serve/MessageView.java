package org.readingroom.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.people.Person;
import org.readingroom.record.SentTime;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.ThreadMessage;

/**
 * A message as the API shows it: its parties as persons (each with the names and addresses printed
 * for them in this message), and every place it is printed.
 */
record MessageView(String id, String thread, SentTime sent, String subject, List<PartyView> from, List<PartyView> to,
    List<PartyView> cc, List<AppearanceView> appearances, List<String> parents) {

  /**
   * A party of a message.
   *
   * @param person the person's id, or null when the printed name belongs to no person
   * @param printed the names and addresses printed for this party in the message
   */
  record PartyView(String person, String name, List<String> printed) {}

  /** @param entry the search index's id of this printing: {@code C05787433/1} */
  record AppearanceView(String document, int position, int page, String entry) {}

  static MessageView of(ThreadMessage m, ArchiveAnalysis analysis) {
    List<AppearanceView> appearances = new ArrayList<>();
    for (Appearance a : m.appearances()) {
      appearances.add(new AppearanceView(a.document(), a.position(), a.page(), a.entryId()));
    }
    return new MessageView(m.id(), m.threadId(), m.sent(), m.subject(), parties(m.from(), analysis),
        parties(m.to(), analysis), parties(m.cc(), analysis), appearances, m.parents());
  }

  static List<PartyView> parties(List<String> aliases, ArchiveAnalysis analysis) {
    Map<String, List<String>> printedByPerson = new LinkedHashMap<>();
    Map<String, Person> persons = new LinkedHashMap<>();
    for (String alias : aliases) {
      Person p = analysis.people().byAlias(alias).orElse(null);
      String key = p == null ? "alias:" + alias : p.id();
      printedByPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(alias);
      if (p != null) {
        persons.put(key, p);
      }
    }
    List<PartyView> out = new ArrayList<>();
    printedByPerson.forEach((key, printed) -> {
      Person p = persons.get(key);
      out.add(new PartyView(p == null ? null : p.id(), p == null ? printed.get(0) : p.name(), printed));
    });
    return out;
  }
}
