package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request whose target names another host ({@code GET http://evil.example/…}) is refused, with the API's JSON. */
class RequestTargetIT {
    @TempDir static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(dir.resolve("index"));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void anAbsoluteTargetNamingAnotherHostIsRefused() throws IOException {
        String answer = raw("GET http://evil.example/api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1:" + server.server.port() + "\r\nConnection: close\r\n\r\n");
        // Jetty refuses it while parsing (400), the router when the Host header agrees with the target (421)
        assertTrue(answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 421"), answer);
        assertTrue(answer.contains("application/json") && answer.contains("{\"error\":\"the request names another server"), answer);
    }

    @Test
    void anAbsoluteTargetAndHostBothNamingAnotherHostAreRefused() throws IOException {
        String answer = raw("GET http://evil.example/api/search?q=x HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
        assertTrue(answer.contains("application/json") && answer.contains("{\"error\":"), answer);
    }

    @Test
    void anAbsoluteTargetNamingThisServerIsServed() throws IOException {
        String self = "127.0.0.1:" + server.server.port();
        String answer = raw("GET http://" + self + "/api/search?q=x HTTP/1.1\r\nHost: " + self + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
