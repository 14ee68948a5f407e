package org.policyminer.fetch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyminer.doc.Fetched;

/** What a fetch produced: a page, or (for a conditional request) word that the page has not changed. */
public sealed interface FetchResult permits FetchResult.Page, FetchResult.NotModified {

    /** The final URL, after redirects. */
    String url();

    /** A 2xx answer with its (decompressed) body. */
    record Page(Fetched page) implements FetchResult {
        @Override
        public String url() {
            return page.url();
        }
    }

    /** A 304: the copy the caller holds is current. Headers may carry a fresh ETag. */
    record NotModified(String url, Map<String, List<String>> headers) implements FetchResult {
        public NotModified {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        public Optional<String> header(String name) {
            return new Fetched(url, new byte[0], headers).header(name);
        }
    }
}
