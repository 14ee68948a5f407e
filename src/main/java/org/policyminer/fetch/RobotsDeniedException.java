package org.policyminer.fetch;

/** robots.txt disallows the URL for our user agent; no request was sent. */
public final class RobotsDeniedException extends FetchException {
    public RobotsDeniedException(String url) {
        super(url, 0, "disallowed by robots.txt");
    }
}
