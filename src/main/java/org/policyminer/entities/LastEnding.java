package org.policyminer.entities;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Mentions of one kind (clusters, companies, places) indexed by where they end, to find "the one named closest before
 * a figure in its sentence" without reading every mention of the page for every figure: that read made the entity
 * stage grow with the square of a page's size (a 4 MB page: 8 300 figures × 25 000 places).
 */
final class LastEnding {
    private final int[] starts;
    private final int[] ends;
    /** Mention numbers sorted by end, then by number. */
    private final int[] byEnd;

    <T> LastEnding(List<T> mentions, ToIntFunction<T> start, ToIntFunction<T> end) {
        int n = mentions.size();
        starts = new int[n];
        ends = new int[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = start.applyAsInt(mentions.get(i));
            ends[i] = end.applyAsInt(mentions.get(i));
            keys[i] = (long) ends[i] << 32 | i;
        }
        Arrays.sort(keys);
        byEnd = new int[n];
        for (int i = 0; i < n; i++) byEnd[i] = (int) keys[i];
    }

    /**
     * The number of the mention inside [from, to] that ends last (the first in list order among those ending
     * together), or -1: what a scan of the whole list keeping each later end would pick. Walks back from the last
     * mention ending by {@code to}, past those that start before {@code from} (they straddle it: a few at most).
     */
    int find(int from, int to) {
        int lo = 0;
        int hi = byEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[byEnd[mid]] <= to) lo = mid + 1;
            else hi = mid;
        }
        int best = -1;
        for (int p = lo - 1; p >= 0; p--) {
            int i = byEnd[p];
            if (ends[i] < from || (best >= 0 && ends[i] < ends[best])) break;
            if (starts[i] >= from && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}
