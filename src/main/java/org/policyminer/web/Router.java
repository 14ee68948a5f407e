package org.policyminer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.policyminer.index.IndexDamage;
import org.policyminer.search.InvalidQueryException;
import org.policyminer.search.NotSupportedOnBackend;
import org.policyminer.util.Html;

/**
 * The server's one HTTP handler: refuses what a read-only server must refuse (other methods, oversized requests),
 * finds the route, runs it, and writes the answer with the security headers every response carries. Errors
 * become {@code {"error": "…"}} under /api/ and a small escaped HTML page elsewhere; unexpected ones are logged
 * here and reach the client as a 500 without details. It runs on Jetty's request threads (a request reaches it
 * once its line and headers have arrived: a client that sends them slowly holds a connection, never a thread).
 */
final class Router extends AbstractHandler {
    /** Longest path + query accepted; a search URL with every filter set is far below this. */
    static final int MAX_URI_LENGTH = 4096;
    /** GET needs no body; a small one is tolerated (and ignored) for clients that send one anyway. */
    static final int MAX_BODY_BYTES = 1024;

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final List<Route> routes;
    private final IndexRefresher refresher;
    private final boolean loopbackOnly;

    /**
     * @param loopbackOnly the server listens on loopback only; then a request must also name a loopback host, which
     *     stops a web page the user visits from reading the API through DNS rebinding (its requests carry the
     *     attacker's host name)
     */
    Router(List<Route> routes, IndexRefresher refresher, boolean loopbackOnly) {
        this(routes, refresher, loopbackOnly, WebConfig.DEFAULT_THREADS);
    }

    /** @param permits requests handled at once; the others wait for a permit, up to {@link #PERMIT_WAIT_SECONDS} */
    Router(List<Route> routes, IndexRefresher refresher, boolean loopbackOnly, int permits) {
        this.routes = List.copyOf(routes);
        this.refresher = refresher;
        this.loopbackOnly = loopbackOnly;
        this.permits = new Semaphore(permits, true);
    }

    /** Longest wait for a permit before a request is answered 503: the server is busy with as many as it takes. */
    static final int PERMIT_WAIT_SECONDS = 10;

    private final Semaphore permits;

