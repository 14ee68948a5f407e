package org.policyminer.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, content type, body bytes and extra headers. Immutable. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    Response {
        body = body == null ? new byte[0] : body;
        headers = Map.copyOf(headers == null ? Map.of() : headers);
    }

    static Response of(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body, Map.of());
    }

    static Response text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 the browser saves as {@code filename} (the CSV and JSONL exports). */
    static Response download(String type, String filename, String body) {
        return text(200, type, body).withHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    /** This response with one more header (a later value for the same name wins). */
    Response withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, body, h);
    }
}
