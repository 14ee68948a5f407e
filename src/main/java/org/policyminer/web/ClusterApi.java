package org.policyminer.web;

import org.policyminer.search.SortOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.search.Filters;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.StoredArticle;
import org.policyminer.search.TargetRow;
import org.policyminer.doc.ClusterMention;
import org.policyminer.view.SearchViews;

/**
 * {@code GET /api/clusters/{name}}: everything the index knows about one cluster (name in either script): its
 * cities, the articles that mention it (newest first), and its monetary figures with a per-year summary.
 *
 * <pre>{"name": …, "national": true, "cities": [...], "articleCount": 3, "articles": [search hits],
 *  "cityCounts": {"南京市": 2}, "figures": [target rows], "byYear": [{"year": 2025, "count": 1, "sum": 4.0E11}]}</pre>
 */
record ClusterApi(Searcher searcher) implements Handler {
    static final int ARTICLES = 20;

    private static final ScriptConverter CONVERTER = new ScriptConverter();

    @Override
    public Response handle(Request r) throws Exception {
        r.params().allowOnly(Set.of());
        String name = CONVERTER.toSimplified(r.tail().strip());
        if (name.isEmpty()) throw HttpError.notFound("no cluster name given");
        Filters byCluster = Filters.NONE.withCluster(name);
        SearchResult articles = searcher.search(SearchRequest.of("").withFilters(byCluster).page(ARTICLES, 0).sortedBy(SortOrder.DATE));
        if (articles.total() == 0) throw HttpError.notFound("no article mentions the cluster '" + name + "'");

        Set<String> cities = new LinkedHashSet<>();
        Boolean national = null;
        for (SearchResult.Hit h : articles.hits()) {
            Optional<StoredArticle> a = searcher.article(h.id());
            if (a.isEmpty()) continue;
            for (ClusterMention mention : a.get().entities().clusters()) {
                if (!name.equals(mention.name())) continue;
                cities.addAll(mention.cities());
                national = (national != null && national) || mention.national();
            }
        }
        // Figures of these articles that belong to this cluster (an article often lists several clusters' figures).
        List<TargetRow> figures = new ArrayList<>();
        for (TargetRow row : searcher.targets(SearchRequest.of("").withFilters(byCluster).page(TargetsApi.MAX_LIMIT, 0))) {
            if (name.equals(row.amount().subject())) figures.add(row);
        }
        return JsonWriter.ok(SearchViews.cluster(name, national, List.copyOf(cities), articles, figures));
    }
}
