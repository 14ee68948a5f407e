package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordEndingsTest {
    @Test
    void findsAWordEndingBeforeAPosition() {
        WordEndings w = new WordEndings("的", "推动", "进一步");
        assertTrue(w.endsAt("推动集群", 2));
        assertTrue(w.endsAt("要进一步", 4));
        assertFalse(w.endsAt("一步", 2), "only part of 进一步");
        assertFalse(w.endsAt("推动", 1));
        assertFalse(w.endsAt("推动", 0));
        assertFalse(w.endsAt("推动", 3), "past the end");
    }

    @Test
    void agreesWithComparingEveryWord() {
        List<String> words = List.of("a", "ba", "cba", "bb", "c");
        WordEndings w = new WordEndings(words.toArray(String[]::new));
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 500; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 1 + r.nextInt(8); i++) sb.append("abc".charAt(r.nextInt(3)));
            String t = sb.toString();
            for (int end = 0; end <= t.length(); end++) {
                final int e = end;
                boolean expected = words.stream().anyMatch(x -> e >= x.length() && t.startsWith(x, e - x.length()));
                assertEquals(expected, w.endsAt(t, end), t + " at " + end);
            }
        }
    }
}