    @Override
    public void handle(String target, org.eclipse.jetty.server.Request base, HttpServletRequest request, HttpServletResponse response) throws IOException {
        base.setHandled(true);
        HttpURI uri = base.getHttpURI();
        String rawPath = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        boolean api = rawPath.startsWith("/api/");
        Response r;
        try {
            r = dispatch(request, uri, rawPath);
        } catch (HttpError e) {
            r = error(api, e.status(), e.getMessage());
            if (e.status() == 405) r = r.withHeader("Allow", "GET, HEAD");
        } catch (InvalidQueryException e) {
            r = error(api, 400, e.getMessage());
        } catch (NotSupportedOnBackend e) {
            r = error(api, 501, e.getMessage());
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, "failed: " + request.getMethod() + " " + rawPath, e);
            // damage a query runs into (garbled terms data) is said as such, with the repair, in the API's JSON
            java.io.IOException damage = IndexDamage.isDamage(e) ? IndexDamage.explain(null, e) : null;
            r = error(api, 500, damage != null ? damage.getMessage() : "internal error; the server log has the details");
        }
        write(request.getMethod(), base.getResponse(), r);
    }

    /**
     * The request has arrived whole (body included) before it takes a permit: a client that sends slowly holds only
     * its connection's thread, never one of the permits that bound the searches run at once.
     */
    private Response dispatch(HttpServletRequest request, HttpURI uri, String rawPath) throws Exception {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new HttpError(405, "method " + method + " is not allowed: this server is read-only (GET, HEAD)");
        }
        String host = request.getHeader("Host");
        if (loopbackOnly && !isLoopbackHost(host)) {
            throw new HttpError(421, "this server answers requests for localhost / 127.0.0.1 only");
        }
        int length = rawPath.length() + (uri.getQuery() == null ? 0 : uri.getQuery().length() + 1);
        if (length > MAX_URI_LENGTH) throw new HttpError(414, "request URI is longer than " + MAX_URI_LENGTH + " characters");
        checkTarget(uri, host);
        checkBody(request);
        if (!permits.tryAcquire(PERMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new HttpError(503, "the server is busy: " + PERMIT_WAIT_SECONDS + " s without a free request thread; try again");
        }
        try {
            return route(request, uri, rawPath);
        } finally {
            permits.release();
        }
    }

    /**
     * An absolute request-target ({@code GET http://host/path}) names the server it is for, and RFC 9112 has it win
     * over the Host header: one naming another host is a request for someone else (a proxy's job), refused, as is one
     * naming a host other than loopback when the server listens on loopback only.
     */
    private void checkTarget(HttpURI uri, String host) throws HttpError {
        // Jetty gives an origin-form target the Host header's authority, so only an absolute target can differ from it
        String authority = uri.getAuthority();
        if (authority == null) return;
        boolean ours = (host == null || authority.equalsIgnoreCase(host.strip())) && (!loopbackOnly || isLoopbackHost(authority));
        if (!ours) {
            throw new HttpError(421, "the request names another server (" + uri.getScheme() + "://" + authority + "); this one answers for "
                    + (host == null ? "its own address" : host));
        }
    }

    private Response route(HttpServletRequest request, HttpURI uri, String rawPath) throws Exception {
        for (Route route : routes) {
            String rawTail = route.match(rawPath);
            if (rawTail == null) continue;
            Request req = new Request(QueryParams.decode(rawPath, false), QueryParams.decode(rawTail, false),
                    QueryParams.parse(uri.getQuery()), request::getHeader);
            if (route.readsIndex()) refresher.maybeRefresh();
            return route.handler().handle(req);
        }
        throw HttpError.notFound("nothing at " + QueryParams.decode(rawPath, false));
    }

    /** {@code localhost}, {@code 127.x.x.x} or {@code [::1]}, with or without a port. A missing Host (HTTP/1.0) passes. */
    static boolean isLoopbackHost(String host) {
        if (host == null) return true;
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) return h.startsWith("[::1]");
        int colon = h.indexOf(':');
        if (colon >= 0) h = h.substring(0, colon);
        return h.equals("localhost") || h.endsWith(".localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** Reads (and drops) the body up to the limit: a declared or chunked body beyond it is a 413. */
    private static void checkBody(HttpServletRequest request) throws IOException {
        String declared = request.getHeader("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > MAX_BODY_BYTES) throw tooLarge();
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("bad Content-Length header");
            }
        }
        InputStream in = request.getInputStream();
        byte[] buf = new byte[MAX_BODY_BYTES + 1];
        int total = 0;
        int n;
        while (total <= MAX_BODY_BYTES && (n = in.read(buf, total, buf.length - total)) > 0) total += n;
        if (total > MAX_BODY_BYTES) throw tooLarge();
    }

    private static HttpError tooLarge() {
        return new HttpError(413, "request body is larger than " + MAX_BODY_BYTES + " bytes; this API takes parameters in the URL");
    }

    private Response error(boolean api, int status, String message) {
        if (api) return JsonWriter.error(status, message);
        String html = "<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + status + "</title>"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main class=\"error-page\"><h1>" + status + "</h1><p>"
                + Html.escape(message) + "</p><p><a href=\"/\">搜索 Search</a></p></main></body></html>\n";
        return Response.text(status, Response.HTML, html);
    }

    /** Writes the answer with the security headers; a HEAD answer carries the Content-Length GET would send, no body. */
    static void write(String method, org.eclipse.jetty.server.Response response, Response r) throws IOException {
        // set as fields, not through the servlet setters, which rewrite "application/json; charset=utf-8" without its space
        HttpFields.Mutable h = response.getHttpFields();
        SECURITY_HEADERS.forEach(h::put);
        if (r.contentType() != null) h.put(HttpHeader.CONTENT_TYPE, r.contentType());
        h.put(HttpHeader.CACHE_CONTROL, "no-cache");
        r.headers().forEach(h::put);
        response.setStatus(r.status());
        byte[] body = r.status() == 304 || r.status() == 204 ? new byte[0] : r.body();
        if (body.length == 0) return;
        response.setContentLength(body.length);
        if (method.equals("HEAD")) return;
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
