package org.policyminer.fetch;

/** Not an absolute http(s) URL (or a redirect pointed to one that is not). */
public final class InvalidUrlException extends FetchException {
    public InvalidUrlException(String url, String reason) {
        super(url, 0, reason);
    }
}
