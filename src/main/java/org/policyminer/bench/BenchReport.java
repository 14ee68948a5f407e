package org.policyminer.bench;

import java.util.List;
import java.util.Map;

/**
 * What a bench run measured, as numbers; the ratios are derived here once, and {@code view.BenchViews} rounds and
 * lays them out. A part not measured in a run ({@code --search-only}, no extraction dataset, no page sizes) is null.
 */
public record BenchReport(Integer corpusPages, Integer docs, Stages stages, RealPages extractRealPages, Ingest ingest, Grouping grouping,
                          Search search, long peakHeapMB, PageSizes pageSize) {

    /** A stage's single-thread rate. */
    public record Rate(double pagesPerSec, double charsPerSec) {}

    /** Single-thread stages over the same pages, beside a plain Jsoup parse and HanLP segmentation of their text. */
    public record Stages(int pages, long chars, Map<String, Rate> byStage, double jsoupParsePagesPerSec, double extractSeconds,
                         double parseSeconds, double hanlpSeconds, double convertPlusEntitiesSeconds) {
        public double extractCostVsParse() {
            return extractSeconds / parseSeconds;
        }

        public double hanlpSegmentCharsPerSec() {
            return chars / hanlpSeconds;
        }

        public double convertPlusEntitiesCharsPerSec() {
            return chars / convertPlusEntitiesSeconds;
        }

        public double convertPlusEntitiesVsHanlp() {
            return hanlpSeconds / convertPlusEntitiesSeconds;
        }
    }

    /** Extraction against a plain parse on a dataset of real pages. */
    public record RealPages(String dataset, int pages, double extractPagesPerSec, double jsoupParsePagesPerSec) {
        public double extractCostVsParse() {
            return jsoupParsePagesPerSec / extractPagesPerSec;
        }
    }

    /** The full ingest on all cores against HanLP alone (on the same threads and on one), and its halves timed apart. */
    public record Ingest(int threads, int warmupDocs, double warmupJitSeconds, double jitSecondsDuringRun, double mergeWaitSeconds,
                         double docsPerSec, int failed, int amounts, double hanlpOnlyDocsPerSec, double hanlpOneThreadDocsPerSec,
                         double indexSizeMB, Halves halves) {
        public double ingestVsHanlpOnly() {
            return docsPerSec / hanlpOnlyDocsPerSec;
        }

        public double ingestVsHanlpOneThread() {
            return docsPerSec / hanlpOneThreadDocsPerSec;
        }
    }

    /** The pipeline without the index and the index without the pipeline. */
    public record Halves(double pipelineOnlyDocsPerSec, double indexOnlyDocsPerSec) {
        /** What the two would give if together they cost no more than apart. */
        public double combinedDocsPerSec() {
            return 1 / (1 / pipelineOnlyDocsPerSec + 1 / indexOnlyDocsPerSec);
        }
    }

    /**
     * The same pages into an index without near-duplicate groups and one with, in turns: through the whole pipeline,
     * and into the index alone (NaN when not measured).
     */
    public record Grouping(int docs, double withoutGroupsDocsPerSec, double withGroupsDocsPerSec, double indexOnlyWithoutGroupsDocsPerSec,
                           double indexOnlyWithGroupsDocsPerSec) {
        public double withVsWithout() {
            return withGroupsDocsPerSec / withoutGroupsDocsPerSec;
        }

        public double indexOnlyWithVsWithout() {
            return indexOnlyWithGroupsDocsPerSec / indexOnlyWithoutGroupsDocsPerSec;
        }
    }

    /** Search latency per query type, after a warm-up of {@code warmupQueries}. */
    public record Search(int warmupQueries, Map<String, Latency> byType) {}

    public record Latency(long hits, double p50ms, double p95ms, double p99ms) {}

    /** {@code bench --solr}: the same documents into the local index and the collection, and the same searches on both. */
    public record Backends(int docs, int warmupDocs, Backend local, Backend solr) {
        public double solrIngestRateToLocal() {
            return solr.ingestDocsPerSecond() / local.ingestDocsPerSecond();
        }
    }

    public record Backend(double ingestDocsPerSecond, Map<String, Timing> search) {}

    /** {@code n} timed runs of one query type. */
    public record Timing(int n, double p50ms, double p99ms) {}

    /** Single pages of growing size, each ingested alone on one thread: the CPU time per MB. */
    public record PageSizes(List<PageCost> pages) {
        public double perMBSpread() {
            double min = pages.stream().mapToDouble(PageCost::cpuMsPerMB).min().orElse(0);
            double max = pages.stream().mapToDouble(PageCost::cpuMsPerMB).max().orElse(0);
            return min == 0 ? 0 : max / min;
        }

        public double largestVsSmallest() {
            return pages.isEmpty() ? 0 : pages.get(pages.size() - 1).cpuMs() / pages.get(0).cpuMs();
        }
    }

    public record PageCost(String label, int bytes, double cpuMs) {
        public double cpuMsPerMB() {
            return cpuMs / (bytes / 1e6);
        }
    }
}
