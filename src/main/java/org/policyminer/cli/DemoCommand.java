package org.policyminer.cli;

import org.policyminer.ingest.IngestService;
import org.policyminer.doc.AmountMention;
import org.policyminer.view.SearchViews;
import org.policyminer.search.SortOrder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.IngestReport;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.TargetFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The main job on a corpus (default: corpora/): ingest it into the index, then show the articles, clusters, cities, monetary targets and a sample search in both scripts.")
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "corpora/pages", description = "Corpus directory (default: ${DEFAULT-VALUE}).") Path corpus;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!corpus.toFile().isDirectory()) throw new UsageException("no corpus directory " + corpus + " (run from the repository root)");
        IngestReport r;
        boolean rebuild = false;
        try {
            PolicyIndex.open(index.index, false).close();
        } catch (org.policyminer.index.IndexSchemaException e) {
            // The demo owns its index: one written by an older version is rebuilt rather than refused.
            spec.commandLine().getErr().println("policyminer: rebuilding " + index.index + " (written by an older version)");
            rebuild = true;
        }
        try (PolicyIndex idx = PolicyIndex.open(index.index, rebuild)) {
            r = IngestCommand.run(idx, IngestService.Input.of(List.of(corpus.toString()), null), Runtime.getRuntime().availableProcessors(), 500,
                    spec.commandLine().getErr());
        }
        IngestCommand.report(out, r, false);
        for (String e : r.errors()) out.println("  failed: " + e);
        try (PolicySearcher s = PolicySearcher.open(index.index)) {
            SearchResult all = s.search(SearchRequest.of("").page(200, 0).sortedBy(SortOrder.DATE));
            out.printf("%n== %d articles in %s%s ==%n", all.total(), index.index,
                    all.documents() != all.total() ? " (" + all.documents() + " documents: copies shown once)" : "");
            for (SearchResult.Hit h : all.hits()) out.printf("  %-10s %-10s %s%n", h.published() == null ? "" : h.published(), h.source() == null ? "" : h.source(), h.title());
            out.printf("%n== clusters (articles) ==%n");
            top(out, all.facets().get("cluster"));
            out.printf("%n== cities (articles) ==%n");
            top(out, all.facets().get("city"));
            out.printf("%n== monetary targets, one row per fact (the same figure from several articles once, with its sources) ==%n");
            List<TargetFact> facts = s.facts(SearchRequest.of("").withFilters(Filters.NONE.withKind("target")).page(15, 0));
            for (TargetFact f : facts) {
                out.printf("  %-6s %-14s %-6s %-6s %-30s %d source%s %s%s%n", f.year() == null ? "-" : f.year(), f.text(),
                        f.metric() == null ? "-" : f.metric(), f.comparator() == null ? "-" : f.comparator(),
                        f.subject() == null ? "-" : f.subject(), f.sources().size(), f.sources().size() == 1 ? " " : "s",
                        String.join(", ", f.sources().stream().map(x -> (x.published() == null ? "" : x.published()) + " " + (x.source() == null ? "" : x.source())).toList()),
                        TargetFact.AGREED.equals(f.agreement()) ? "" : "  [" + f.agreement() + "]");
            }
            for (String q : List.of("集成电路", "集成電路")) {
                SearchResult sr = s.search(SearchRequest.of(q).page(3, 0));
                out.printf("%n== search '%s': %d articles ==%n", q, sr.total());
                for (SearchResult.Hit h : sr.hits()) out.printf("  %.2f  %s%n        %s%n", h.score(), h.title(), SearchViews.marked(h.snippet()));
            }
        }
        out.flush();
        return r.failed() == 0 ? 0 : 1;
    }

    private static void top(PrintWriter out, Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            out.println("  (none)");
            return;
        }
        counts.entrySet().stream().limit(12).forEach(e -> out.printf("  %-28s %d%n", e.getKey(), e.getValue()));
    }
}
