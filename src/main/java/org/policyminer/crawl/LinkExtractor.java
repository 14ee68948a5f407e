package org.policyminer.crawl;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyminer.fetch.Urls;

/** The normalised http(s) links of a page (a, area, frame and iframe), in page order, without repeats. */
final class LinkExtractor {
    private final UrlNormalizer normalizer;

    LinkExtractor(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    Set<String> links(Document doc, String pageUrl) {
        Set<String> out = new LinkedHashSet<>();
        URI base;
        try {
            Element baseTag = doc.selectFirst("base[href]");
            base = Urls.parse(pageUrl);
            if (baseTag != null) base = Urls.resolve(base, baseTag.attr("href"));
        } catch (Exception e) {
            return out;
        }
        for (Element a : doc.select("a[href], area[href]")) {
            if (a.hasAttr("rel") && a.attr("rel").contains("nofollow")) continue;
            normalizer.normalize(base, a.attr("href")).ifPresent(out::add);
        }
        for (Element f : doc.select("frame[src], iframe[src]")) normalizer.normalize(base, f.attr("src")).ifPresent(out::add);
        // Column roots of older government sites often forward with <meta http-equiv=refresh content="0;url=…">.
        for (Element m : doc.select("meta[http-equiv~=(?i)refresh][content]")) {
            String target = refreshTarget(m.attr("content"));
            if (target != null) normalizer.normalize(base, target).ifPresent(out::add);
        }
        return out;
    }

    /** The URL in a refresh value like {@code 0; url='/xwfb/index.html'}, or null. */
    static String refreshTarget(String content) {
        int i = content.toLowerCase(java.util.Locale.ROOT).indexOf("url=");
        if (i < 0) return null;
        String t = content.substring(i + 4).strip();
        if (t.startsWith("'") || t.startsWith("\"")) t = t.substring(1);
        if (t.endsWith("'") || t.endsWith("\"")) t = t.substring(0, t.length() - 1);
        return t.isBlank() ? null : t.strip();
    }

    /** Directives of {@code <meta name=robots>} (lower case, e.g. "noindex, nofollow"), or "". */
    static String metaRobots(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Element m : doc.select("meta[name~=(?i)^robots$][content]")) sb.append(m.attr("content").toLowerCase(java.util.Locale.ROOT)).append(',');
        return sb.toString();
    }
}
