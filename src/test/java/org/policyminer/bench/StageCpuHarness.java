package org.policyminer.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.DocumentMapper;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.IngestService;
import org.policyminer.stage.Pipeline;
import org.policyminer.stage.Stage;
import org.policyminer.util.Directories;

/**
 * Where a document's CPU goes, robust to a loaded machine: bench documents through each stage and into the index on
 * one thread, timed by this thread's CPU time (ThreadMXBean), beside HanLP.newSegment() over the same texts. Load
 * from elsewhere stretches wall time, hardly thread CPU time, so two jars can be compared in turns on a busy machine.
 * Uses only API that main had at 4aee696, so the one compiled class runs against either jar:
 *
 * <pre>
 * java -Xmx1g -cp target/test-classes:JAR org.policyminer.bench.StageCpuHarness [docs] [rounds] [corpus]
 * </pre>
 *
 * Prints per round and the median over rounds: CPU µs a document for each pipeline stage, for the index's parts
 * (word views segmented, Lucene document built, both plus the write: upsertAll on a fresh index without and with
 * near-duplicate groups; commit with its flush on this thread) and the process CPU on other threads during the
 * index pass (merges, GC, compiler), and HanLP's µs a document. Not a test: a measuring tool (docs/benchmarks.md).
 */
public final class StageCpuHarness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path corpusDir = Path.of(args.length > 2 ? args[2] : "corpora/pages");
        PolicyMiner miner = PolicyMiner.create();
        List<PolicyDoc> seeds = new ArrayList<>();
        for (String f : PageSource.expand(List.of(corpusDir.toString()))) {
            try {
                seeds.add(miner.process(f));
            } catch (Exception e) {
                // not material
            }
        }
        SyntheticCorpus corpus = new SyntheticCorpus(seeds, 7);
        Map<String, List<Double>> all = new LinkedHashMap<>();
        // round 0 and 1 warm the JIT and the dictionaries and are not counted
        for (int round = -2; round < rounds; round++) {
            Map<String, Double> r = round(corpus, docs, round);
            if (round < 0) continue;
            System.out.println("round " + round + ": " + format(r));
            r.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        System.out.println("median of " + rounds + " rounds, CPU µs a document (" + docs + " documents a round):");
        for (var e : all.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String f = e.getKey().startsWith("ratio") ? "  %-28s %8.3f   (min %.3f, max %.3f)%n" : "  %-28s %8.1f   (min %.1f, max %.1f)%n";
            System.out.printf(f, e.getKey(), v[v.length / 2], v[0], v[v.length - 1]);
        }
    }

    private static String format(Map<String, Double> r) {
        StringBuilder b = new StringBuilder();
        r.forEach((k, v) -> b.append(k).append('=').append(String.format(k.startsWith("ratio") ? "%.3f" : "%.1f", v)).append(' '));
        return b.toString();
    }

    private static Map<String, Double> round(SyntheticCorpus corpus, int n, int round) throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        int base = (round + 2) * n; // other pages every round, as an ingest sees
        List<PolicyDoc> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) docs.add(PolicyDoc.of(corpus.page(base + i)));
        Pipeline pipeline = IngestService.standardPipeline();
        double pipelineTotal = 0;
        for (Stage s : pipeline.stages()) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) docs.set(i, s.apply(docs.get(i)));
            double us = (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / n;
            out.put("stage " + s.name(), us);
            pipelineTotal += us;
        }
        out.put("pipeline total", pipelineTotal);
        for (int i = 0; i < n; i++) docs.set(i, docs.get(i).withoutPage());

        long t0 = THREADS.getCurrentThreadCpuTime();
        List<DocumentMapper.Words> words = new ArrayList<>(n);
        for (PolicyDoc d : docs) words.add(DocumentMapper.Words.of(d));
        out.put("index: word views", (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / n);
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        t0 = THREADS.getCurrentThreadCpuTime();
        long sink = 0;
        for (int i = 0; i < n; i++) {
            Document d = mapper.document(docs.get(i), docs.get(i).id(), docs.get(i).contentHash(), words.get(i));
            sink += d.getFields().size();
        }
        out.put("index: lucene document", (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / n);
        if (sink == 42) System.out.print("");

        for (boolean groups : new boolean[] {false, true}) {
            Path dir = Files.createTempDirectory("stagecpu");
            try (PolicyIndex idx = PolicyIndex.open(dir, true, groups)) {
                Map<String, Long> threadTicks0 = threadTicks();
                long p0 = OS.getProcessCpuTime();
                t0 = THREADS.getCurrentThreadCpuTime();
                for (int k = 0; k < n; k += IngestService.MAX_CHUNK) idx.upsertAll(docs.subList(k, Math.min(n, k + IngestService.MAX_CHUNK)));
                long t1 = THREADS.getCurrentThreadCpuTime();
                idx.flushBuffers();
                idx.commit();
                idx.awaitMerges();
                long t2 = THREADS.getCurrentThreadCpuTime();
                long p1 = OS.getProcessCpuTime();
                String g = groups ? " (groups)" : "";
                Map<String, Long> threadTicks1 = threadTicks();
                if (groups) System.out.println("  threads' CPU during the index pass with groups, ms: " + diff(threadTicks0, threadTicks1));
                out.put("index: upsertAll" + g, (t1 - t0) / 1e3 / n);
                out.put("index: flush+commit" + g, (t2 - t1) / 1e3 / n);
                // the compiler's share is left out: the bench times a warm ingest (JitWarmup), this harness only a few rounds
                long jitMs = 10 * (threadTicks1.getOrDefault("C CompilerThre", 0L) - threadTicks0.getOrDefault("C CompilerThre", 0L));
                out.put("index: other threads" + g, Math.max(0, (p1 - p0) - (t2 - t0) - jitMs * 1_000_000) / 1e3 / n);
            } finally {
                Directories.deleteTree(dir);
            }
        }
        Segment hanlp = HanLP.newSegment();
        t0 = THREADS.getCurrentThreadCpuTime();
        for (PolicyDoc d : docs) {
            for (String line : d.analysedText().split("\n")) if (!line.isEmpty()) hanlp.seg(line);
        }
        out.put("HanLP segment", (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / n);
        double index = out.get("index: upsertAll (groups)") + out.get("index: flush+commit (groups)") + out.get("index: other threads (groups)");
        out.put("ingest total (groups)", pipelineTotal + index);
        out.put("ratio HanLP/ingest", out.get("HanLP segment") / (pipelineTotal + index));
        return out;
    }

    /** CPU ticks (1/100 s) of this process's threads by name, digits dropped (G1 Conc#0 and #1 together), from /proc. */
    static Map<String, Long> threadTicks() {
        Map<String, Long> out = new java.util.TreeMap<>();
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) return out;
        for (java.io.File t : tasks) {
            try {
                String stat = Files.readString(t.toPath().resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]", "");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            } catch (Exception e) {
                // a thread that ended meanwhile
            }
        }
        return out;
    }

    static String diff(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder b = new StringBuilder();
        for (var e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (d > 0) b.append(e.getKey()).append('=').append(d * 10).append(' ');
        }
        return b.toString();
    }

    private StageCpuHarness() {}
}
