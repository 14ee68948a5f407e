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
        return out;
    }
}
