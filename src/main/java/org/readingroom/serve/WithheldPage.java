package org.readingroom.serve;

import java.util.List;
import org.readingroom.withheld.ExemptionLegend;

/**
 * The Withheld page: what the archive withholds and why (figures, charts by code, person, month and
 * release, each with its table), each passage one document withholds and another shows (the two
 * side by side), and the exemptions applied to some printings of a message and not to others.
 *
 * @param code the code the lists are narrowed to, or null
 * @param codes the codes to narrow to, each with its uneven exemptions
 */
public record WithheldPage(Summary summary, long mdrEligible, List<Passage> released, Paging releasedPaging,
    List<Uneven> uneven, Paging unevenPaging, List<CodeRow> byCodeTable, Chart byCode, Chart byPerson,
    Chart byMonth, Chart byRelease, String code, List<Pages.FacetLink> codes, String logCsv, String logJsonl) {

  public WithheldPage {
    released = List.copyOf(released);
    uneven = List.copyOf(uneven);
    byCodeTable = List.copyOf(byCodeTable);
    codes = List.copyOf(codes);
  }

  /**
   * The archive as a whole.
   *
   * @param documents documents with a stamp, a redaction marker or a classification block
   * @param inPart those whose stamp says release in part
   * @param markers redaction markers (margin codes and {@code [REDACTED]} tokens)
   * @param printedMoreThanOnce messages printed in two documents or more
   * @param releasedElsewhere passages withheld in one document and shown in another
   * @param uneven exemptions applied to some printings of a message and not to others
   * @param classified documents with a classification block
   */
  public record Summary(long documents, long inPart, long markers, long printedMoreThanOnce, long releasedElsewhere,
      long uneven, long classified) {}

  /** A document, as a link. */
  public record DocumentLink(String docId, String href) {}

  /**
   * A passage withheld in one printing of a message and shown in another, as the two print it.
   *
   * @param message who sent the message, when, and its subject
   * @param header whether it is an address in the header (else a passage of the body)
   * @param before what the withholding printing shows just before the gap (or the party whose address it is)
   * @param text what the releasing printing shows in the gap
   */
  public record Passage(String message, DocumentLink withheld, int page, List<ExemptionLegend.Entry> codes,
      boolean header, String before, String text, DocumentLink releasedIn, List<DocumentLink> alsoIn,
      String compareHref, String draftHref) {
    public Passage {
      codes = List.copyOf(codes);
      alsoIn = List.copyOf(alsoIn);
    }

    /** What the bar in the withholding printing says: its codes, or that it prints a token. */
    public String bar() {
      return codes.isEmpty() ? "withheld" : String.join(" ", codes.stream().map(ExemptionLegend.Entry::code).toList());
    }
  }

  /** An exemption one printing of a message applies and others, printing as much of it, do not. */
  public record Uneven(String message, String messageHref, ExemptionLegend.Entry code, List<DocumentLink> appliedIn,
      List<DocumentLink> notAppliedIn, String draftHref) {
    public Uneven {
      appliedIn = List.copyOf(appliedIn);
      notAppliedIn = List.copyOf(notAppliedIn);
    }
  }

  /**
   * A code of the report by code.
   *
   * @param documents documents whose stamp lists it
   * @param located those of them in which a marker gives it
   * @param markers its markers in all documents
   */
  public record CodeRow(String code, String meaning, String href, long documents, long located, long markers) {}

  /** Where a list is: its page of pages, and the links to the pages beside it (null at either end). */
  public record Paging(long total, int page, int pages, String previous, String next) {}
}
