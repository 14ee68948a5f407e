package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RouteTest {
    private final Handler none = r -> null;

    @Test
    void exactRouteMatchesOnlyItsPath() {
        Route r = Route.exact("/api/search", true, none);
        assertEquals("", r.match("/api/search"));
        assertNull(r.match("/api/search/"));
        assertNull(r.match("/api/searchx"));
    }

    @Test
    void segmentRouteTakesExactlyOneSegment() {
        Route r = Route.segment("/api/clusters/", true, none);
        assertEquals("%E9%9B%86%2F%E7%BE%A4", r.match("/api/clusters/%E9%9B%86%2F%E7%BE%A4"), "an encoded slash stays in the name");
        assertNull(r.match("/api/clusters/"));
        assertNull(r.match("/api/clusters/a/b"));
        assertNull(r.match("/api/clusters"));
    }
}
