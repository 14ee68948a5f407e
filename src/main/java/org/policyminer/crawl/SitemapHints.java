package org.policyminer.crawl;

import java.util.List;
import org.policyminer.fetch.FetchException;

/** Sitemap URLs a site declares (robots.txt "Sitemap:" lines). {@code HttpFetcher::declaredSitemaps} is one. */
@FunctionalInterface
public interface SitemapHints {
    List<String> sitemapsOf(String siteUrl) throws FetchException;

    static SitemapHints none() {
        return url -> List.of();
    }
}
