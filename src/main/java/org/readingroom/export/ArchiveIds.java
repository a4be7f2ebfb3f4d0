package org.readingroom.export;

import java.util.List;
import java.util.Optional;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.duplicates.DuplicateCluster;
import org.readingroom.people.Person;
import org.readingroom.record.Party;
import org.readingroom.threads.MessageThread;
import org.readingroom.threads.ThreadMessage;

/**
 * The archive's ids for what an export writes: the message each printing is, its thread, the
 * person of each party, a document's near-duplicate copies. An archive not analysed has none: a
 * message is then its printing ({@code C05787433/2}) and no party a person.
 */
final class ArchiveIds {

  private final ArchiveAnalysis analysis;

  ArchiveIds(ArchiveAnalysis analysis) {
    this.analysis = analysis;
  }

  boolean analysed() {
    return analysis.analysed();
  }

  /** The message printed at {@code position} of the document {@code documentKey}, if the analysis knows it. */
  Optional<ThreadMessage> messageAt(String documentKey, int position) {
    return analysis.correspondence().messageAt(documentKey, position);
  }

  /** The id of the message printed there: the analysis's, else the printing's own ({@code C05787433/2}). */
  String messageId(String documentKey, int position) {
    return messageAt(documentKey, position).map(ThreadMessage::id).orElse(documentKey + "/" + position);
  }

  Optional<ThreadMessage> message(String id) {
    return analysis.correspondence().message(id);
  }

  /** The person a party is: by its address when one is printed, else by its name; null when none. */
  Person person(Party party) {
    if (party == null) {
      return null;
    }
    Optional<Person> p = party.address() == null ? Optional.empty() : analysis.people().byAlias(party.address());
    if (p.isEmpty() && party.name() != null) {
      p = analysis.people().byAlias(party.name());
    }
    return p.orElse(null);
  }

  String personId(Party party) {
    Person p = person(party);
    return p == null ? null : p.id();
  }

  /** The person printed as {@code alias}, or null. */
  Person personOfAlias(String alias) {
    return alias == null ? null : analysis.people().byAlias(alias).orElse(null);
  }

  /** How many documents print the message; 1 when not known. */
  int printedIn(String messageId) {
    return message(messageId).map(m -> (int) m.appearances().stream().map(a -> a.document()).distinct().count())
        .orElse(1);
  }

  /** The near-duplicate copies of a document, with itself, or null when it has none. */
  DuplicateCluster copies(String documentKey) {
    return analysis.duplicates().of(documentKey).orElse(null);
  }

  /** The thread with this id, if the analysis knows it. */
  Optional<MessageThread> thread(String id) {
    return analysis.correspondence().thread(id);
  }

  /** The person with this id, if the analysis knows it. */
  Optional<Person> personById(String id) {
    return analysis.people().byId(id);
  }

  /** Every person of the archive, most printed first. */
  List<Person> persons() {
    return analysis.people().all();
  }
}
