package org.policyminer.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.policyminer.search.PolicySearcher;

/** Manual check: serves the test corpus on 127.0.0.1:PORT (default 8099) until killed. Not a test. */
public final class DevServer {
    private DevServer() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("pm-dev-index");
        if (args.length <= 1) TestCorpus.build(dir);
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
        PolicySearcher s = PolicySearcher.open(dir);
        WebServer server = WebServer.start(s, WebConfig.defaults().withPort(port));
        System.out.println("serving " + dir + " at " + server.uri());
        Thread.currentThread().join();
    }
}
