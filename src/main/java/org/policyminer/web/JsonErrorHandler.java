package org.policyminer.web;

import java.util.Locale;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty itself refuses before the router sees it — a request line or target it cannot parse, a header
 * line without a colon, an unknown HTTP version, oversized headers — with the API's JSON error and the security
 * headers, like every other bad request, instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, org.eclipse.jetty.server.Response response, int status, String message, Throwable cause,
            Callback callback) {
        if (AUTHORITY_MISMATCH.equals(message)) {
            // an absolute request-target naming another server than the Host header: a request for someone else
            String target = request.getHttpURI() == null ? null : request.getHttpURI().getAuthority();
            Router.write(request, response, JsonWriter.error(421, "the request names another server" + (target == null ? "" : " (" + target + ")")
                    + " than its Host header; this one answers for " + request.getHeaders().get("Host")), callback);
            return;
        }
        Router.write(request, response, JsonWriter.error(status, describe(status, message)), callback);
    }

    /** Jetty's reason when an absolute request-target and the Host header name different servers. */
    static final String AUTHORITY_MISMATCH = "Authority!=Host";

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
        String reason = message.replaceAll("[A-Za-z.]*(Exception|Error)\\b:?\\s*", "").strip();
        if (reason.isEmpty() || reason.toLowerCase(Locale.ROOT).equals(what)) return what;
        return what + ": " + reason;
    }
}
