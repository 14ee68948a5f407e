package org.policyminer.crawl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Tells article pages from list pages. First the URL: Chinese government CMSs name article files in a few
 * recognisable shapes (MIIT/JPaaS {@code /art/2021/art_<hex>.html}, TRS {@code t20210323_123.html}, Xinhua
 * {@code /2021-03/23/c_123.htm}, gov.cn {@code content_123.htm}, and a date folder plus a long numeric file name)
 * and list files in others ({@code index_2.html}, {@code list.html}, a folder). When the URL says nothing, the page
 * layout decides by what lists have and articles lack: many links of one shape (same place in the page, same URL
 * pattern, title-long text), link text that is most of the text, dates in a column beside the links. Line length
 * says nothing: essays with hard line breaks and forum threads are made of short lines too. A page that is not a
 * list is an article when it has enough text outside links.
 */
public final class PageClassifier {
    private static final List<Pattern> ARTICLE_URLS = List.of(
            Pattern.compile("/art/\\d{4}/art_[0-9a-f]{8,}\\.s?html?$"),
            Pattern.compile("/t(19|20)\\d{6}_\\d+\\.s?html?$"),
            Pattern.compile("/(19|20)\\d{2}-\\d{2}/\\d{2}/c_\\d+\\.s?html?$"),
            Pattern.compile("/content_\\d+\\.s?html?$"),
            Pattern.compile("/(19|20)\\d{2}[-/]?\\d{0,4}/(\\d{2,4}/)?[^/]*\\d{5,}[^/]*\\.s?html?$"));
    private static final List<Pattern> LIST_URLS = List.of(
            Pattern.compile("/(index|list|default|more)(_\\d+)?\\.s?html?$"),
            Pattern.compile("/$"),
            Pattern.compile("[?&](page|pageno|pageindex|p)=\\d+"));
    private static final Pattern DATE = Pattern.compile("(19|20)\\d{2}[-/.年]\\d{1,2}([-/.月]\\d{1,2})?|\\b\\d{1,2}-\\d{1,2}\\b");

    /** Characters of text outside links that make a page that is not a list an article. */
    static final int ARTICLE_TEXT = 200;
    /** One block of text outside links this long is an article's body even beside a long list of related links. */
    static final int BODY_BLOCK = 150;
    /** Links of one shape needed for a list. */
    static final int LIST_ITEMS = 6;
    /** Average link text of a list item: titles, not 回复 / 引用 / user names. */
    static final int ITEM_TEXT = 6;

    public PageClassifier() {}

    public PageKind classify(String url, Document doc) {
        PageKind byUrl = byUrl(url);
        Layout layout = Layout.of(doc);
        if (byUrl == PageKind.ARTICLE) return layout.plainText() < 20 && layout.links() >= 5 ? PageKind.LIST : PageKind.ARTICLE;
        if (byUrl == PageKind.LIST) return PageKind.LIST;
        return layout.looksLikeArticle() ? PageKind.ARTICLE : PageKind.LIST;
    }

    /** ARTICLE or LIST when the URL shape says so, else OTHER (undecided). */
    public PageKind byUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int q = u.indexOf('?');
        String path = q < 0 ? u : u.substring(0, q);
        for (Pattern p : ARTICLE_URLS) if (p.matcher(path).find()) return PageKind.ARTICLE;
        for (Pattern p : LIST_URLS) if (p.matcher(p.pattern().startsWith("[?&]") ? u : path).find()) return PageKind.LIST;
        return PageKind.OTHER;
    }

    /**
     * What a page is made of: all text, link text, links, the largest group of links of one shape, link rows that
     * carry a date, and text outside links.
     */
    record Layout(int text, int linkText, int links, int sameShapeLinks, int datedRows, int plainText, int longestBlock) {
        /** Many title links of one shape that are most of the text, or a column of dated links: a list. */
        boolean looksLikeList() {
            boolean linksDominate = linkText * 2 >= text;
            return (sameShapeLinks >= LIST_ITEMS && linksDominate)
                    || (datedRows >= LIST_ITEMS && linkText * 10 >= text * 3)
                    || (links >= LIST_ITEMS && plainText < ARTICLE_TEXT / 2);
        }

        boolean looksLikeArticle() {
            return longestBlock >= BODY_BLOCK || (!looksLikeList() && plainText >= ARTICLE_TEXT);
        }

        static Layout of(Document doc) {
            Element body = doc.body();
            if (body == null) return new Layout(0, 0, 0, 0, 0, 0, 0);
            Document copy = doc.clone();
            copy.select("script, style, noscript, nav, header, footer, select, option").remove();
            Element b = copy.body();
            Elements anchors = b.select("a[href]");
            int linkText = 0;
            Map<String, int[]> shapes = new HashMap<>();
            for (Element a : anchors) {
                int len = compact(a.text()).length();
                linkText += len;
                // one shape = where the link sits (its ancestors' tags) + its URL with the numbers taken out
                int[] g = shapes.computeIfAbsent(position(a) + " " + urlShape(a.attr("href")), k -> new int[2]);
                g[0]++;
                g[1] += len;
            }
            int same = 0;
            for (int[] g : shapes.values()) if (g[0] > same && g[1] >= g[0] * ITEM_TEXT) same = g[0];
            int dated = 0;
            for (Element row : b.select("li, tr, dd, dt, p")) {
                if (row.selectFirst("a[href]") == null || !row.select("li, tr, p").isEmpty()) continue;
                Element copyRow = row.clone();
                copyRow.select("a").remove();
                String rest = compact(copyRow.text());
                if (rest.length() <= 24 && DATE.matcher(rest).find()) dated++;
            }
            int longest = 0;
            for (Element e : b.select("p, div, td, dd, li, pre, article, section, blockquote, font, span")) {
                longest = Math.max(longest, compact(e.ownText()).length());
            }
            int text = compact(b.text()).length();
            return new Layout(text, linkText, anchors.size(), same, dated, Math.max(0, text - linkText), longest);
        }

        /** The tag path of an element's three nearest ancestors ("ul>li>a"). */
        private static String position(Element a) {
            StringBuilder sb = new StringBuilder(a.tagName());
            Element p = a.parent();
            for (int i = 0; i < 3 && p != null; i++, p = p.parent()) sb.insert(0, p.tagName() + ">");
            return sb.toString();
        }

        /** The URL with runs of digits and hex ids folded, so item links of one column look alike. */
        private static String urlShape(String href) {
            return href.replaceAll("[0-9a-fA-F]{16,}", "H").replaceAll("\\d+", "9");
        }

        private static String compact(String s) {
            return s.replaceAll("\\s+", "");
        }
    }
}
