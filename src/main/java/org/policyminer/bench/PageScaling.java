package org.policyminer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.PolicyIndex;
import org.policyminer.stage.Pipeline;
import org.policyminer.util.Directories;

/**
 * How the cost of ingesting one page grows with its size: single synthetic pages of 1, 2, 4 and 8 MB, each run
 * through the pipeline into a fresh index on one thread. The cost is that thread's CPU time (the collector and the
 * compiler run on threads of their own), so the per-MB figures compare within a run even on a loaded machine.
 */
public final class PageScaling {
    private PageScaling() {}

    /** The report: per size its bytes, CPU milliseconds and milliseconds per MB; the spread and the end-to-end ratio. */
    public static Map<String, Object> measure(SyntheticCorpus corpus, List<Double> megabytes) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        if (megabytes.isEmpty()) return m;
        // warm: the first page of a JVM runs on interpreted code, which would flatter the larger pages' per-MB cost
        for (int i = 0; i < 2; i++) ingestCpuNanos(corpus.bigPage(-1 - i, mb(megabytes.get(0)), false));
        double minPerMb = Double.MAX_VALUE, maxPerMb = 0, first = 0, last = 0;
        for (int k = 0; k < megabytes.size(); k++) {
            Fetched page = corpus.bigPage(k, mb(megabytes.get(k)), false);
            double ms = ingestCpuNanos(page) / 1e6;
            double perMb = ms / (page.body().length / 1e6);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("bytes", page.body().length);
            s.put("cpuMs", Benchmark.round(ms));
            s.put("cpuMsPerMB", Benchmark.round(perMb));
            m.put(megabytes.get(k) + "MB", s);
            minPerMb = Math.min(minPerMb, perMb);
            maxPerMb = Math.max(maxPerMb, perMb);
            if (k == 0) first = ms;
            last = ms;
        }
        m.put("perMBSpread", Benchmark.round(maxPerMb / minPerMb));
        m.put("largestVsSmallest", Benchmark.round(last / first));
        return m;
    }

    /** Decimal megabytes: an "8 MB" page (8 000 000 bytes) stays under extraction's cap of 8 MiB. */
    private static long mb(double megabytes) {
        return (long) (megabytes * 1_000_000);
    }

    /** This thread's CPU time to extract, convert, recognise and index {@code page} into a fresh index, and commit it. */
    public static long ingestCpuNanos(Fetched page) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Pipeline pipeline = PolicyMiner.standardPipeline();
        Path dir = Files.createTempDirectory("policyminer-page-scaling");
        try (PolicyIndex idx = PolicyIndex.open(dir, true)) {
            long t0 = threads.getCurrentThreadCpuTime();
            PolicyDoc doc = pipeline.run(PolicyDoc.of(page));
            PolicyIndex.Upserted u = idx.upsertAll(List.of(doc)).get(0);
            if (u.error() != null) throw new IOException(page.url() + ": " + u.error().getMessage(), u.error());
            idx.commit();
            return threads.getCurrentThreadCpuTime() - t0;
        } finally {
            Directories.deleteTree(dir);
        }
    }
}
