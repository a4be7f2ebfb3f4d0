package org.readingroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;
import org.readingroom.index.SearchEngine;
import org.readingroom.text.CsvCells;
import org.readingroom.withheld.ReleasedElsewhere;
import org.readingroom.withheld.RequestDraft;
import org.readingroom.withheld.UnevenExemption;
import org.readingroom.withheld.Withheld;
import org.readingroom.withheld.WithholdingLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code readingroom withheld}: what the archive withholds that it releases elsewhere, exemptions
 * applied unevenly, the withholding log, and drafted requests.
 */
@Command(
    name = "withheld",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the passages one printing of a message withholds and another document shows (the default,",
      "--released-elsewhere), or the exemptions some printings of a message carry and others do not",
      "(--uneven). 'withheld log' prints the withholding log (a Vaughn index) of the archive or of a",
      "search; 'withheld draft appeal|mdr' drafts a FOIA appeal or a Mandatory Declassification Review",
      "request. Exit code: 0 on success, 1 when the archive has no analysis, 2 for a usage error."
    },
    subcommands = {WithheldCommand.Log.class, WithheldCommand.Draft.class})
final class WithheldCommand implements Callable<Integer> {

  enum Format {
    table,
    json,
    jsonl
  }

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;

  @Option(names = "--released-elsewhere", description = "Passages withheld in one document and shown in another (default).")
  boolean releasedElsewhere;

  @Option(names = "--uneven", description = "Exemptions applied to some printings of a message and not to others.")
  boolean uneven;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or jsonl.")
  Format format;

