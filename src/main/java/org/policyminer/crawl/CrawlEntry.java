package org.policyminer.crawl;

import org.policyminer.util.Validate;

/**
 * One URL waiting in the frontier.
 *
 * @param url     normalised URL
 * @param sitemap true for a sitemap (its URLs are enqueued), false for a page
 * @param depth   links followed from a seed (seeds are 0)
 * @param referer the page it was found on (sent as Referer), or null for seeds
 */
public record CrawlEntry(String url, boolean sitemap, int depth, String referer) {
    public CrawlEntry {
        Validate.notNull(url, "url");
        Validate.isTrue(depth >= 0, "depth must not be negative");
    }

    public static CrawlEntry seed(String url) {
        return new CrawlEntry(url, false, 0, null);
    }
}
