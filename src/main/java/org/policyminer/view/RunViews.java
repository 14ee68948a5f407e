package org.policyminer.view;

import java.util.LinkedHashMap;
import java.util.Map;
import org.policyminer.crawl.CrawlSummary;

/** Summaries of long runs ({@code crawl --json}). */
public final class RunViews {
    private RunViews() {}

    public static Map<String, Object> crawl(CrawlSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fetched", s.fetched());
        m.put("articles", s.articles());
        m.put("lists", s.lists());
        m.put("other", s.other());
        m.put("skipped", s.skipped());
        m.put("failed", s.failed());
        m.put("deferred", s.deferred());
        m.put("sitemaps", s.sitemaps());
        m.put("pending", s.pending());
        m.put("resumed", s.resumed());
        m.put("seconds", s.elapsed().toMillis() / 1000.0);
        return m;
    }
}
