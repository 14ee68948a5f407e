package org.policyminer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyminer.bench.BenchReport;
import org.policyminer.util.Json;

/** {@code bench --solr --json}: both backends side by side, rates and latencies rounded, the ingest ratio derived. */
class BenchViewsTest {
    @Test
    void backendsSideBySide() {
        BenchReport.Backends b = new BenchReport.Backends(2000, 1000,
                new BenchReport.Backend(215.123, Map.of("term", new BenchReport.Timing(100, 3.6049, 68.01))),
                new BenchReport.Backend(207.0, Map.of("term", new BenchReport.Timing(100, 26.6, 120.456))));
        assertEquals("{\"docs\":2000,\"warmupDocs\":1000,"
                + "\"local\":{\"ingestDocsPerSecond\":215.12,\"search\":{\"term\":{\"p50Ms\":3.6,\"p99Ms\":68.01,\"n\":100}}},"
                + "\"solr\":{\"ingestDocsPerSecond\":207.0,\"search\":{\"term\":{\"p50Ms\":26.6,\"p99Ms\":120.46,\"n\":100}}},"
                + "\"solrIngestRateToLocal\":0.96}", Json.write(BenchViews.backends(b)));
    }
}
