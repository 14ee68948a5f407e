package org.policyminer.bench;

import org.policyminer.ingest.CommitPolicy;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.IngestService;
import org.policyminer.util.Directories;

/**
 * Runs work untimed until the JIT compiler has settled, so that what is timed next measures the code and not the
 * compiler: the full ingest into a scratch index before the timed ingest, the query mix before the timed queries. On
 * this 2-core machine a fresh JVM spends about 80 s of one core compiling the pipeline (Jsoup, HanLP, Lucene and ours)
 * during its first ~90 000 documents, while HanLP's segmenter alone, the baseline, is warm within seconds: timing the
 * ingest cold compared a warm baseline with a pipeline that had half the machine.
 */
final class JitWarmup {
    /** How much warming was done: documents ingested and seconds the compiler spent meanwhile. */
    record Result(int docs, double jitSeconds) {}

    /** Compilation below this share of the process's CPU time over a round counts as quiet. */
    private static final double SETTLED_SHARE = 0.05;
    /** Rounds in a row that must be under {@link #SETTLED_SHARE}. */
    private static final int SETTLED_ROUNDS = 3;
    private static final int CHUNK = 5000;

    private JitWarmup() {}

    /** Ingests pages {@code firstPage, firstPage + 1, …} in chunks until the compiler settles or {@code maxDocs}. */
    static Result run(SyntheticCorpus corpus, int firstPage, int maxDocs, int threads) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (maxDocs <= 0 || !canTell(jit)) return new Result(0, 0);
        Path scratch = Files.createTempDirectory("policyminer-bench-warmup");
        long jitStart = jit.getTotalCompilationTime();
        int[] done = {0};
        try (PolicyIndex idx = PolicyIndex.open(scratch, true)) {
            IngestService ingestor = new IngestService(IngestService.standardPipeline(), new PageSource(new HttpFetcher()), idx, threads, CommitPolicy.bulk());
            untilSettled(() -> {
                int n = Math.min(CHUNK, maxDocs - done[0]);
                int from = firstPage + done[0];
                ingestor.ingest(n, i -> PolicyDoc.of(corpus.page(from + i)), null);
                done[0] += n;
            }, 1, (maxDocs + CHUNK - 1) / CHUNK);
        } finally {
            Directories.deleteTree(scratch);
        }
        return new Result(done[0], (jit.getTotalCompilationTime() - jitStart) / 1000.0);
    }

    /**
     * Runs {@code round} at least {@code minRounds} and at most {@code maxRounds} times, stopping (past the minimum)
     * once compilation has taken under {@value #SETTLED_SHARE} of the process's CPU time in {@value #SETTLED_ROUNDS}
     * rounds in a row; returns the rounds run. One quiet round is not enough: the compiler works in bursts. A full bench
     * whose search warm-up stopped at its first quiet round (700 queries) timed faceted queries at p50 9.47 ms; on the
     * same index, warm-ups of 2 600-3 900 queries gave 5.2-7.5 ms.
     */
    static int untilSettled(Work round, int minRounds, int maxRounds) throws Exception {
        return untilSettled(round, minRounds, maxRounds, JitWarmup::compileShare);
    }

    static int untilSettled(Work round, int minRounds, int maxRounds, CompileShare share) throws Exception {
        int rounds = 0;
        int quiet = 0;
        while (rounds < maxRounds) {
            quiet = share.of(round) < SETTLED_SHARE ? quiet + 1 : 0;
            rounds++;
            if (rounds >= minRounds && quiet >= SETTLED_ROUNDS) break;
        }
        return rounds;
    }

    /** The compiler's share of the process's CPU time while a round ran. */
    @FunctionalInterface
    interface CompileShare {
        double of(Work round) throws Exception;
    }

    /** Runs the round and returns the compiler's share of the CPU time it took; NaN (never settled) when untold. */
    private static double compileShare(Work round) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jit0 = canTell(jit) ? jit.getTotalCompilationTime() : 0;
        long cpu0 = os.getProcessCpuTime();
        round.run();
        if (!canTell(jit)) return Double.NaN;
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        return cpuMs > 0 ? (jit.getTotalCompilationTime() - jit0) / cpuMs : Double.NaN;
    }

    private static boolean canTell(CompilationMXBean jit) {
        return jit != null && jit.isCompilationTimeMonitoringSupported();
    }
}
