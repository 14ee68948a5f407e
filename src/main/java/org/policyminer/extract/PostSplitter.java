package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Blog front pages and forum threads put several posts side by side; the block scores then take them all. The
 * page is about the post whose heading is the page title: when the best element has several children that each
 * carry a good share of its score and exactly one of them has a line equal to the title, descend into that one.
 */
final class PostSplitter {
    private static final double SHARE = 0.12;
    private static final int MAX_STEPS = 12;

    private PostSplitter() {}

    static Element narrow(Element root, BlockScorer.Result scored, String title) {
        if (title.length() < 4) return root;
        Element cur = root;
        for (int step = 0; step < MAX_STEPS; step++) {
            double total = scored.value(cur);
            if (total <= 0) return cur;
            List<Element> strong = new ArrayList<>();
            for (Element c : cur.children()) if (scored.value(c) >= SHARE * total) strong.add(c);
            if (strong.size() == 1) {
                // a wrapper: look inside, but only keep the step if a split is found below
                Element below = narrow1(strong.get(0), scored, title, MAX_STEPS - step);
                return below == null ? cur : below;
            }
            if (strong.size() < 2) return cur;
            Element withTitle = null;
            int hits = 0;
            for (Element c : strong) {
                if (hasLine(c, title)) {
                    hits++;
                    withTitle = c;
                }
            }
            if (hits != 1) return cur;
            cur = withTitle;
        }
        return cur;
    }

    /** Follows single-child wrappers; returns the post found below, or null when there is no split. */
    private static Element narrow1(Element e, BlockScorer.Result scored, String title, int budget) {
        Element cur = e;
        for (int i = 0; i < budget; i++) {
            double total = scored.value(cur);
            List<Element> strong = new ArrayList<>();
            for (Element c : cur.children()) if (scored.value(c) >= SHARE * total) strong.add(c);
            if (strong.size() == 1) {
                cur = strong.get(0);
                continue;
            }
            if (strong.size() < 2) return null;
            Element hit = null;
            int hits = 0;
            for (Element c : strong) {
                if (hasLine(c, title)) {
                    hits++;
                    hit = c;
                }
            }
            return hits == 1 ? narrow(hit, scored, title) : null;
        }
        return null;
    }

    /** A post: the title as one of its lines, and more than the title (a heading alone is no post). */
    private static boolean hasLine(Element e, String title) {
        List<ParagraphCollector.Para> lines = ParagraphCollector.collect(e, List.of());
        if (lines.size() < 3) return false;
        int chars = 0;
        boolean found = false;
        for (ParagraphCollector.Para p : lines) {
            chars += p.chars();
            if (p.text().equals(title)) found = true;
        }
        return found && chars >= 3 * title.length();
    }
}
