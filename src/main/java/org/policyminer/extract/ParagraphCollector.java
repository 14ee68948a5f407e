package org.policyminer.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The rendered lines of an element: one paragraph per block-level element or {@code <br>}-separated line, spaces
 * collapsed, with how much of each line is link text (to drop link lists later).
 */
final class ParagraphCollector {
    /** One rendered line. */
    record Para(String text, int chars, int linkChars) {
        double linkDensity() {
            return chars == 0 ? 0 : linkChars / (double) chars;
        }
    }

    private ParagraphCollector() {}

    static List<Para> collect(Element root, Collection<Element> skip) {
        return collect(root, skip, new int[1]);
    }

    /** {@code rawChars[0]} receives the length of all text nodes visited (the unsquashed text). */
    static List<Para> collect(Element root, Collection<Element> skip, int[] rawChars) {
        return collect(root, skip, rawChars, null);
    }

    /**
     * With {@code drop}, nodes it accepts are removed from the tree as the walk meets them (their subtree unseen):
     * the lines are those of the tree after the removal, in the same walk.
     */
    static List<Para> collect(Element root, Collection<Element> skip, int[] rawChars, java.util.function.Predicate<Node> drop) {
        Set<Element> skipSet = Collections.newSetFromMap(new IdentityHashMap<>());
        skipSet.addAll(skip);
        List<Para> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] link = {0, 0}; // link depth, link chars in the open line
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (drop != null && drop.test(node)) return FilterResult.REMOVE;
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    rawChars[0] += s.length();
                    if (link[0] > 0) link[1] += Chars.nonSpace(s);
                    line.append(s);
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                if (skipSet.contains(e)) return FilterResult.SKIP_ENTIRELY;
                String name = e.normalName();
                if (Blocks.isBlock(name)) flush(line, link, out);
                if (Blocks.isLink(e)) link[0]++;
                else if (name.equals("img") && line.length() == 0) {
                    // an image is not text; its alt is not the article either
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String name = e.normalName();
                if (Blocks.isLink(e)) link[0]--;
                if (Blocks.isBlock(name)) flush(line, link, out);
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(line, link, out);
        return out;
    }

    private static void flush(StringBuilder line, int[] link, List<Para> out) {
        if (line.length() > 0) {
            String s = joinCjk(Chars.squash(line));
            if (!s.isEmpty()) {
                int chars = Chars.nonSpaceOfSquashed(s);
                out.add(new Para(s, chars, Math.min(chars, link[1])));
            }
        }
        line.setLength(0);
        link[1] = 0;
    }

    /** Drops a space between two Han characters: it comes from a line wrap in the HTML source, not from the text. */
    static String joinCjk(String s) {
        int sp = s.indexOf(' ');
        if (sp < 0) return s;
        boolean any = false;
        for (int i = sp; i >= 0 && !any; i = s.indexOf(' ', i + 1)) {
            any = i > 0 && i + 1 < s.length() && isCjkOrPunct(s.charAt(i - 1)) && isCjkOrPunct(s.charAt(i + 1));
        }
        if (!any) return s; // no space between two Han characters: nothing to drop
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && isCjkOrPunct(s.charAt(i - 1)) && isCjkOrPunct(s.charAt(i + 1))) continue;
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isCjkOrPunct(char c) {
        return Chars.isCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F);
    }
}
