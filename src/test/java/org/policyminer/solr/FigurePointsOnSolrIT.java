package org.policyminer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.index.Fields;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.TargetRow;

/**
 * The two ways the collection answers a figure filter: {@code {!parent}} block join over the figures' child documents,
 * and {@code {!pmfigure}}, the analysis jar's parser building the local index's point query over the article's own
 * figure points (index.analysis.FigurePointField). For every figure filter SolrCloudIT asks, both give the local
 * index's articles; search and targets give the same rows either way.
 */
@ExtendWith(SharedSolrCluster.class)
class FigurePointsOnSolrIT {
    @TempDir static Path dir;
    static String collection;
    static PolicySearcher local;

    @BeforeAll
    static void ingest() throws Exception {
        collection = SharedSolrCluster.newCollection("points");
        SolrCloudIT.Run s = SolrCloudIT.cli("ingest", "--quiet", "--solr", SharedSolrCluster.zkAddress(), "--collection", collection, "corpora/pages");
        assertEquals(0, s.status(), s.err());
        SolrCloudIT.Run l = SolrCloudIT.cli("ingest", "--quiet", "--index", dir.resolve("index").toString(), "corpora/pages");
        assertEquals(0, l.status(), l.err());
        local = PolicySearcher.open(dir.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        if (local != null) local.close();
    }

    @Test
    void thePointQueryFindsTheBlockJoinsAndTheLocalIndexsArticlesForEveryFigureFilter() throws Exception {
        int nonEmpty = 0;
        for (Filters f : SolrCloudIT.FIGURE_FILTERS) {
            Set<String> expected = localUrls(f);
            assertEquals(expected, urls(SolrQueries.figureFilter(f)), "block join " + f);
            assertEquals(expected, urls(SolrQueries.figurePointFilter(f)), "points " + f);
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty >= 4, "filters with hits: " + nonEmpty);
    }

    @Test
    void searchAndTargetsGiveTheSameRowsEitherWay() throws Exception {
        try (SolrSearcher join = new SolrSearcher(SharedSolrCluster.client(), collection, false).figureFilter(SolrQueries.FigureFilter.BLOCK_JOIN);
             SolrSearcher points = new SolrSearcher(SharedSolrCluster.client(), collection, false).figureFilter(SolrQueries.FigureFilter.POINTS)) {
            int rows = 0;
            for (Filters f : SolrCloudIT.FIGURE_FILTERS) {
                SearchRequest r = SearchRequest.of("").withFilters(f).page(100, 0);
                assertEquals(ids(join.search(r)), ids(points.search(r)), "search " + f);
                List<TargetRow> t = join.targets(r);
                assertEquals(t, points.targets(r), "targets " + f);
                rows += t.size();
            }
            assertTrue(rows > 0, "no target rows at all");
        }
    }

    @Test
    void theFigureFieldRefusesAPlainQueryWithWhatToUse() {
        Exception e = assertThrows(Exception.class, () -> SharedSolrCluster.client().query(collection, new SolrQuery("figure_pt:2025")));
        assertTrue(e.getMessage().contains("{!pmfigure"), e.getMessage());
    }

    private static Set<String> localUrls(Filters f) throws Exception {
        SearchResult res = local.search(SearchRequest.of("").withFilters(f).withoutFacets().page(1000, 0).withAllCopies(true));
        Set<String> out = new TreeSet<>();
        for (SearchResult.Hit h : res.hits()) out.add(h.url());
        return out;
    }

    private static Set<String> urls(String filter) throws Exception {
        SolrQuery q = new SolrQuery("doc_type:article").addFilterQuery(filter).setFields(Fields.URL).setRows(10_000);
        Set<String> out = new TreeSet<>();
        for (SolrDocument d : SharedSolrCluster.client().query(collection, q).getResults()) out.add((String) d.getFirstValue(Fields.URL));
        return out;
    }

    /**
     * The hits as a sorted set and the total: an empty query with only filters scores every hit alike, and Solr orders
     * equal scores from two shards as their answers arrive, so the order is not part of "the same rows" (it failed
     * once in a full verify with two tied hits swapped).
     */
    private static List<String> ids(SearchResult r) {
        List<String> out = new ArrayList<>();
        for (SearchResult.Hit h : r.hits()) out.add(h.id());
        java.util.Collections.sort(out);
        out.add("total " + r.total());
        return out;
    }
}
