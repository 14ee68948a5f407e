package org.policyminer.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.DocumentMapper;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.IngestService;
import org.policyminer.stage.Pipeline;
import org.policyminer.util.Directories;

/**
 * The index half's cost under other Lucene writer settings, the settings in turns in one process so that load from
 * elsewhere falls on all alike: processed bench documents (indexed again under new URLs, as the bench's index half
 * does) written on two threads by {@link DocumentMapper} into a fresh index per setting, committed every
 * {@code batch} documents, then the merges waited for. Each document is new: written with {@code updateDocument} (a
 * delete by id that every later flush resolves against every segment) or {@code addDocument}. Reports the process's CPU (all threads: flushes, merges, GC;
 * the JIT compiler's threads left out) and the wall time a document, median over rounds, and the segments left.
 * Not a test: a measuring tool (docs/benchmarks.md, speed8).
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/policyminer.jar org.policyminer.bench.IndexConfigHarness [docs] [rounds] [batch]
 * </pre>
 */
public final class IndexConfigHarness {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 24_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 8000;
        PolicyMiner miner = PolicyMiner.create();
        List<PolicyDoc> seeds = new ArrayList<>();
        for (String f : PageSource.expand(List.of("corpora/pages"))) {
            try {
                seeds.add(miner.process(f));
            } catch (Exception e) {
                // not material
            }
        }
        SyntheticCorpus corpus = new SyntheticCorpus(seeds, 7);
        List<PolicyDoc> processed = new ArrayList<>();
        List<PolicyDoc> pages = new ArrayList<>();
        for (int i = 0; i < 4000; i++) pages.add(PolicyDoc.of(corpus.page(i)));
        for (Pipeline.Outcome o : IngestService.standardPipeline().runEach(pages)) if (!o.failed()) processed.add(o.doc().withoutPage());

        Map<String, Supplier<IndexWriterConfig>> variants = new LinkedHashMap<>();
        variants.put("compound, updateDocument (main)", () -> config(true, 128));
        variants.put("no compound, updateDocument", () -> config(false, 128));
        variants.put("compound, addDocument (speed8)", () -> config(true, 128));
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int round = -1; round < rounds; round++) {
            List<String> order = new ArrayList<>(variants.keySet());
            if (round % 2 != 0) java.util.Collections.reverse(order);
            for (String name : order) {
                double[] r = run(variants.get(name).get(), name.contains("addDocument"), processed, docs, batch, round);
                if (round >= 0) {
                    results.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
                    System.out.printf("round %d %-30s CPU %6.1f µs/doc  wall %6.1f µs/doc  segments %.0f%n", round, name, r[0], r[1], r[2]);
                }
            }
        }
        System.out.println("median of " + rounds + " rounds, " + docs + " documents, commit every " + batch + ":");
        for (var e : results.entrySet()) {
            System.out.printf("  %-30s CPU %6.1f µs/doc  wall %6.1f µs/doc%n", e.getKey(), median(e.getValue(), 0), median(e.getValue(), 1));
        }
    }

    private static double median(List<double[]> rs, int k) {
        double[] v = rs.stream().mapToDouble(r -> r[k]).sorted().toArray();
        return v[v.length / 2];
    }

    private static IndexWriterConfig config(boolean compound, int ramMb) {
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
        merges.disableAutoIOThrottle();
        TieredMergePolicy mp = new TieredMergePolicy();
        if (!compound) mp.setNoCFSRatio(0.0);
        return new IndexWriterConfig(PolicyIndex.analyzer()).setMergeScheduler(merges).setMergePolicy(mp).setUseCompoundFile(compound)
                .setRAMBufferSizeMB(ramMb).setCommitOnClose(false);
    }

    /** CPU µs a document (process, compiler left out), wall µs a document, segments at the end. */
    private static double[] run(IndexWriterConfig cfg, boolean add, List<PolicyDoc> processed, int docs, int batch, int round) throws Exception {
        Path dir = Files.createTempDirectory("indexcfg");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg)) {
            long jit0 = jitMs();
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            for (int from = 0; from < docs; from += batch) {
                List<Future<?>> tasks = new ArrayList<>();
                int end = Math.min(docs, from + batch);
                for (int k = from; k < end; k += IngestService.MAX_CHUNK) {
                    int first = k, last = Math.min(end, k + IngestService.MAX_CHUNK);
                    tasks.add(pool.submit(() -> {
                        List<DocumentMapper.Words> words = new ArrayList<>();
                        List<PolicyDoc> chunk = new ArrayList<>();
                        for (int i = first; i < last; i++) {
                            PolicyDoc p = processed.get(i % processed.size());
                            PolicyDoc doc = p.withUrl(p.url() + "#" + round + "-" + i);
                            chunk.add(doc);
                            words.add(DocumentMapper.Words.of(doc));
                        }
                        for (int i = 0; i < chunk.size(); i++) {
                            PolicyDoc doc = chunk.get(i);
                            org.apache.lucene.document.Document lucene = mapper.document(doc, doc.id(), doc.contentHash(), words.get(i));
                            if (add) w.addDocument(lucene);
                            else w.updateDocument(new Term("id", doc.id()), lucene);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : tasks) f.get();
                w.commit();
            }
            ((ConcurrentMergeScheduler) w.getConfig().getMergeScheduler()).sync();
            long wall = System.nanoTime() - t0;
            long cpu = OS.getProcessCpuTime() - c0 - (jitMs() - jit0) * 1_000_000;
            int segments = org.apache.lucene.index.SegmentInfos.readLatestCommit(d).size();
            return new double[] {cpu / 1e3 / docs, wall / 1e3 / docs, segments};
        } finally {
            pool.shutdownNow();
            Directories.deleteTree(dir);
        }
    }

    /** CPU ms of the compiler threads so far (from /proc). */
    private static long jitMs() {
        return StageCpuHarness.threadTicks().getOrDefault("C CompilerThre", 0L) * 10;
    }

    private IndexConfigHarness() {}
}
