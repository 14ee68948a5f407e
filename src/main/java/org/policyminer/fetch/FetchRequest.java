package org.policyminer.fetch;

import java.util.Set;
import org.policyminer.util.Validate;

/**
 * One fetch as a caller asks for it.
 *
 * <pre>{@code
 * fetcher.fetch(FetchRequest.named(url));                                // a URL the user typed: its host is trusted
 * fetcher.fetch(FetchRequest.discovered(link, seedHosts).withReferer(page)); // a link found on a page
 * fetcher.fetch(FetchRequest.named(url).withValidators(etag, lastModified)); // conditional GET, may be NotModified
 * }</pre>
 *
 * @param url             absolute http(s) URL
 * @param named           true when a user named this URL (seed, ingest input, --base-url): its own host is trusted
 * @param trustedHosts    further {@link Hosts#key host keys} the user named; internal addresses are allowed only on these
 * @param referer         Referer to send (null: {@link FetchOptions#referer()})
 * @param ifNoneMatch     an ETag from an earlier response, verbatim with its quotes, or null
 * @param ifModifiedSince a Last-Modified value from an earlier response, verbatim, or null
 */
public record FetchRequest(String url, boolean named, Set<String> trustedHosts, String referer,
                           String ifNoneMatch, String ifModifiedSince) {
    public FetchRequest {
        Validate.notNull(url, "url");
        trustedHosts = trustedHosts == null ? Set.of() : Set.copyOf(trustedHosts);
    }

    public static FetchRequest named(String url) {
        return new FetchRequest(url, true, Set.of(), null, null, null);
    }

    public static FetchRequest discovered(String url, Set<String> trustedHosts) {
        return new FetchRequest(url, false, trustedHosts, null, null, null);
    }

    public FetchRequest withReferer(String r) {
        return new FetchRequest(url, named, trustedHosts, r, ifNoneMatch, ifModifiedSince);
    }

    public FetchRequest withValidators(String etag, String lastModified) {
        return new FetchRequest(url, named, trustedHosts, referer, etag, lastModified);
    }

    /** Whether this request carries validators, i.e. a 304 answer is expected and meaningful. */
    public boolean conditional() {
        return ifNoneMatch != null || ifModifiedSince != null;
    }
}
