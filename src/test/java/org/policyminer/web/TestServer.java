package org.policyminer.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.policyminer.index.DocumentStore;
import org.policyminer.index.PolicyIndex;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.Searcher;

/**
 * The server over the {@link TestCorpus} on loopback, port 0, refreshing on every request: in a freshly built local
 * index ({@link #start}), or in a SolrCloud collection ({@link #startOnSolr}).
 */
final class TestServer implements AutoCloseable {
    /** Opens a writer of the backend the server reads. */
    @FunctionalInterface
    interface StoreOpener {
        DocumentStore open() throws IOException;
    }

    /** The local index; null on SolrCloud. */
    final Path index;
    final Searcher searcher;
    final WebServer server;
    /** How the CLI names the same backend: {@code --index DIR} or {@code --solr ZK --collection NAME}. */
    final List<String> backendArgs;
    final StoreOpener store;

    private TestServer(Path index, Searcher searcher, WebServer server, List<String> backendArgs, StoreOpener store) {
        this.index = index;
        this.searcher = searcher;
        this.server = server;
        this.backendArgs = backendArgs;
        this.store = store;
    }

    static TestServer start(Path dir) throws IOException {
        TestCorpus.build(dir);
        PolicySearcher s = PolicySearcher.open(dir);
        WebServer w = WebServer.start(s, new WebConfig("127.0.0.1", 0, 4, Duration.ZERO));
        return new TestServer(dir, s, w, List.of("--index", dir.toString()), () -> PolicyIndex.open(dir, false));
    }

    /** The corpus written into {@code collection} (empty, made by solr init) and the server over it. */
    static TestServer startOnSolr(org.apache.solr.client.solrj.SolrClient client, String address, String collection) throws IOException {
        try (DocumentStore store = new org.policyminer.solr.SolrDocumentStore(client, collection)) {
            TestCorpus.write(store);
        }
        Searcher s = new org.policyminer.solr.SolrSearcher(client, collection, false);
        WebServer w = WebServer.start(s, new WebConfig("127.0.0.1", 0, 4, Duration.ZERO));
        return new TestServer(null, s, w, List.of("--solr", address, "--collection", collection),
                () -> new org.policyminer.solr.SolrDocumentStore(client, collection));
    }

    /** A CLI command line over this server's backend: the command, the backend's options, then {@code rest}. */
    String[] cli(String command, String... rest) {
        List<String> out = new ArrayList<>(List.of(command));
        out.addAll(backendArgs);
        out.addAll(List.of(rest));
        return out.toArray(String[]::new);
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    @Override
    public void close() throws IOException {
        server.close();
        searcher.close();
    }
}
