package org.policyminer.entities;

import java.util.ArrayList;
import java.util.List;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.FigureKind;
import org.policyminer.util.Sentences;

/**
 * Figures listed one after another with 、 between them (超过1764亿元、1062亿元; 超100亿元、50亿元的产业集群; 投入70.3亿元、
 * 93.8亿元、106亿元) share what is written once for the list: the bound before the first (超过 → both), its kind when the
 * first is a class bound or an investment, and, after "2016年至2018年，分别…", one year each in the order of the span.
 */
final class Coordination {
    private Coordination() {}

    static List<AmountMention> apply(String t, Sentences sentences, List<AmountMention> in) {
        if (in.size() < 2) return in;
        List<AmountMention> out = new ArrayList<>(in);
        int chainStart = 0;
        for (int k = 1; k <= out.size(); k++) {
            boolean continues = k < out.size() && coordinated(t, out.get(k - 1), out.get(k))
                    && sentences.startOf(out.get(k).start()) == sentences.startOf(out.get(k - 1).start());
            if (continues) {
                out.set(k, inherit(out.get(k - 1), out.get(k)));
                // 超100亿元、50亿元的产业集群: the class noun follows the last of the list and bounds them all
                if (FigureKind.THRESHOLD.label().equals(out.get(k).kind())) {
                    for (int b = k - 1; b >= chainStart && FigureKind.ACTUAL.label().equals(out.get(b).kind()); b--) {
                        AmountMention m = out.get(b);
                        out.set(b, new AmountMention(m.text(), m.start(), m.end(), m.value(), m.valueMax(), m.currency(), m.qualifier(),
                                m.comparator(), out.get(k).year(), m.periodFrom(), m.periodTo(), m.period(), m.metric(),
                                FigureKind.THRESHOLD.label(), null));
                    }
                }
                continue;
            }
            spreadYears(t, sentences, out, chainStart, k);
            chainStart = k;
        }
        return out;
    }

    /** Only 、 (or nothing but spaces) between the two figures. */
    private static boolean coordinated(String t, AmountMention a, AmountMention b) {
        if (b.start() <= a.end()) return false;
        String between = t.substring(a.end(), b.start()).strip();
        return between.equals("、");
    }

    private static AmountMention inherit(AmountMention first, AmountMention next) {
        String comparator = next.comparator() == null && next.qualifier() == null ? first.comparator() : next.comparator();
        String kind = next.kind();
        if (FigureKind.ACTUAL.label().equals(kind) && (FigureKind.THRESHOLD.label().equals(first.kind())
                || FigureKind.INVESTMENT.label().equals(first.kind()))) kind = first.kind();
        String subject = FigureKind.classBound(kind) ? null : next.subject();
        Integer year = FigureKind.classBound(kind) && !FigureKind.classBound(next.kind()) ? first.year() : next.year();
        if (comparator == null ? next.comparator() == null : comparator.equals(next.comparator())) {
            if (kind.equals(next.kind())) return next;
        }
        return new AmountMention(next.text(), next.start(), next.end(), next.value(), next.valueMax(), next.currency(), next.qualifier(),
                comparator, year, next.periodFrom(), next.periodTo(), next.period(), next.metric(), kind, subject);
    }

    /**
     * 2016年至2018年，分别完成…236.3亿元、314.5亿元、365亿元: a span of N years, then 分别, then a list of N figures gives
     * each figure one year of the span, in order.
     */
    private static void spreadYears(String t, Sentences sentences, List<AmountMention> out, int from, int to) {
        int n = to - from;
        if (n < 2) return;
        AmountMention first = out.get(from);
        Integer a = first.periodFrom(), b = first.periodTo();
        if (a == null || b == null || b - a + 1 != n || first.year() != null) return;
        int sentenceStart = sentences.startOf(first.start());
        int fenbie = AmountAttributes.lastIndexIn(t, "分别", sentenceStart, first.start());
        if (fenbie < 0) return;
        for (int k = from; k < to; k++) {
            AmountMention m = out.get(k);
            if (!a.equals(m.periodFrom()) || !b.equals(m.periodTo())) return;
        }
        for (int k = from; k < to; k++) {
            AmountMention m = out.get(k);
            out.set(k, new AmountMention(m.text(), m.start(), m.end(), m.value(), m.valueMax(), m.currency(), m.qualifier(), m.comparator(),
                    a + (k - from), null, null, m.period(), m.metric(), m.kind(), m.subject()));
        }
    }
}
