package org.policyminer.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The band keys of one segment as a set of 32-bit hashes (open addressing, half full), read once when the segment
 * first serves a lookup: a key no document of the segment has, which is most of them, then costs a probe instead of a
 * seek in the segment's terms dictionary. A hash that matches by chance only costs that seek. 8 bytes a key, 256 a
 * document.
 */
final class BandKeySet {
    private final int[] slots;
    private final int mask;

    private BandKeySet(int[] slots) {
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    static BandKeySet of(LeafReader leaf) throws IOException {
        Terms terms = leaf.terms(Fields.COPY_BANDS);
        long n = terms == null ? 0 : terms.size();
        if (n < 0) { // a codec that does not keep the count: count them
            n = 0;
            TermsEnum count = terms.iterator();
            while (count.next() != null) n++;
        }
        int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 30, 2 * Math.max(n, 1))) - 1) << 1;
        BandKeySet set = new BandKeySet(new int[capacity]);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) set.add(hash(t));
        }
        return set;
    }

    static int hash(BytesRef b) {
        int h = 0x811C9DC5;
        for (int i = b.offset; i < b.offset + b.length; i++) h = (h ^ b.bytes[i]) * 0x01000193;
        return h == 0 ? 1 : h; // 0 marks an empty slot
    }

    private void add(int h) {
        int i = mix(h) & mask;
        while (slots[i] != 0) {
            if (slots[i] == h) return;
            i = (i + 1) & mask;
        }
        slots[i] = h;
    }

    boolean mayContain(BytesRef key) {
        int h = hash(key);
        int i = mix(h) & mask;
        while (slots[i] != 0) {
            if (slots[i] == h) return true;
            i = (i + 1) & mask;
        }
        return false;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        return h ^ (h >>> 15);
    }
}
