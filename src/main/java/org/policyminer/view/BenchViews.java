package org.policyminer.view;

import java.util.Map;
import org.policyminer.bench.BenchReport;

/**
 * {@code bench --json} and its indented text form: the measured rates and their ratios, rounded to two decimals (the
 * run-to-run noise of a shared machine is far larger). Parts not measured in a run are left out.
 */
public final class BenchViews {
    private BenchViews() {}

    public static Map<String, Object> bench(BenchReport r) {
        Map<String, Object> m = Ordered.object();
        if (r.corpusPages() != null) m.put("corpusPages", r.corpusPages());
        if (r.docs() != null) m.put("docs", r.docs());
        if (r.stages() != null) m.put("stages", stages(r.stages()));
        if (r.extractRealPages() != null) m.put("extractRealPages", realPages(r.extractRealPages()));
        if (r.ingest() != null) m.put("ingest", ingest(r.ingest()));
        if (r.grouping() != null) m.put("grouping", grouping(r.grouping()));
        if (r.search() != null) m.put("search", search(r.search()));
        m.put("peakHeapMB", r.peakHeapMB());
        if (r.pageSize() != null) m.put("pageSize", pageSizes(r.pageSize()));
        return m;
    }

    /** {@code bench --solr --json}: both backends side by side. */
    public static Map<String, Object> backends(BenchReport.Backends b) {
        return Ordered.object(
                "docs", b.docs(),
                "warmupDocs", b.warmupDocs(),
                "local", backend(b.local()),
                "solr", backend(b.solr()),
                "solrIngestRateToLocal", round(b.solrIngestRateToLocal()));
    }

    static Map<String, Object> backend(BenchReport.Backend b) {
        Map<String, Object> search = Ordered.object();
        b.search().forEach((type, t) -> search.put(type, Ordered.object("p50Ms", round(t.p50ms()), "p99Ms", round(t.p99ms()), "n", t.n())));
        return Ordered.object("ingestDocsPerSecond", round(b.ingestDocsPerSecond()), "search", search);
    }

    static Map<String, Object> stages(BenchReport.Stages s) {
        Map<String, Object> m = Ordered.object("pages", s.pages(), "chars", s.chars());
        s.byStage().forEach((stage, rate) -> m.put(stage, Ordered.object(
                "pagesPerSec", round(rate.pagesPerSec()),
                "charsPerSec", round(rate.charsPerSec()))));
        m.put("jsoupParsePagesPerSec", round(s.jsoupParsePagesPerSec()));
        m.put("extractCostVsParse", round(s.extractCostVsParse()));
        m.put("hanlpSegmentCharsPerSec", round(s.hanlpSegmentCharsPerSec()));
        m.put("convertPlusEntitiesCharsPerSec", round(s.convertPlusEntitiesCharsPerSec()));
        m.put("convertPlusEntitiesVsHanlp", round(s.convertPlusEntitiesVsHanlp()));
        return m;
    }

    static Map<String, Object> realPages(BenchReport.RealPages x) {
        return Ordered.object(
                "dataset", x.dataset(),
                "pages", x.pages(),
                "extractPagesPerSec", round(x.extractPagesPerSec()),
                "jsoupParsePagesPerSec", round(x.jsoupParsePagesPerSec()),
                "extractCostVsParse", round(x.extractCostVsParse()));
    }

    static Map<String, Object> ingest(BenchReport.Ingest i) {
        Map<String, Object> m = Ordered.object(
                "threads", i.threads(),
                "warmupDocs", i.warmupDocs(),
                "warmupJitSeconds", round(i.warmupJitSeconds()),
                "jitSecondsDuringRun", round(i.jitSecondsDuringRun()),
                "mergeWaitSeconds", round(i.mergeWaitSeconds()),
                "docsPerSec", round(i.docsPerSec()),
                "failed", i.failed(),
                "amounts", i.amounts(),
                "hanlpOnlyDocsPerSec", round(i.hanlpOnlyDocsPerSec()),
                "ingestVsHanlpOnly", round(i.ingestVsHanlpOnly()),
                "hanlpOneThreadDocsPerSec", round(i.hanlpOneThreadDocsPerSec()),
                "ingestVsHanlpOneThread", round(i.ingestVsHanlpOneThread()),
                "indexSizeMB", round(i.indexSizeMB()));
        BenchReport.Halves h = i.halves();
        if (h != null) {
            double hanlp = i.hanlpOnlyDocsPerSec();
            m.put("pipelineOnlyDocsPerSec", round(h.pipelineOnlyDocsPerSec()));
            m.put("pipelineOnlyVsHanlp", round(h.pipelineOnlyDocsPerSec() / hanlp));
            m.put("indexOnlyDocsPerSec", round(h.indexOnlyDocsPerSec()));
            m.put("indexOnlyVsHanlp", round(h.indexOnlyDocsPerSec() / hanlp));
            m.put("halvesCombinedVsHanlp", round(h.combinedDocsPerSec() / hanlp));
        }
        return m;
    }

    static Map<String, Object> grouping(BenchReport.Grouping g) {
        Map<String, Object> m = Ordered.object(
                "docs", g.docs(),
                "withoutGroupsDocsPerSec", round(g.withoutGroupsDocsPerSec()),
                "withGroupsDocsPerSec", round(g.withGroupsDocsPerSec()),
                "withVsWithout", round(g.withVsWithout()));
        if (!Double.isNaN(g.indexOnlyWithoutGroupsDocsPerSec())) {
            m.put("indexOnlyWithoutGroupsDocsPerSec", round(g.indexOnlyWithoutGroupsDocsPerSec()));
            m.put("indexOnlyWithGroupsDocsPerSec", round(g.indexOnlyWithGroupsDocsPerSec()));
            m.put("indexOnlyWithVsWithout", round(g.indexOnlyWithVsWithout()));
        }
        return m;
    }

    static Map<String, Object> search(BenchReport.Search s) {
        Map<String, Object> m = Ordered.object("warmupQueries", s.warmupQueries());
        s.byType().forEach((type, l) -> m.put(type, Ordered.object(
                "hits", l.hits(),
                "p50ms", round(l.p50ms()),
                "p95ms", round(l.p95ms()),
                "p99ms", round(l.p99ms()))));
        return m;
    }

    static Map<String, Object> pageSizes(BenchReport.PageSizes p) {
        Map<String, Object> m = Ordered.object();
        if (p.pages().isEmpty()) return m;
        for (BenchReport.PageCost c : p.pages()) {
            m.put(c.label(), Ordered.object(
                    "bytes", c.bytes(),
                    "cpuMs", round(c.cpuMs()),
                    "cpuMsPerMB", round(c.cpuMsPerMB())));
        }
        m.put("perMBSpread", round(p.perMBSpread()));
        m.put("largestVsSmallest", round(p.largestVsSmallest()));
        return m;
    }

    /** The indented text form: one line per number, nested parts under their name. */
    public static void printText(java.io.PrintWriter out, Map<String, Object> m) {
        printText(out, m, "");
    }

    @SuppressWarnings("unchecked")
    private static void printText(java.io.PrintWriter out, Map<String, Object> m, String indent) {
        for (var e : m.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> sub) {
                out.println(indent + e.getKey() + ":");
                printText(out, (Map<String, Object>) sub, indent + "  ");
            } else {
                out.printf("%s%-32s %s%n", indent, e.getKey(), e.getValue());
            }
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
