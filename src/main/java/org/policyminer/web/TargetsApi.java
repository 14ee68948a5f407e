package org.policyminer.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.TargetRow;
import org.policyminer.view.SearchViews;

/**
 * {@code GET /api/targets}: monetary figures filtered like search. {@code format=json} (default) wraps the rows in
 * an object; {@code jsonl} and {@code csv} are byte for byte what {@code policyminer targets --format …} prints,
 * sent as a download.
 */
final class TargetsApi implements Handler {
    static final int MAX_LIMIT = SearchRequest.MAX_LIMIT;
    static final Set<String> PARAMS = FilterParams.plus("q", "limit", "offset", "format");

    private final PolicySearcher searcher;
    private final JsonWriter json;

    TargetsApi(PolicySearcher searcher, JsonWriter json) {
        this.searcher = searcher;
        this.json = json;
    }

    @Override
    public Response handle(Request r) throws Exception {
        QueryParams p = r.params().allowOnly(PARAMS);
        String format = p.get("format", "json");
        if (!List.of("json", "jsonl", "csv").contains(format)) throw HttpError.badRequest("format must be json, jsonl or csv, not '" + format + "'");
        SearchRequest req = new SearchRequest(p.get("q", ""), FilterParams.from(p), p.intParam("limit", MAX_LIMIT, 0, MAX_LIMIT),
                p.intParam("offset", 0, 0, SearchApi.MAX_OFFSET), "relevance", false);
        List<Map<String, Object>> rows = searcher.targets(req).stream().map(SearchViews::target).toList();
        return switch (format) {
            case "csv" -> download("text/csv; charset=utf-8", "targets.csv", csv(rows));
            case "jsonl" -> download("application/x-ndjson; charset=utf-8", "targets.jsonl", jsonl(rows));
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("query", req.query());
                m.put("count", rows.size());
                m.put("targets", rows);
                yield json.ok(m);
            }
        };
    }

    private static String csv(List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", SearchViews.CSV_COLUMNS)).append('\n');
        for (Map<String, Object> row : rows) sb.append(SearchViews.csv(row)).append('\n');
        return sb.toString();
    }

    private String jsonl(List<Map<String, Object>> rows) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> row : rows) sb.append(json.string(row)).append('\n');
        return sb.toString();
    }

    private static Response download(String type, String filename, String body) {
        return Response.of(200, type, body.getBytes(StandardCharsets.UTF_8))
                .withHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    /** For the chart and the cluster page: rows as the JSON rows of {@link SearchViews#target}. */
    static List<Map<String, Object>> rows(List<TargetRow> rows) {
        return rows.stream().map(SearchViews::target).toList();
    }
}
