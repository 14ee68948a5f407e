package org.policyminer.doc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bytes of one page as a fetcher (or a file on disk) holds them: the raw body, the response headers and the
 * URL it came from. Nothing is decoded here: charset detection belongs to extraction, which never does I/O.
 */
public record Fetched(String url, byte[] body, Map<String, List<String>> headers) {
    public Fetched {
        org.policyminer.util.Validate.notNull(url, "url");
        org.policyminer.util.Validate.notNull(body, "body");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst();
    }
}
