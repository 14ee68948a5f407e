package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;

/**
 * A query that runs into damaged index data ("Invalid vInt detected" reading garbled terms) is answered with the
 * API's JSON error saying the index is damaged and how to repair it, not a 500 that says nothing.
 */
class IndexDamageAnswerTest {
    @Test
    void aQueryHittingDamageGetsTheJsonErrorNamingIt() throws Exception {
        Handler broken = r -> {
            throw new CorruptIndexException("Invalid vInt detected (too many bits)", "MMapIndexInput(path=\"/data/index/_3.cfs\") [slice=_3_Lucene99_0.tim]");
        };
        Router router = new Router(List.of(Route.exact("/api/search", false, broken)), null, true);
        try (WebServer server = WebServer.start(router, InetAddress.getLoopbackAddress(), 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.uri().resolve("/api/search?q=x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
            JsonNode body = new ObjectMapper().readTree(r.body());
            String error = body.get("error").asText();
            assertTrue(error.startsWith("the index is damaged: _3.cfs is truncated or garbled (Invalid vInt detected"), error);
            assertTrue(error.contains("policyminer check --index"), error);
        }
    }
}
