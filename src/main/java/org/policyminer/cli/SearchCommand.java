package org.policyminer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
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
    @Mixin FilterOptions filters;

    @Option(names = "--limit", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.") int offset;
    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date.") String sort;
    @Option(names = "--original", description = "Snippets and titles in the page's original script.") boolean original;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Option(names = "--jsonl", description = "Batch: read one query per line from stdin as {\"id\":…,\"q\":…, filters…}.") boolean jsonl;
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words are joined with spaces).") java.util.List<String> query;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String q = query == null ? "" : String.join(" ", query);
        // Options are checked before the index is opened, so a typo is a usage error (exit 2) in any case.
        Filters f = filters.toFilters();
        SearchRequest request = new SearchRequest(q, f, limit, offset, sort, original);
        if (!jsonl && q.isBlank() && f.equals(Filters.NONE)) throw new UsageException("give a query or a filter (see --help)");
        try (PolicySearcher s = PolicySearcher.open(index.index)) {
            if (jsonl) return batch(s, out);
            SearchResult r = s.search(request);
            if (json) out.println(Json.write(SearchViews.search(r)));
            else printTable(out, r);
        }
        out.flush();
        return 0;
    }

    private int batch(PolicySearcher s, PrintWriter out) throws Exception {
        int failed = 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            try {
                JsonNode n = Json.MAPPER.readTree(line);
                m.put("id", n.has("id") ? Json.MAPPER.treeToValue(n.get("id"), Object.class) : null);
                Filters f = FilterOptions.of(text(n, "city"), text(n, "province"), text(n, "cluster"), text(n, "source"), text(n, "from"),
                        text(n, "to"), text(n, "year"), text(n, "minAmount"), text(n, "maxAmount"), text(n, "kind"));
                int lim = n.has("limit") ? n.get("limit").asInt() : limit;
                int off = n.has("offset") ? n.get("offset").asInt() : 0;
                String srt = n.has("sort") ? n.get("sort").asText() : sort;
                SearchResult r = s.search(new SearchRequest(text(n, "q"), f, lim, off, srt, n.path("original").asBoolean(original)));
                m.putAll(SearchViews.search(r));
            } catch (Exception e) {
                failed++;
                m.put("error", e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
            }
            out.println(Json.write(m));
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void printTable(PrintWriter out, SearchResult r) {
        out.printf("%d articles match '%s'%n%n", r.total(), r.query());
        int i = 1;
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%2d. %s  [%s %s]%n", i++, h.title(), h.published() == null ? "" : h.published(), h.source() == null ? "" : h.source());
            out.printf("    %s%n", h.snippet().replace("<em>", "【").replace("</em>", "】"));
            out.printf("    %s%n", h.url());
        }
        r.facets().forEach((dim, counts) -> {
            if (!counts.isEmpty()) out.printf("%n%s: %s", dim, counts);
        });
        out.println();
    }
}
