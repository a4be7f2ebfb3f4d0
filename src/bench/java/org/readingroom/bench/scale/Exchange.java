package org.readingroom.bench.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Strings a copy exchanges for one another: names, addresses, words of running text. They are kept
 * in blocks of alike (names or words of one shape and about as frequent, each block in that order),
 * and each copy turns every block by a random distance between a quarter and three quarters of its
 * size: no string is its own image in a block of two or more, neighbours in the order never stand
 * for each other, and a copy's strings are the originals' strings, alike in shape and frequency,
 * only in other places.
 */
final class Exchange {

  private final String[] keys;
  private final Map<String, Integer> index;
  /** Where each block starts in {@link #keys}, and its end as the last entry. */
  private final int[] blocks;

  private Exchange(List<List<String>> blocks) {
    List<String> all = new ArrayList<>();
    this.blocks = new int[blocks.size() + 1];
    for (int b = 0; b < blocks.size(); b++) {
      this.blocks[b] = all.size();
      all.addAll(blocks.get(b));
    }
    this.blocks[blocks.size()] = all.size();
    keys = all.toArray(new String[0]);
    index = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      index.put(keys[i], i);
    }
  }

  /**
   * An exchange over {@code ordered}, cut into blocks of {@code size} (a last block of one joins the
   * one before it, so nothing is left alone).
   */
  static Exchange inBlocks(List<List<String>> groups, int size) {
    List<List<String>> blocks = new ArrayList<>();
    for (List<String> group : groups) {
      for (int from = 0; from < group.size(); from += size) {
        int to = Math.min(group.size(), from + size);
        if (to - from == 1 && from > 0) {
          blocks.get(blocks.size() - 1).add(group.get(from));
        } else {
          blocks.add(new ArrayList<>(group.subList(from, to)));
        }
      }
    }
    return new Exchange(blocks);
  }

  int size() {
    return keys.length;
  }

  /** A copy's mapping: each string's image, by index; the same seed gives the same mapping. */
  int[] images(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] image = new int[keys.length];
    for (int b = 0; b + 1 < blocks.length; b++) {
      int from = blocks[b];
      int n = blocks[b + 1] - from;
      int quarter = n / 4;
      int turn = Math.min(n - 1, Math.max(1, quarter + random.nextInt(Math.max(1, n - 2 * quarter))));
      for (int i = 0; i < n; i++) {
        image[from + i] = from + (i + turn) % n;
      }
    }
    return image;
  }

  /** The image of {@code key} under {@code images}; the key itself when it is not in the table. */
  String image(String key, int[] images) {
    Integer i = index.get(key);
    return i == null ? key : keys[images[i]];
  }

  boolean contains(String key) {
    return index.containsKey(key);
  }

  /** Where {@code key} is in the table, or -1. */
  int indexOf(String key) {
    Integer i = index.get(key);
    return i == null ? -1 : i;
  }

  /** The key at {@code index} of the table. */
  String key(int index) {
    return keys[index];
  }
}
