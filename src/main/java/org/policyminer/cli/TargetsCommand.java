package org.policyminer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.TargetRow;
import org.policyminer.view.SearchViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "One row per monetary figure (amount, year, metric, kind, subject, article), filtered like search.")
final class TargetsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Mixin FilterOptions filters;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).") String format;
    @Option(names = "--limit", defaultValue = "1000", description = "Rows at most (default: ${DEFAULT-VALUE}).") int limit;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Optional text query on the articles.") List<String> query;

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "jsonl", "csv").contains(format)) throw new UsageException("--format must be table, jsonl or csv, not '" + format + "'");
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request = new SearchRequest(query == null ? "" : String.join(" ", query), filters.toFilters(), limit, 0, "relevance", false);
        try (PolicySearcher s = PolicySearcher.open(index.index)) {
            List<TargetRow> rows = s.targets(request);
            if (format.equals("csv")) out.println(String.join(",", SearchViews.CSV_COLUMNS));
            for (TargetRow t : rows) {
                Map<String, Object> row = SearchViews.target(t);
                switch (format) {
                    case "jsonl" -> out.println(Json.write(row));
                    case "csv" -> out.println(SearchViews.csv(row));
                    default -> out.printf("%-6s %-18s %-10s %-6s %-8s %-10s %s%n", row.get("year") == null ? "-" : row.get("year"),
                            row.get("text"), row.get("metric") == null ? "-" : row.get("metric"), row.get("kind"),
                            row.get("comparator") == null ? "-" : row.get("comparator"), String.join(",", t.cities()),
                            row.get("subject") == null ? t.title() : row.get("subject"));
                }
            }
            if (format.equals("table")) out.println(rows.size() + " figures");
        }
        out.flush();
        return 0;
    }
}
