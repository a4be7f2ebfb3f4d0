package org.readingroom.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.readingroom.record.Classification;
import org.readingroom.record.Message;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;

/** {@code parse --format text}: a record as a person reads it. */
final class TextSummary {

  private TextSummary() {}

  static String of(ParseResult result) {
    StringBuilder sb = new StringBuilder();
    if (result instanceof ParseFailure f) {
      sb.append(Terminal.name(f.source())).append('\n').append("  could not be read: ")
          .append(f.error().lines().findFirst().orElse("")).append("\n\n");
      return sb.toString();
    }
    ReleaseRecord r = (ReleaseRecord) result;
    sb.append(r.docId() == null ? "(no document number)" : r.docId())
        .append("  case ").append(orDash(r.caseNumber()))
        .append(", released ").append(orDash(r.releaseDate()))
        .append(", ").append(r.pages()).append(r.pages() == 1 ? " page" : " pages")
        .append("  ").append(Terminal.name(r.source())).append('\n');
    sb.append("  release: ").append(r.release() == null ? "no stamp" : "RELEASE IN " + r.release());
    if (!r.exemptions().isEmpty()) {
      sb.append("  ").append(String.join(", ", r.exemptions()));
    }
    if (!r.statutes().isEmpty()) {
      sb.append("  (B3: ").append(String.join(", ", r.statutes())).append(')');
    }
    sb.append('\n');
    Classification c = r.classification();
    if (c != null) {
      sb.append("  classification: ").append(orDash(c.level()))
          .append(", by ").append(orDash(c.classifiedBy()))
          .append(" on ").append(orDash(c.classifiedOn()))
          .append(", reasons ").append(c.reasons().isEmpty() ? "-" : String.join(", ", c.reasons()))
          .append(", declassify on ").append(orDash(c.declassifyOn())).append('\n');
    }
    sb.append("  messages: ").append(r.messages().size()).append('\n');
    int n = 1;
    for (Message m : r.messages()) {
      sb.append("    ").append(n++).append(". ").append(orDash(m.sent() == null ? null : m.sent().toString())).append("  ")
          .append(party(m.from())).append(" -> ").append(parties(m.to()));
      if (!m.cc().isEmpty()) {
        sb.append(" (cc ").append(parties(m.cc())).append(')');
      }
      sb.append("  \"").append(m.subject() == null ? "" : m.subject()).append('"');
      if (!m.attachments().isEmpty()) {
        sb.append("  [").append(m.attachments().size()).append(" attachments]");
      }
      sb.append('\n');
    }
    sb.append("  redactions: ").append(r.redactions().size());
    if (!r.redactions().isEmpty()) {
      sb.append(" (").append(r.redactions().stream().map(TextSummary::redaction).collect(Collectors.joining("; ")))
          .append(')');
    }
    sb.append('\n');
    for (String w : r.warnings()) {
      sb.append("  warning: ").append(w).append('\n');
    }
    return sb.append('\n').toString();
  }

  private static String redaction(Redaction red) {
    return "p" + red.page() + " " + (red.codes().isEmpty() ? "[REDACTED]" : String.join(" ", red.codes()));
  }

  private static String parties(List<Party> ps) {
    return ps.isEmpty() ? "-" : ps.stream().map(TextSummary::party).collect(Collectors.joining("; "));
  }

  private static String party(Party p) {
    if (p == null) {
      return "(withheld)";
    }
    if (p.name() != null && p.address() != null) {
      return p.name() + " <" + p.address() + ">";
    }
    return p.label();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
