package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongSetTest {
    @Test
    void countsDistinctValuesAsAHashSetDoes() {
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            long v = i % 3 == 0 ? r.nextLong(1000) - 500 : r.nextLong(); // many repeats, zero and negatives among them
            assertEquals(expected.add(v), set.add(v));
        }
        assertEquals(expected.size(), set.size());
    }

    @Test
    void containsWhatWasAddedOnly() {
        LongSet set = new LongSet();
        for (long v = 1; v <= 1000; v++) set.add(v * 7919);
        for (long v = 1; v <= 1000; v++) assertTrue(set.contains(v * 7919));
        assertFalse(set.contains(7918));
        assertFalse(set.contains(0));
    }

    @Test
    void zeroIsAValueLikeAnyOther() {
        LongSet set = new LongSet();
        assertTrue(set.add(0));
        assertFalse(set.add(0));
        LongSet other = new LongSet();
        other.add(0);
        other.add(5);
        set.addAll(other);
        assertEquals(2, set.size());
    }
}
