package org.policyminer.fetch;

/** The body passed the size cap while it was being read; reading stopped there. */
public final class TooLargeException extends FetchException {
    private final long limit;

    public TooLargeException(String url, long limit) {
        super(url, 0, "body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
