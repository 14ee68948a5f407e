package org.policyminer.web;

import com.sun.net.httpserver.Headers;

/**
 * A GET or HEAD request as handlers see it: the decoded path, the part of the path after the route's prefix
 * ({@code tail}, decoded; empty for exact routes), query parameters and request headers.
 */
record Request(String path, String tail, QueryParams params, Headers headers) {
    String header(String name) {
        return headers == null ? null : headers.getFirst(name);
    }
}
