package org.policyminer.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * Longest-match lookup of many short strings (place names, words) at a position of a text, one character step at a
 * time, so scanning a text costs O(length × longest entry) without building substrings. Immutable after build.
 */
final class SurfaceTrie<V> {
    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value;
    }

    private final Node<V> root = new Node<>();

    /** Adds a surface; an existing value for the same surface is kept (the first entry wins). */
    void put(String surface, V value) {
        Node<V> n = root;
        for (int i = 0; i < surface.length(); i++) n = n.next.computeIfAbsent(surface.charAt(i), k -> new Node<>());
        if (n.value == null) n.value = value;
    }

    boolean isEmpty() {
        return root.next.isEmpty();
    }

    /** Length of the longest entry that starts at {@code i}, or 0. */
    int longestAt(CharSequence t, int i) {
        Node<V> n = root;
        int best = 0;
        for (int j = i; j < t.length(); j++) {
            n = n.next.get(t.charAt(j));
            if (n == null) break;
            if (n.value != null) best = j - i + 1;
        }
        return best;
    }

    V get(CharSequence t, int start, int end) {
        Node<V> n = root;
        for (int j = start; j < end && n != null; j++) n = n.next.get(t.charAt(j));
        return n == null ? null : n.value;
    }
}
