package org.policyminer.util;

import java.util.BitSet;
import java.util.List;

/**
 * Several {@link QuickFind}s searched in one pass over the text: which of them match, as each one's {@code find} would
 * say. A line checked against the seven pitch families was read seven times, once a family, and the reading (a table
 * look-up a character) was half of the families' cost once the regexes were tried only where a match can start.
 * Exact: each pattern is tried at the same positions its own {@code find} tries, and a pattern whose start cannot be
 * read is searched its own way. Immutable and thread-safe.
 */
public final class QuickFindSet {
    private final QuickFind[] finds;
    /** The characters any quick pattern can start with: most characters of a line are not, and cost one bit test. */
    private final BitSet anyStart = new BitSet();
    /**
     * For each start character, the bits of the quick patterns that can start with it: an open-addressing table of a
     * few hundred entries (a table over every char was 256 KB, read at random), the character at {@code 2 * slot} and
     * its bits right after it, so that a look-up reads one place in memory, not two.
     */
    private final int[] startTable;
    /**
     * For each start character, what can come second in a match of any pattern starting with it (null: anything): a
     * position whose next character is in none is passed without asking the patterns (prose is full of 不, 一, 可,
     * which the pitch families open with, and each ask was a binary search and a matcher).
     */
    private final BitSet[] startSeconds;
    /**
     * For each start character's slot, each quick pattern's {@link QuickFind#pairIndexOf} of it, by the pattern's
     * number (null: no pattern starts with it): read here once, not in each pattern's own table at every ask.
     */
    private final int[][] startPairIndexes;
    private final int tableMask;
    private final int quick;
    /**
     * A screen before the table: the start characters anything may follow ({@code anySecond}), and a bit for each
     * (start, second) pair some pattern can open with, by a hash of the pair ({@code pairBits}, a superset: pairs that
     * share a bit pass together). A start character of prose (不, 一, 可 …) whose next character opens no match is then
     * passed with one bit test, not a table look-up.
     */
    private final BitSet anySecond = new BitSet();
    private final long[] pairBits = new long[1 << (PAIR_BITS - 6)];
    private static final int PAIR_BITS = 16;

    private QuickFindSet(List<QuickFind> finds) {
        if (finds.size() > 31) throw new IllegalArgumentException("at most 31 patterns, got " + finds.size());
        this.finds = finds.toArray(new QuickFind[0]);
        int q = 0;
        for (int k = 0; k < this.finds.length; k++) {
            BitSet starts = this.finds[k].starts();
            // a pattern with a match only at the text's start (^…) is asked its own way, which tries position 0 first
            if (starts == null || this.finds[k].triesStart()) continue;
            q |= 1 << k;
            anyStart.or(starts);
        }
        this.quick = q;
        int size = Integer.highestOneBit(Math.max(8, anyStart.cardinality() * 4) - 1) << 1;
        this.startTable = new int[2 * size];
        this.startSeconds = new BitSet[size];
        this.tableMask = size - 1;
        for (int at = 0; at < size; at++) startTable[2 * at] = -1;
        boolean[] anySecond = new boolean[size];
        for (int k = 0; k < this.finds.length; k++) {
            BitSet starts = this.finds[k].starts();
            if ((quick & 1 << k) == 0) continue;
            for (int c = starts.nextSetBit(0); c >= 0; c = starts.nextSetBit(c + 1)) {
                int at = slot(c);
                startTable[2 * at] = c;
                startTable[2 * at + 1] |= 1 << k;
                BitSet seconds = this.finds[k].seconds((char) c);
                if (seconds == null) anySecond[at] = true;
                else if (startSeconds[at] == null) startSeconds[at] = (BitSet) seconds.clone();
                else startSeconds[at].or(seconds);
            }
        }
        for (int at = 0; at < size; at++) if (anySecond[at]) startSeconds[at] = null;
        this.startPairIndexes = new int[size][];
        for (int at = 0; at < size; at++) {
            int c = startTable[2 * at];
            if (c == -1) continue;
            startPairIndexes[at] = new int[this.finds.length];
            for (int k = 0; k < this.finds.length; k++) if ((startTable[2 * at + 1] & 1 << k) != 0) startPairIndexes[at][k] = this.finds[k].pairIndexOf((char) c);
        }
        for (int c = anyStart.nextSetBit(0); c >= 0; c = anyStart.nextSetBit(c + 1)) {
            BitSet seconds = startSeconds[slot(c)];
            if (seconds == null) {
                this.anySecond.set(c);
                continue;
            }
            for (int d = seconds.nextSetBit(0); d >= 0; d = seconds.nextSetBit(d + 1)) {
                int h = pairHash(c, d);
                pairBits[h >>> 6] |= 1L << h;
            }
        }
    }

