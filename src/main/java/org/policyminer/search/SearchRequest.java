package org.policyminer.search;

/**
 * One search: the query text (either script), filters, paging, sort order ({@code relevance} or {@code date}),
 * whether snippets come in the page's original script instead of simplified, and whether to count facets
 * (a pass over every match: skip it when only the hits are wanted).
 */
public record SearchRequest(String query, Filters filters, int limit, int offset, String sort, boolean originalScript, boolean facets) {
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? Filters.NONE : filters;
        sort = sort == null ? "relevance" : sort;
        if (limit < 0 || limit > MAX_LIMIT) throw new InvalidQueryException("limit must be between 0 and " + MAX_LIMIT);
        if (offset < 0 || offset > 100_000) throw new InvalidQueryException("offset must be between 0 and 100000");
        if (!sort.equals("relevance") && !sort.equals("date")) throw new InvalidQueryException("sort must be relevance or date, not '" + sort + "'");
    }

    /** A request with facet counts (what the CLI and the web UI show). */
    public SearchRequest(String query, Filters filters, int limit, int offset, String sort, boolean originalScript) {
        this(query, filters, limit, offset, sort, originalScript, true);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Filters.NONE, 10, 0, "relevance", false);
    }

    public SearchRequest withoutFacets() {
        return new SearchRequest(query, filters, limit, offset, sort, originalScript, false);
    }
}
