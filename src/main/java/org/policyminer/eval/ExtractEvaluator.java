package org.policyminer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;

/**
 * Runs an extractor over {@link ExtractCase}s and scores it: shingle P/R/F1 of the body ({@link ExtractMetric}),
 * title and date accuracy where gold exists, trafilatura-style with/without segments, and spam phrases that
 * survived into a title or body. Extracted text is converted to simplified script before any comparison (gold is
 * simplified; traditional pages are compared after conversion).
 */
public final class ExtractEvaluator {
    private static final Pattern GOLD_DATE = Pattern.compile("((?:19|20)\\d{2})(?:\\s*[-/.年]\\s*(\\d{1,2})(?:\\s*[-/.月]\\s*(\\d{1,2}))?)?");

    /** Any extractor: the current one, the baseline, or a test double. */
    @FunctionalInterface
    public interface Extractor {
        Article extract(Fetched page) throws Exception;
    }

    /** What happened on one page. */
    public record PageResult(String id, ExtractMetric.PageScore score, Boolean titleOk, Boolean dateOk,
                             String title, String published, List<String> survivedSpam, String error) {}

    /** Totals over a dataset. */
    public record Report(String dataset, int pages, int failures, ExtractMetric.Summary body,
                         int titleGold, int titleCorrect, int dateGold, int dateCorrect,
                         int segmentsWith, int segmentsWithFound, int segmentsWithout, int segmentsWithoutFound,
                         int spamPhrases, int spamSurvived, List<PageResult> results) {
        public double titleAccuracy() {
            return titleGold == 0 ? Double.NaN : titleCorrect / (double) titleGold;
        }

        public double dateAccuracy() {
            return dateGold == 0 ? Double.NaN : dateCorrect / (double) dateGold;
        }

        /** trafilatura's segment precision / recall / F1 (micro over all segments), NaN without segments. */
        public double[] segmentScores() {
            if (segmentsWith + segmentsWithout == 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
            int tp = segmentsWithFound;
            int fn = segmentsWith - segmentsWithFound;
            int fp = segmentsWithoutFound;
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }
    }

    private final ScriptConverter converter = new ScriptConverter();

    public Report run(String dataset, List<ExtractCase> cases, Extractor extractor) {
        List<PageResult> results = new ArrayList<>();
        List<ExtractMetric.PageScore> scores = new ArrayList<>();
        int failures = 0;
        int titleGold = 0;
        int titleOk = 0;
        int dateGold = 0;
        int dateOk = 0;
        int with = 0;
        int withFound = 0;
        int without = 0;
        int withoutFound = 0;
        int spam = 0;
        int survived = 0;
        for (ExtractCase c : cases) {
            Article a;
            String error = null;
            try {
                a = extractor.extract(c.page());
            } catch (Exception e) {
                a = new Article("", null, null, List.of(), null, List.of());
                error = String.valueOf(e.getMessage());
                failures++;
            }
            String text = converter.toSimplified(a.text());
            String title = converter.toSimplified(a.title());
            ExtractMetric.PageScore score = null;
            if (c.goldText() != null) {
                // both sides folded to simplified: OpenCC also folds variants (著/着) that a gold text may keep
                score = ExtractMetric.score(text, converter.toSimplified(c.goldText()));
                scores.add(score);
            }
            Boolean tOk = null;
            if (c.goldTitle() != null && !c.goldTitle().isBlank()) {
                titleGold++;
                tOk = normTitle(title).equals(normTitle(converter.toSimplified(c.goldTitle())));
                if (tOk) titleOk++;
            }
            Boolean dOk = null;
            Optional<int[]> gd = dateParts(c.goldDate());
            if (gd.isPresent()) {
                dateGold++;
                dOk = sameDate(gd.get(), dateParts(a.published()).orElse(null));
                if (dOk) dateOk++;
            }
            String squashed = text.replaceAll("\\s+", " ");
            for (String w : c.with()) {
                with++;
                if (squashed.contains(w.replaceAll("\\s+", " ").strip())) withFound++;
            }
            for (String w : c.without()) {
                without++;
                if (squashed.contains(w.replaceAll("\\s+", " ").strip())) withoutFound++;
            }
            List<String> left = new ArrayList<>();
            for (String s : c.spam()) {
                spam++;
                if (leaks(converter.toSimplified(s), text, title, c.goldText() == null ? "" : converter.toSimplified(c.goldText()))) left.add(s);
            }
            survived += left.size();
            results.add(new PageResult(c.id(), score, tOk, dOk, a.title(), a.published(), left, error));
        }
        return new Report(dataset, cases.size(), failures, scores.isEmpty() ? null : ExtractMetric.summarise(scores),
                titleGold, titleOk, dateGold, dateOk, with, withFound, without, withoutFound, spam, survived, results);
    }

    /**
     * A spam phrase leaks when it is in the title or body; an advert line (with clause punctuation) leaks when any of
     * its clauses of five or more characters does (keeping half an advert is a leak), except a clause the gold
     * article itself holds.
     */
    static boolean leaks(String spam, String text, String title, String gold) {
        if (text.contains(spam) || title.contains(spam)) return true;
        for (String clause : spam.split("[，。！？；：、,!?;:【】\\s]+")) {
            if (clause.length() >= 5 && !gold.contains(clause) && (text.contains(clause) || title.contains(clause))) return true;
        }
        return false;
    }

    private static String normTitle(String t) {
        return t == null ? "" : t.replaceAll("[\\s\\u3000]+", "");
    }

    /** year, month (0 = not given), day (0 = not given) of a gold or predicted date; empty for "UNKNOWN" or noise. */
    static Optional<int[]> dateParts(String s) {
        if (s == null) return Optional.empty();
        Matcher m = GOLD_DATE.matcher(s);
        if (!m.find()) return Optional.empty();
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (mo > 12 || d > 31) return Optional.empty();
        return Optional.of(new int[] {y, mo, d});
    }

    /** Correct when every part the gold gives is predicted the same; a missing predicted part is wrong. */
    static boolean sameDate(int[] gold, int[] predicted) {
        if (predicted == null) return false;
        if (gold[0] != predicted[0]) return false;
        if (gold[1] != 0 && gold[1] != predicted[1]) return false;
        return gold[2] == 0 || gold[2] == predicted[2];
    }
}
