package org.policyminer.fetch;

/** Connecting or reading took longer than the configured timeout, on every try. */
public final class FetchTimeoutException extends FetchException {
    public FetchTimeoutException(String url, String what, Throwable cause) {
        super(url, what, cause);
    }
}
