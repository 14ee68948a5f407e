package org.policyminer.eval;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.policyminer.search.Filters;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.Searcher;

/**
 * Two backends (the local index and a SolrCloud collection holding the same corpus) asked the judged queries side by
 * side, beyond what nDCG shows: whether every query, typed as judged, in simplified and in traditional script, gets the
 * same hits from both (every hit, one per near-duplicate group as the default search answers; hits of equal score
 * compared as a set, since each backend breaks such ties in its own index order), and whether every query with a
 * figure filter (year, amount, kind: one and the same figure) matches the same documents, every copy included.
 */
public final class BackendComparison {
    private BackendComparison() {}

    /** Most hits compared per query: every hit of the corpus's queries. */
    static final int ALL = 1000;

    /**
     * {@code forms}: queries x 3 scripts compared; {@code sameForms}: of them, the same hits on both;
     * {@code figureQueries}: judged queries with a figure filter; {@code sameFigureSets}: of them, the same matching
     * documents on both; {@code differences}: what differed, one line each.
     */
    public record Report(int forms, int sameForms, int figureQueries, int sameFigureSets, List<String> differences) {}

    public static Report compare(Searcher local, Searcher other, List<JudgedQuery> queries, Function<Map<String, String>, Filters> filters)
            throws IOException {
        int forms = 0, sameForms = 0, figureQueries = 0, sameFigureSets = 0;
        List<String> differences = new ArrayList<>();
        for (JudgedQuery jq : queries) {
            Filters f = filters.apply(jq.filters());
            for (String form : new TreeSet<>(List.of(jq.q(), ZhConverterUtil.toSimple(jq.q()), ZhConverterUtil.toTraditional(jq.q())))) {
                SearchRequest r = SearchRequest.of(form).withFilters(f).page(ALL, 0);
                List<String> a = ties(local.search(r)), b = ties(other.search(r));
                forms++;
                if (a.equals(b)) sameForms++;
                else differences.add(jq.id() + " '" + form + "': local " + a + ", other " + b);
            }
            if (f.hasFigureFilter()) {
                figureQueries++;
                SearchRequest r = SearchRequest.of(jq.q()).withFilters(f).page(ALL, 0).withAllCopies(true);
                Set<String> a = urls(local.search(r)), b = urls(other.search(r));
                if (a.equals(b)) sameFigureSets++;
                else differences.add(jq.id() + " figure filter " + jq.filters() + ": local " + a + ", other " + b);
            }
        }
        return new Report(forms, sameForms, figureQueries, sameFigureSets, differences);
    }

    /** The hits as corpus ids by score to three digits, hits of equal score by id. */
    static List<String> ties(SearchResult r) {
        List<SearchResult.Hit> hits = new ArrayList<>(r.hits());
        hits.sort(Comparator.comparingLong((SearchResult.Hit h) -> -Math.round(h.score() * 1000.0)).thenComparing(SearchResult.Hit::url));
        List<String> out = new ArrayList<>();
        for (SearchResult.Hit h : hits) out.add(SearchEvaluation.corpusId(h.url()) + "@" + Math.round(h.score() * 1000.0) / 1000.0);
        return out;
    }

    private static Set<String> urls(SearchResult r) {
        Set<String> out = new TreeSet<>();
        for (SearchResult.Hit h : r.hits()) out.add(SearchEvaluation.corpusId(h.url()));
        return out;
    }
}
