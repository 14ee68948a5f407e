package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.testing.Docs;

/** Targets against a brute-force ranking of every figure of randomly built articles, filters and paging included. */
class TargetsRankingIT {
    @TempDir Path dir;
    private final List<PolicyDoc> docs = new ArrayList<>();

    private static final String[] CITIES = {"南京市", "上海市", "苏州市"};
    private static final String[] KINDS = {"target", "actual", "investment"};

    /** A figure as the brute force sees it. */
    record Row(String url, double value, int year, String kind, List<String> cities, List<String> articleCities, int order) {}

    @BeforeEach
    void build() throws Exception {
        Random r = new Random(11);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) values.add((i + 1) * 1e8);
        java.util.Collections.shuffle(values, r);
        int v = 0;
        try (PolicyIndex idx = PolicyIndex.open(dir, false)) {
            for (int a = 0; a < 40; a++) {
                String title = "文章" + a;
                StringBuilder body = new StringBuilder();
                List<CityMention> cities = new ArrayList<>();
                List<AmountMention> amounts = new ArrayList<>();
                int figures = 1 + r.nextInt(5);
                for (int f = 0; f < figures; f++) {
                    if (f > 0) body.append('\n');
                    int lineStart = title.length() + 1 + body.length();
                    String city = r.nextInt(4) == 0 ? null : CITIES[r.nextInt(CITIES.length)];
                    if (city != null) {
                        cities.add(Docs.city(city, city, "000000", lineStart));
                        body.append(city);
                    }
                    Integer year = r.nextInt(5) == 0 ? null : 2020 + r.nextInt(7);
                    body.append(year == null ? "近年" : year + "年").append("产值达");
                    String text = (long) (values.get(v) / 1e8) + "亿元";
                    amounts.add(Docs.amount(text, title.length() + 1 + body.length(), values.get(v++), year, KINDS[r.nextInt(KINDS.length)], null));
                    body.append(text).append('。');
                }
                PolicyDoc d = Docs.doc("https://example.gov.cn/" + a + ".html", title, "2024-01-01", "来源", body.toString(),
                        Docs.entities(List.of(), cities, amounts));
                idx.upsert(d);
                docs.add(d);
            }
            idx.commit();
        }
    }

    private List<Row> all() {
        List<Row> rows = new ArrayList<>();
        int order = 0;
        for (PolicyDoc d : docs) {
            List<String> articleCities = d.entities().cities().stream().map(CityMention::name).distinct().toList();
            for (AmountMention a : d.entities().amounts()) {
                List<String> cities = FigureCitiesByScan.of(d.entities(), a, d.analysedText());
                rows.add(new Row(d.url(), a.value(), a.effectiveYear() == null ? 0 : a.effectiveYear(), a.kind(), cities, articleCities, order++));
            }
        }
        rows.sort(Comparator.comparingInt(Row::year).reversed().thenComparing(Comparator.comparingDouble(Row::value).reversed()));
        return rows;
    }

    private List<String> expected(Predicate<Row> keep, int offset, int limit) {
        List<String> out = new ArrayList<>();
        for (Row row : all()) if (keep.test(row)) out.add(row.url() + " " + row.value());
        return out.subList(Math.min(offset, out.size()), Math.min(offset + limit, out.size()));
    }

    private List<String> targets(Filters f, int offset, int limit) throws Exception {
        try (PolicySearcher s = PolicySearcher.open(dir)) {
            return s.targets(SearchRequest.of("").withFilters(f).page(limit, offset)).stream()
                    .map(t -> t.url() + " " + t.amount().value()).toList();
        }
    }

    private static Filters filters(String city, Integer year, Double min, Double max, String kind) {
        return new Filters(city, null, null, null, null, null, year, min, max, kind);
    }

    @Test
    void everyFigureRankedByYearThenValueWithPaging() throws Exception {
        List<String> every = expected(row -> true, 0, 1000);
        assertTrue(every.size() > 80, "figures: " + every.size());
        assertEquals(every, targets(Filters.NONE, 0, 1000));
        assertEquals(expected(row -> true, 0, 1), targets(Filters.NONE, 0, 1));
        assertEquals(expected(row -> true, 7, 5), targets(Filters.NONE, 7, 5));
    }

    @Test
    void figureFiltersHoldForEachRow() throws Exception {
        assertEquals(expected(row -> row.year() == 2025, 0, 1000), targets(filters(null, 2025, null, null, null), 0, 1000));
        assertEquals(expected(row -> row.value() >= 2e10, 0, 1000), targets(filters(null, null, 2e10, null, null), 0, 1000));
        assertEquals(expected(row -> row.value() <= 1e10 && row.kind().equals("target"), 0, 1000),
                targets(filters(null, null, null, 1e10, "target"), 0, 1000));
        // With a figure filter the city is the figure's; without one, the article's.
        assertEquals(expected(row -> row.year() == 2024 && row.cities().contains("南京市"), 0, 1000), targets(filters("南京市", 2024, null, null, null), 0, 1000));
        List<String> byArticle = expected(row -> row.articleCities().contains("南京市"), 0, 1000);
        assertTrue(byArticle.size() > expected(row -> row.cities().contains("南京市"), 0, 1000).size(), "some articles about 南京市 have figures of other cities");
        assertEquals(byArticle, targets(filters("南京市", null, null, null, null), 0, 1000));
    }
}
