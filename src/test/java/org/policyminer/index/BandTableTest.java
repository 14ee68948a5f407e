package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandTableTest {
    private static List<Integer> slots(BandTable t, int hash) {
        List<Integer> out = new ArrayList<>();
        t.forEach(hash, out::add);
        return out;
    }

    @Test
    void aHashGivesEverySlotAddedUnderItAndNoOther() {
        BandTable t = new BandTable();
        t.add(7, 0);
        t.add(-7, 1);
        t.add(7, 2);
        assertEquals(List.of(0, 2), slots(t, 7));
        assertEquals(List.of(1), slots(t, -7));
        assertEquals(List.of(), slots(t, 8));
    }

    @Test
    void keepsEveryEntryThroughGrowth() {
        BandTable t = new BandTable();
        int n = 50_000;
        for (int slot = 0; slot < n; slot++) {
            t.add(slot * 0x9E3779B1 | 1, slot); // odd, so never 0
            t.add(42, slot);                    // one hash every document shares
        }
        assertEquals(2 * n, t.size());
        for (int slot = 0; slot < n; slot += 997) assertEquals(List.of(slot), slots(t, slot * 0x9E3779B1 | 1));
        assertEquals(n, slots(t, 42).size());
    }
}
