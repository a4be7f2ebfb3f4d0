package org.readingroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.text.CsvCells;
import org.readingroom.withheld.ExemptionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code readingroom report}: reports over an archive's analysis. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Reports over an archive: 'report exemptions --by ...'.",
    subcommands = {ReportCommand.Exemptions.class})
final class ReportCommand implements Runnable {

  @ParentCommand ReadingroomCli root;

  @Override
  public void run() {
    root.err.println("readingroom: report what? 'readingroom report exemptions --by person|month|release|code'");
  }

  /** {@code readingroom report exemptions}: what was withheld, counted along one dimension. */
  @Command(name = "exemptions", mixinStandardHelpOptions = true,
      description = {"What was withheld, counted by exemption code, person (as sender, or as recipient), month sent,",
          "release date or classification level: each row's items (messages, documents), how many withhold",
          "something, and the redaction markers by code. A message counts once however often it is printed."})
  static final class Exemptions implements Callable<Integer> {
    enum Format {
      table,
      csv,
      json
    }

    @ParentCommand ReportCommand parent;
    @Mixin ArchiveOption archive;
    @Mixin EngineOption engines;

    @Option(names = "--by", required = true, paramLabel = "code|person|recipient|month|release|classification",
        converter = DimensionConverter.class, description = "What the rows are.")
    ExemptionReport.Dimension by;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "At most N rows (default: all).")
    int top;

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json.")
    Format format;

    @Override
    public Integer call() throws IOException {
      ReadingroomCli root = parent.root;
      if (top < 0) {
        root.err.println("readingroom: --top must be 0 or more");
        return 2;
      }
      ArchiveAnalysis a = PeopleCommand.load(archive, engines, root);
      if (a == null) {
        return 1;
      }
      ExemptionReport r = ExemptionReport.of(by, a.withheld(), a.correspondence(), a.people());
      List<ExemptionReport.Row> rows = top > 0 && top < r.rows().size() ? r.rows().subList(0, top) : r.rows();
      StringBuilder sb = new StringBuilder();
      switch (format) {
        case json -> sb.append(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
            new ExemptionReport(r.dimension(), r.items(), r.codes(), rows))).append('\n');
        case csv -> {
          List<String> head = new ArrayList<>(List.of(by.label(), "label", "items", "withheld", "share"));
          r.codes().forEach(c -> head.add("markers " + c));
          sb.append(String.join(",", CsvCells.of(head))).append("\r\n");
          for (ExemptionReport.Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.key(), row.label(), Long.toString(row.items()),
                Long.toString(row.withheld()), String.format(Locale.ROOT, "%.4f", row.share())));
            r.codes().forEach(c -> cells.add(Long.toString(row.markers().getOrDefault(c, 0L))));
            sb.append(String.join(",", CsvCells.of(cells))).append("\r\n");
          }
        }
        case table -> {
          sb.append(String.format(Locale.ROOT, "%-40s %10s %9s %6s  markers by code%n", by.label() + " (" + r.items() + ")",
              "items", "withheld", "share"));
          for (ExemptionReport.Row row : rows) {
            StringBuilder codes = new StringBuilder();
            row.markers().entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> codes.append(e.getKey()).append(' ').append(e.getValue()).append("  "));
            sb.append(String.format(Locale.ROOT, "%-40s %,10d %,9d %5.1f%%  %s%n", cut(row.label(), 40), row.items(),
                row.withheld(), row.share() * 100, codes.toString().strip()));
          }
        }
      }
      WithheldCommand.print(root, sb.toString(), format != Format.table);
      return 0;
    }

    private static String cut(String s, int n) {
      return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
  }

  /** {@code --by person}, as the API writes it. */
  static final class DimensionConverter implements ITypeConverter<ExemptionReport.Dimension> {
    @Override
    public ExemptionReport.Dimension convert(String value) {
      ExemptionReport.Dimension d = ExemptionReport.Dimension.ofLabel(value);
      if (d == null) {
        throw new TypeConversionException("expected code, person, recipient, month, release or classification, not '"
            + value + "'");
      }
      return d;
    }
  }
}
