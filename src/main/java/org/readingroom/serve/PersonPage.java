package org.readingroom.serve;

import java.util.List;
import org.readingroom.analysis.PersonActivity;
import org.readingroom.index.Hit;
import org.readingroom.people.Alias;

/**
 * A person's page. When the archive has been analysed it is the page of a person (every name and
 * address printed for them, {@code aliases}); else of one name as printed ({@code id} null, no
 * aliases, no {@code activity}: distinct messages and threads). {@code sent} and {@code received}
 * count printings (entries of the index): a message quoted in three documents counts three times.
 * {@code lastChange} is the latest curator's change in effect that touched the person, which the
 * page offers to undo (a form: no script); null when there is none.
 */
public record PersonPage(String id, String name, List<Alias> aliases, PersonActivity activity, long sent,
    long received, Chart timeline, List<Pages.FacetLink> correspondents, List<Pages.FacetLink> exemptions,
    List<Hit> recentSent, List<Hit> recentReceived, String sentHref, String receivedHref, Change lastChange) {

  /** A curator's change as the page tells it: its number, what it did, when and by whom. */
  public record Change(int number, String summary, String at, String by) {}
}
