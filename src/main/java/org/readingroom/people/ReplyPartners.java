package org.readingroom.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Persons each of which is the other's most frequent partner in replies: a reply sent to one of them
 * alone, over a message from the other (not the replier's own earlier message), says the one it went
 * to is the one who wrote, most often: {@code sbwhoeop} is answered as {@code Sidney Blumenthal}
 * wrote. A forward printed without its own header makes another partner ({@code David Lesch}'s
 * letter, which Blumenthal forwarded), never the most frequent one of both sides.
 */
final class ReplyPartners {

  /** For each pair of persons (their least alias index first), how many replies tie them. */
  private final Map<Pair, Long> pairs = new TreeMap<>();

  private record Pair(int a, int b) implements Comparable<Pair> {
    @Override
    public int compareTo(Pair o) {
      return a != o.a ? Integer.compare(a, o.a) : Integer.compare(b, o.b);
    }
  }

  /** Counts {@code times} replies between the persons {@code x} and {@code y} (two different roots). */
  void add(int x, int y, long times) {
    pairs.merge(new Pair(Math.min(x, y), Math.max(x, y)), times, Long::sum);
  }

  /** The pairs each the other's most frequent partner (a tie goes to the lesser index), tied {@code least} times or more, most tied first. */
  List<int[]> mutual(long least) {
    Map<Integer, long[]> best = new TreeMap<>(); // person -> {replies, partner}
    pairs.forEach((p, n) -> {
      better(best, p.a(), p.b(), n);
      better(best, p.b(), p.a(), n);
    });
    List<Map.Entry<Pair, Long>> strongest = new ArrayList<>(pairs.entrySet());
    strongest.sort(Map.Entry.<Pair, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<int[]> out = new ArrayList<>();
    for (Map.Entry<Pair, Long> e : strongest) {
      Pair p = e.getKey();
      if (e.getValue() >= least && best.get(p.a())[1] == p.b() && best.get(p.b())[1] == p.a()) {
        out.add(new int[] {p.a(), p.b()});
      }
    }
    return out;
  }

  private static void better(Map<Integer, long[]> best, int person, int partner, long n) {
    long[] was = best.get(person);
    if (was == null || n > was[0] || n == was[0] && partner < was[1]) {
      best.put(person, new long[] {n, partner});
    }
  }
}
