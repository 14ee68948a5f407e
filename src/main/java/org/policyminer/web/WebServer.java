package org.policyminer.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
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
    static final String NODELAY = "sun.net.httpserver.nodelay";
    /**
     * The JDK server reads a request's line, headers and body on the executor's thread, blocking: eight clients that
     * sent half a request and waited held the eight request threads, and every other client waited as long as they
     * did. So connections get threads of their own, up to {@link #CONNECTION_THREADS} (past that a new connection is
     * closed), and only handling a request that has fully arrived takes one of the {@code threads} permits
     * ({@link Router}); and the server closes a connection whose request has not fully arrived within
     * {@link #MAX_REQUEST_SECONDS}, whose response the client has not taken within {@link #MAX_RESPONSE_SECONDS}, or
     * that idles longer than {@link #IDLE_SECONDS} between requests. The three are JVM-wide properties the JDK reads
     * once, when the first server is created: set here unless the user chose values.
     */
    static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime", MAX_RSP_TIME = "sun.net.httpserver.maxRspTime",
            IDLE_INTERVAL = "sun.net.httpserver.idleInterval";
    static final int MAX_REQUEST_SECONDS = 10, MAX_RESPONSE_SECONDS = 30, IDLE_SECONDS = 30;
    /** Connections served at once (each holds a thread while its request arrives); a thread costs its stack only. */
    static final int CONNECTION_THREADS = 512;

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
        if (System.getProperty(MAX_REQ_TIME) == null) System.setProperty(MAX_REQ_TIME, String.valueOf(MAX_REQUEST_SECONDS));
        if (System.getProperty(MAX_RSP_TIME) == null) System.setProperty(MAX_RSP_TIME, String.valueOf(MAX_RESPONSE_SECONDS));
        if (System.getProperty(IDLE_INTERVAL) == null) System.setProperty(IDLE_INTERVAL, String.valueOf(IDLE_SECONDS));
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
                Route.exact("/api/documents", true, new DocumentsApi(searcher)),
                Route.segment("/api/articles/", true, new ArticleApi(searcher)),
                Route.segment("/api/clusters/", true, new ClusterApi(searcher)));
        server.createContext("/", new Router(routes, new IndexRefresher(searcher, config.refreshInterval()), addr.isLoopbackAddress(),
                config.threads()));
        // No queue: a connection beyond the limit is refused (the JDK closes it), never run on the accepting thread.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(0, CONNECTION_THREADS, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemonThreads(), new ThreadPoolExecutor.AbortPolicy());
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
