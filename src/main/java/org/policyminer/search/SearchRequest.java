package org.policyminer.search;

/**
 * One search: the query text (either script), filters, paging, sort order, whether snippets come in the page's
 * original script instead of simplified, whether to count facets (a pass over every match: skip it when only the
 * hits are wanted), and whether to return every copy of an article instead of one hit per near-duplicate group. Built from {@link #of} with the {@code with…} methods:
 * <pre>{@code SearchRequest.of("集成电路").withFilters(f).page(20, 0).sortedBy(SortOrder.DATE)}</pre>
 */
public record SearchRequest(String query, Filters filters, int limit, int offset, SortOrder sort, boolean originalScript, boolean facets,
                            boolean allCopies) {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_OFFSET = 100_000;
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? Filters.NONE : filters;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (limit < 0 || limit > MAX_LIMIT) throw new InvalidQueryException("limit must be between 0 and " + MAX_LIMIT);
        if (offset < 0 || offset > MAX_OFFSET) throw new InvalidQueryException("offset must be between 0 and " + MAX_OFFSET);
    }

    /** The first {@value #DEFAULT_LIMIT} hits for the query, by relevance, with facets, no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Filters.NONE, DEFAULT_LIMIT, 0, SortOrder.RELEVANCE, false, true, false);
    }

    public SearchRequest withFilters(Filters f) {
        return new SearchRequest(query, f, limit, offset, sort, originalScript, facets, allCopies);
    }

    /** At most {@code limit} hits after skipping {@code offset}. */
    public SearchRequest page(int limit, int offset) {
        return new SearchRequest(query, filters, limit, offset, sort, originalScript, facets, allCopies);
    }

    public SearchRequest sortedBy(SortOrder s) {
        return new SearchRequest(query, filters, limit, offset, s, originalScript, facets, allCopies);
    }

    /** Titles and snippets in the page's own script ({@code true}) or simplified. */
    public SearchRequest inOriginalScript(boolean original) {
        return new SearchRequest(query, filters, limit, offset, sort, original, facets, allCopies);
    }

    public SearchRequest withoutFacets() {
        return new SearchRequest(query, filters, limit, offset, sort, originalScript, false, allCopies);
    }

    /** Every copy of an article as its own hit ({@code true}), or one hit per near-duplicate group (the default). */
    public SearchRequest withAllCopies(boolean all) {
        return new SearchRequest(query, filters, limit, offset, sort, originalScript, facets, all);
    }
}
