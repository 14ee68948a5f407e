package org.policyminer.cli;

import org.policyminer.ingest.IngestService;
import org.policyminer.util.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
                SearchEvaluation.Report rep = SearchEvaluation.evaluate(s, judged, EvalSearchCommand::filters);
                if (json) {
                    out.println(Json.write(rep));
                } else {
                    if (perQuery) {
                        for (var q : rep.perQuery()) out.printf("%-5s nDCG %.3f R %.3f %s %-24s %s%n", q.id(), q.ndcg(), q.recall(),
                                q.scriptsAgree() ? " " : "≠", q.q(), q.ranked());
                    }
                    out.printf("queries %d   nDCG@10 %.3f   recall@10 %.3f   script mismatches %d%n", rep.queries(), rep.ndcg(), rep.recall(), rep.scriptMismatches());
                }
            }
        } finally {
            Directories.deleteTree(index);
        }
        out.flush();
        return 0;
    }

    static org.policyminer.search.Filters filters(Map<String, String> f) {
        return FilterOptions.of(f.get("city"), f.get("province"), f.get("cluster"), f.get("source"), f.get("from"), f.get("to"),
                f.get("year"), f.get("minAmount"), f.get("maxAmount"), f.get("kind"));
    }
}
