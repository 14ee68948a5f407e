package org.policyminer.view;

import java.util.Map;
import org.policyminer.crawl.CrawlSummary;

/** Summaries of long runs ({@code crawl --json}). */
public final class RunViews {
    private RunViews() {}

    public static Map<String, Object> crawl(CrawlSummary s) {
        return Ordered.object(
                "fetched", s.fetched(),
                "articles", s.articles(),
                "lists", s.lists(),
                "other", s.other(),
                "skipped", s.skipped(),
                "failed", s.failed(),
                "deferred", s.deferred(),
                "sitemaps", s.sitemaps(),
                "pending", s.pending(),
                "resumed", s.resumed(),
                "seconds", s.elapsed().toMillis() / 1000.0);
    }
}
