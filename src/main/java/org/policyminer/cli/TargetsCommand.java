package org.policyminer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.view.Format;
import org.policyminer.view.SearchViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "One row per monetary figure (amount, year, metric, kind, subject, article), filtered like search; "
                + "--facts: one row per fact with its sources.")
final class TargetsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Mixin SolrOption solr;
    @Mixin FilterOptions filters;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).") String format;
    @Option(names = "--bom", description = "Start a CSV with a UTF-8 byte-order mark (for Excel on Chinese Windows).") boolean bom;
    @Option(names = "--limit", defaultValue = "1000", description = "Rows at most (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--facts", description = "One row per fact: figures of any article that state the same subject, metric, year, "
            + "kind and value (within 2%%) folded together with their sources; disagreeing values marked revision or conflict.") boolean facts;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional text query on the articles.") List<String> query;

    @Override
    public Integer call() throws Exception {
        Format f = FormatOption.parse(format, Format.TABLE, Format.JSONL, Format.CSV);
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request = SearchRequest.of(query == null ? "" : String.join(" ", query)).withFilters(filters.toFilters()).page(limit, 0);
        try (Searcher s = Backends.searcher(index, solr)) {
            out.print(facts ? SearchViews.facts(s.facts(request), f, bom) : SearchViews.targets(s.targets(request), f, bom));
        }
        out.flush();
        return 0;
    }
}
