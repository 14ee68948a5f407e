package org.policyminer.eval;

import java.util.List;
import java.util.Map;

/** nDCG@k with graded gains (2^g − 1, log2 discount) and recall@k, as used for TREC-style judged sets. */
public final class RankingMetrics {
    private RankingMetrics() {}

    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            int g = grades.getOrDefault(ranked.get(i), 0);
            dcg += (Math.pow(2, g) - 1) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        return idcg == 0 ? 1.0 : dcg / idcg;
    }

    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) return 1.0;
        long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
        return (double) found / relevant;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
