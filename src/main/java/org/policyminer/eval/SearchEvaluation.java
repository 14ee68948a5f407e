package org.policyminer.eval;

import org.policyminer.util.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyminer.search.Filters;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;

/**
 * Runs a judged query set against an index built from the corpus (document URLs are
 * {@value #URL_PREFIX} + the page path) and reports nDCG@10, recall@10, and whether every query returns the
 * same ranked list typed in simplified and in traditional script.
 */
public final class SearchEvaluation {
    public static final String URL_PREFIX = "https://corpus.policyminer.local/";

    public record QueryScore(String id, String q, double ndcg, double recall, boolean scriptsAgree, List<String> ranked) {}

    public record Report(int queries, double ndcg, double recall, int scriptMismatches, List<QueryScore> perQuery) {}

    public static List<JudgedQuery> read(Path file) throws IOException {
        List<JudgedQuery> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.MAPPER.readTree(line);
            Map<String, Integer> grades = new LinkedHashMap<>();
            n.path("relevant").forEach(r -> grades.put(r.asText(), 1));
            n.path("grades").fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
            Map<String, String> filters = new LinkedHashMap<>();
            n.path("filters").fields().forEachRemaining(e -> filters.put(e.getKey(), e.getValue().asText()));
            out.add(new JudgedQuery(n.path("id").asText(), n.path("q").asText(), filters, grades));
        }
        return out;
    }

    /** The corpus id (page path without extension) of an indexed URL. */
    static String corpusId(String url) {
        String s = url.startsWith(URL_PREFIX) ? url.substring(URL_PREFIX.length()) : url;
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    public static Report evaluate(Searcher searcher, List<JudgedQuery> queries, java.util.function.Function<Map<String, String>, Filters> filters)
            throws IOException {
        return evaluate(searcher, queries, filters, false);
    }

    /** With {@code allCopies}, every copy is its own hit; without, one hit per near-duplicate group, as the search command answers. */
    public static Report evaluate(Searcher searcher, List<JudgedQuery> queries, java.util.function.Function<Map<String, String>, Filters> filters,
            boolean allCopies) throws IOException {
        List<QueryScore> scores = new ArrayList<>();
        double ndcg = 0, recall = 0;
        int mismatches = 0;
        for (JudgedQuery jq : queries) {
            Filters f = filters.apply(jq.filters());
            List<String> ranked = ranked(searcher, jq.q(), f, allCopies);
            boolean agree = ranked.equals(ranked(searcher, ZhConverterUtil.toSimple(jq.q()), f, allCopies))
                    && ranked.equals(ranked(searcher, ZhConverterUtil.toTraditional(jq.q()), f, allCopies));
            if (!agree) mismatches++;
            double n = RankingMetrics.ndcg(ranked, jq.grades(), 10);
            double r = RankingMetrics.recall(ranked, jq.grades(), 10);
            ndcg += n;
            recall += r;
            scores.add(new QueryScore(jq.id(), jq.q(), n, r, agree, ranked));
        }
        int k = Math.max(1, queries.size());
        return new Report(queries.size(), ndcg / k, recall / k, mismatches, scores);
    }

    private static List<String> ranked(Searcher s, String q, Filters f, boolean allCopies) throws IOException {
        SearchResult r = s.search(SearchRequest.of(q).withFilters(f).withAllCopies(allCopies));
        return r.hits().stream().map(h -> corpusId(h.url())).toList();
    }
}
