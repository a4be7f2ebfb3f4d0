package org.readingroom.serve;

import java.util.List;
import org.readingroom.duplicates.CopyDifference;
import org.readingroom.duplicates.LineDiff;

/** Two copies of a release, and how they differ: fields, messages only one prints, lines. */
public record ComparePage(String docId, String otherId, boolean sameText, List<CopyDifference.FieldDifference> fields,
    List<MessageLink> onlyHere, List<MessageLink> onlyThere, List<LineDiff.Change> lines, int linesNotShown) {

  /** A message only one of the two copies prints. */
  public record MessageLink(String label, String href) {}
}
