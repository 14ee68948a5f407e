package org.policyminer.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.policyminer.eval.ConformanceReport;
import org.policyminer.eval.EntitiesEvaluation;
import org.policyminer.eval.ExtractEvaluator;
import org.policyminer.eval.PageEntitiesEvaluation;
import org.policyminer.eval.Prf;

/**
 * The JSON of the evaluation commands ({@code eval extract|entities|conformance --json}), made from the typed reports
 * of {@code eval}. Scores are rounded to four decimals: more is noise on sets of a few hundred items.
 */
public final class EvalViews {
    private EvalViews() {}

    public static Map<String, Object> prf(Prf p) {
        return Ordered.object(
                "precision", round(p.precision()),
                "recall", round(p.recall()),
                "f1", round(p.f1()),
                "tp", p.tp(),
                "fp", p.fp(),
                "fn", p.fn());
    }

    /** One subset's scores (all sentences, or the traditional-script ones). */
    public static Map<String, Object> entities(EntitiesEvaluation.Scores s) {
        return Ordered.object(
                "sentences", s.sentences(),
                "clusters", prf(s.clusters()),
                "cities", prf(s.cities()),
                "amounts", prf(s.amounts()),
                "accuracy", Ordered.object(
                        "year", round(s.year().value()),
                        "period", round(s.period().value()),
                        "yearPeriod", round(s.yearPeriod().value()),
                        "metric", round(s.metric().value()),
                        "kind", round(s.kind().value()),
                        "subject", round(s.subject().value()),
                        "comparator", round(s.comparator().value()),
                        "national", round(s.national().value()),
                        "currency", round(s.currency().value())));
    }

    /** One gold set's block: which file, what it is, both subsets, and the mismatches when asked for. */
    public static Map<String, Object> entitiesSet(Path gold, String label, EntitiesEvaluation.Result r, boolean withErrors) {
        Map<String, Object> m = Ordered.object(
                "gold", gold.toString(),
                "set", label,
                "overall", entities(r.overall()),
                "traditional", entities(r.traditional()));
        if (withErrors) m.put("errors", r.errors());
        return m;
    }

    public static Map<String, Object> entitiesPages(Path dir, PageEntitiesEvaluation.Result r, boolean withErrors) {
        Map<String, Object> m = Ordered.object(
                "pages", r.pages(),
                "clusters", prf(r.clusters()),
                "cities", prf(r.cities()),
                "amounts", prf(r.amounts()),
                "dir", dir.toString());
        if (withErrors) m.put("errors", r.errors());
        return m;
    }

    /** {@code eval entities --json}: the sets, then the whole pages when they were scored. */
    public static Map<String, Object> entitiesReport(List<Map<String, Object>> sets, Map<String, Object> pages) {
        Map<String, Object> m = Ordered.object("sets", sets);
        if (pages != null) m.put("pages", pages);
        return m;
    }

    public static Map<String, Object> conformance(Path datasets, List<ConformanceReport> reports, boolean withFailures) {
        return Ordered.object(
                "datasets", datasets.toString(),
                "suites", reports.stream().map(r -> suite(r, withFailures)).toList());
    }

    static Map<String, Object> suite(ConformanceReport r, boolean withFailures) {
        if (r.absent()) return Ordered.object("suite", r.name(), "absent", true, "note", r.note());
        Map<String, Object> m = Ordered.object(
                "suite", r.name(),
                "passed", r.passed(),
                "total", r.total(),
                "skipped", r.skipped(),
                "rate", round(r.rate()));
        if (r.note() != null) m.put("note", r.note());
        if (withFailures) m.put("failures", r.failures());
        return m;
    }

    /** {@code eval extract --json}: body shingle scores, title and date accuracy, surviving spam, and each page. */
    public static Map<String, Object> extract(ExtractEvaluator.Report r) {
        Map<String, Object> m = Ordered.object(
                "dataset", r.dataset(),
                "pages", r.pages(),
                "failures", r.failures());
        if (r.body() != null) {
            m.put("precision", round(r.body().precision()));
            m.put("recall", round(r.body().recall()));
            m.put("f1", round(r.body().f1()));
        }
        if (r.titleGold() > 0) m.put("titleAccuracy", round(r.titleAccuracy()));
        m.put("titleGold", r.titleGold());
        if (r.dateGold() > 0) m.put("dateAccuracy", round(r.dateAccuracy()));
        m.put("dateGold", r.dateGold());
        double[] seg = r.segmentScores();
        if (!Double.isNaN(seg[0])) {
            m.put("segmentPrecision", round(seg[0]));
            m.put("segmentRecall", round(seg[1]));
            m.put("segmentF1", round(seg[2]));
        }
        m.put("spamPhrases", r.spamPhrases());
        m.put("spamSurvived", r.spamSurvived());
        m.put("results", r.results().stream().map(EvalViews::extractPage).toList());
        return m;
    }

    static Map<String, Object> extractPage(ExtractEvaluator.PageResult p) {
        Map<String, Object> x = Ordered.object("id", p.id());
        if (p.score() != null) {
            x.put("precision", round(p.score().precision()));
            x.put("recall", round(p.score().recall()));
        }
        x.put("title", p.title());
        x.put("titleOk", p.titleOk());
        x.put("published", p.published());
        x.put("dateOk", p.dateOk());
        if (!p.survivedSpam().isEmpty()) x.put("survivedSpam", p.survivedSpam());
        if (p.error() != null) x.put("error", p.error());
        return x;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
