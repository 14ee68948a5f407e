package org.policyminer.web;

import java.util.List;
import java.util.Set;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.TargetRow;
import org.policyminer.view.Format;
import org.policyminer.view.SearchViews;

/**
 * {@code GET /api/targets}: monetary figures filtered like search. {@code format=json} (default) wraps the rows in
 * an object; {@code jsonl} and {@code csv} are byte for byte what {@code policyminer targets --format …} prints,
 * sent as a download. {@code facts=true} answers facts instead of figures ({@code targets --facts}), in the same formats.
 */
record TargetsApi(Searcher searcher) implements Handler {
    static final int MAX_LIMIT = SearchRequest.MAX_LIMIT;
    static final Set<String> PARAMS = FilterParams.plus("q", "limit", "offset", "format", "bom", "facts");

    @Override
    public Response handle(Request r) throws Exception {
        QueryParams p = r.params().allowOnly(PARAMS);
        Format format = p.exportFormat();
        SearchRequest req = SearchRequest.of(p.get("q", "")).withFilters(FilterParams.from(p))
                .page(p.intParam("limit", MAX_LIMIT, 0, MAX_LIMIT), p.intParam("offset", 0, 0, SearchApi.MAX_OFFSET));
        if (p.flag("facts")) {
            List<org.policyminer.search.TargetFact> facts = searcher.facts(req);
            return switch (format) {
                case CSV -> Response.download("text/csv; charset=utf-8", "facts.csv", SearchViews.facts(facts, Format.CSV, p.flag("bom")));
                case JSONL -> Response.download("application/x-ndjson; charset=utf-8", "facts.jsonl", SearchViews.facts(facts, Format.JSONL, false));
                default -> JsonWriter.ok(SearchViews.factList(req.query(), facts));
            };
        }
        List<TargetRow> rows = searcher.targets(req);
        return switch (format) {
            case CSV -> Response.download("text/csv; charset=utf-8", "targets.csv", SearchViews.targets(rows, Format.CSV, p.flag("bom")));
            case JSONL -> Response.download("application/x-ndjson; charset=utf-8", "targets.jsonl", SearchViews.targets(rows, Format.JSONL, false));
            default -> JsonWriter.ok(SearchViews.targetList(req.query(), rows));
        };
    }
}
