package org.policyminer.fetch;

/** The server answered with a status that is not a success (after any retries), e.g. 404 or a 521 challenge. */
public final class HttpStatusException extends FetchException {
    public HttpStatusException(String url, int status) {
        super(url, status, "HTTP " + status);
    }
}
