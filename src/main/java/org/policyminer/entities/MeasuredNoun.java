package org.policyminer.entities;

import org.policyminer.util.SurfaceTrie;

import java.util.List;

/**
 * What a figure measures, read from the figure's own clause: the head of the noun phrase that is the subject of the
 * predicate right before the figure (本集团的收益约为100.4百万港元, 平均薪酬(不包括花红及奖金)为12,615元, 年度溢利较…减少约8.0百万港元,
 * 签约资金5708亿元), mapped to a metric by the statistical terms of {@code models/statistical-terms.tsv} (public indicator
 * and account names, each with its source) and, for the words those do not list, by {@code models/metrics.tsv}.
 * <p>
 * Why the clause and not the nearest word: the nearest metric word before a figure is often a word of the subject's
 * modifiers (服务、<b>销售</b>及同类工作人员平均薪酬为…) or of a word no lexicon listed, while the subject of the figure's own
 * predicate is what an analyst reads as "what the number is". Where the clause has no such subject (a figure after a
 * verb of putting money in, a list item, a figure in a parenthesis) this returns null and the nearer-word reading stays.
 */
final class MeasuredNoun {

    /** A statistical term found as the head of the measured noun phrase: its metric and where it stands. */
    record Term(String metric, boolean investment, int start, int end) {}

    private record Entry(String metric, boolean investment, int length) {}

    /**
     * Predicates that link a measured noun to its figure (longest first where one holds another), in simplified script
     * (conversion keeps the length, so 為 / 達 of traditional text are read as 为 / 达).
     */
    private static final String[] PREDICATES = {"增长至", "增长到", "增加至", "增加到", "上升至", "下降至", "减少至", "提高到", "提高至",
            "约为", "合计为", "共计为", "累计为", "达到", "高达", "约达", "实现", "突破", "完成", "录得", "增至", "升至", "跌至", "减至",
            "降至", "增长", "增加", "减少", "下降", "上升", "合计", "共计", "总计", "累计", "超过", "为", "达", "是", "至"};
    /** Qualifiers that may stand between the predicate and the figure (约为 written apart: 约 / 为约). */
    private static final String QUALIFIERS = "约近超逾仅共";
    /** Adverbs between the subject and its predicate (收益已达, 溢利同比增长, 开支分别为). */
    private static final String[] ADVERBS = {"同比", "按年", "分别", "首次", "预计", "累计", "已", "将", "共", "均", "亦", "也", "仍", "再", "可"};
    /** How far back from the predicate a comparison (较 / 比 …) may open: 较截至二零一七年十二月三十一日止年度 is 20 long. */
    private static final int COMPARISON_REACH = 32;
    /** The longest stretch of predicates, qualifiers, adverbs and a parenthesis read over before the head. */
    private static final int CHAIN = 40;

    /** Budgeting words written after a line of accounts (岁出编列为, 税收入年度预算为, 收入的修订预算为). */
    private static final String[] BUDGETING = {"年度预算", "修订预算", "原来预算", "预算数", "预算", "编列"};

    private final SurfaceTrie<Entry> reversedTerms = new SurfaceTrie<>();
    private final SurfaceTrie<Entry> forwardTerms = new SurfaceTrie<>();

    MeasuredNoun(List<String> metricLines, List<String> statisticalLines) {
        // the statistical term wins where both files list a surface (SurfaceTrie keeps the first value put)
        for (List<String> lines : List.of(statisticalLines, metricLines)) {
            for (String line : lines) {
                String[] f = line.split("\t");
                if (f.length != 3) throw new IllegalArgumentException("need 3 columns (surface, metric, investment): " + line);
                Entry e = new Entry(f[1], f[2].equals("yes"), f[0].length());
                reversedTerms.put(SurfaceTrie.reversed(f[0]), e);
                forwardTerms.put(f[0], e);
            }
        }
    }

