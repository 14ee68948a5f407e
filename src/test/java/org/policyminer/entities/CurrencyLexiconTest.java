package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lexicon's lookups against a scan of every currency, longest first, at every position of many texts. */
class CurrencyLexiconTest {
    private final CurrencyLexicon lexicon = CurrencyLexicon.instance();
    private final List<CurrencyLexicon.Currency> longestFirst = lexicon.longestFirst();

    @Test
    void lookupsAreTheLongestCurrencyAtEachPosition() {
        List<String> words = new ArrayList<>();
        for (CurrencyLexicon.Currency c : longestFirst) words.add(c.word());
        words.addAll(List.of("1", "2.5", "亿", "万", "约", "人民", "美", "港", "$", "元", "，", " ", "澳门", "新", "台"));
        Random r = new Random(5);
        int found = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) sb.append(words.get(r.nextInt(words.size())));
            String t = sb.toString();
            for (int i = -1; i <= t.length() + 1; i++) {
                CurrencyLexicon.Currency suffix = lexicon.suffixAt(t, i);
                assertEquals(scanSuffix(t, i), suffix, t + " at " + i);
                assertEquals(scanPrefixEndingAt(t, i), lexicon.prefixEndingAt(t, i), t + " ending at " + i);
                if (suffix != null) found++;
            }
        }
        assertTrue(found > 1000, "suffix currencies found: " + found);
    }

    private CurrencyLexicon.Currency scanSuffix(String t, int i) {
        for (CurrencyLexicon.Currency c : longestFirst) if (c.suffix() && !c.isMinor() && t.startsWith(c.word(), i)) return c;
        return null;
    }

    private CurrencyLexicon.Currency scanPrefixEndingAt(String t, int end) {
        for (CurrencyLexicon.Currency c : longestFirst) {
            int s = end - c.word().length();
            if (c.prefix() && s >= 0 && t.startsWith(c.word(), s)) return c;
        }
        return null;
    }
}
