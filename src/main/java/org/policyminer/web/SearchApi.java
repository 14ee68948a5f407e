package org.policyminer.web;

import org.policyminer.search.SortOrder;
import java.util.Set;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.view.SearchViews;

/** {@code GET /api/search}: the JSON of {@code policyminer search --json}. */
record SearchApi(Searcher searcher) implements Handler {
    /** A page of the UI shows 10; more than 100 hits per request is a scraper, not a reader. */
    static final int MAX_LIMIT = 100;
    /** Deep pages cost offset + limit collected hits; nobody reads past page 1000. */
    static final int MAX_OFFSET = 10_000;
    static final Set<String> PARAMS = FilterParams.plus("q", "limit", "offset", "sort", "original", "allCopies");

    @Override
    public Response handle(Request r) throws Exception {
        QueryParams p = r.params().allowOnly(PARAMS);
        SearchRequest req = SearchRequest.of(p.get("q", "")).withFilters(FilterParams.from(p)).page(p.intParam("limit", 10, 0, MAX_LIMIT), p.intParam("offset", 0, 0, MAX_OFFSET)).sortedBy(SortOrder.parse(p.get("sort", "relevance"))).inOriginalScript(p.flag("original"))
                .withAllCopies(p.flag("allCopies"));
        return JsonWriter.ok(SearchViews.search(searcher.search(req)));
    }
}
