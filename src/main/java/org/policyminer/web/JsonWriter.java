package org.policyminer.web;

import org.policyminer.util.Json;
import org.policyminer.view.ErrorView;


/** API answers as {@link Json} writes them, so {@code /api/search} and {@code search --json} print the same bytes. */
final class JsonWriter {
    byte[] bytes(Object value) {
        return Json.bytes(value);
    }

    String string(Object value) {
        return Json.write(value);
    }

    Response ok(Object value) {
        return Response.of(200, Response.JSON, bytes(value));
    }

    Response error(int status, String message) {
        return Response.of(status, Response.JSON, bytes(ErrorView.of(message)));
    }
}
