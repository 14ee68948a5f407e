package org.policyminer.crawl;

/** What a fetched page is to the crawler: an article (ingested), a list (followed), or neither (not HTML). */
public enum PageKind {
    ARTICLE, LIST, OTHER
}
