package org.policyminer.crawl;

/** A sink could not use one page (extraction failed, say); that page counts as failed and the crawl goes on. */
public final class RejectedPageException extends Exception {
    public RejectedPageException(String url, String reason, Throwable cause) {
        super(url + ": " + reason, cause);
    }
}
