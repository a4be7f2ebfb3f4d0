package org.readingroom.threads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.readingroom.text.UnionFind;

/**
 * Splits the printings that share a sender, a sent minute and a subject into messages: printings
 * whose bodies open alike and whose recipients are not two different sets of persons are one
 * message; a printing with an empty body (nothing typed above a forward, or withheld) joins the
 * one message it can be, else stands alone.
 */
final class SameMessage {

  private final List<PrintedMessage> printings;
  private final Function<String, String> personOf;
  /** Each printing's recipients as persons, read when first needed. */
  private final List<Set<String>> recipients = new ArrayList<>();
  private final UnionFind messages;

  /** @param printings in appearance order */
  SameMessage(List<PrintedMessage> printings, Function<String, String> personOf) {
    this.printings = printings;
    this.personOf = personOf;
    messages = new UnionFind(printings.size());
    for (int i = 0; i < printings.size(); i++) {
      recipients.add(null);
    }
  }

  /** The messages, each a list of printings in appearance order, by their first printing. */
  List<List<PrintedMessage>> messages() {
    int n = printings.size();
    if (n > 1) {
      for (int i = 0; i < n; i++) {
        BodySketch a = printings.get(i).body();
        for (int j = i + 1; j < n && !a.isEmpty(); j++) {
          BodySketch b = printings.get(j).body();
          if (!b.isEmpty() && a.sameAs(b) && mayShareRecipients(i, j)) {
            messages.union(i, j);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (printings.get(i).body().isEmpty()) {
          joinTheOnlyCandidate(i);
        }
      }
    }
    Map<Integer, List<PrintedMessage>> byRoot = new HashMap<>();
    List<List<PrintedMessage>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<PrintedMessage> m = byRoot.get(messages.find(i));
      if (m == null) {
        m = new ArrayList<>();
        byRoot.put(messages.find(i), m);
        out.add(m);
      }
      m.add(printings.get(i));
    }
    return out;
  }

  /** An empty-bodied printing joins the one message (with a body, or else with none) it can be. */
  private void joinTheOnlyCandidate(int i) {
    Integer withBody = null;
    boolean ambiguous = false;
    Integer empty = null;
    for (int j = 0; j < printings.size(); j++) {
      if (j == i || !mayShareRecipients(i, j)) {
        continue;
      }
      int r = messages.find(j);
      if (!printings.get(j).body().isEmpty()) {
        if (withBody != null && withBody != r) {
          ambiguous = true;
        }
        withBody = r;
      } else if (empty == null) {
        empty = r;
      }
    }
    if (withBody != null && !ambiguous) {
      messages.union(i, withBody);
    } else if (withBody == null && empty != null) {
      messages.union(i, empty);
    }
  }

  /** Two printings of one message name the same recipients: different, non-empty sets of persons say two messages. */
  private boolean mayShareRecipients(int i, int j) {
    Set<String> a = recipients(i);
    Set<String> b = recipients(j);
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> recipients(int i) {
    Set<String> r = recipients.get(i);
    if (r == null) {
      r = ThreadFinder.recipients(printings.get(i), personOf);
      recipients.set(i, r);
    }
    return r;
  }
}
