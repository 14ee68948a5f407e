package org.policyminer.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.policyminer.search.PolicySearcher;

/**
 * The web UI and JSON API over one index, on the JDK's HTTP server.
 *
 * <pre>{@code
 * try (PolicySearcher s = PolicySearcher.open(Path.of("data/index"));
 *      WebServer server = WebServer.start(s, WebConfig.defaults())) {
 *     System.out.println(server.uri());   // http://127.0.0.1:8080/
 *     ...
 * }
 * }</pre>
 *
 * The server only reads: GET and HEAD. The searcher stays the caller's (closing the server does not close it).
 */
public final class WebServer implements AutoCloseable {
    /** Requests waiting for a thread; past this the accepting thread runs the request itself, which slows accepting down. */
    static final int QUEUE = 64;
    static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final URI uri;

    private WebServer(HttpServer server, ThreadPoolExecutor executor, URI uri) {
        this.server = server;
        this.executor = executor;
        this.uri = uri;
    }

    public static WebServer start(PolicySearcher searcher, WebConfig config) throws IOException {
        // The JDK server flushes headers and body as separate TCP segments; with Nagle's algorithm on, the body then
        // waits for the client's delayed ACK (~40 ms per response on Linux). The switch is a JVM-wide property read
        // once when the first server is created, so it is set here unless the user chose a value.
        if (System.getProperty(NODELAY) == null) System.setProperty(NODELAY, "true");
        InetAddress addr = InetAddress.getByName(config.host());
        HttpServer server = HttpServer.create(new InetSocketAddress(addr, config.port()), 0);
        URI uri = URI.create("http://" + hostForUri(config.host(), addr) + ":" + server.getAddress().getPort() + "/");
        String base = uri.toString().substring(0, uri.toString().length() - 1);
        StaticAssets assets = StaticAssets.load();
        List<Route> routes = List.of(
                Route.exact("/", false, assets.page("search.html")),
                Route.exact("/targets", false, assets.page("targets.html")),
                Route.segment("/articles/", false, assets.page("article.html")),
                Route.segment("/clusters/", false, assets.page("cluster.html")),
                Route.exact("/latest", false, assets.page("latest.html")),
                Route.exact("/favicon.ico", false, r -> assets.serve("favicon.svg", r, 200)),
                Route.segment("/static/", false, assets.files()),
                Route.exact("/feed.xml", true, new AtomFeed(searcher, base)),
                Route.exact("/api/search", true, new SearchApi(searcher)),
                Route.exact("/api/targets", true, new TargetsApi(searcher)),
                Route.segment("/api/articles/", true, new ArticleApi(searcher)),
                Route.segment("/api/clusters/", true, new ClusterApi(searcher)));
        server.createContext("/", new Router(routes, new IndexRefresher(searcher, config.refreshInterval()), addr.isLoopbackAddress()));
        ThreadPoolExecutor executor = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.start();
        return new WebServer(server, executor, uri);
    }

    /** The base URL, ending in a slash; with port 0 it carries the port the system chose. */
    public URI uri() {
        return uri;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting, lets running requests finish for up to a second, then stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static String hostForUri(String host, InetAddress addr) {
        String h = addr.isAnyLocalAddress() ? host : addr.getHostAddress();
        return h.indexOf(':') >= 0 ? "[" + h + "]" : h;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "policyminer-web-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
