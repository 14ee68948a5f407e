package org.policyminer.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ScrapingHub Article Extraction Benchmark metric, with one change for Chinese: each Han character is a token
 * (AEB's {@code \w+} would make a whole run of Han text one token); other {@code \w+} runs are tokens as in AEB.
 * Per page: multiset overlap of 4-token shingles gives TP/FP/FN; precision and recall are averaged over pages and
 * F1 is taken of the means.
 */
public final class ExtractMetric {
    public static final int SHINGLE = 4;

    private ExtractMetric() {}

    /**
     * Precision and recall of one page. As in AEB's evaluate.py, a page with no predicted shingles does not enter the
     * precision mean and a page with no gold shingles does not enter the recall mean.
     */
    public record PageScore(double precision, double recall, boolean predicted, boolean gold) {}

    /** Means over pages and the F1 of the means. */
    public record Summary(int pages, double precision, double recall, double f1) {
        static Summary of(List<PageScore> scores) {
            if (scores.isEmpty()) return new Summary(0, 0, 0, 0);
            double p = 0;
            double r = 0;
            int np = 0;
            int nr = 0;
            for (PageScore s : scores) {
                if (s.predicted()) {
                    p += s.precision();
                    np++;
                }
                if (s.gold()) {
                    r += s.recall();
                    nr++;
                }
            }
            p = np == 0 ? 0 : p / np;
            r = nr == 0 ? 0 : r / nr;
            return new Summary(scores.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    public static Summary summarise(List<PageScore> scores) {
        return Summary.of(scores);
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                out.add(text.substring(i, i + len));
                i += len;
            } else if (isWord(cp)) {
                int j = i + len;
                while (j < n) {
                    int c = text.codePointAt(j);
                    if (!isWord(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) break;
                    j += Character.charCount(c);
                }
                out.add(text.substring(i, j));
                i = j;
            } else {
                i += len;
            }
        }
        return out;
    }

    private static boolean isWord(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> t = tokens(text);
        Map<String, Integer> m = new HashMap<>();
        if (t.isEmpty()) return m;
        if (t.size() < SHINGLE) {
            m.put(String.join("\u0001", t), 1);
            return m;
        }
        for (int i = 0; i + SHINGLE <= t.size(); i++) {
            m.merge(String.join("\u0001", t.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return m;
    }

    /** One page: extracted text against gold text. An empty prediction of an empty gold is perfect. */
    public static PageScore score(String predicted, String gold) {
        Map<String, Integer> p = shingles(predicted == null ? "" : predicted);
        Map<String, Integer> g = shingles(gold == null ? "" : gold);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), gc);
            fp += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        boolean hasPrediction = tp + fp > 0;
        boolean hasGold = tp + fn > 0;
        if (fp == 0 && fn == 0) return new PageScore(1, 1, hasPrediction, hasGold);
        double precision = tp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp == 0 ? 0 : tp / (double) (tp + fn);
        return new PageScore(precision, recall, hasPrediction, hasGold);
    }
}
