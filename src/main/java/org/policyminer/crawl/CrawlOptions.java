package org.policyminer.crawl;

import java.util.List;
import java.util.regex.Pattern;
import org.policyminer.util.Validate;

/**
 * What to crawl.
 *
 * @param seeds       start URLs; their hosts are trusted (loopback and private addresses allowed)
 * @param include     when set, a discovered URL is followed only if this matches somewhere in it (seeds always are)
 * @param exclude     when set, a discovered URL this matches is not followed
 * @param maxPages    pages fetched in the whole crawl, resumed runs included (default 1000)
 * @param maxDepth    links followed from a seed (default 5; a seed is depth 0)
 * @param sameHost    follow links only to the seeds' hosts (host and port)
 * @param sitemaps    also read sitemaps (robots.txt Sitemap: lines, else /sitemap.xml on each seed host)
 * @param maxSitemaps sitemap files read at most, nested indexes included (default 100)
 */
public record CrawlOptions(List<String> seeds, Pattern include, Pattern exclude, int maxPages, int maxDepth,
                           boolean sameHost, boolean sitemaps, int maxSitemaps) {
    public static final int DEFAULT_MAX_PAGES = 1000;
    public static final int DEFAULT_MAX_DEPTH = 5;

    public CrawlOptions {
        Validate.notNull(seeds, "seeds");
        Validate.isTrue(!seeds.isEmpty(), "at least one seed URL is needed");
        Validate.isTrue(maxPages > 0, "maxPages must be positive");
        Validate.isTrue(maxDepth >= 0, "maxDepth must not be negative");
        seeds = List.copyOf(seeds);
    }

    public static CrawlOptions of(List<String> seeds) {
        return new CrawlOptions(seeds, null, null, DEFAULT_MAX_PAGES, DEFAULT_MAX_DEPTH, false, false, 100);
    }

    public CrawlOptions withInclude(String regex) {
        return new CrawlOptions(seeds, regex == null ? null : Pattern.compile(regex), exclude, maxPages, maxDepth, sameHost, sitemaps, maxSitemaps);
    }

    public CrawlOptions withExclude(String regex) {
        return new CrawlOptions(seeds, include, regex == null ? null : Pattern.compile(regex), maxPages, maxDepth, sameHost, sitemaps, maxSitemaps);
    }

    public CrawlOptions withMaxPages(int n) {
        return new CrawlOptions(seeds, include, exclude, n, maxDepth, sameHost, sitemaps, maxSitemaps);
    }

    public CrawlOptions withMaxDepth(int n) {
        return new CrawlOptions(seeds, include, exclude, maxPages, n, sameHost, sitemaps, maxSitemaps);
    }

    public CrawlOptions withSameHost(boolean b) {
        return new CrawlOptions(seeds, include, exclude, maxPages, maxDepth, b, sitemaps, maxSitemaps);
    }

    public CrawlOptions withSitemaps(boolean b) {
        return new CrawlOptions(seeds, include, exclude, maxPages, maxDepth, sameHost, b, maxSitemaps);
    }
}
