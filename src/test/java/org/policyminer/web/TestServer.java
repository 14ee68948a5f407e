package org.policyminer.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.policyminer.search.PolicySearcher;

/** The server over a freshly built {@link TestCorpus} index on loopback, port 0, refreshing on every request. */
final class TestServer implements AutoCloseable {
    final Path index;
    final PolicySearcher searcher;
    final WebServer server;

    private TestServer(Path index, PolicySearcher searcher, WebServer server) {
        this.index = index;
        this.searcher = searcher;
        this.server = server;
    }

    static TestServer start(Path dir) throws IOException {
        TestCorpus.build(dir);
        PolicySearcher s = PolicySearcher.open(dir);
        WebServer w = WebServer.start(s, new WebConfig("127.0.0.1", 0, 4, Duration.ZERO));
        return new TestServer(dir, s, w);
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
