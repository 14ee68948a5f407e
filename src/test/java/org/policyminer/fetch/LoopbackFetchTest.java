package org.policyminer.fetch;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A loopback server and a fake clock per test: the common ground of the fetcher's HTTP tests. */
abstract class LoopbackFetchTest {
    protected TestServer server;
    protected FakeTime time;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.start();
        time = new FakeTime();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
