package org.policyminer.util;

import java.util.Arrays;

/**
 * Longest-match lookup of many short strings (place names, words) at a position of a text, one character step at a
 * time, so scanning a text costs O(length × longest entry) without building substrings. Filled by {@link #put}, then
 * only read: safe to share between threads once published (the recognisers build theirs in static holders).
 *
 * <p>The recognisers ask at every position of every text, and almost every position starts no entry: the first
 * character is looked up in a table indexed by the character itself, so that answer costs one array read. Deeper
 * nodes keep their few children in sorted arrays.
 */
public final class SurfaceTrie<V> {
    private static final class Node<V> {
        char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        Node<V>[] children = new Node[0];
        V value;

        Node<V> child(char c) {
            char[] k = keys;
            if (k.length > 8) {
                int at = Arrays.binarySearch(k, c);
                return at >= 0 ? children[at] : null;
            }
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) return children[i];
                if (k[i] > c) return null;
            }
            return null;
        }

        Node<V> childOrAdd(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) return children[at];
            int ins = -at - 1;
            Node<V> n = new Node<>();
            keys = insert(keys, ins, c);
            children = insert(children, ins, n);
            return n;
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] out = new char[a.length + 1];
            System.arraycopy(a, 0, out, 0, at);
            out[at] = c;
            System.arraycopy(a, at, out, at + 1, a.length - at);
            return out;
        }

        private static <T> T[] insert(T[] a, int at, T x) {
            T[] out = Arrays.copyOf(a, a.length + 1);
            System.arraycopy(a, at, out, at + 1, a.length - at);
            out[at] = x;
            return out;
        }
    }

    @SuppressWarnings("unchecked")
    private final Node<V>[] first = new Node[Character.MAX_VALUE + 1];
    private boolean empty = true;

    /** Adds a surface; an existing value for the same surface is kept (the first entry wins). */
    public void put(String surface, V value) {
        if (surface.isEmpty()) return;
        char c = surface.charAt(0);
        Node<V> n = first[c];
        if (n == null) n = first[c] = new Node<>();
        for (int i = 1; i < surface.length(); i++) n = n.childOrAdd(surface.charAt(i));
        if (n.value == null) n.value = value;
        empty = false;
    }

    public boolean isEmpty() {
        return empty;
    }

    /** The characters some entry starts with: a small set to test before {@link #longestAt} where most positions start none. */
    public java.util.BitSet firstChars() {
        java.util.BitSet out = new java.util.BitSet();
        for (int c = 0; c < first.length; c++) if (first[c] != null) out.set(c);
        return out;
    }

    /** Length of the longest entry that starts at {@code i}, or 0. */
    public int longestAt(CharSequence t, int i) {
        return longestAt(t, i, Integer.MAX_VALUE);
    }

    /** Length of the longest entry that starts at {@code i} and is at most {@code maxLength} long, or 0. */
    public int longestAt(CharSequence t, int i, int maxLength) {
        if (i >= t.length() || maxLength <= 0) return 0;
        Node<V> n = first[t.charAt(i)];
        int best = 0;
        for (int j = i + 1; n != null; j++) {
            if (n.value != null) best = j - i;
            if (j >= t.length() || j - i >= maxLength) break;
            n = n.child(t.charAt(j));
        }
        return best;
    }

    /** The value of the longest entry that starts at {@code i}, or null. */
    public V longestValueAt(CharSequence t, int i) {
        int n = longestAt(t, i);
        return n == 0 ? null : get(t, i, i + n);
    }

    /**
     * Reading {@code t} backwards from {@code end}: the value of the longest entry met, or null. In a trie of reversed
     * surfaces ({@link #reversed}) that is the longest surface ending at {@code end}.
     */
    public V longestValueBefore(CharSequence t, int end) {
        if (end <= 0 || end > t.length()) return null;
        Node<V> n = first[t.charAt(end - 1)];
        V best = null;
        for (int j = end - 2; n != null; j--) {
            if (n.value != null) best = n.value;
            if (j < 0) break;
            n = n.child(t.charAt(j));
        }
        return best;
    }

    /**
     * The surface written backwards a char at a time, the order {@link #longestValueBefore} reads in: the key under
     * which it finds the surface. ({@code StringBuilder.reverse} keeps surrogate pairs in order, so a word with a
     * character outside the BMP would never be found.)
     */
    public static String reversed(String surface) {
        char[] c = new char[surface.length()];
        for (int i = 0; i < c.length; i++) c[i] = surface.charAt(c.length - 1 - i);
        return new String(c);
    }

    /** A trie of the words as a set (each maps to itself). */
    public static SurfaceTrie<String> of(String... words) {
        SurfaceTrie<String> t = new SurfaceTrie<>();
        for (String w : words) t.put(w, w);
        return t;
    }

    public V get(CharSequence t, int start, int end) {
        if (start >= end) return null;
        Node<V> n = first[t.charAt(start)];
        for (int j = start + 1; j < end && n != null; j++) n = n.child(t.charAt(j));
        return n == null ? null : n.value;
    }
}
