package org.policyminer.entities;

import java.time.LocalDate;
import java.util.List;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/**
 * Reads what a figure means from the sentence around it: the year or period it refers to (到2025年, 2019年产值,
 * “十四五”期间, 今年), the metric (产值, 营业收入, 投资 …, from {@code models/metrics.tsv}), the comparator verb (突破, 达到,
 * 超过 …) and the kind (target, actual, investment, scale, unknown). Looks only left of the figure inside its sentence
 * and never across an earlier figure's number, so two figures in one sentence keep their own years and metrics.
 */
final class AmountAttributes {
    record Attributes(Integer year, Integer periodFrom, Integer periodTo, String metric, String comparator, String kind) {}

    private record Metric(String canonical, boolean investment) {}

    private static final String[] COMPARATORS = {"突破", "达到", "超过", "实现", "力争", "增至", "增长到", "增长至", "增加到",
            "增加至", "提高到", "提高至", "提升到", "提升至", "跃升至", "跃升到", "攀升至", "迈上", "迈向", "跨越", "不低于",
            "不少于", "不超过", "高于", "低于", "完成", "达成", "冲刺", "站上", "约为", "达", "为", "逾", "争取", "确保", "预计"};
    private static final String[] TARGET_CUES = {"力争", "目标", "预计", "计划", "争取", "确保", "将", "有望", "规划", "到", "至",
            "打造", "达产后", "建成后", "投产后"};
    private static final String[] ACTUAL_CUES = {"同比", "已", "去年", "上半年", "前三季度", "全年", "实现", "完成", "累计", "达到", "达"};
    private static final String[] INVESTMENT_VERBS = {"投资", "投入", "出资", "募集", "设立", "安排", "拨付", "注资", "下达", "扶持", "支持"};
    /** 到 and 至 count as target cues only right before a year (到2025年). */
    private static final int CLAUSE_WINDOW = 24;

    private final SurfaceTrie<Metric> metrics = new SurfaceTrie<>();

