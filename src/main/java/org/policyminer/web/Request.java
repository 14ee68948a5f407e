package org.policyminer.web;

import java.util.function.UnaryOperator;

/**
 * A GET or HEAD request as handlers see it: the decoded path, the part of the path after the route's prefix
 * ({@code tail}, decoded; empty for exact routes), query parameters and request headers.
 */
record Request(String path, String tail, QueryParams params, UnaryOperator<String> headers) {
    /** The first value of a request header, or null. */
    String header(String name) {
        return headers == null ? null : headers.apply(name);
    }
}
