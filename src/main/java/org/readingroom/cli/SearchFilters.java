package org.readingroom.cli;

import java.time.LocalDate;
import org.readingroom.index.EntryKind;
import org.readingroom.index.SearchRequest;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** A search's query and filters, the same for {@code search} and {@code export}. */
final class SearchFilters {

  enum Order {
    relevance,
    date,
    oldest
  }

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for (default: everything).")
  String query;

  @Option(names = "--from", paramLabel = "A",
      description = "Sent by A: a person (id, or a name or address printed for them: every alias matches), else name or address words.")
  String from;

  @Option(names = "--to", paramLabel = "B", description = "Sent to B, in To or Cc (a person, as --from).")
  String to;

  @Option(names = "--since", paramLabel = "D", description = "On or after D: 2011, 2011-03 or 2011-03-08.")
  String since;

  @Option(names = "--until", paramLabel = "D", description = "On or before D: 2011, 2011-03 or 2011-03-08.")
  String until;

  @Option(names = "--release", paramLabel = "PART|FULL", description = "Released in part or in full.")
  String release;

  @Option(names = "--exemption", paramLabel = "CODE", description = "The release stamp lists CODE (B6, 1.4(D)...).")
  String exemption;

  @Option(names = "--kind", paramLabel = "message|document", converter = KindConverter.class,
      description = "message or document (default: both).")
  EntryKind kind;

  /** {@code --kind message} or {@code --kind document}, as the API and links write it. */
  static final class KindConverter implements ITypeConverter<EntryKind> {
    @Override
    public EntryKind convert(String value) {
      try {
        return EntryKind.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected message or document, not '" + value + "'");
      }
    }
  }

  @Option(names = "--sort", defaultValue = "relevance",
      description = "relevance (default), date (newest first) or oldest (oldest first).")
  Order sort;

  @Option(names = "--copies", paramLabel = "one|documents|all", defaultValue = "one", converter = CopiesConverter.class,
      description = "one (default): a message printed in several documents is one hit, its fullest printing, and a"
          + " document that copies another hit is left out; documents: as one, but every document; all: a hit per printing.")
  SearchRequest.Copies copies;

  /** {@code --copies one} or {@code --copies all}. */
  static final class CopiesConverter implements ITypeConverter<SearchRequest.Copies> {
    @Override
    public SearchRequest.Copies convert(String value) {
      SearchRequest.Copies c = SearchRequest.Copies.ofLabel(value);
      if (c == null) {
        throw new TypeConversionException("expected one, documents or all, not '" + value + "'");
      }
      return c;
    }
  }

  /**
   * The search these options ask for.
   *
   * @throws IllegalArgumentException when a date is not one
   */
  SearchRequest.Builder builder() {
    LocalDate first = since == null ? null : SearchRequest.parseDay(since, true);
    LocalDate last = until == null ? null : SearchRequest.parseDay(until, false);
    return SearchRequest.builder().query(query).from(from).to(to).since(first).until(last)
        .release(release).exemption(exemption).kind(kind)
        .sort(switch (sort) {
          case relevance -> SearchRequest.Sort.RELEVANCE;
          case date -> SearchRequest.Sort.DATE;
          case oldest -> SearchRequest.Sort.DATE_ASCENDING;
        })
        .copies(copies);
  }
}