    AmountAttributes(List<String> metricLines) {
        for (String line : metricLines) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalArgumentException("metrics.tsv: need 3 columns: " + line);
            metrics.put(f[0], new Metric(f[1], f[2].equals("yes")));
        }
    }

    static AmountAttributes instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final AmountAttributes INSTANCE = new AmountAttributes(ModelFiles.dataLines("metrics.tsv"));
    }

    /**
     * @param t simplified text; [sentenceStart, numberStart) is what may be read before the figure, [end, sentenceEnd)
     *          after it; {@code floor} is where the previous figure of the sentence ended (or the sentence start)
     */
    Attributes read(String t, int sentenceStart, int floor, int numberStart, int end, int sentenceEnd, boolean scale,
                    LocalDate published, String previousMetric) {
        YearRef y = findYear(t, sentenceStart, numberStart, published);
        // Metric: nearest before the figure (not before the previous figure), else right after it (设立50亿元产业基金).
        Metric metric = null;
        int metricEnd = -1;
        for (int i = floor; i < numberStart; i++) {
            int len = metrics.longestAt(t, i);
            if (len > 0 && i + len <= numberStart) {
                metric = metrics.get(t, i, i + len);
                metricEnd = i + len;
                i += len - 1;
            }
        }
        boolean investmentBefore = metric != null && metric.investment();
        for (int i = floor; i < numberStart && !investmentBefore; i++) {
            int len = metrics.longestAt(t, i);
            if (len > 0 && i + len <= numberStart && metrics.get(t, i, i + len).investment()) investmentBefore = true;
        }
        Metric after = null;
        {
            int i = end;
            if (i < sentenceEnd && t.charAt(i) == '的') i++;
            for (int k = i; k < Math.min(sentenceEnd, i + 3); k++) {
                int len = metrics.longestAt(t, k);
                if (len > 0) {
                    after = metrics.get(t, k, k + len);
                    break;
                }
            }
        }
        // 设立规模50亿元的产业基金: the fund is what the figure measures, 规模 only says "size".
        if (metric == null || (after != null && after.investment() && metric.canonical().equals("规模"))) metric = after;
        String metricName = metric == null ? previousMetric : metric.canonical();
        String comparator = findComparator(t, Math.max(floor, clauseStart(t, sentenceStart, numberStart)), numberStart);
        String kind;
        if (scale) {
            kind = "scale";
        } else if ((metric != null && metric.investment()) || investmentBefore || investmentVerbBefore(t, Math.max(floor, numberStart - CLAUSE_WINDOW), numberStart)) {
            kind = "investment";
        } else {
            kind = timeKind(t, sentenceStart, numberStart, y, published);
        }
        return new Attributes(y.year, y.from, y.to, metricName, comparator, kind);
    }

    private static int clauseStart(String t, int sentenceStart, int numberStart) {
        for (int i = numberStart - 1; i >= sentenceStart; i--) {
            char c = t.charAt(i);
            if (c == '，' || c == ',' || c == '：' || c == ':') return i + 1;
        }
        return sentenceStart;
    }

    private static String findComparator(String t, int from, int numberStart) {
        int lo = Math.max(from, numberStart - 14);
        for (int i = numberStart - 1; i >= lo; i--) {
            for (String c : COMPARATORS) {
                if (i + c.length() <= numberStart && t.startsWith(c, i)) {
                    // 达到 and 达: the longer word, found at its own start.
                    if (c.equals("达") && i + 1 < t.length() && (t.charAt(i + 1) == '到' || t.charAt(i + 1) == '成')) continue;
                    if (c.equals("为") && i > 0 && (t.charAt(i - 1) == '约' || t.charAt(i - 1) == '作' || t.charAt(i - 1) == '成')) continue;
                    return c;
                }
            }
        }
        return null;
    }

    private static boolean investmentVerbBefore(String t, int from, int numberStart) {
        for (int i = Math.max(0, from); i < numberStart; i++) {
            for (String v : INVESTMENT_VERBS) if (t.startsWith(v, i)) return true;
        }
        return false;
    }

    private String timeKind(String t, int sentenceStart, int numberStart, YearRef y, LocalDate published) {
        Integer when = y.year != null ? y.year : y.to;
        if (when != null && published != null) {
            if (when > published.getYear()) return "target";
            if (when < published.getYear() || y.from != null) return "actual";
        }
        if (y.targetCue) return "target";
        for (String c : TARGET_CUES) {
            if (c.length() == 1 && (c.equals("到") || c.equals("至"))) continue;
            if (indexIn(t, c, sentenceStart, numberStart) >= 0) return "target";
        }
        if (when != null && published != null && when == published.getYear()) return "actual";
        // A figure stated without a goal or a future year is reported as a fact.
        return "actual";
    }

    /**
     * The first occurrence of {@code w} starting at or after {@code from}, if it ends by {@code to}; else -1. Reads no
     * further than {@code to}: {@code indexOf} would read on to the end of the page for every figure.
     */
    private static int indexIn(String t, String w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.startsWith(w, i)) return i + w.length() <= to ? i : -1;
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The nearest time reference before the figure: a year, a period, or nothing. */
    record YearRef(Integer year, Integer from, Integer to, boolean targetCue) {
        static final YearRef NONE = new YearRef(null, null, null, false);
    }

    static YearRef findYear(String t, int sentenceStart, int numberStart, LocalDate published) {
        YearRef best = YearRef.NONE;
        int i = sentenceStart;
        while (i < numberStart) {
            char c = t.charAt(i);
            int consumed = 1;
            if (isYearStart(t, i)) {
                int y1 = Integer.parseInt(t.substring(i, i + 4));
                int j = i + 4;
                boolean hasNian = j < t.length() && t.charAt(j) == '年';
                if (hasNian) j++;
                // 2021—2025年, 2021年至2025年, 2021-2025年
                int k = j;
                if (k < t.length() && "—-–~～至到".indexOf(t.charAt(k)) >= 0) {
                    int k2 = k + 1;
                    if (k2 < t.length() && t.charAt(k2) == '—') k2++;
                    if (isYearStart(t, k2) && k2 + 4 < t.length() && t.charAt(k2 + 4) == '年') {
                        int y2 = Integer.parseInt(t.substring(k2, k2 + 4));
                        if (y2 > y1 && k2 + 5 <= numberStart) {
                            best = new YearRef(null, y1, y2, false);
                            i = k2 + 5;
                            continue;
                        }
                    }
                }
                if (hasNian && j <= numberStart) {
                    boolean cue = precededBy(t, i, "到") || precededBy(t, i, "至") || t.startsWith("前", j);
                    if (precededBy(t, i, "截至") || precededBy(t, i, "截止")) cue = false;
                    best = new YearRef(y1, null, null, cue);
                }
                i = j;
                continue;
            }
            if (c == '五' && i >= 1) {
                YearRef plan = fiveYearPlan(t, i);
                if (plan != null && i < numberStart) best = plan;
            }
            if (c == '年' && i >= 1 && published != null && !(i >= 2 && "前后".indexOf(t.charAt(i - 1)) >= 0
                    && Character.isIdeographic(t.charAt(i - 2)) && t.charAt(i - 2) != '大')) {
                int rel = switch (t.charAt(i - 1)) {
                    case '今' -> 0;
                    case '明' -> 1;
                    case '去' -> -1;
                    case '前' -> i >= 2 && t.charAt(i - 2) == '大' ? -3 : -2;
                    case '后' -> 2;
                    default -> Integer.MIN_VALUE;
                };
                if (rel != Integer.MIN_VALUE) best = new YearRef(published.getYear() + rel, null, null, rel > 0);
            }
            i += consumed;
        }
        return best;
    }

    private static boolean precededBy(String t, int i, String w) {
        return i >= w.length() && t.startsWith(w, i - w.length());
    }

    private static boolean isYearStart(String t, int i) {
        if (i + 4 > t.length()) return false;
        char a = t.charAt(i);
        char b = t.charAt(i + 1);
        if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) return false;
        if (!Character.isDigit(t.charAt(i + 2)) || !Character.isDigit(t.charAt(i + 3))) return false;
        if (i > 0 && Character.isDigit(t.charAt(i - 1))) return false;
        return i + 4 == t.length() || !Character.isDigit(t.charAt(i + 4));
    }

    /** 十四五 (and 十三五, 十五五 …): the N-th five-year plan; from the third on, plan N starts in 1966 + 5 (N - 3). */
    private static YearRef fiveYearPlan(String t, int fiveAt) {
        int s = fiveAt;
        int n;
        if (s >= 2 && t.charAt(s - 2) == '十' && ChineseNumerals.digit(t.charAt(s - 1)) > 0) {
            n = 10 + ChineseNumerals.digit(t.charAt(s - 1));
        } else if (s >= 1 && t.charAt(s - 1) == '十') {
            n = 10;
        } else {
            return null;
        }
        if (n < 3 || n > 20) return null;
        // Must stand as a plan name: “十四五”, 十四五期间/时期/规划/末.
        int after = fiveAt + 1;
        if (after < t.length() && "”\"’」』".indexOf(t.charAt(after)) >= 0) after++;
        int from = 1966 + 5 * (n - 3);
        int to = from + 4;
        if (t.startsWith("末", after) || t.startsWith("期末", after)) return new YearRef(to, null, null, true);
        if (t.startsWith("期间", after) || t.startsWith("时期", after) || t.startsWith("规划", after) || t.startsWith("以来", after)
                || t.startsWith("期", after) || t.startsWith("内", after) || t.startsWith("中", after)) {
            return new YearRef(null, from, to, false);
        }
        char before = s >= 3 ? t.charAt(s - 3) : ' ';
        if ("“\"‘「『".indexOf(before) >= 0) return new YearRef(null, from, to, false);
        return null;
    }
}
