package org.policyminer.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the article, in one pass over the tree, counting characters (never words).
 *
 * <p>The page is cut into text blocks at block-level tags and {@code <br>}. Each block gets a value: its non-link
 * characters when it reads like prose (it has Chinese or ASCII punctuation, or is long), minus its link characters;
 * short unpunctuated fragments (menu items, dates, "首页") and link lists count against. An element's score is the
 * sum of the blocks inside it, so the best element is the subtree that takes in the most prose and the least
 * chrome: a parent wins over its child only when what it adds is worth more than it costs, which keeps an article
 * split over sibling containers whole. Known CMS containers (extraction notes §3.7) get a prior, never the last word.
 *
 * <p>The same pass finds link blocks (many short links, little else): site menus and link farms.
 */
final class BlockScorer {
    /** Known body containers, matched on id/class (lower case). */
    static final List<String> CMS_CONTAINERS = List.of("con_con", "ccontent", "trs_editor", "trs_ueditor",
            "ucap-content", "articlebody", "dochtmlcon", "pages_content", "article-content", "article_content",
            "zwgkdetail", "zw-con", "artibody", "article_body", "article-body", "post-content", "entry-content",
            "story-body", "news_txt", "post_text", "content_area", "text_con");
    static final List<String> CONTENTISH = List.of("content", "article", "text", "zhengwen", "detail", "main",
            "body", "news", "entry", "post", "story", "zw", "nr");
    /** The two lists read in one pass over the names each ({@link NameParts}); articlebody, the microdata name, with the CMS ones. */
    private static final NameParts CMS_NAMES = new NameParts(java.util.stream.Stream.concat(CMS_CONTAINERS.stream(),
            java.util.stream.Stream.of("articlebody")).toList());
    private static final NameParts CONTENTISH_NAMES = new NameParts(CONTENTISH);

    /** What the pass found. {@code linkBlocks} are outermost link blocks in document order. */
    record Result(Element root, double score, List<Element> linkBlocks, Map<Element, Double> values, List<Element> run) {
        /** The elements that hold the article: a run of siblings when that beats every single element. */
        List<Element> parts() {
            return run != null ? run : List.of(root);
        }

        double value(Element e) {
            return values.getOrDefault(e, 0.0);
        }
    }

    private static final class Acc {
        final Element el;
        double value;
        int chars;
        int linkChars;
        int links;
        double positiveChildren;
        int elementChildren;

        Acc(Element el) {
            this.el = el;
        }
    }

    private BlockScorer() {}

