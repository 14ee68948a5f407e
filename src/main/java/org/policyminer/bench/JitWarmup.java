package org.policyminer.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.PolicyIndex;
import org.policyminer.pipeline.Ingestor;
import org.policyminer.util.Directories;

/**
 * Runs the full ingest, untimed, into a scratch index until the JIT compiler has settled, so that the timed ingest
 * measures the pipeline and not the compiler. On this 2-core machine a fresh JVM spends about 80 s of one core
 * compiling the pipeline (Jsoup, HanLP, Lucene and ours) during its first ~90 000 documents, while HanLP's
 * segmenter alone, the baseline, is warm within seconds: timing the ingest cold compared a warm baseline with a
 * pipeline that had half the machine.
 */
final class JitWarmup {
    /** How much warming was done: documents ingested and seconds the compiler spent meanwhile. */
    record Result(int docs, double jitSeconds) {}

    /** Compilation below this share of the process's CPU time over a chunk counts as settled. */
    private static final double SETTLED_SHARE = 0.05;
    private static final int CHUNK = 5000;

    private JitWarmup() {}

    /** Ingests pages {@code firstPage, firstPage + 1, …} in chunks until the compiler settles or {@code maxDocs}. */
    static Result run(SyntheticCorpus corpus, int firstPage, int maxDocs, int threads) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (maxDocs <= 0 || jit == null || !jit.isCompilationTimeMonitoringSupported()) return new Result(0, 0);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path scratch = Files.createTempDirectory("policyminer-bench-warmup");
        long jitStart = jit.getTotalCompilationTime();
        int done = 0;
        try (PolicyIndex idx = PolicyIndex.open(scratch, true)) {
            Ingestor ingestor = new Ingestor(PolicyMiner.standardPipeline(), new PageSource(new HttpFetcher()), idx, threads, Ingestor.DEFAULT_BATCH);
            while (done < maxDocs) {
                int n = Math.min(CHUNK, maxDocs - done);
                long jit0 = jit.getTotalCompilationTime();
                long cpu0 = os.getProcessCpuTime();
                int from = firstPage + done;
                ingestor.ingest(n, i -> PolicyDoc.of(corpus.page(from + i)), null);
                double jitMs = jit.getTotalCompilationTime() - jit0;
                double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
                done += n;
                if (cpuMs > 0 && jitMs / cpuMs < SETTLED_SHARE) break;
            }
        } finally {
            Directories.deleteTree(scratch);
        }
        return new Result(done, (jit.getTotalCompilationTime() - jitStart) / 1000.0);
    }
}
