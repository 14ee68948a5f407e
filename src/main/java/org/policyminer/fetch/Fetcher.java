package org.policyminer.fetch;

import org.policyminer.doc.Fetched;

/** Gets the bytes of one URL. Implementations are thread-safe. */
public interface Fetcher {
    Fetched fetch(String url) throws FetchException;
}
