package org.policyminer.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;

/**
 * {@code GET /api/clusters/{name}}: everything the index knows about one cluster (name in either script): its
 * cities, the articles that mention it (newest first), and its monetary figures with a per-year summary.
 *
 * <pre>{"name": …, "national": true, "cities": [...], "articleCount": 3, "articles": [search hits],
 *  "cityCounts": {"南京市": 2}, "figures": [target rows], "byYear": [{"year": 2025, "count": 1, "sum": 4.0E11}]}</pre>
 */
final class ClusterApi implements Handler {
    static final int ARTICLES = 20;

    private final PolicySearcher searcher;
    private final JsonWriter json;
    private final ScriptConverter converter = new ScriptConverter();

    ClusterApi(PolicySearcher searcher, JsonWriter json) {
        this.searcher = searcher;
        this.json = json;
    }

    @Override
    public Response handle(Request r) throws Exception {
        r.params().allowOnly(Set.of());
        String name = converter.toSimplified(r.tail().strip());
        if (name.isEmpty()) throw HttpError.notFound("no cluster name given");
        Filters byCluster = new Filters(null, null, name, null, null, null, null, null, null, null);
        SearchResult articles = searcher.search(new SearchRequest("", byCluster, ARTICLES, 0, "date", false));
        if (articles.total() == 0) throw HttpError.notFound("no article mentions the cluster '" + name + "'");

        Set<String> cities = new LinkedHashSet<>();
        Boolean national = null;
        for (SearchResult.Hit h : articles.hits()) {
            for (Map<String, Object> mention : clusterMentions(h.id())) {
                if (!name.equals(mention.get("name"))) continue;
                if (mention.get("cities") instanceof List<?> l) l.forEach(c -> cities.add(String.valueOf(c)));
                if (mention.get("national") instanceof Boolean b) national = (national != null && national) || b;
            }
        }
        // Figures of these articles that belong to this cluster (an article often lists several clusters' figures).
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map<String, Object> row : TargetsApi.rows(searcher.targets(new SearchRequest("", byCluster, TargetsApi.MAX_LIMIT, 0, "relevance", false)))) {
            if (name.equals(row.get("subject"))) figures.add(row);
        }

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("national", national);
        m.put("cities", List.copyOf(cities));
        m.put("articleCount", articles.total());
        m.put("articles", articles.hits());
        m.put("cityCounts", articles.facets().getOrDefault("city", Map.of()));
        m.put("figures", figures);
        m.put("byYear", byYear(figures));
        return json.ok(m);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> clusterMentions(String id) throws java.io.IOException {
        Optional<Map<String, Object>> a = searcher.article(id);
        if (a.isEmpty() || !(a.get().get("entities") instanceof Map<?, ?> e)) return List.of();
        return e.get("clusters") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** Count and sum of figures per year (the year, else the end of the period); figures without one are left out. */
    static List<Map<String, Object>> byYear(List<Map<String, Object>> figures) {
        TreeMap<Integer, double[]> acc = new TreeMap<>();
        for (Map<String, Object> f : figures) {
            Object y = f.get("year") != null ? f.get("year") : f.get("periodTo");
            if (!(y instanceof Number year)) continue;
            double[] a = acc.computeIfAbsent(year.intValue(), k -> new double[2]);
            a[0]++;
            if (f.get("value") instanceof Number v) a[1] += v.doubleValue();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        acc.forEach((year, a) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", year);
            m.put("count", (int) a[0]);
            m.put("sum", org.policyminer.view.DocViews.number(a[1]));
            out.add(m);
        });
        return out;
    }
}
