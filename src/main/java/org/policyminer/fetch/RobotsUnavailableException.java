package org.policyminer.fetch;

import java.time.Instant;

/**
 * The host's robots.txt answered 5xx or could not be reached, which RFC 9309 §2.3.1.4 reads as "disallow
 * everything for now". Not a verdict on the page: try again after {@link #retryAt()}.
 */
public final class RobotsUnavailableException extends FetchException {
    private final Instant retryAt;

    public RobotsUnavailableException(String url, String reason, Instant retryAt) {
        super(url, 0, "robots.txt unreachable (" + reason + "), host closed until " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
