package org.policyminer.cli;

import org.policyminer.util.Json;
import org.policyminer.view.BenchViews;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.bench.Benchmark;
import org.policyminer.util.Directories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput of each stage (with baselines measured in the same run), ingest rate, index size, search latency, peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--docs", defaultValue = "2000", description = "Documents to synthesise from the corpus (default: ${DEFAULT-VALUE}).") int docs;
    @Option(names = "--corpus", defaultValue = "corpora/pages", description = "Pages to build the documents from (default: ${DEFAULT-VALUE}).") Path corpus;
    @Option(names = "--index", description = "Index directory for the run (default: a temporary directory, deleted after).") Path index;
    @Option(names = "--stage-docs", defaultValue = "1000", description = "Pages for the single-thread stage timings.") int stageDocs;
    @Option(names = "--queries", defaultValue = "200", description = "Timed runs per query type.") int queries;
    @Option(names = "--threads", defaultValue = "0", description = "Ingest threads (default: one per core).") int threads;
    @Option(names = "--extract-dataset", defaultValue = "../shared/datasets/zh-cwced",
            description = "Real pages to time extraction against plain Jsoup parsing (default: ${DEFAULT-VALUE}, skipped when absent).") Path extractDataset;
    @Option(names = "--warmup-docs", defaultValue = "-1", paramLabel = "N",
            description = "Documents to ingest untimed before the timed ingest, stopping early once the JIT compiler settles "
                    + "(default: up to three times --docs; 0 times a cold JVM).") int warmupDocs;
    @Option(names = "--baseline-seconds", defaultValue = "0", paramLabel = "S",
            description = "Shortest window of each HanLP baseline after each slice of the ingest, in whole passes over its sample (default: ${DEFAULT-VALUE}: as long as the slice).") int baselineSeconds;
    @Option(names = "--page-mb", defaultValue = "1,2,4,8", split = ",", paramLabel = "MB",
            description = "Sizes of the single pages whose ingest cost per MB is timed (default: ${DEFAULT-VALUE}).") List<Double> pageMegabytes;
    @Option(names = "--json", description = "Print the report as JSON.") boolean json;
    @picocli.CommandLine.Mixin SolrOption solr;
    @Option(names = "--search-only", description = "Only time searches, on the index that --index names (built by an earlier run).") boolean searchOnly;

    /**
     * Up to three times the timed documents. On two cores the C2 compiler keeps one core busy through the first minute
     * of ingest (Lucene's flush, merge and stored-field code and ours foremost, some of it compiled more than once): a
     * warm-up capped at 100 000 for --docs 100000 never settled (the compiler took 67 s of it and 8.2 s more during the
     * timed ingest); allowed up to 300 000 it settled at 165 000-235 000 in four runs, the compiler then taking 2.5-4.9 s
     * of the timed ingest.
     */
    static int defaultWarmup(int docs) {
        return (int) Math.min(Integer.MAX_VALUE, 3L * docs);
    }

    @Override
    public Integer call() throws Exception {
        if (docs < 1) throw new UsageException("--docs must be at least 1");
        for (double mb : pageMegabytes) if (!(mb > 0 && mb <= 8)) throw new UsageException("--page-mb takes sizes above 0 and up to 8 (the largest page extraction reads)");
        PrintWriter out = spec.commandLine().getOut();
        if (searchOnly && index == null) throw new UsageException("--search-only needs --index DIR of an earlier run");
        Path idx = index != null ? index : Files.createTempDirectory("policyminer-bench");
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        java.util.function.Consumer<String> progress = Progress.lines(spec.commandLine().getErr(), "bench");
        Map<String, Object> r;
        try {
            if (solr.isSet()) {
                // the local index and the collection side by side: ingest rate and search latency of both in one run
                org.policyminer.solr.SolrTarget target = solr.target();
                try (org.apache.solr.client.solrj.impl.CloudSolrClient client = target.client()) {
                    r = BenchViews.backends(org.policyminer.bench.BackendBench.compare(corpus, docs, queries, idx, client, target.collection(), progress));
                }
            } else {
                Benchmark bench = new Benchmark(new Benchmark.Options(docs, corpus, idx, stageDocs, queries, t, extractDataset,
                        warmupDocs < 0 ? defaultWarmup(docs) : warmupDocs, Math.max(0, baselineSeconds), pageMegabytes), progress);
                r = BenchViews.bench(searchOnly ? bench.searchOnly() : bench.run());
            }
        } finally {
            if (index == null) Directories.deleteTree(idx);
        }
        if (json) out.println(Json.write(r));
        else BenchViews.printText(out, r);
        out.flush();
        return 0;
    }
}
