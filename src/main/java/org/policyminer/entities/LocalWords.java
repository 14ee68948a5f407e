package org.policyminer.entities;

import java.util.Arrays;

/**
 * Where the words that point at the context city or province (全市, 我省 …) occur in a text, found in one pass, so
 * that each figure finds the last one before it by binary search instead of searching the text backwards (which
 * reads to the start of the page when the word is absent).
 */
final class LocalWords {
    /** In the order a figure's subject tries them; each is two characters. */
    static final String[] WORDS = {"全市", "我市", "本市", "该市", "全省", "我省", "本省", "该省"};

    private final int[][] positions = new int[WORDS.length][];

    LocalWords(String t) {
        int[] counts = new int[WORDS.length];
        int[][] found = new int[WORDS.length][4];
        for (int i = 0; i + 1 < t.length(); i++) {
            char second = t.charAt(i + 1);
            if (second != '市' && second != '省') continue;
            int w = word(t.charAt(i), second);
            if (w < 0) continue;
            if (counts[w] == found[w].length) found[w] = Arrays.copyOf(found[w], counts[w] * 2);
            found[w][counts[w]++] = i;
        }
        for (int w = 0; w < WORDS.length; w++) positions[w] = Arrays.copyOf(found[w], counts[w]);
    }

    private static int word(char first, char second) {
        for (int w = 0; w < WORDS.length; w++) if (WORDS[w].charAt(0) == first && WORDS[w].charAt(1) == second) return w;
        return -1;
    }

    /** The last occurrence of word {@code w} starting at or before {@code pos}, or -1 (as {@code lastIndexOf}). */
    int lastAtOrBefore(int w, int pos) {
        int[] p = positions[w];
        int lo = 0;
        int hi = p.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p[mid] <= pos) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? -1 : p[lo - 1];
    }
}
