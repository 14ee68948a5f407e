package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SurfaceTrieTest {
    @Test
    void findsTheLongestEntryAtAPosition() {
        SurfaceTrie<String> t = new SurfaceTrie<>();
        assertTrue(t.isEmpty());
        t.put("南京", "a");
        t.put("南京市", "b");
        t.put("南通", "c");
        assertEquals(3, t.longestAt("在南京市内", 1));
        assertEquals(2, t.longestAt("南京路", 0));
        assertEquals(0, t.longestAt("南方", 0));
        assertEquals(0, t.longestAt("南", 0), "a prefix of an entry is no entry");
        assertEquals(0, t.longestAt("南京", 2), "past the end");
        assertEquals("b", t.get("在南京市内", 1, 4));
        assertNull(t.get("在南京市内", 1, 2));
    }

    @Test
    void aLengthLimitFallsBackToAShorterEntry() {
        SurfaceTrie<String> t = SurfaceTrie.of("国家", "国家级");
        assertEquals(3, t.longestAt("国家级集群", 0, 3));
        assertEquals(2, t.longestAt("国家级集群", 0, 2));
        assertEquals(0, t.longestAt("国家级集群", 0, 1));
    }

    @Test
    void readingBackwardsFindsTheLongestReversedEntryEndingThere() {
        SurfaceTrie<String> t = new SurfaceTrie<>();
        for (String w : new String[] {"元", "美元", "港元", "𠀀元"}) t.put(SurfaceTrie.reversed(w), w);
        assertEquals("美元", t.longestValueBefore("约美元", 3));
        assertEquals("𠀀元", t.longestValueBefore("在𠀀元", 4), "a surrogate pair is read backwards a char at a time");
        assertEquals("元", t.longestValueBefore("人元", 2));
        assertNull(t.longestValueBefore("美元", 1));
        assertNull(t.longestValueBefore("美元", 0));
        assertNull(t.longestValueBefore("美元", 3), "past the end");
        assertEquals("美元", SurfaceTrie.of("美元", "美").longestValueAt("美元们", 0));
        assertEquals("美", SurfaceTrie.of("美元", "美").longestValueAt("美国", 0));
        assertNull(SurfaceTrie.of("美元").longestValueAt("美元", 2));
    }

    @Test
    void theFirstValueForASurfaceWins() {
        SurfaceTrie<String> t = new SurfaceTrie<>();
        t.put("苏州", "first");
        t.put("苏州", "second");
        assertEquals("first", t.get("苏州", 0, 2));
    }

    /** Against a plain map of every entry, on random entries and texts over a small alphabet (many shared prefixes). */
    @Test
    void agreesWithAMapOfEntriesOnRandomText() {
        SplittableRandom r = new SplittableRandom(11);
        String alphabet = "京南市州苏江浙杭a1";
        Map<String, Integer> entries = new HashMap<>();
        SurfaceTrie<Integer> t = new SurfaceTrie<>();
        for (int k = 0; k < 300; k++) {
            String s = random(r, alphabet, 1 + r.nextInt(5));
            entries.putIfAbsent(s, k);
            t.put(s, k);
        }
        for (int k = 0; k < 200; k++) {
            String text = random(r, alphabet, 1 + r.nextInt(30));
            for (int i = 0; i < text.length(); i++) {
                int longest = 0;
                for (int end = i + 1; end <= text.length(); end++) {
                    if (entries.containsKey(text.substring(i, end))) longest = end - i;
                    assertEquals(entries.get(text.substring(i, end)), t.get(text, i, end));
                }
                assertEquals(longest, t.longestAt(text, i), text + " at " + i);
                int cap = 1 + r.nextInt(4);
                int capped = 0;
                for (int end = i + 1; end <= Math.min(text.length(), i + cap); end++) if (entries.containsKey(text.substring(i, end))) capped = end - i;
                assertEquals(capped, t.longestAt(text, i, cap), text + " at " + i + " up to " + cap);
            }
        }
    }

    private static String random(SplittableRandom r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }
}
