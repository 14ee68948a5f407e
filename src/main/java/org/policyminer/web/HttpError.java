package org.policyminer.web;

/**
 * A failure the client must hear about, with the status to send: 400 bad parameter, 404 unknown resource,
 * 405 method, 413/414 oversized request. The router turns it into an error body; it never carries a stack trace.
 */
final class HttpError extends RuntimeException {
    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    static HttpError notFound(String message) {
        return new HttpError(404, message);
    }
}
