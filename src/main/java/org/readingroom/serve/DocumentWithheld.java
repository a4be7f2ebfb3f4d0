package org.readingroom.serve;

import java.util.List;

/**
 * What a document's page says of its withholdings beyond the bars: where a passage it withholds is
 * released in another document (with the text one click away), the exemptions it applies to a
 * message that another printing does not, and the requests a reader can draft from it.
 *
 * @param appealHref a drafted FOIA appeal, when there is something to appeal; else null
 * @param mdrHref a drafted Mandatory Declassification Review request, when the declassify-on date has passed; else null
 */
public record DocumentWithheld(List<Bar> bars, List<UnevenNote> uneven, String appealHref, String mdrHref) {

  public DocumentWithheld {
    bars = List.copyOf(bars);
    uneven = List.copyOf(uneven);
  }

  /**
   * A passage of message {@code position} this document withholds and another shows.
   *
   * @param header whether it is an address in the header
   * @param before what this document prints just before the gap, or the party whose address it is
   * @param text the passage as the releasing document prints it
   */
  public record Bar(int position, boolean header, int page, String codes, String before, String text,
      WithheldPage.DocumentLink releasedIn, List<WithheldPage.DocumentLink> alsoIn) {
    public Bar {
      alsoIn = List.copyOf(alsoIn);
    }
  }

  /** An exemption this document applies to message {@code position} and other printings of it do not. */
  public record UnevenNote(int position, String code, String meaning, List<WithheldPage.DocumentLink> notAppliedIn) {
    public UnevenNote {
      notAppliedIn = List.copyOf(notAppliedIn);
    }
  }

  public List<Bar> bars(int position) {
    return bars.stream().filter(b -> b.position() == position).toList();
  }

  public List<UnevenNote> uneven(int position) {
    return uneven.stream().filter(u -> u.position() == position).toList();
  }
}
