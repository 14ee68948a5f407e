package org.policyminer.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.policyminer.doc.Fetched;

/** Reads a fetched sitemap (XML, text, gzip, or an index of sitemaps) with crawler-commons; no I/O of its own. */
final class SitemapReader {
    /** Page URLs listed, and nested sitemaps to fetch (for an index). */
    record Listing(List<String> pages, List<String> sitemaps) {}

    Listing read(Fetched f) throws IOException {
        // Not strict: a sitemap may list URLs outside its own folder; the crawl scope decides about them.
        SiteMapParser parser = new SiteMapParser(false);
        String type = f.header("Content-Type").orElse("application/xml");
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(type, f.body(), new URL(f.url()));
        } catch (UnknownFormatException e) {
            throw new IOException("not a sitemap: " + e.getMessage(), e);
        }
        List<String> pages = new ArrayList<>();
        List<String> nested = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap m : index.getSitemaps()) nested.add(m.getUrl().toString());
        } else if (map instanceof SiteMap sm) {
            for (SiteMapURL u : sm.getSiteMapUrls()) pages.add(u.getUrl().toString());
        }
        return new Listing(pages, nested);
    }
}
