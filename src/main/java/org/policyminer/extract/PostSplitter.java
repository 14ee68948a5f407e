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

    /** The same for a run of siblings: the one post of the run whose heading is the title, else the whole run. */
    static List<Element> narrowRun(List<Element> run, BlockScorer.Result scored, String title) {
        if (title.length() < 4) return run;
        double total = 0;
        for (Element e : run) total += Math.max(0, scored.value(e));
        List<Element> strong = new ArrayList<>();
        for (Element e : run) if (scored.value(e) > 0) strong.add(e); // posts can be many, each a small share
        if (strong.size() < 2) return run;
        Element hit = null;
        int hits = 0;
        for (Element e : strong) {
            if (hasLine(e, title)) {
                hits++;
                hit = e;
            }
        }
        return hits == 1 ? List.of(narrow(hit, scored, title)) : run;
    }

    static Element narrow(Element root, BlockScorer.Result scored, String title) {
        if (title.length() < 4) return root;
        Element cur = root;
        Element lastSplit = null;
        for (int step = 0; step < MAX_STEPS; step++) {
            int positive = 0;
            int hits = 0;
            double biggest = 0;
            Element hit = null;
            for (Element c : cur.children()) {
                if (scored.value(c) <= 0) continue;
                positive++;
                biggest = Math.max(biggest, scored.value(c));
                if (hasLine(c, title)) {
                    hits++;
                    hit = c;
                }
            }
            // a post is comparable in size to its siblings; a heading block beside the real body is not
            if (hits != 1 || (scored.value(hit) < 0.25 * biggest && scored.value(hit) < 150)) break;
            if (positive >= 2 && !repeated(hit, cur, scored)) break; // posts repeat one template; a gallery beside the body does not
            if (positive >= 2) lastSplit = hit; // the post with the title; its siblings are other posts
            cur = hit; // a wrapper around the post: look further in
        }
        return lastSplit != null ? lastSplit : root;
    }

    /** Another positive child of {@code parent} with the same tag and class as {@code hit}. */
    private static boolean repeated(Element hit, Element parent, BlockScorer.Result scored) {
        for (Element c : parent.children()) {
            if (c != hit && scored.value(c) > 0 && c.normalName().equals(hit.normalName()) && c.className().equals(hit.className())) return true;
        }
        return false;
    }

    /** A post: the title as one of its lines, and more than the title (a heading alone is no post). */
    private static boolean hasLine(Element e, String title) {
        // Necessary conditions, read without building lines: a line keeps the non-space characters of its text in
        // order, and the lines' characters are all of the element's non-space text.
        StringBuilder visible = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) if (!Chars.isSpace(s.charAt(i))) visible.append(s.charAt(i));
            }
        }, e);
        if (visible.length() < 3 * title.length()) return false;
        StringBuilder titleChars = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) if (!Chars.isSpace(title.charAt(i))) titleChars.append(title.charAt(i));
        if (visible.indexOf(titleChars.toString()) < 0) return false;
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
