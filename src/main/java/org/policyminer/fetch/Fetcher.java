package org.policyminer.fetch;

import org.policyminer.doc.Fetched;

/** Gets the bytes of one URL. Implementations are thread-safe. */
public interface Fetcher {
    /** Fetches a URL the user named (its host is trusted). */
    Fetched fetch(String url) throws FetchException;

    /**
     * Fetches with the full request: trust, Referer and conditional-GET validators. The default ignores all but
     * the URL, so that a simple fake in a test stays a one-liner; {@link HttpFetcher} honours everything.
     */
    default FetchResult fetch(FetchRequest request) throws FetchException {
        return new FetchResult.Page(fetch(request.url()));
    }
}
