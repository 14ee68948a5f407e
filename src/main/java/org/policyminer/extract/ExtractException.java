package org.policyminer.extract;

/** A page that cannot be turned into an article; names the URL and the reason. */
public final class ExtractException extends Exception {
    private final String url;

    public ExtractException(String url, String reason) {
        super(url + ": " + reason);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