    /**
     * @param t simplified text
     * @param from where the figure's own stretch of text opens (after the previous figure, or the sentence start)
     * @param numberStart where the figure (or its fused qualifier) starts
     * @return the head term of the subject of the figure's predicate, or null when the clause names none
     */
    Term find(String t, int from, int numberStart) {
        int clause = clauseStart(t, from, numberStart);
        int i = numberStart;
        int floor = Math.max(clause, numberStart - CHAIN);
        // read back over the qualifiers, the predicate and the adverbs, in any order, as long as one of them matches
        boolean moved = true;
        while (moved && i > floor) {
            moved = false;
            while (i > floor && (t.charAt(i - 1) == ' ' || QUALIFIERS.indexOf(t.charAt(i - 1)) >= 0)) {
                i--;
                moved = true;
            }
            int p = endingWord(t, floor, i, PREDICATES);
            if (p > 0) {
                i -= p;
                moved = true;
                continue;
            }
            int a = endingWord(t, floor, i, ADVERBS);
            if (a > 0) {
                i -= a;
                moved = true;
                continue;
            }
            // 平均薪酬(不包括花红及奖金)为: a note in brackets between the subject and its predicate is read over
            if (i > floor && (t.charAt(i - 1) == ')' || t.charAt(i - 1) == '）')) {
                int open = i - 2;
                while (open >= floor && t.charAt(open) != '(' && t.charAt(open) != '（') open--;
                if (open >= floor) {
                    i = open;
                    moved = true;
                }
            }
        }
        // 年度溢利较截至二零一七年…止年度减少约8.0百万港元, 印花税收入比原来预算增加约319亿元: the noun right before the
        // predicate is the base of a comparison; the subject stands before the comparison, which opens with 较 / 比
        if (i < numberStart) {
            int cmp = comparisonStart(t, Math.max(clause, i - COMPARISON_REACH), i);
            if (cmp >= 0) i = cmp;
        }
        // 岁出编列为…, 博彩税收入年度预算为…: a budgeting word after the line of accounts says how the line is planned;
        // the line is the subject
        int b = endingWord(t, clause, i, BUDGETING);
        if (b > 0 && reversedTerms.longestValueBefore(t, i - b) != null) i -= b;
        Entry e = reversedTerms.longestValueBefore(t, i);
        if (e == null || e.metric().equals("-") || i - e.length() < clause) return null;
        int start = i - e.length();
        // a budgeting word with no line of accounts before it (特别预算编列12亿元, 修订预算为…) is read by the budget rules
        // of AmountAttributes, which know a budget's kinds (planned spending, a project's cost, a revised estimate)
        if (endingWord(t, start, i, BUDGETING) == i - start) return null;
        // 主营收入, 国地税收入: a term read forward from just before the head crosses into it (营收, 税收), so the head
        // is not one word; the nearer-word reading, which reads forward, stays
        for (int k = Math.max(clause, start - 2); k < start; k++) {
            int len = forwardTerms.longestAt(t, k);
            if (k + len > start && k + len != i) return null;
        }
        return new Term(e.metric(), e.investment(), start, i);
    }

    /** The length of a word of {@code words} ending at {@code end} and starting at or after {@code floor}, or 0. */
    private static int endingWord(String t, int floor, int end, String[] words) {
        for (String w : words) {
            if (end - w.length() >= floor && t.startsWith(w, end - w.length())) return w.length();
        }
        return 0;
    }

    /** The start of a comparison 较… / 比… / 相比… ending at {@code end}, or -1. */
    private static int comparisonStart(String t, int floor, int end) {
        for (int k = end - 1; k >= floor; k--) {
            char c = t.charAt(k);
            char next = k + 1 < end ? t.charAt(k + 1) : ' ';
            // 较快 / 较大 (adverbs of degree), 比重 / 比例 / 占比 / 对比 / 相比 / 比亚迪 are no comparison's opening
            if (c == '较' && "快大高好为多少低".indexOf(next) < 0) return k;
            if (c == '比' && "重例亚赛".indexOf(next) < 0 && (k == 0 || "占对相".indexOf(t.charAt(k - 1)) < 0)) return k;
        }
        return -1;
    }

    /** Where the figure's clause opens: after the last clause mark before it, not before {@code from}. */
    private static int clauseStart(String t, int from, int numberStart) {
        for (int k = numberStart - 1; k >= from; k--) {
            if ("，,：:；;。！？!?".indexOf(t.charAt(k)) >= 0) return k + 1;
        }
        return from;
    }
}
