package org.readingroom.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.readingroom.archive.StoredRelease;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.ThreadMessage;

/**
 * How two copies of a release differ: the lines only one has, what the release stamps and
 * redactions say differently, and the messages only one prints.
 *
 * @param fields the parts of the record that differ ({@code release}, {@code exemptions}, {@code
 *     redactions}, {@code classification}, {@code pages}), each with both values
 * @param messagesOnlyInFirst ids of messages the first prints and the second does not
 */
public record CopyDifference(String first, String second, List<FieldDifference> fields,
    List<String> messagesOnlyInFirst, List<String> messagesOnlyInSecond, List<LineDiff.Change> lines) {

  public CopyDifference {
    fields = List.copyOf(fields);
    messagesOnlyInFirst = List.copyOf(messagesOnlyInFirst);
    messagesOnlyInSecond = List.copyOf(messagesOnlyInSecond);
    lines = List.copyOf(lines);
  }

  /** A part of the record both copies have, with its two values. */
  public record FieldDifference(String field, String first, String second) {}

  public static CopyDifference between(StoredRelease first, StoredRelease second, Correspondence messages) {
    ReleaseRecord a = first.record();
    ReleaseRecord b = second.record();
    List<FieldDifference> fields = new ArrayList<>();
    field(fields, "release", a.release(), b.release());
    field(fields, "exemptions", a.exemptions(), b.exemptions());
    field(fields, "redactions", codes(a), codes(b));
    field(fields, "classification", a.classification() == null ? null : a.classification().level(),
        b.classification() == null ? null : b.classification().level());
    field(fields, "pages", a.pages(), b.pages());
    TreeSet<String> inA = messageIds(first, messages);
    TreeSet<String> inB = messageIds(second, messages);
    List<String> onlyA = new ArrayList<>(inA);
    onlyA.removeAll(inB);
    List<String> onlyB = new ArrayList<>(inB);
    onlyB.removeAll(inA);
    return new CopyDifference(first.key(), second.key(), fields, onlyA, onlyB, LineDiff.between(a.text(), b.text()));
  }

  private static void field(List<FieldDifference> out, String name, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      out.add(new FieldDifference(name, a == null ? null : a.toString(), b == null ? null : b.toString()));
    }
  }

  /** The redaction markers' codes, in order: {@code [B6, B6, 1.4(D)+B1]}. */
  private static List<String> codes(ReleaseRecord r) {
    List<String> out = new ArrayList<>();
    for (Redaction red : r.redactions()) {
      out.add(red.codes().isEmpty() ? "[REDACTED]" : String.join("+", red.codes()));
    }
    return out;
  }

  private static TreeSet<String> messageIds(StoredRelease r, Correspondence messages) {
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < r.record().messages().size(); i++) {
      messages.messageAt(r.key(), i).map(ThreadMessage::id).ifPresent(out::add);
    }
    return out;
  }
}
