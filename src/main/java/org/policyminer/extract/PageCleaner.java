package org.policyminer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.policyminer.doc.Removal;
import org.policyminer.doc.Removal.Reason;

/**
 * Removes what is never article text, in single passes over the tree (no CSS queries per rule):
 * {@link #dropInvisible} takes scripts, styles, forms controls, media and hidden elements (before metadata is read,
 * so hidden spam never becomes a title or a date); {@link #dropChrome} then takes navigation, breadcrumbs, share
 * bars, comments, related-news lists and footers, found by tag and by class/id words.
 */
final class PageCleaner {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg",
            "iframe", "select", "option", "input", "textarea", "link", "meta", "head");
    /**
     * Widgets whose own text is never article text, but which old pages leave unclosed: the parser then nests the
     * rest of the page inside them (an unclosed {@code <object>} before a forum post). Dropped only when small.
     */
    private static final Set<String> WIDGETS = Set.of("object", "embed", "button", "marquee", "dialog", "audio",
            "video", "canvas", "map", "applet");
    private static final int WIDGET_MAX_CHARS = 200;
    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside");

    /** class/id words (or parts of words) that name page chrome on Chinese and English templates. */
    static final List<String> CHROME_PARTS = List.of("comment", "footer", "breadcrumb", "crumb", "share",
            "related", "relate", "recommend", "copyright", "sidebar", "navbar", "subnav", "topnav", "mainnav", "menu",
            "pagination", "pager", "advert", "banner", "sponsor", "statement", "toolbar", "login", "disclaimer",
            "dqwz", "xgxw", "xgwz", "xgxx", "tuijian", "banquan", "weizhi", "dangqian", "hotnews", "paihang", "tiezi",
            "pinglun", "fenxiang", "guanggao", "friendlink", "youqing");
    /** Whole class/id words only; words that also name layout ("top", "header", "bottom") are left out. */
    static final Set<String> CHROME_WORDS = Set.of("nav", "ad", "ads", "foot", "aside", "search",
            "position", "location", "hot", "rank", "links", "friend", "topbar", "gg", "dh", "wz", "bq");
    /** Known CMS body containers (extraction notes §3.7): never taken for chrome, whatever else they are called. */
    static final List<String> CONTENT_PARTS = List.of("con_con", "ccontent", "trs_editor", "trs_ueditor",
            "ucap-content", "articlebody", "dochtmlcon", "pages_content", "article-content", "article_content",
            "zwgkdetail", "zw-con", "content", "artibody", "main-text", "maintext", "article-body", "article_body",
            "post-body", "entry-body", "story-body", "articletext", "article-text");

    /** {@link #CONTENT_PARTS} and {@link #CHROME_PARTS} read in one pass over the names each ({@link NameParts}). */
    private static final NameParts CONTENT_NAMES = new NameParts(CONTENT_PARTS);
    private static final NameParts CHROME_NAMES = new NameParts(CHROME_PARTS);

    private PageCleaner() {}

    static void dropInvisible(Element root, HiddenElements hidden, List<Removal> removed) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return isInvisible(node, root, hidden, removed) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /**
     * What {@link #dropInvisible} removes, one node at a time in document order (the node's subtree is then not
     * visited): comments, data, never-text tags, small widgets and hidden elements (reported).
     */
    static boolean isInvisible(Node node, Element root, HiddenElements hidden, List<Removal> removed) {
        if (node instanceof Comment || node instanceof DataNode) return true;
        if (!(node instanceof Element e)) return false;
        if (NEVER_TEXT.contains(e.normalName())) return true;
        if (WIDGETS.contains(e.normalName()) && textLength(e) < WIDGET_MAX_CHARS) return true;
        if (e != root && hidden.isHidden(e)) {
            String text = e.text();
            if (!text.isBlank()) removed.add(Removal.of(Reason.HIDDEN, text));
            return true;
        }
        return false;
    }

    static void dropChrome(Element root, SpamDetector spam, List<Removal> removed) {
        dropChrome(root, spam, removed, textLength(root));
    }

    /** {@code pageChars}: {@link #textLength} of {@code root}, when a walk already counted it. */
    static void dropChrome(Element root, SpamDetector spam, List<Removal> removed, int pageChars) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) return FilterResult.CONTINUE;
                if (!isChrome(e)) return FilterResult.CONTINUE;
                // A wrapper named "bottom" or "side" that holds most of the page is layout, not chrome.
                if (textLength(e) > pageChars * 0.4) return FilterResult.CONTINUE;
                reportLinkFarm(e, spam, removed);
                return FilterResult.REMOVE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** Chrome that is a link farm (a "主站蜘蛛池模板" footer) is reported as spam, not silently dropped. */
    private static void reportLinkFarm(Element e, SpamDetector spam, List<Removal> removed) {
        List<String> anchors = new java.util.ArrayList<>();
        for (Element a : e.getElementsByTag("a")) {
            String t = a.text().strip();
            if (!t.isEmpty()) anchors.add(t);
            if (anchors.size() >= 200) break;
        }
        if (anchors.size() < 5) return;
        if (spam.isSpamLinkBlock(anchors, e.ownText(), Topic.empty())) {
            removed.add(Removal.of(Reason.SPAM_LINKS, Chars.LINK_LIST_SEPARATORS.matcher(e.ownText()).replaceAll(" ").strip() + " " + String.join(" ", anchors)));
        }
    }

    static boolean isChrome(Element e) {
        if (CHROME_TAGS.contains(e.normalName())) return true;
        if (e.attributesSize() == 0) return false; // no id, no class
        String id = e.id();
        String cls = e.className();
        if (id.isEmpty() && cls.isEmpty()) return false;
        String names = (id + " " + cls).toLowerCase(Locale.ROOT);
        // a content part anywhere keeps the element, whatever chrome part the names also hold
        if (CONTENT_NAMES.inside(names)) return false;
        if (CHROME_NAMES.inside(names)) return true;
        if (e.normalName().equals("article") || e.normalName().equals("main")) return false;
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (word && start < 0) start = i;
            else if (!word && start >= 0) {
                if (CHROME_WORDS.contains(names.substring(start, i))) return true;
                start = -1;
            }
        }
        return false;
    }

    static int textLength(Element e) {
        int[] n = {0};
        NodeTraversor.traverse((node, d) -> {
            if (node instanceof TextNode t) n[0] += t.getWholeText().length();
        }, e);
        return n[0];
    }
}
