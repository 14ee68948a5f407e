package org.policyminer.crawl;

/** Hears about each URL the crawler finishes, for progress display. */
@FunctionalInterface
public interface CrawlListener {
    /**
     * @param url     the URL visited
     * @param outcome article, list, other, sitemap, skipped, failed or deferred
     * @param detail  why, for skipped, failed and deferred (else null)
     * @param fetched pages fetched so far in this crawl
     * @param pending URLs waiting
     */
    void visited(String url, String outcome, String detail, int fetched, int pending);

    static CrawlListener none() {
        return (url, outcome, detail, fetched, pending) -> { };
    }
}
