package org.readingroom.text;


/**
 * Disjoint sets of {@code 0..n-1}: which aliases are one person (the people package's alias forest), and, in
 * {@code threads}, which printings are one message and which messages one thread.
 */
public final class UnionFind {
  private final int[] parent;

  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /** The set's representative: its least member. */
  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
