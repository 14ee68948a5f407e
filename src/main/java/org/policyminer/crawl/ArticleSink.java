package org.policyminer.crawl;

import org.policyminer.doc.PolicyDoc;

/**
 * Where the crawler hands article pages: a document with only {@link PolicyDoc#fetched()} filled. The CLI connects
 * it to extraction and the index; tests collect in memory.
 *
 * <p>Throw {@link RejectedPageException} for a page that cannot be used (it is counted as failed and the crawl goes
 * on). Any other exception stops the crawl with the page still pending, so that a resumed crawl hands it over
 * again (from the spool, without fetching it again).
 */
@FunctionalInterface
public interface ArticleSink {
    void accept(PolicyDoc doc) throws Exception;
}
