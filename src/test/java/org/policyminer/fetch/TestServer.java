package org.policyminer.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server for tests: routes by exact path (query ignored), counts requests per path and keeps the
 * request headers, so tests can assert what was (not) asked for. Unknown paths answer 404.
 */
public final class TestServer implements AutoCloseable {
    /** One route: answers an exchange. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Map<String, Headers> lastHeaders = new ConcurrentHashMap<>();
    private volatile java.util.function.Predicate<HttpExchange> gate = ex -> true;

    private TestServer(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            log.add(path + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
            lastHeaders.put(path, ex.getRequestHeaders());
            try {
                if (!gate.test(ex)) return; // dropped: the connection closes without an answer
                Route r = routes.get(path);
                if (r == null) send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                else r.handle(ex);
            } catch (IOException | RuntimeException e) {
                // The client may have gone (a size cap, a timeout); nothing to answer then.
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    /** A server on 127.0.0.1. */
    public static TestServer start() throws IOException {
        return new TestServer("127.0.0.1");
    }

    /** A server on another loopback address (Linux routes all of 127/8 to lo), e.g. 127.0.0.2. */
    public static TestServer startOn(String address) throws IOException {
        return new TestServer(address);
    }

    public TestServer route(String path, Route r) {
        routes.put(path, r);
        return this;
    }

    /** Sees every request before its route; returning false drops it unanswered. */
    public TestServer gate(java.util.function.Predicate<HttpExchange> g) {
        gate = g;
        return this;
    }

    public TestServer html(String path, String html) {
        return route(path, ex -> send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    public TestServer text(String path, String text) {
        return route(path, ex -> send(ex, 200, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    }

    public TestServer status(String path, int status) {
        return route(path, ex -> send(ex, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8)));
    }

    public TestServer redirect(String path, int status, String location) {
        return route(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(status, -1);
        });
    }

    public static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        boolean noBody = status == 304 || status == 204;
        ex.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Base URL with the numeric address, e.g. http://127.0.0.1:41234 */
    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public String url(String path) {
        return base() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int count(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    public int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public Map<String, AtomicInteger> counts() {
        return counts;
    }

    public List<String> log() {
        return log;
    }

    public Headers lastHeaders(String path) {
        return lastHeaders.get(path);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
