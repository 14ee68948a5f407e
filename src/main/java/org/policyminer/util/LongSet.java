package org.policyminer.util;

/**
 * A set of longs in one array (open addressing, linear probing, at most half full): counting the distinct groups of
 * 40 000 matches through a {@code HashSet<Long>} boxed each of them and cost more than the search it counted for.
 */
public final class LongSet {
    private long[] slots = new long[64];
    private boolean hasZero;
    private int size;

    /** Adds the value; whether it was new. */
    public boolean add(long v) {
        if (v == 0) {
            if (hasZero) return false;
            hasZero = true;
            size++;
            return true;
        }
        if (2 * (size + 1) > slots.length) grow();
        if (!insert(slots, v)) return false;
        size++;
        return true;
    }

    /** Makes room for {@code more} values beyond those held, so that adding them never rehashes. */
    public void reserve(int more) {
        long need = 2L * (size + (long) more);
        if (need <= slots.length) return;
        int capacity = Integer.highestOneBit((int) Math.min(1 << 30, need - 1)) << 1;
        long[] bigger = new long[capacity];
        for (long v : slots) if (v != 0) insert(bigger, v);
        slots = bigger;
    }

    public void addAll(LongSet other) {
        if (other.hasZero) add(0);
        for (long v : other.slots) if (v != 0) add(v);
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) if (v != 0) insert(bigger, v);
        slots = bigger;
    }

    private static boolean insert(long[] table, long v) {
        int mask = table.length - 1;
        long h = v * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == v) return false;
            i = (i + 1) & mask;
        }
        table[i] = v;
        return true;
    }
}
