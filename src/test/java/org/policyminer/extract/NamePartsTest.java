package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Words found in one pass as a contains for each finds them, and the block prior that reads them. */
class NamePartsTest {
    private static List<String> pieces(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (String w : words) {
            out.add(w.substring(0, w.length() - 1));
            out.add(w.substring(1));
            out.add(w.toUpperCase(Locale.ROOT));
        }
        out.addAll(List.of(" ", "-", "_", "x", "1", "İ", "中文", "articlebody", "itemprop"));
        return out;
    }

    @Test
    void findsWhatAContainsForEachWordFinds() {
        List<String> words = List.of("content", "con_con", "text", "nr", "zw", "article-body", "c");
        NameParts parts = new NameParts(words);
        List<String> pieces = pieces(words);
        Random r = new Random(53);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(5); i > 0; i--) s.append(pieces.get(r.nextInt(pieces.size())));
            boolean expected = false;
            for (String w : words) expected |= s.toString().contains(w);
            assertEquals(expected, parts.inside(s.toString()), s::toString);
        }
    }

    /** BlockScorer.prior as it was written: a contains for each CMS container, articlebody, then each contentish word. */
    private static double priorByEachWord(Element e) {
        String id = e.id();
        String cls = e.className();
        String itemprop = e.attr("itemprop");
        if (id.isEmpty() && cls.isEmpty() && itemprop.isEmpty()) return 1.0;
        String names = (id + " " + cls + " " + itemprop).toLowerCase(Locale.ROOT);
        if (names.isBlank()) return 1.0;
        for (String c : BlockScorer.CMS_CONTAINERS) if (names.contains(c)) return 1.5;
        if (names.contains("articlebody")) return 1.5;
        for (String c : BlockScorer.CONTENTISH) if (names.contains(c)) return 1.1;
        return 1.0;
    }

    @Test
    void thePriorIsAsBefore() {
        List<String> all = new ArrayList<>(BlockScorer.CMS_CONTAINERS);
        all.addAll(BlockScorer.CONTENTISH);
        List<String> pieces = pieces(all);
        Random r = new Random(59);
        int[] seen = new int[3];
        for (int n = 0; n < 30_000; n++) {
            Element e = new Element("div");
            for (String attr : new String[] {"id", "class", "itemprop"}) {
                if (r.nextInt(3) == 0) continue;
                StringBuilder v = new StringBuilder();
                for (int i = r.nextInt(3); i > 0; i--) v.append(pieces.get(r.nextInt(pieces.size())));
                e.attr(attr, v.toString());
            }
            double expected = priorByEachWord(e);
            seen[expected == 1.5 ? 2 : expected == 1.1 ? 1 : 0]++;
            assertEquals(expected, BlockScorer.prior(e), e::outerHtml);
        }
        assertTrue(seen[0] > 1000 && seen[1] > 1000 && seen[2] > 1000, java.util.Arrays.toString(seen));
    }
}
