package org.policyminer.crawl;

import java.util.List;
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
 * layout decides: an article has long runs of text that are not links; a list is mostly short links.
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

    /** Text runs at least this long (characters, CJK counted one each) count as article prose. */
    static final int LONG_BLOCK = 60;
    /** Prose in long runs needed to call a page an article. */
    static final int ARTICLE_PROSE = 200;

    public PageKind classify(String url, Document doc) {
        PageKind byUrl = byUrl(url);
        Layout layout = Layout.of(doc);
        if (byUrl == PageKind.ARTICLE) return layout.prose() == 0 && layout.links() >= 5 ? PageKind.LIST : PageKind.ARTICLE;
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

    /** How much of a page is prose and how much is links. */
    record Layout(int prose, int text, int linkText, int links) {
        boolean looksLikeArticle() {
            return prose >= ARTICLE_PROSE && linkText * 2 < text;
        }

        static Layout of(Document doc) {
            Element body = doc.body();
            if (body == null) return new Layout(0, 0, 0, 0);
            Document copy = doc.clone();
            copy.select("script, style, noscript, nav, header, footer, select, option").remove();
            Element b = copy.body();
            Elements anchors = b.select("a");
            int linkText = 0;
            for (Element a : anchors) linkText += compact(a.text()).length();
            int text = compact(b.text()).length();
            // Prose: text in paragraph-like blocks that is not link text. p holds it in most CMSs; some put it
            // straight into div or td with <br> between lines, which ownText sees.
            int prose = 0;
            for (Element e : b.select("p, div, td, article, section, li, dd, pre, blockquote")) {
                String own = e.tagName().equals("p") ? compact(withoutLinks(e)) : compact(e.ownText());
                if (own.length() >= LONG_BLOCK) prose += own.length();
            }
            return new Layout(prose, text, linkText, anchors.size());
        }

        private static String withoutLinks(Element p) {
            Element c = p.clone();
            c.select("a").remove();
            return c.text();
        }

        private static String compact(String s) {
            return s.replaceAll("\\s+", "");
        }
    }
}
