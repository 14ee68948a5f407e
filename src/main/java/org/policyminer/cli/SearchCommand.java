package org.policyminer.cli;

import org.policyminer.search.SortOrder;
import org.policyminer.util.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.search.Filters;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.view.ErrorView;
import org.policyminer.view.Format;
import org.policyminer.view.SearchViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index in either script: words, \"phrases\", -excluded, a OR b, city:… year:… amount>=1000亿.")
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Mixin SolrOption solr;
    @Mixin FilterOptions filters;

    @Option(names = "--limit", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.") int offset;
    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date.") String sort;
    @Option(names = "--original", description = "Snippets and titles in the page's original script.") boolean original;
    @Option(names = "--json", description = "Print JSON (the same as --format json).") boolean json;
    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json, jsonl (a hit a line) or csv (a hit a row).") String format;
    @Option(names = "--bom", description = "Start a CSV with a UTF-8 byte-order mark (for Excel on Chinese Windows).") boolean bom;
    @Option(names = "--all-copies", description = "Every copy of an article as its own hit (default: one hit per near-duplicate "
            + "group, shown as its canonical member with the number of copies).") boolean allCopies;
    @Option(names = "--jsonl", description = "Batch: read one query per line from stdin as {\"id\":…,\"q\":…, filters…}.") boolean jsonl;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words are joined with spaces).") java.util.List<String> query;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String q = query == null ? "" : String.join(" ", query);
        // Options are checked before the index is opened, so a typo is a usage error (exit 2) in any case.
        Filters f = filters.toFilters();
        Format shape = json ? Format.JSON : format == null ? Format.TABLE
                : FormatOption.parse(format, Format.TABLE, Format.JSON, Format.JSONL, Format.CSV);
        SearchRequest request = SearchRequest.of(q).withFilters(f).page(limit, offset).sortedBy(SortOrder.parse(sort)).inOriginalScript(original)
                .withAllCopies(allCopies);
        if (!jsonl && q.isBlank() && f.equals(Filters.NONE)) throw new UsageException("give a query or a filter (see --help)");
        try (Searcher s = Backends.searcher(index, solr)) {
            if (jsonl) return batch(s, out);
            out.print(SearchViews.search(s.search(request), shape, bom));
        }
        out.flush();
        return 0;
    }

    private int batch(Searcher s, PrintWriter out) throws Exception {
        int failed = 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            Object id = null;
            boolean parsed = false;
            Object answer;
            try {
                JsonNode n = Json.MAPPER.readTree(line);
                id = n.has("id") ? Json.MAPPER.treeToValue(n.get("id"), Object.class) : null;
                parsed = true;
                Filters f = FilterOptions.of(text(n, "city"), text(n, "province"), text(n, "cluster"), text(n, "source"), text(n, "from"),
                        text(n, "to"), text(n, "year"), text(n, "minAmount"), text(n, "maxAmount"), text(n, "kind"));
                int lim = n.has("limit") ? n.get("limit").asInt() : limit;
                int off = n.has("offset") ? n.get("offset").asInt() : 0;
                SortOrder order = SortOrder.parse(n.has("sort") ? n.get("sort").asText() : sort);
                answer = s.search(SearchRequest.of(text(n, "q")).withFilters(f).page(lim, off).sortedBy(order)
                        .inOriginalScript(n.path("original").asBoolean(original)).withAllCopies(n.path("allCopies").asBoolean(allCopies)));
            } catch (Exception e) {
                failed++;
                answer = ErrorView.of(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
            }
            Map<String, Object> m = SearchViews.batchAnswer(parsed, id, answer);
            out.println(Json.write(m));
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
