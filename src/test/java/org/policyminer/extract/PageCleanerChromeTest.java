package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The names read once a list ({@link NameParts}) decide as a search of them for each part did. */
class PageCleanerChromeTest {
    /** The rule as it was written before the one-pass reading: content parts first, then chrome parts, then words. */
    private static boolean chromeByEachPart(Element e) {
        if (e.normalName().equals("nav") || e.normalName().equals("footer") || e.normalName().equals("aside")) return true;
        String id = e.id();
        String cls = e.className();
        if (id.isEmpty() && cls.isEmpty()) return false;
        String names = (id + " " + cls).toLowerCase(Locale.ROOT);
        for (String c : PageCleaner.CONTENT_PARTS) if (names.contains(c)) return false;
        for (String p : PageCleaner.CHROME_PARTS) if (names.contains(p)) return true;
        if (e.normalName().equals("article") || e.normalName().equals("main")) return false;
        for (String w : names.split("[^a-z0-9]+")) if (PageCleaner.CHROME_WORDS.contains(w)) return true;
        return false;
    }

    @Test
    void decidesAsASearchForEachPart() {
        List<String> pieces = new ArrayList<>();
        pieces.addAll(PageCleaner.CONTENT_PARTS);
        pieces.addAll(PageCleaner.CHROME_PARTS);
        pieces.addAll(PageCleaner.CHROME_WORDS);
        // near misses: each part cut short, capitalised, and joined to its neighbours
        for (String p : new ArrayList<>(pieces)) {
            pieces.add(p.substring(0, p.length() - 1));
            pieces.add(p.substring(1));
            pieces.add(p.toUpperCase(Locale.ROOT));
        }
        pieces.addAll(List.of(" ", "-", "_", "x", "main", "box", "1", "İ", "中文", "top", "header"));
        String[] tags = {"div", "span", "article", "main", "ul", "nav", "section", "td"};
        Random r = new Random(9);
        int chrome = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder id = new StringBuilder();
            StringBuilder cls = new StringBuilder();
            for (int i = r.nextInt(3); i > 0; i--) id.append(pieces.get(r.nextInt(pieces.size())));
            for (int i = r.nextInt(4); i > 0; i--) cls.append(pieces.get(r.nextInt(pieces.size())));
            String tag = tags[r.nextInt(tags.length)];
            Element e = new Element(tag);
            if (id.length() > 0) e.attr("id", id.toString());
            if (cls.length() > 0 || r.nextBoolean()) e.attr("class", cls.toString());
            boolean expected = chromeByEachPart(e);
            if (expected) chrome++;
            assertEquals(expected, PageCleaner.isChrome(e), () -> e.outerHtml());
        }
        assertTrue(chrome > 5_000 && chrome < 25_000, "both answers met often: " + chrome);
        assertEquals(false, PageCleaner.isChrome(Jsoup.parse("<div class='content-share'>x</div>").selectFirst("div")),
                "a content part keeps the element even after a chrome part");
    }
}
