package org.readingroom.serve;

import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.LiveAnalysis;
import org.readingroom.analysis.PersonSearch;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.Originals;
import org.readingroom.archive.StoredRelease;
import org.readingroom.extract.OriginalPages;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;

/**
 * What a server serves, for every resource alike: the search engine; and, when it is served with its
 * archive, the archive's analysis (people, threads, duplicates; else an empty one), the originals
 * of documents read from PDFs and scans, and the curation of people. Today's date comes from one
 * clock, for declassification dates.
 */
final class ServedArchive {

  private final SearchEngine engine;
  private final LiveAnalysis analysis;
  /** Null when the engine is served alone. */
  private final Originals originals;
  private final OriginalPages pages;
  private final Clock clock;
  private volatile WithheldFigures withheld;

  ServedArchive(SearchEngine engine, ArchiveLayout archive, Clock clock) {
    this.engine = engine;
    this.analysis = archive == null ? LiveAnalysis.none() : new LiveAnalysis(archive, engine.sharedFiles());
    this.originals = archive == null ? null : new Originals(archive, engine.sharedFiles());
    this.pages = originals == null ? null : new OriginalPages(originals);
    this.clock = clock;
  }

  SearchEngine engine() {
    return engine;
  }

  /** The analysis as the archive holds it now: empty, and not {@link ArchiveAnalysis#analysed()}, without one. */
  ArchiveAnalysis analysis() throws IOException {
    return analysis.current();
  }


  /** What was withheld, counted for the analysis as the archive holds it now. */
  WithheldFigures withheld() throws IOException {
    ArchiveAnalysis a = analysis();
    WithheldFigures w = withheld;
    if (w == null || w.analysis() != a) {
      w = new WithheldFigures(a);
      withheld = w;
    }
    return w;
  }

  /**
   * What a reader should know about answers now: the archive's analysis unavailable (a damaged
   * file), so that persons are not widened to their aliases and there are no people or threads.
   */
  List<String> warnings() throws IOException {
    String problem = analysis().problem();
    return problem == null ? List.of() : List.of(unavailable(problem));
  }

  /** How pages and the API say that the analysis cannot be read. */
  static String unavailable(String problem) {
    return "people and threads unavailable: " + problem;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The search as readers count: each person it names widened to their aliases, messages and
   * persons grouped as the archive's analysis has them ({@link PersonSearch}).
   */
  SearchRequest byPerson(SearchRequest request) throws IOException {
    return PersonSearch.expand(request, analysis());
  }

  /** A document by its number or key, or a 404 that says so. */
  StoredRelease document(String id) throws IOException {
    return engine.release(id).orElseThrow(() -> new NotFoundResponse("no document with id '" + id + "'"));
  }

  /** The PDF or scan a document was read from, if the archive keeps one. */
  Optional<Originals.Original> original(String key) throws IOException {
    return originals == null ? Optional.empty() : originals.find(key);
  }

  /** A page of an original as a PNG image. */
  byte[] pageImage(Originals.Original original, int page) throws IOException, InterruptedException {
    return pages.png(original, page);
  }
}
