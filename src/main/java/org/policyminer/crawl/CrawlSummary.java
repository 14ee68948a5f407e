package org.policyminer.crawl;

import java.time.Duration;

/**
 * What one crawl run did.
 *
 * @param fetched   pages fetched over the network in this run (sitemaps not counted)
 * @param articles  article pages handed to the sink
 * @param lists     list pages (followed, not ingested)
 * @param other     fetched pages that were neither (not HTML)
 * @param skipped   URLs not fetched by rule: robots.txt, or an internal address on an untrusted host
 * @param failed    pages that failed (HTTP errors, timeouts, too large, rejected by the sink)
 * @param deferred  URLs left for a later run because their host's robots.txt was unreachable
 * @param sitemaps  sitemap files read
 * @param resumed   whether the run continued an interrupted crawl
 * @param pending   URLs still waiting at the end (when the page limit stopped the crawl, or deferred)
 * @param elapsed   wall time of the run
 */
public record CrawlSummary(int fetched, int articles, int lists, int other, int skipped, int failed, int deferred,
                           int sitemaps, boolean resumed, int pending, Duration elapsed) {

    /** One line for people, e.g. "42 pages fetched: 30 articles, 10 lists, 0 other; 3 skipped, 2 failed … in 12.3 s". */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%d pages fetched: %d articles, %d lists, %d other; %d skipped, %d failed, %d deferred; %d sitemaps; %d pending%s; %.1f s",
                fetched, articles, lists, other, skipped, failed, deferred, sitemaps, pending, resumed ? "; resumed" : "",
                elapsed.toMillis() / 1000.0);
    }
}
