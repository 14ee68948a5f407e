package org.policyminer.web;

/**
 * A path a handler answers: exact ({@code /api/search}) or a prefix followed by exactly one path segment
 * ({@code /api/articles/} + id). Matching is on the raw path, and the segment is decoded afterwards, so an
 * encoded slash (%2F) inside a cluster name stays part of the name instead of splitting the path.
 */
record Route(String path, boolean prefix, boolean readsIndex, Handler handler) {
    static Route exact(String path, boolean readsIndex, Handler h) {
        return new Route(path, false, readsIndex, h);
    }

    static Route segment(String prefix, boolean readsIndex, Handler h) {
        return new Route(prefix, true, readsIndex, h);
    }

    /** The raw tail after the prefix ("" for an exact match), or null when this route does not match. */
    String match(String rawPath) {
        if (!prefix) return rawPath.equals(path) ? "" : null;
        if (!rawPath.startsWith(path)) return null;
        String tail = rawPath.substring(path.length());
        return tail.isEmpty() || tail.indexOf('/') >= 0 ? null : tail;
    }
}
