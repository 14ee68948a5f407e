package org.policyminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.index.DocumentMapper;
import org.policyminer.index.PolicyIndex;
import org.policyminer.testing.Docs;

/** The array-based facet counts against Lucene's own, on an index of several segments. */
class FacetOrdinalsTest {
    @TempDir Path dir;

    static final String[][] CITIES = {{"南京市", "江苏省", "320100"}, {"苏州市", "江苏省", "320500"}, {"上海市", "上海市", "310000"},
        {"深圳市", "广东省", "440300"}, {"广州市", "广东省", "440100"}, {"杭州市", "浙江省", "330100"}};
    static final String[] SOURCES = {"经济日报", "人民日报", "工业和信息化部"};

    @Test
    void countsMatchLuceneFacetCountsOnEveryDimension() throws Exception {
        Path index = dir.resolve("index");
        SplittableRandom r = new SplittableRandom(11);
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            for (int i = 0; i < 60; i++) {
                idx.upsert(randomDoc(i, r));
                if (i % 13 == 12) idx.commit(); // several segments, so global ordinals differ from each segment's
            }
            idx.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertTrue(reader.leaves().size() > 1, "the test needs several segments");
            var state = new DefaultSortedSetDocValuesReaderState(reader, DocumentMapper.facetsConfig());
            FacetOrdinals ordinals = FacetOrdinals.read(state);
            IndexSearcher searcher = new IndexSearcher(reader);
            LuceneQueries queries = new LuceneQueries();
            QueryLanguage language = new QueryLanguage(s -> s);
            for (String q : List.of("集群", "产业 -苏州", "city:深圳市", "集成电路 OR 软件")) {
                Query query = queries.articleQuery(language.parse(q), Filters.NONE);
                FacetOrdinals.Counts counts = searcher.search(query, ordinals.counter());
                Map<String, Map<String, Integer>> ours = ordinals.top(counts.values(), PolicySearcher.FACET_DIMS, 3);
                FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
                assertEquals(searcher.count(query), counts.hits(), q);
                Facets lucene = new SortedSetDocValuesFacetCounts(state, fc);
                for (String dim : PolicySearcher.FACET_DIMS) assertEquals(luceneTop(lucene, dim, 3), ours.get(dim), q + " / " + dim);
            }
        }
    }

    private static Map<String, Integer> luceneTop(Facets facets, String dim, int top) throws java.io.IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        FacetResult r;
        try {
            r = facets.getTopChildren(top, dim);
        } catch (IllegalArgumentException noSuchDim) {
            return out;
        }
        if (r != null) for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.intValue());
        return out;
    }

    static org.policyminer.doc.PolicyDoc randomDoc(int i, SplittableRandom r) {
        String[] words = {"集群", "产业", "集成电路", "软件", "制造"};
        StringBuilder body = new StringBuilder();
        List<CityMention> cities = new ArrayList<>();
        List<ClusterMention> clusters = new ArrayList<>();
        List<AmountMention> amounts = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            String[] c = CITIES[r.nextInt(CITIES.length)];
            int at = body.length();
            body.append(c[0]).append(words[r.nextInt(words.length)]).append("发展，");
            cities.add(Docs.city(c[0], c[1], c[2], at));
            if (r.nextBoolean()) clusters.add(Docs.cluster(c[0] + words[r.nextInt(words.length)] + "集群", at, c[0]));
            if (r.nextInt(3) == 0) {
                int a = body.length();
                body.append("到").append(2025 + r.nextInt(3)).append("年产值突破1000亿元。");
                amounts.add(Docs.amount("1000亿元", a + 8, 1e11, 2025 + r.nextInt(3), "target", null));
            }
        }
        return Docs.doc("https://example.gov.cn/" + i + ".html", "第" + i + "篇", "2022-01-0" + (1 + i % 9),
                SOURCES[r.nextInt(SOURCES.length)], body.toString(), Docs.entities(clusters, cities, amounts));
    }
}
