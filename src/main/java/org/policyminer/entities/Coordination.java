package org.policyminer.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.FigureKind;
import org.policyminer.util.Sentences;

/**
 * Figures listed one after another with 、 between them (超过1764亿元、1062亿元; 超100亿元、50亿元的产业集群; 投入70.3亿元、
 * 93.8亿元、106亿元) share what is written once for the list: the bound before the first (超过 → both), its kind when the
 * first is a class bound or an investment, and, after "2016年至2018年，分别…", one year each in the order of the span;
 * after a list of years and 分别 / 先后 / 依次 (2026年、2030年…分别达到A、B), one year each in the order of the list.
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
        pairListedYears(t, sentences, out);
        return out;
    }

    /** Years written as a list: 2026年、2030年 / 2022年及2023年 / 1985年、1996年、2009年 (年 may be left out before the last). */
    private static final Pattern YEAR_LIST = Pattern.compile("((?:19|20)\\d{2})\\s?年?(?:\\s?[、及和与]\\s?(?:19|20)\\d{2}\\s?年?)*\\s?[、及和与]\\s?((?:19|20)\\d{2})\\s?年");
    private static final Pattern ONE_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** Words that pair the items of two lists in order ("respectively", "one after another", "in turn"). */
    private static final String[] IN_ORDER = {"分别", "先后", "依次"};
    /** How far the list of figures may start after the pairing word. */
    private static final int PAIRED_REACH = 16;

    /**
     * 力争2026年、2030年工业产值分别达到2000亿元、4000亿元 / 在2022年及2023年，分别缩减为52.37亿美元及48.91亿美元 /
     * 于1985年、1996年、2009年先后突破百亿元、千亿元、万亿元大关: a list of N years, then 分别 / 先后 / 依次, then a list of N
     * figures (、 / 及 / 和 / 与 between them) gives each figure the year in the same place of the list. Otherwise every
     * figure would take the last year of the list, the one nearest before it (dev9, dev11, dev12).
     */
    private static void pairListedYears(String t, Sentences sentences, List<AmountMention> out) {
        for (int k = 0; k < out.size(); k++) {
            AmountMention first = out.get(k);
            int sentenceStart = sentences.startOf(first.start());
            int cue = -1;
            for (String w : IN_ORDER) cue = Math.max(cue, AmountAttributes.lastIndexIn(t, w, Math.max(sentenceStart, first.start() - PAIRED_REACH), first.start()));
            if (cue < 0 || punctuationBetween(t, cue, first.start())) continue;
            Matcher m = YEAR_LIST.matcher(t).region(sentenceStart, cue);
            List<Integer> years = null;
            while (m.find()) {
                years = new ArrayList<>();
                Matcher y = ONE_YEAR.matcher(m.group());
                while (y.find()) years.add(Integer.parseInt(y.group()));
            }
            if (years == null || years.size() < 2 || years.stream().distinct().count() != years.size()) continue;
            int last = k;
            while (last + 1 < out.size() && listedAfter(t, out.get(last), out.get(last + 1))) last++;
            if (last - k + 1 != years.size()) {
                k = last;
                continue;
            }
            for (int j = k; j <= last; j++) {
                AmountMention a = out.get(j);
                out.set(j, new AmountMention(a.text(), a.start(), a.end(), a.value(), a.valueMax(), a.currency(), a.qualifier(), a.comparator(),
                        years.get(j - k), null, null, a.period(), a.metric(), a.kind(), a.subject()));
            }
            k = last;
        }
    }

    /** Only 、 / 及 / 和 / 与 (and spaces) between the two figures: the next item of one list. */
    private static boolean listedAfter(String t, AmountMention a, AmountMention b) {
        if (b.start() <= a.end()) return false;
        String between = t.substring(a.end(), b.start()).strip();
        return between.equals("、") || between.equals("及") || between.equals("和") || between.equals("与");
    }

    private static boolean punctuationBetween(String t, int from, int to) {
        for (int i = from; i < to; i++) if ("，,。；;：:".indexOf(t.charAt(i)) >= 0) return true;
        return false;
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
