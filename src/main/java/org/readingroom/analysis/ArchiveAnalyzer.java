package org.readingroom.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.duplicates.DuplicateFinder;
import org.readingroom.duplicates.DuplicatesFile;
import org.readingroom.duplicates.NearDuplicates;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.StoredRelease;
import org.readingroom.ingest.ArchiveLayout;
import org.readingroom.parse.Message;
import org.readingroom.people.Alias;
import org.readingroom.people.PartyTally;
import org.readingroom.people.PeopleFile;
import org.readingroom.people.Person;
import org.readingroom.people.PersonFinder;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.CorrespondenceFile;
import org.readingroom.threads.ThreadFinder;

/**
 * The analysis that follows an ingest: one pass over every stored record of the archive, then
 * people ({@link PersonFinder}), messages and threads ({@link ThreadFinder}) and near-duplicate
 * documents ({@link DuplicateFinder}), kept beside the index ({@code people.json}, {@code
 * messages.json}, {@code duplicates.json}, each written whole or not at all). Recomputed at each
 * ingest from the whole archive; the curators' {@code people-overrides.json} is never touched, and
 * is applied over the result when it is read ({@link ArchiveAnalysis}).
 */
public final class ArchiveAnalyzer {
  private ArchiveAnalyzer() {}

  public static AnalysisSummary analyse(SearchEngine engine, ArchiveLayout layout) throws IOException {
    long start = System.nanoTime();
    PartyTally tally = new PartyTally();
    ThreadFinder threads = new ThreadFinder();
    DuplicateFinder duplicates = new DuplicateFinder();
    List<StoredRelease> releases = new ArrayList<>();
    engine.eachRelease(releases::add);
    releases.parallelStream().forEach(stored -> {
      for (Message m : stored.record().messages()) {
        if (m.from() != null) {
          tally.add(m.from());
        }
        m.to().forEach(tally::add);
        m.cc().forEach(tally::add);
      }
      threads.add(stored.key(), stored.record());
      duplicates.add(stored.key(), stored.record().text());
    });
    long documents = releases.size();
    releases = null; // the records are read: let them go before clustering
    double read = (System.nanoTime() - start) / 1e9;
    PersonFinder.Found found = PersonFinder.find(tally, PeopleFile.read(layout.people()));
    Map<String, String> personOf = new HashMap<>();
    long aliases = 0;
    for (Person p : found.persons()) {
      for (Alias a : p.aliases()) {
        personOf.put(a.text(), p.id());
        aliases++;
      }
    }
    Correspondence correspondence = threads.find(personOf::get);
    NearDuplicates near = duplicates.find();
    PeopleFile.write(layout.people(), found.persons());
    CorrespondenceFile.write(layout.messages(), correspondence);
    DuplicatesFile.write(layout.duplicates(), near);
    return new AnalysisSummary(documents, aliases, found.persons().size(), found.refusedUnions(),
        correspondence.appearances(), correspondence.messages().size(), correspondence.threads().size(),
        near.clusters().size(), near.documents(), read, (System.nanoTime() - start) / 1e9);
  }
}
