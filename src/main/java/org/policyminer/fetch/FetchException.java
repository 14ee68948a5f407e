package org.policyminer.fetch;

import org.policyminer.util.UserInfo;

/**
 * A page could not be fetched: names the URL, the HTTP status (0 when there was none) and the cause. Subclasses
 * say what went wrong so a caller can react (a crawler defers {@link RobotsUnavailableException}, counts
 * {@link RobotsDeniedException} as skipped, and records the others as failures of that page alone).
 */
public class FetchException extends Exception {
    private final String url;
    private final int status;

    public FetchException(String url, int status, String reason) {
        super(UserInfo.strip(url) + ": " + UserInfo.stripAll(reason));
        this.url = UserInfo.strip(url);
        this.status = status;
    }

    public FetchException(String url, String reason, Throwable cause) {
        super(UserInfo.strip(url) + ": " + UserInfo.stripAll(reason), cause);
        this.url = UserInfo.strip(url);
        this.status = 0;
    }

    public String url() {
        return url;
    }

    public int status() {
        return status;
    }
}
