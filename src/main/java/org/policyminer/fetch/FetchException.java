package org.policyminer.fetch;

/**
 * A page could not be fetched: names the URL, the HTTP status (0 when there was none) and the cause. Subclasses
 * say what went wrong so a caller can react (a crawler defers {@link RobotsUnavailableException}, counts
 * {@link RobotsDeniedException} as skipped, and records the others as failures of that page alone).
 */
public class FetchException extends Exception {
    private final String url;
    private final int status;

    public FetchException(String url, int status, String reason) {
        super(url + ": " + reason);
        this.url = url;
        this.status = status;
    }

    public FetchException(String url, String reason, Throwable cause) {
        super(url + ": " + reason, cause);
        this.url = url;
        this.status = 0;
    }

    public String url() {
        return url;
    }

    public int status() {
        return status;
    }
}
