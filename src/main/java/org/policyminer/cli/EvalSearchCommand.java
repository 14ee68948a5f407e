package org.policyminer.cli;

import org.policyminer.ingest.IngestService;
import org.policyminer.util.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.eval.BackendComparison;
import org.policyminer.eval.JudgedQuery;
import org.policyminer.eval.SearchEvaluation;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.IngestReport;
import org.policyminer.search.PolicySearcher;
import org.policyminer.util.Directories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "nDCG@10 and recall@10 of the judged query set over the corpus, and whether both scripts rank alike.")
final class EvalSearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--corpus", defaultValue = "corpora/pages", description = "Corpus pages (default: ${DEFAULT-VALUE}).") Path corpus;
    @Option(names = "--queries", defaultValue = "corpora/queries/judged.jsonl", description = "Judged queries (default: ${DEFAULT-VALUE}).") Path queries;
    @Option(names = "--verbose-queries", description = "Print every query's score and ranking.") boolean perQuery;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @picocli.CommandLine.Mixin SolrOption solr;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<JudgedQuery> judged = SearchEvaluation.read(queries);
        Path index = Files.createTempDirectory("policyminer-eval-search");
        try {
            try (PolicyIndex idx = PolicyIndex.open(index, true)) {
                IngestReport r = IngestCommand.run(idx, IngestService.Input.of(List.of(corpus.toString()), SearchEvaluation.URL_PREFIX),
                        Runtime.getRuntime().availableProcessors(), 500, spec.commandLine().getErr());
                if (r.failed() > 0) spec.commandLine().getErr().println("policyminer: " + r.failed() + " corpus pages failed: " + r.errors());
            }
            try (PolicySearcher s = PolicySearcher.open(index)) {
                // both backends answer as the search command does: one hit per near-duplicate group
                SearchEvaluation.Report local = SearchEvaluation.evaluate(s, judged, EvalSearchCommand::filters);
                if (!solr.isSet()) {
                    print(out, local, null, null);
                } else {
                    // the same corpus into the collection (created with 'solr init'), then the same queries on both backends
                    org.policyminer.solr.SolrTarget target = solr.target();
                    try (org.apache.solr.client.solrj.impl.CloudSolrClient client = target.client()) {
                        IngestReport r = IngestCommand.run(new org.policyminer.solr.SolrDocumentStore(client, target.collection()),
                                IngestService.Input.of(List.of(corpus.toString()), SearchEvaluation.URL_PREFIX),
                                Runtime.getRuntime().availableProcessors(), 500, spec.commandLine().getErr());
                        if (r.failed() > 0) spec.commandLine().getErr().println("policyminer: " + r.failed() + " corpus pages failed on Solr: " + r.errors());
                        try (org.policyminer.solr.SolrSearcher onSolr = new org.policyminer.solr.SolrSearcher(client, target.collection(), false)) {
                            print(out, local, SearchEvaluation.evaluate(onSolr, judged, EvalSearchCommand::filters),
                                    BackendComparison.compare(s, onSolr, judged, EvalSearchCommand::filters));
                        }
                    }
                }
            }
        } finally {
            Directories.deleteTree(index);
        }
        out.flush();
        return 0;
    }

    /** One report, or the local and the Solr one side by side with the queries whose top ten differ and the comparison hit by hit. */
    private void print(PrintWriter out, SearchEvaluation.Report local, SearchEvaluation.Report onSolr, BackendComparison.Report same) {
        if (json) {
            out.println(onSolr == null ? Json.write(local) : Json.write(Map.of("local", local, "solr", onSolr, "comparison", same)));
            return;
        }
        if (perQuery) {
            for (var q : local.perQuery()) out.printf("%-5s nDCG %.3f R %.3f %s %-24s %s%n", q.id(), q.ndcg(), q.recall(),
                    q.scriptsAgree() ? " " : "≠", q.q(), q.ranked());
        }
        String label = onSolr == null ? "" : "local ";
        out.printf("%squeries %d   nDCG@10 %.3f   recall@10 %.3f   script mismatches %d%n", label, local.queries(), local.ndcg(), local.recall(), local.scriptMismatches());
        if (onSolr == null) return;
        out.printf("solr  queries %d   nDCG@10 %.3f   recall@10 %.3f   script mismatches %d%n", onSolr.queries(), onSolr.ndcg(), onSolr.recall(), onSolr.scriptMismatches());
        int differ = 0;
        for (int i = 0; i < local.perQuery().size(); i++) {
            var a = local.perQuery().get(i);
            var b = onSolr.perQuery().get(i);
            if (!a.ranked().equals(b.ranked())) {
                differ++;
                if (perQuery) out.printf("  %s ranks differ: local %s, solr %s%n", a.id(), a.ranked(), b.ranked());
            }
        }
        out.printf("top-10 rankings identical for %d of %d queries; nDCG@10 difference %.4f%n", local.queries() - differ, local.queries(),
                Math.abs(local.ndcg() - onSolr.ndcg()));
        out.printf("every hit the same on both (hits of equal score as a set) for %d of %d query forms (as judged, simplified, traditional)%n",
                same.sameForms(), same.forms());
        out.printf("figure-filter queries: the same matching documents on both for %d of %d%n", same.sameFigureSets(), same.figureQueries());
        for (String d : same.differences()) out.println("  differs: " + d);
    }

    static org.policyminer.search.Filters filters(Map<String, String> f) {
        return FilterOptions.of(f.get("city"), f.get("province"), f.get("cluster"), f.get("source"), f.get("from"), f.get("to"),
                f.get("year"), f.get("minAmount"), f.get("maxAmount"), f.get("kind"));
    }
}
