package org.policyminer.fetch;

/** More redirects in a row than {@link FetchOptions#maxRedirects()} (a loop or a chain). */
public final class TooManyRedirectsException extends FetchException {
    public TooManyRedirectsException(String url, int max) {
        super(url, 0, "more than " + max + " redirects");
    }
}
