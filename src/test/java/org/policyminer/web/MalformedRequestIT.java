package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request the HTTP layer cannot parse (a request-target that is no URI, a broken request line, a header line
 * without a colon) is answered like every other bad request: a 4xx with the API's JSON error, not the JDK server's
 * HTML page naming an exception ({@code <h1>400 Bad Request</h1>URISyntaxException thrown}).
 */
class MalformedRequestIT {
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

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/search?q=a\\b|c HTTP/1.1",        // characters no URI may hold
            "GET /api/search?q=%zz%^ HTTP/1.1",         // a broken escape and a caret
            "GET /api/se arch HTTP/1.1",                // a space inside the target: three words and a stray one
            "GET /api/search?q=x HTTP/9.9",             // no such version
            "GET",                                      // no target at all
            "GET /api/search?q=x HTTP/1.1\r\nNoColonHere"})
    void aRequestThatCannotBeParsedGetsTheJsonError(String head) throws IOException {
        String answer = raw(head + "\r\nHost: 127.0.0.1:" + server.server.port() + "\r\nConnection: close\r\n\r\n");
        int split = answer.indexOf("\r\n\r\n");
        String headers = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
        assertTrue(headers.contains("content-type: application/json"), answer);
        JsonNode body = new ObjectMapper().readTree(answer.substring(split + 4));
        String status = answer.lines().findFirst().orElse("");
        if (status.matches("HTTP/1\\.1 200( .*)?")) {
            // a lenient parse that still reads a query is answered as that search
            assertTrue(body.has("hits"), answer);
            return;
        }
        assertTrue(status.matches("HTTP/1\\.[01] (4\\d\\d|505)( .*)?"), answer);
        String error = body.path("error").asText();
        assertFalse(error.isBlank(), answer);
        assertFalse(error.contains("Exception") || answer.contains("<h1>"), answer);
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
