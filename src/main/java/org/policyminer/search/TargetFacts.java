package org.policyminer.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.policyminer.doc.AmountMention;

/**
 * Monetary figures from many articles folded into facts ({@link TargetFact}). Two figures state the same fact when
 * their subject, metric, year, period, kind and currency are equal (compared in simplified script, so 萬億元 and 万亿元
 * are one) and their values lie within {@link #VALUE_TOLERANCE} of each other. A figure without a subject only joins
 * figures of its own article and its copies: "产值突破万亿元" alone names nothing another article could confirm.
 * Figures with the same subject, metric, year and kind but other values are kept apart and, when they come from more
 * than one article, marked as a revision or a conflict, never merged or dropped (two values in one article are two
 * things it reports, such as two parts of a city's industry, not a disagreement).
 */
public final class TargetFacts {
    /**
     * Relative difference below which two values are one: rounding of one figure (1.52万亿 reported as 1.5万亿) stays
     * within it, a revised target (4000亿 → 4500亿, 12%) does not.
     */
    public static final double VALUE_TOLERANCE = 0.02;

    private TargetFacts() {}

    /** A figure row with what facts need beyond it: the article's outlet and near-duplicate group. */
    public record Figure(TargetRow row, String source, String group) {}

    private record Key(String subject, String metric, Integer year, Integer periodFrom, Integer periodTo, String period, String kind,
                       String currency) {}

    /** The facts of these figures, in the order of their first figure; {@code simplify} folds the script. */
    public static List<TargetFact> of(List<Figure> figures, UnaryOperator<String> simplify) {
        Map<Key, List<Figure>> byKey = new LinkedHashMap<>();
        for (Figure f : figures) byKey.computeIfAbsent(key(f, simplify), k -> new ArrayList<>()).add(f);
        List<TargetFact> out = new ArrayList<>();
        for (Map.Entry<Key, List<Figure>> e : byKey.entrySet()) {
            List<List<Figure>> values = byValue(e.getValue());
            List<TargetFact.Alternative> alternatives = new ArrayList<>();
            for (List<Figure> v : values) alternatives.add(alternative(v, simplify));
            boolean disagree = values.size() > 1 && e.getKey().subject() != null && !e.getKey().subject().startsWith("\u0000")
                    && articles(e.getValue()) > 1;
            String agreement = !disagree ? TargetFact.AGREED : inSequence(alternatives) ? TargetFact.REVISION : TargetFact.CONFLICT;
            for (int i = 0; i < values.size(); i++) {
                List<TargetFact.Alternative> others = new ArrayList<>();
                if (disagree) {
                    others.addAll(alternatives);
                    others.remove(i);
                }
                out.add(fact(e.getKey(), values.get(i), agreement, others, simplify));
            }
        }
        return out;
    }

    private static Key key(Figure f, UnaryOperator<String> simplify) {
        AmountMention a = f.row().amount();
        String subject = a.subject() == null ? null : simplify.apply(a.subject());
        // no subject: the fact is this article's (and its copies') alone
        String scope = subject != null ? subject : "\u0000" + (f.group() != null ? f.group() : f.row().docId());
        return new Key(scope, a.metric() == null ? null : simplify.apply(a.metric()), a.year(), a.periodFrom(), a.periodTo(), a.period(),
                a.kind(), a.currency());
    }

    /** Distinct articles (near-duplicate groups) the figures come from. */
    private static long articles(List<Figure> figures) {
        return figures.stream().map(f -> f.group() != null ? f.group() : f.row().docId()).distinct().count();
    }

    /** Figures cut into runs of values within the tolerance of the run's smallest, smallest first. */
    private static List<List<Figure>> byValue(List<Figure> figures) {
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparingDouble(f -> f.row().amount().value()));
        List<List<Figure>> out = new ArrayList<>();
        double base = Double.NaN;
        for (Figure f : sorted) {
            double v = f.row().amount().value();
            if (out.isEmpty() || !within(base, v)) {
                out.add(new ArrayList<>());
                base = v;
            }
            out.get(out.size() - 1).add(f);
        }
        return out;
    }

    static boolean within(double a, double b) {
        double big = Math.max(Math.abs(a), Math.abs(b));
        return big == 0 || Math.abs(a - b) <= VALUE_TOLERANCE * big;
    }

    /** Whether the values were published one after the other (each value's sources all after the previous value's). */
    private static boolean inSequence(List<TargetFact.Alternative> values) {
        List<TargetFact.Alternative> dated = new ArrayList<>(values);
        if (dated.stream().anyMatch(v -> v.first() == null)) return false;
        dated.sort(Comparator.comparing(TargetFact.Alternative::first));
        for (int i = 1; i < dated.size(); i++) if (dated.get(i).first().compareTo(dated.get(i - 1).latest()) <= 0) return false;
        return true;
    }

    private static List<TargetFact.Source> sources(List<Figure> figures) {
        Map<String, TargetFact.Source> byDoc = new LinkedHashMap<>();
        List<Figure> byDate = new ArrayList<>(figures);
        byDate.sort(Comparator.comparing((Figure f) -> f.row().published(), Comparator.nullsLast(Comparator.naturalOrder())));
        for (Figure f : byDate) {
            TargetRow r = f.row();
            // one source per document, however often it repeats the figure
            byDoc.putIfAbsent(r.docId(), new TargetFact.Source(r.docId(), r.url(), r.title(), f.source(), r.published(), f.group(),
                    r.amount().text(), r.sentence()));
        }
        return List.copyOf(byDoc.values());
    }

    private static TargetFact.Alternative alternative(List<Figure> figures, UnaryOperator<String> simplify) {
        List<TargetFact.Source> s = sources(figures);
        TargetFact.Source firstSource = s.get(0);
        AmountMention a = figures.get(0).row().amount();
        String first = s.stream().map(TargetFact.Source::published).filter(Objects::nonNull).min(String::compareTo).orElse(null);
        String latest = s.stream().map(TargetFact.Source::published).filter(Objects::nonNull).max(String::compareTo).orElse(null);
        Set<String> ids = new LinkedHashSet<>();
        for (TargetFact.Source x : s) ids.add(x.docId());
        return new TargetFact.Alternative(a.value(), a.valueMax(), simplify.apply(firstSource.text()), s.size(), first, latest, List.copyOf(ids));
    }

    private static TargetFact fact(Key k, List<Figure> figures, String agreement, List<TargetFact.Alternative> others,
                                   UnaryOperator<String> simplify) {
        List<TargetFact.Source> s = sources(figures);
        AmountMention a = figures.get(0).row().amount();
        String subject = k.subject() != null && k.subject().startsWith("\u0000") ? null : k.subject();
        return new TargetFact(subject, k.metric(), k.year(), k.periodFrom(), k.periodTo(), k.period(), k.kind(), a.value(), a.valueMax(),
                a.currency(), a.comparator() == null ? null : simplify.apply(a.comparator()), simplify.apply(s.get(0).text()), s, agreement, others);
    }
}
