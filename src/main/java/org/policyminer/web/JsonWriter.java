package org.policyminer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/**
 * Serialises API answers exactly as the CLI does (same Jackson settings as {@code cli.Json}: fields in insertion
 * order, records by component, no pretty printing), so {@code /api/search} and {@code search --json} match.
 */
final class JsonWriter {
    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    String string(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    Response ok(Object value) {
        return Response.of(200, Response.JSON, bytes(value));
    }

    Response error(int status, String message) {
        return Response.of(status, Response.JSON, bytes(Map.of("error", message == null ? "error" : message)));
    }
}
