package org.policyminer.index;

import java.util.function.IntConsumer;

/**
 * The LSH band hashes of the written documents: a multimap from a band's 32-bit hash to the slots of the documents
 * that have it (copies share many), in one array of longs, {@code hash << 32 | slot}, with linear probing. Eight bytes
 * an entry and no object per entry: 32 entries a document, about 400 bytes at the load it keeps (at most 0.7).
 */
final class BandTable {
    private static final double MAX_LOAD = 0.7;

    private long[] entries = new long[1 << 10];
    private int size;

    /** Adds a slot under a hash; {@code hash} is never 0 (see {@link CopySignature#bandHashes}). */
    void add(int hash, int slot) {
        if (size + 1 > MAX_LOAD * entries.length) grow();
        put(entries, entry(hash, slot));
        size++;
    }

    /** Every slot added under {@code hash} (and, rarely, none). */
    void forEach(int hash, IntConsumer slots) {
        int mask = entries.length - 1;
        for (int i = start(hash, mask); entries[i] != 0; i = (i + 1) & mask) {
            if ((int) (entries[i] >>> 32) == hash) slots.accept((int) entries[i]);
        }
    }

    /**
     * The slots added under {@code hash}, in {@link #forEach}'s order, into {@code out} as far as it reaches; returns
     * how many there are (more than {@code out.length}: call again with a larger array). No object per call.
     */
    int slots(int hash, int[] out) {
        int mask = entries.length - 1;
        int n = 0;
        for (int i = start(hash, mask); entries[i] != 0; i = (i + 1) & mask) {
            if ((int) (entries[i] >>> 32) == hash) {
                if (n < out.length) out[n] = (int) entries[i];
                n++;
            }
        }
        return n;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[entries.length * 2];
        for (long e : entries) if (e != 0) put(bigger, e);
        entries = bigger;
    }

    private static void put(long[] table, long entry) {
        int mask = table.length - 1;
        int i = start((int) (entry >>> 32), mask);
        while (table[i] != 0) i = (i + 1) & mask;
        table[i] = entry;
    }

    private static long entry(int hash, int slot) {
        return ((long) hash << 32) | (slot & 0xFFFF_FFFFL); // hash is not 0, so no entry is 0 (the empty mark)
    }

    /** The band hashes are already mixed; one more round spreads the low bits a mask keeps. */
    private static int start(int hash, int mask) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
