package org.policyminer.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.policyminer.search.Searcher;

/**
 * The web UI and JSON API over one index, on Jetty.
 *
 * <pre>{@code
 * try (PolicySearcher s = PolicySearcher.open(Path.of("data/index"));
 *      WebServer server = WebServer.start(s, WebConfig.defaults())) {
 *     System.out.println(server.uri());   // http://127.0.0.1:8080/
 *     ...
 * }
 * }</pre>
 *
 * The server only reads: GET and HEAD. Jetty is the 10.0 line that Solr 9 embeds, so {@code serve} and the SolrCloud
 * client share one Jetty on the classpath.
 *
 * <p>The server only reads: GET and HEAD. The searcher stays the caller's (closing the server does not close it).
 *
 * <p>Why Jetty and not the JDK's own server: the JDK server reads a request line and headers on a thread, blocking
 * (eight half-sent requests held eight threads), and answers a request it cannot parse with its own HTML page naming an
 * exception ({@code URISyntaxException thrown}) that no handler can replace. Jetty parses requests on its selector
 * without a thread per connection, and lets {@link JsonErrorHandler} answer what it cannot parse like any other 400.
 */
public final class WebServer implements AutoCloseable {
    /** A connection that sends or takes nothing for this long is closed: a half-sent request, an unread answer, an idle keep-alive. */
    static final int IDLE_SECONDS = 10;
    /** Connections open at once; past that Jetty stops accepting until one closes. A connection costs buffers, not a thread. */
    static final int MAX_CONNECTIONS = 512;

    private final Server server;
    private final URI uri;

    private WebServer(Server server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    public static WebServer start(Searcher searcher, WebConfig config) throws java.io.IOException {
        InetAddress addr = InetAddress.getByName(config.host());
        StaticAssets assets = StaticAssets.load();
        // the base of links in the feed needs the port, known once bound: routes are made after binding
        Server server = newServer(addr, config.port(), config.threads());
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        try {
            connector.open();
        } catch (java.io.IOException e) {
            throw new java.io.IOException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        URI uri = URI.create("http://" + hostForUri(config.host(), addr) + ":" + connector.getLocalPort() + "/");
        String base = uri.toString().substring(0, uri.toString().length() - 1);
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
        server.setHandler(new Router(routes, new IndexRefresher(searcher, config.refreshInterval()), addr.isLoopbackAddress(),
                config.threads()));
        return new WebServer(started(server), uri);
    }

    /** A server with one router and nothing else, for tests of the HTTP layer. */
    static WebServer start(Router router, InetAddress addr, int port) throws java.io.IOException {
        Server server = newServer(addr, port, WebConfig.DEFAULT_THREADS);
        server.setHandler(router);
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        connector.open();
        return new WebServer(started(server), URI.create("http://" + hostForUri(addr.getHostAddress(), addr) + ":" + connector.getLocalPort() + "/"));
    }

    private static Server newServer(InetAddress addr, int port, int permits) {
        // request threads beyond the permits that bound searches at once: static files, errors, and Jetty's own selector and acceptor
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, 2 * permits + 8), 2);
        threads.setName("policyminer-web");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(addr.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_SECONDS * 1000L);
        server.addConnector(connector);
        server.addBean(new ConnectionLimit(MAX_CONNECTIONS, connector));
        server.setErrorHandler(new JsonErrorHandler());
        server.setStopTimeout(1000);
        return server;
    }

    private static Server started(Server server) throws java.io.IOException {
        try {
            server.start();
            return server;
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the start failure is the one to report
            }
            throw new java.io.IOException("the web server did not start: " + e.getMessage(), e);
        }
    }

    /** The base URL, ending in a slash; with port 0 it carries the port the system chose. */
    public URI uri() {
        return uri;
    }

    public int port() {
        return uri.getPort();
    }

    /** Stops accepting, lets running requests finish for up to a second, then stops the threads. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (java.util.concurrent.TimeoutException e) {
            // requests still running after the grace period were cut off: the server has stopped all the same
        } catch (Exception e) {
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                throw new IllegalStateException("the web server did not stop: " + e.getMessage(), e);
            }
        }
    }

    private static String hostForUri(String host, InetAddress addr) {
        String h = addr.isAnyLocalAddress() ? host : addr.getHostAddress();
        return h.indexOf(':') >= 0 ? "[" + h + "]" : h;
    }
}
