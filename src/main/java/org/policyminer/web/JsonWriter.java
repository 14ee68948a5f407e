package org.policyminer.web;

import org.policyminer.util.Json;
import org.policyminer.view.ErrorView;

/** API answers as {@link Json} writes them, so {@code /api/search} and {@code search --json} print the same bytes. */
final class JsonWriter {
    private JsonWriter() {}

    static Response ok(Object value) {
        return Response.of(200, Response.JSON, Json.bytes(value));
    }

    static Response error(int status, String message) {
        return Response.of(status, Response.JSON, Json.bytes(ErrorView.of(message)));
    }
}
