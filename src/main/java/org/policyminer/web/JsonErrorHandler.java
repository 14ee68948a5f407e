package org.policyminer.web;

import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers what Jetty itself refuses before the router sees it — a request line or target it cannot parse, a header
 * line without a colon, an unknown HTTP version, oversized headers — with the API's JSON error and the security
 * headers, like every other bad request, instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Response r = JsonWriter.error(status, describe(status, reason));
        Router.SECURITY_HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, r.contentType());
        fields.put(HttpHeader.CACHE_CONTROL, "no-cache");
        return ByteBuffer.wrap(r.body());
    }

    /** Jetty's reason when an absolute request-target and the Host header name different servers. */
    static final String AUTHORITY_MISMATCH = "Mismatched Authority";

    /** Jetty's reason, said for a user ("malformed request: Illegal character …"); never an exception's class name. */
    static String describe(int status, String message) {
        String what = switch (status) {
            case 400 -> "malformed request";
            case 414 -> "request URI too long";
            case 431 -> "request headers too large";
            case 505 -> "HTTP version not supported";
            default -> "request refused";
        };
        if (message == null || message.isBlank()) return what;
        // an absolute request-target naming another server than the Host header: a request for someone else
        if (message.equals(AUTHORITY_MISMATCH)) return "the request names another server than its Host header; this one answers only for itself";
        String reason = message.replaceAll("[A-Za-z.]*(Exception|Error)\\b:?\\s*", "").strip();
        if (reason.isEmpty() || reason.toLowerCase(Locale.ROOT).equals(what)) return what;
        return what + ": " + reason;
    }
}
