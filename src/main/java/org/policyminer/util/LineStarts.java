package org.policyminer.util;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which {@link QuickFind}s could start a match somewhere in a line, read for all of them in one pass over the line.
 * A line's advert checks ask some forty patterns, and each pattern's {@code find} read the whole line for its start
 * characters (a bit test a character), though about half of them hold none of them in a policy line: the line is now
 * read once, each character's patterns looked up in one table of every pattern's start characters (some 600
 * characters), and a pattern none of whose start characters the line holds answers false without reading it.
 * Exact: {@link QuickFind#find} tries only positions whose character is a start character (or, for a pattern anchored
 * at the text's start, position 0 when its character is one of {@link QuickFind}'s zero starts), so a text none of
 * whose characters is one finds nothing. It holds for any part of the line too ({@link QuickFind#find(CharSequence,
 * LineStarts)}: a clause, the line stripped), whose characters are the line's. Immutable; the table behind it is
 * replaced, never changed, when a pattern is made (patterns are made as their classes load: a pattern made after a
 * line was read is not screened for that line).
 */
public final class LineStarts {
    /** The table every line is read with: the patterns registered so far. */
    private static volatile Table table = new Table(List.of());
    /** Each screened pattern's characters, by its screen index; guarded by the class. */
    private static final List<BitSet> REGISTERED = new ArrayList<>();

    /** No screen: every pattern may match (what a caller without a line's view passes). */
    public static final LineStarts NONE = new LineStarts(null, 0);

    /** Bit i set: the line holds a start character of the pattern with screen index i. */
    private final long[] present;
    /** How many patterns the table knew when the line was read: the others are not screened. */
    private final int covered;

    private LineStarts(long[] present, int covered) {
        this.present = present;
        this.covered = covered;
    }

    /** The patterns whose start characters {@code text} holds, read in one pass. */
    public static LineStarts of(CharSequence text) {
        Table t = table;
        long[] present = new long[t.words];
        BitSet any = t.any;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!any.get(c)) continue;
            int at = t.slot(c);
            for (int w = 0, base = at * t.words; w < t.words; w++) present[w] |= t.masks[base + w];
        }
        return new LineStarts(present, t.count);
    }

    /**
     * Whether the pattern with screen index {@code index} may match in the line (or a part of it): false only when the
     * line holds none of its start characters. A negative index (a pattern that is not screened) may always match.
     */
    boolean mayMatch(int index) {
        if (index < 0 || index >= covered) return true;
        return (present[index >>> 6] & 1L << index) != 0;
    }

    /**
     * Registers a pattern's characters (its start characters, and its zero starts when it is anchored): the characters
     * without which it matches nowhere in a text. Returns its screen index.
     */
    static synchronized int register(BitSet chars) {
        REGISTERED.add((BitSet) chars.clone());
        table = new Table(REGISTERED);
        return REGISTERED.size() - 1;
    }

    /** Every registered character and, for each, the bits of the patterns it can start (an open-addressing table). */
    private static final class Table {
        final int count;
        final int words;
        /** The characters any pattern starts with: most characters of a line are none, and cost one bit test. */
        final BitSet any = new BitSet();
        /** A character + 1 at its slot (0: free). */
        final int[] keys;
        /** The patterns' bits of the character at slot s, at {@code s * words} on. */
        final long[] masks;
        final int mask;

        Table(List<BitSet> patterns) {
            this.count = patterns.size();
            this.words = Math.max(1, (count + 63) >>> 6);
            for (BitSet p : patterns) any.or(p);
            int size = Integer.highestOneBit(Math.max(8, any.cardinality() * 2) - 1) << 1;
            this.keys = new int[size];
            this.masks = new long[size * words];
            this.mask = size - 1;
            for (int i = 0; i < count; i++) {
                BitSet p = patterns.get(i);
                for (int c = p.nextSetBit(0); c >= 0; c = p.nextSetBit(c + 1)) {
                    int at = slot(c);
                    keys[at] = c + 1;
                    masks[at * words + (i >>> 6)] |= 1L << i;
                }
            }
        }

        /** The slot of character {@code c}, or the free slot where it would go. */
        int slot(int c) {
            int at = (c * 0x9E3779B9) >>> 16 & mask;
            int k;
            while ((k = keys[at]) != 0 && k != c + 1) at = (at + 1) & mask;
            return at;
        }
    }
}
