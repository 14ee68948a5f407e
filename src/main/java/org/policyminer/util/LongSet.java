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

    public boolean contains(long v) {
        if (v == 0) return hasZero;
        int mask = slots.length - 1;
        long h = v * 0x9E3779B97F4A7C15L;
        for (int i = (int) (h ^ (h >>> 32)) & mask; slots[i] != 0; i = (i + 1) & mask) if (slots[i] == v) return true;
        return false;
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