  @Override
  public Integer call() throws IOException {
    ArchiveAnalysis analysis = PeopleCommand.load(archive, engines, root);
    if (analysis == null) {
      return 1;
    }
    Withheld w = analysis.withheld();
    List<?> rows = uneven && !releasedElsewhere ? w.unevenExemptions() : w.releasedElsewhere();
    StringBuilder sb = new StringBuilder();
    switch (format) {
      case json -> sb.append(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows))
          .append('\n');
      case jsonl -> {
        ObjectMapper json = new ObjectMapper();
        for (Object r : rows) {
          sb.append(json.writeValueAsString(r)).append('\n');
        }
      }
      case table -> {
        if (uneven && !releasedElsewhere) {
          sb.append(String.format(Locale.ROOT, "%d exemptions applied to some printings of a message and not to others%n",
              rows.size()));
          for (UnevenExemption u : w.unevenExemptions()) {
            sb.append(String.format(Locale.ROOT, "%-16s %-7s applied in %s; not in %s%n", u.message(), u.code(),
                String.join(" ", u.appliedIn()), String.join(" ", u.notAppliedIn())));
          }
        } else {
          sb.append(String.format(Locale.ROOT, "%d passages withheld in one document and released in another%n",
              rows.size()));
          for (ReleasedElsewhere r : w.releasedElsewhere()) {
            sb.append(String.format(Locale.ROOT, "%s p%d %s withheld under %s; released in %s%s%n    %s%n",
                r.withheldIn(), r.page(), r.place() == ReleasedElsewhere.Place.HEADER ? "(an address)" : "",
                r.codes().isEmpty() ? "a [REDACTED] token" : String.join(" ", r.codes()), r.releasedIn(),
                r.alsoReleasedIn().isEmpty() ? "" : " (and " + String.join(" ", r.alsoReleasedIn()) + ")",
                r.text().replaceAll("\\s+", " ")));
          }
        }
      }
    }
    print(root, sb.toString(), format != Format.table);
    return 0;
  }

  static void print(ReadingroomCli root, String s, boolean escaped) throws IOException {
    root.out.write((escaped ? s : Terminal.safe(s)).getBytes(StandardCharsets.UTF_8));
    root.out.flush();
  }

  /**
   * The documents a selection names: those given with {@code --document}, else those a search
   * finds (every hit's document), else every document of the archive (null).
   */
  static List<String> documents(ArchiveOption archive, EngineOption engines, List<String> ids, String query) throws IOException {
    if (ids != null && !ids.isEmpty()) {
      List<String> out = new ArrayList<>();
      try (SearchEngine engine = engines.openForReading(archive.layout())) {
        for (String id : ids) {
          out.add(engine.release(id).map(r -> r.key()).orElse(id));
        }
      }
      return out;
    }
    if (query == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    try (SearchEngine engine = engines.openForReading(archive.layout())) {
      SearchRequest request = SearchRequest.builder().query(query).kind(EntryKind.DOCUMENT).build();
      String next = null;
      do {
        SearchResult page = engine.search(request.after(next, SearchRequest.MAX_LIMIT));
        for (Hit h : page.hits()) {
          out.add(h.id());
        }
        next = page.hits().size() < SearchRequest.MAX_LIMIT ? null : page.next();
      } while (next != null);
    }
    return out;
  }

  /** {@code readingroom withheld log}: one row per redaction, as CSV or JSON Lines. */
  @Command(name = "log", mixinStandardHelpOptions = true,
      description = {"The withholding log (a Vaughn index): one row per redaction of the archive, or of the documents",
          "given or found by QUERY: document, page, message (sender, date, subject), codes, classification,",
          "declassify-on, and the documents that release the passage elsewhere."})
  static final class Log implements Callable<Integer> {
    enum LogFormat {
      csv,
      jsonl
    }

    @ParentCommand WithheldCommand parent;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The documents a search finds (default: all).")
    String query;

    @Option(names = "--document", paramLabel = "ID", description = "A document (repeatable).")
    List<String> documents;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default) or jsonl.")
    LogFormat format;

    @Override
    public Integer call() throws IOException {
      ReadingroomCli root = parent.root;
      ArchiveAnalysis analysis = PeopleCommand.load(parent.archive, parent.engines, root);
      if (analysis == null) {
        return 1;
      }
      List<WithholdingLog.Row> rows = WithholdingLog.of(analysis.withheld(), analysis.correspondence(),
          documents(parent.archive, parent.engines, documents, query));
      StringBuilder sb = new StringBuilder();
      if (format == LogFormat.csv) {
        sb.append(String.join(",", WithholdingLog.COLUMNS)).append("\r\n");
        for (WithholdingLog.Row r : rows) {
          sb.append(String.join(",", CsvCells.of(WithholdingLog.cells(r)))).append("\r\n");
        }
      } else {
        ObjectMapper json = new ObjectMapper();
        for (WithholdingLog.Row r : rows) {
          sb.append(json.writeValueAsString(r)).append('\n');
        }
      }
      print(root, sb.toString(), true);
      return 0;
    }
  }

  /** {@code readingroom withheld draft appeal|mdr}: a drafted request, to check and edit. */
  @Command(name = "draft", mixinStandardHelpOptions = true,
      description = {"Drafts a FOIA appeal (passages released elsewhere, exemptions applied unevenly) or a Mandatory",
          "Declassification Review request (declassify-on dates passed) for the documents given or found by",
          "QUERY, as Markdown or plain text. Not legal advice: check it against the documents before sending."})
  static final class Draft implements Callable<Integer> {
    enum DraftFormat {
      markdown,
      text
    }

    @ParentCommand WithheldCommand parent;

    @Parameters(index = "0", paramLabel = "appeal|mdr", description = "What to draft.")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY", description = "The documents a search finds.")
    String query;

    @Option(names = "--document", paramLabel = "ID", description = "A document (repeatable).")
    List<String> documents;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown (default) or text.")
    DraftFormat format;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
      ReadingroomCli root = parent.root;
      RequestDraft.Kind k = RequestDraft.Kind.ofLabel(kind);
      if (k == null) {
        root.err.println(Terminal.safe("readingroom: draft appeal or mdr, not '" + kind + "'"));
        return 2;
      }
      if ((documents == null || documents.isEmpty()) && query == null) {
        root.err.println("readingroom: name the documents (--document ID) or a QUERY that finds them");
        return 2;
      }
      ArchiveAnalysis analysis = PeopleCommand.load(parent.archive, parent.engines, root);
      if (analysis == null) {
        return 1;
      }
      List<String> keys = documents(parent.archive, parent.engines, documents, query);
      LocalDate today = LocalDate.now(clock);
      RequestDraft.Draft d = k == RequestDraft.Kind.APPEAL
          ? RequestDraft.appeal(analysis.withheld(), analysis.correspondence(), keys, today)
          : RequestDraft.mdr(analysis.withheld(), keys, today);
      print(root, format == DraftFormat.markdown ? d.markdown() : d.plainText(), false);
      return 0;
    }
  }
}
