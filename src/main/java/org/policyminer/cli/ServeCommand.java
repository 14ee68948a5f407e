package org.policyminer.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.policyminer.search.Searcher;
import org.policyminer.web.WebConfig;
import org.policyminer.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Web UI and JSON API over the index: search, targets, articles, clusters, newest articles and an Atom feed.",
                "API: /api/search, /api/targets (?format=csv|jsonl), /api/articles/{id}, /api/clusters/{name}. Read-only; stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Mixin SolrOption solr;

    @Option(names = "--host", defaultValue = WebConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Name another, e.g. 0.0.0.0, to serve the network.")
    String host;
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).") int port;
    @Option(names = "--threads", defaultValue = "8", description = "Requests served at once (default: ${DEFAULT-VALUE}).") int threads;
    @Option(names = "--refresh", defaultValue = "1", paramLabel = "SECONDS",
            description = "Look for newer commits of a running ingest or watch at most this often (default: ${DEFAULT-VALUE}).") int refreshSeconds;

    @Override
    public Integer call() throws Exception {
        WebConfig config;
        try {
            config = new WebConfig(host, port, threads, Duration.ofSeconds(refreshSeconds));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Searcher searcher = Backends.searcher(index, solr);
        WebServer server;
        try {
            server = WebServer.start(searcher, config);
        } catch (Exception e) {
            searcher.close();
            throw new java.io.IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            err.println("policyminer: listening on " + host + ": anyone who can reach this machine can read the index");
        }
        out.println("PolicyMiner: " + searcher.count() + " articles from " + Backends.describe(index, solr) + " at " + server.uri() + " (Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                searcher.close();
            } catch (java.io.IOException ignored) {
                // The process is ending; a reader that fails to close loses nothing.
            }
            stopped.countDown();
        }, "policyminer-serve-shutdown"));
        stopped.await();
        return 0;
    }
}
