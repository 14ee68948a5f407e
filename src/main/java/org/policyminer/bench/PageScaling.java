package org.policyminer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Per size its bytes and CPU milliseconds (the per-MB cost, spread and end-to-end ratio follow from them). */
    public static BenchReport.PageSizes measure(SyntheticCorpus corpus, List<Double> megabytes) throws Exception {
        List<BenchReport.PageCost> costs = new ArrayList<>();
        if (megabytes.isEmpty()) return new BenchReport.PageSizes(costs);
        // warm: the first page of a JVM runs on interpreted code, which would flatter the larger pages' per-MB cost
        for (int i = 0; i < 2; i++) ingestCpuNanos(corpus.bigPage(-1 - i, mb(megabytes.get(0)), false));
        for (int k = 0; k < megabytes.size(); k++) {
            Fetched page = corpus.bigPage(k, mb(megabytes.get(k)), false);
            costs.add(new BenchReport.PageCost(megabytes.get(k) + "MB", page.body().length, ingestCpuNanos(page) / 1e6));
        }
        return new BenchReport.PageSizes(costs);
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