    static Result score(Element body) {
        Deque<Acc> stack = new ArrayDeque<>();
        Acc rootAcc = new Acc(body);
        double[] best = {Double.NEGATIVE_INFINITY};
        Element[] bestEl = {body};
        Set<Element> linkBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> linkOrder = new ArrayList<>(); // the same, in the order found (identity hashes vary by run)
        Map<Element, Double> values = new IdentityHashMap<>();
        Map<Element, Double> runParents = new IdentityHashMap<>(); // parents and the sum of their positive children
        int[] block = new int[3]; // chars, punct, linkChars of the open text block
        int[] linkDepth = {0};

        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    boolean inLink = linkDepth[0] > 0;
                    int c = 0;
                    int p = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (Chars.isSpace(ch)) continue;
                        c++;
                        if (Chars.isProsePunct(ch)) p++;
                    }
                    block[0] += c;
                    block[1] += p;
                    if (inLink) block[2] += c;
                    Acc top = stack.isEmpty() ? rootAcc : stack.peek();
                    top.chars += c;
                    if (inLink) top.linkChars += c;
                    return;
                }
                if (!(node instanceof Element e)) return;
                if (node == body) {
                    stack.push(rootAcc);
                    return;
                }
                String name = e.normalName();
                if (Blocks.isBlock(name)) flush(stack.peek(), block);
                if (Blocks.isLink(e)) {
                    linkDepth[0]++;
                    stack.peek().links++;
                }
                (stack.isEmpty() ? rootAcc : stack.peek()).elementChildren++;
                stack.push(new Acc(e));
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                String name = e.normalName();
                if (Blocks.isBlock(name) || node == body) flush(stack.peek(), block);
                Acc acc = stack.pop();
                if (Blocks.isLink(e)) linkDepth[0]--;
                int nonLink = acc.chars - acc.linkChars;
                if (acc.links >= 5 && acc.linkChars >= 0.65 * acc.chars && acc.linkChars <= acc.links * 20
                        && nonLink < 200) {
                    linkBlocks.add(e);
                    linkOrder.add(e);
                }
                if (acc.value != 0) values.put(e, acc.value);
                if (nonLink >= 10 && acc.value > 0) {
                    double s = acc.value * prior(e);
                    if (s > best[0]) {
                        best[0] = s;
                        bestEl[0] = e;
                    }
                }
                if (acc.positiveChildren > 0 && acc.elementChildren >= 3) runParents.put(e, acc.positiveChildren);
                if (!stack.isEmpty()) {
                    Acc parent = stack.peek();
                    if (acc.value > 0) parent.positiveChildren += acc.value;
                    parent.value += acc.value;
                    parent.chars += acc.chars;
                    parent.linkChars += acc.linkChars;
                    parent.links += acc.links;
                }
            }
        }, body);

        List<Element> outer = new ArrayList<>();
        for (Element e : linkOrder) {
            boolean nested = false;
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (linkBlocks.contains(p)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) outer.add(e);
        }
        List<Element> run = bestRun(runParents, values, best[0]);
        return new Result(bestEl[0], best[0], outer, values, run);
    }

    /**
     * The best run of consecutive siblings (maximum subarray of the children's values), when it is worth more than
     * the best single element: old table layouts put the article's paragraphs side by side with menus in one cell,
     * so no element holds the article without the menus.
     */
    private static List<Element> bestRun(Map<Element, Double> runParents, Map<Element, Double> values, double bestSingle) {
        double bestScore = Math.max(0, bestSingle) * 1.15; // a run must clearly beat the element, priors included
        Element bestParent = null;
        int bestFrom = -1;
        int bestTo = -1;
        for (Map.Entry<Element, Double> candidate : runParents.entrySet()) {
            if (candidate.getValue() <= bestScore) continue; // no run of its children can beat the best so far
            Element parent = candidate.getKey();
            List<Element> kids = parent.children();
            double cur = 0;
            int from = 0;
            for (int i = 0; i < kids.size(); i++) {
                double v = values.getOrDefault(kids.get(i), 0.0);
                if (cur <= 0) {
                    cur = v;
                    from = i;
                } else {
                    cur += v;
                }
                if (cur > bestScore && i > from) {
                    bestScore = cur;
                    bestParent = parent;
                    bestFrom = from;
                    bestTo = i;
                }
            }
        }
        if (bestParent == null) return null;
        return List.copyOf(bestParent.children().subList(bestFrom, bestTo + 1));
    }

    /** The value of one text block; resets the block. */
    private static void flush(Acc owner, int[] block) {
        int c = block[0];
        int p = block[1];
        int l = block[2];
        block[0] = 0;
        block[1] = 0;
        block[2] = 0;
        if (c == 0 || owner == null) return;
        int nonLink = c - l;
        double v;
        if (l > 0.5 * c) {
            v = -l - 0.3 * nonLink;
        } else {
            double q = p >= 1 ? 1.0 : nonLink >= 30 ? 0.6 : nonLink >= 10 ? 0.0 : -0.5;
            v = nonLink * q - l;
        }
        owner.value += v;
    }

    static double prior(Element e) {
        String id = e.id();
        String cls = e.className();
        String itemprop = e.attr("itemprop");
        if (id.isEmpty() && cls.isEmpty() && itemprop.isEmpty()) return 1.0;
        String names = (id + " " + cls + " " + itemprop).toLowerCase(Locale.ROOT);
        if (names.isBlank()) return 1.0;
        if (CMS_NAMES.inside(names)) return 1.5;
        return CONTENTISH_NAMES.inside(names) ? 1.1 : 1.0;
    }
}