    private static int pairHash(int first, int second) {
        return ((first << 16 | second) * 0x9E3779B9) >>> (32 - PAIR_BITS);
    }

    /** Whether a match of some pattern may start at {@code i} by its first two characters (the screen: a superset). */
    private boolean mayOpen(CharSequence text, int i, char c) {
        if (anySecond.get(c)) return true;
        if (i + 1 >= text.length()) return false;
        int h = pairHash(c, text.charAt(i + 1));
        return (pairBits[h >>> 6] & 1L << h) != 0;
    }

    /** The slot of start character {@code c}, or the free slot where it would go. */
    private int slot(int c) {
        int at = (c * 0x9E3779B9) >>> 16 & tableMask;
        int k;
        while ((k = startTable[2 * at]) != -1 && k != c) at = (at + 1) & tableMask;
        return at;
    }

    /** What the set gives pattern {@code k} for start character {@code c} ({@link #startPairIndexes}); for tests. */
    int pairIndexOf(char c, int k) {
        int[] indexes = startPairIndexes[slot(c)];
        return indexes == null ? Integer.MIN_VALUE : indexes[k];
    }

    public static QuickFindSet of(List<QuickFind> finds) {
        return new QuickFindSet(finds);
    }

    /** Bit k set when the k-th pattern matches somewhere in {@code text}. */
    public int matching(CharSequence text) {
        return matching(text, ALL);
    }

    private static final int ALL = -1;

    /**
     * {@link #matching(CharSequence)} of {@code text}, a part of the line {@code line} was read from: the patterns the
     * line holds no start character of are not asked, and when that is all of them the text is not read.
     */
    public int matching(CharSequence text, LineStarts line) {
        int[] indexes = screens;
        if (indexes == null) {
            indexes = new int[finds.length];
            for (int k = 0; k < finds.length; k++) indexes[k] = finds[k].screenIndex();
            screens = indexes;
        }
        int asked = 0;
        for (int k = 0; k < indexes.length; k++) if (line.mayMatch(indexes[k])) asked |= 1 << k;
        return asked == 0 ? 0 : matching(text, asked);
    }

    /** Each pattern's {@link QuickFind#screenIndex}, read at the first ask with a line's view (each one's field was a read elsewhere in memory). */
    private volatile int[] screens;

    /** {@link #matching(CharSequence)} of the patterns whose bits {@code asked} has (the others: not matching). */
    private int matching(CharSequence text, int asked) {
        int found = 0;
        for (int k = 0; k < finds.length; k++) {
            if ((quick & 1 << k) == 0 && (asked & 1 << k) != 0 && finds[k].find(text)) found |= 1 << k;
        }
        int open = quick & asked;
        int n = text.length();
        java.util.regex.Matcher[] matchers = null; // each pattern's matcher on the text, taken at its first ask (QuickFind)
        for (int i = 0; i < n && open != 0; i++) {
            char c = text.charAt(i);
            if (!anyStart.get(c) || !mayOpen(text, i, c)) continue;
            int at = slot(c);
            int candidates = startTable[2 * at + 1] & open;
            if (candidates == 0) continue;
            BitSet seconds = startSeconds[at];
            if (seconds != null && (i + 1 >= n || !seconds.get(text.charAt(i + 1)))) continue;
            if (matchers == null) matchers = new java.util.regex.Matcher[finds.length];
            int[] pairIndexes = startPairIndexes[at];
            while (candidates != 0) {
                int k = Integer.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                if (finds[k].matchesAt(text, i, pairIndexes[k], matchers, k)) {
                    found |= 1 << k;
                    open &= ~(1 << k);
                }
            }
        }
        return found;
    }
}
