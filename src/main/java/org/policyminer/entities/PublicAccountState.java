package org.policyminer.entities;

import org.policyminer.doc.FigureKind;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The state of a public account (a government's budget, its accounts, a fund's books) a figure is a line of, read from
 * what its sentence says about the account rather than from one word: a year whose books are closed reports results
 * (actual), a budget still to run is a plan (target), and a line executed or recorded (实际收入, 决算, 录得) is a result.
 *
 * <p>Hong Kong's fiscal year opens on 1 April (ruling R4), so its year F is closed only after 31 March of F + 1; Macau's,
 * Taiwan's and the mainland's follow the calendar year. Every reading here looks at the figure's own clause first:
 * a budget or plan word in another clause of the sentence (原来预算 at its start, 年度预算 the sentence compares with)
 * says which plan the sentence speaks of, not that this figure is planned.
 */
final class PublicAccountState {
    private PublicAccountState() {}

    /** Hong Kong's fiscal year F ends on this day of F + 1. */
    private static final MonthDay HONG_KONG_YEAR_END = MonthDay.of(3, 31);

    /** Words that say a line is written into a budget or is still to come (将达, 预计, 估计, 预料, 拟). */
    private static final String[] PLAN_WORDS = {"预算", "原列", "编列", "照列", "将", "预计", "估计", "估算", "预料", "预期", "拟", "料"};

    /**
     * Whether the books of the fiscal year {@code year} are closed at {@code published}: a calendar year before the
     * publication's, or a Hong Kong fiscal year whose 31 March has passed (2025-26 is still open on 2026-02-26).
     */
    static boolean closed(Integer year, LocalDate published, boolean hongKong) {
        if (year == null || published == null) return false;
        if (!hongKong) return year < published.getYear();
        return published.isAfter(HONG_KONG_YEAR_END.atYear(year + 1));
    }

    /** Words that put what follows in the future or make it wait on a step still to be taken (将达, 待完成…后). */
    private static final String[] FUTURE_WORDS = {"将", "待", "届时"};

    /**
     * A figure of a year already closed, in a clause that names no budget and no plan: what the year came to
     * (对上一个年度的872亿元赤字, 上个财政年度305亿元盈余, 另报缴中央烟酒税也高达31.6亿元 after a 年度预算 in an earlier
     * clause), whatever budget the rest of the sentence speaks of. The year must be the clause's own
     * ({@code clauseDated}), or the sentence must put nothing before the figure in the future (待完成有关结算程序后，…因而
     * 财政储备总额达4324亿元 is the state after a settlement still to come).
     */
    static boolean closedYearResult(String t, int sentenceStart, int clause, int numberStart, Integer year, LocalDate published,
                                    boolean hongKong, boolean clauseDated) {
        if (!closed(year, published, hongKong)) return false;
        for (String w : PLAN_WORDS) if (AmountAttributes.indexIn(t, w, clause, numberStart) >= 0) return false;
        if (clauseDated) return true;
        for (String w : FUTURE_WORDS) if (AmountAttributes.indexIn(t, w, sentenceStart, numberStart) >= 0) return false;
        return true;
    }

    /**
     * Whether Hong Kong's fiscal year {@code year} is closing at {@code published}: its last quarter (January to March of
     * year + 1), the season of the budget speech, whose figures for that year are revised estimates of what it came to.
     */
    static boolean closing(Integer year, LocalDate published, boolean hongKong) {
        return hongKong && year != null && published != null && published.getYear() == year + 1
                && !published.isAfter(HONG_KONG_YEAR_END.atYear(year + 1));
    }

    /**
     * Whether the fiscal year {@code year} has not opened yet at {@code published}: a later calendar year, or a Hong Kong
     * fiscal year that opens on 1 April after the publication (2023/24 in a budget of February 2023).
     */
    static boolean notOpened(Integer year, LocalDate published, boolean hongKong) {
        if (year == null || published == null) return false;
        if (!hongKong) return year > published.getYear();
        return published.isBefore(LocalDate.of(year, 4, 1));
    }

    /** Words of an account executed, not planned: 实际收入, 决算数, 预算执行. */
    private static final String[] EXECUTED_WORDS = {"实际", "决算", "执行"};

    /**
     * 上半年一般综合预算实际收入为572.2亿元: a line the figure's own clause says was executed (实际, 决算, 执行) is a result,
     * though the account is a budget's.
     */
    static boolean executedLine(String t, int clause, int numberStart) {
        for (String w : EXECUTED_WORDS) if (AmountAttributes.indexIn(t, w, clause, numberStart) >= 0) return true;
        return false;
    }

    /** Words that open a clause of lines counted in (计及发债…后, 如计及每年…收入): what the account after it includes. */
    private static final String[] COUNTED_IN = {"计及", "计入"};
    /** Words that may stand before 计及 at a clause's start (惟计及, 如计及, 若计及, 但计及). */
    private static final String OPENERS = "惟如若但而";

    /**
     * Where the main clause starts when the figure stands in a clause that opens with 计及 / 计入 (惟计及发债1,500亿元及偿还
     * 517亿元到期款项后，今年度综合帐目…; 如计及每年24亿元的…收入约7.6亿元，预计2023/24年度的总收入…): right after the
     * comma that ends the counted-in clause; else -1. The lines counted in are of the account the main clause states.
     */
    static int countedInMainClause(String t, int sentenceStart, int numberStart, int sentenceEnd) {
        int k = clauseStart(t, sentenceStart, numberStart);
        while (k < numberStart && (t.charAt(k) == ' ' || OPENERS.indexOf(t.charAt(k)) >= 0)) k++;
        boolean opens = false;
        for (String w : COUNTED_IN) if (t.startsWith(w, k)) opens = true;
        if (!opens) return -1;
        for (int j = numberStart; j < sentenceEnd; j++) {
            char c = t.charAt(j);
            if (c == '。' || c == '；' || c == ';') return -1;
            if ((c == '，' || c == ',') && !digitGroup(t, j)) return j + 1;
        }
        return -1;
    }

    /** A comma between digits (1,500亿元) groups a number's digits; it ends no clause. */
    private static boolean digitGroup(String t, int at) {
        return t.charAt(at) == ',' && at > 0 && at + 1 < t.length() && Character.isDigit(t.charAt(at - 1)) && Character.isDigit(t.charAt(at + 1));
    }

    /** Where the figure's clause starts: after the last comma or colon before it that is no digit group. */
    static int clauseStart(String t, int sentenceStart, int numberStart) {
        for (int i = numberStart - 1; i >= sentenceStart; i--) {
            char c = t.charAt(i);
            if ((c == '，' || c == ',' || c == '：' || c == ':') && !digitGroup(t, i)) return i + 1;
        }
        return sentenceStart;
    }

    private static final java.util.regex.Pattern SPLIT_FISCAL_YEAR =
            java.util.regex.Pattern.compile("(?:19|20)\\d{2}\\s?[/／\\-－—–]\\s?\\d{2}\\s?年度");

    /**
     * A fiscal year written across two calendar years (2023/24年度, 2021-22年度) in [from, to): a year that does not
     * follow the calendar, so it opens in April (Hong Kong's way of writing it, ruling R4), whatever the page's currency.
     */
    static boolean splitFiscalYear(String t, int from, int to) {
        return SPLIT_FISCAL_YEAR.matcher(t).region(from, to).find();
    }

    /**
     * The kind of a line counted in, from the state of the year the main clause states: a year not opened yet is a
     * budget's (target); a year closed or closing (Hong Kong's budget speech on the year about to end) is what came in
     * (actual); null when the main clause names no such year.
     */
    static String countedInKind(Integer mainYear, LocalDate published, boolean hongKong) {
        if (notOpened(mainYear, published, hongKong)) return FigureKind.TARGET.label();
        if (closed(mainYear, published, hongKong) || closing(mainYear, published, hongKong)) return FigureKind.ACTUAL.label();
        return null;
    }

    /**
     * 今年度综合帐目预计由约670亿元赤字，转为29亿元盈余: what the account of a year closed or closing turns to (转为 right
     * before the figure) is the revised estimate of what the year came to, a result; the figure it turns from stays the plan.
     */
    static boolean turnedTo(String t, int clause, int numberStart, Integer year, LocalDate published, boolean hongKong) {
        int k = AmountAttributes.lastIndexIn(t, "转为", Math.max(clause, numberStart - 4), numberStart);
        return k >= 0 && (closed(year, published, hongKong) || closing(year, published, hongKong));
    }

    /** Verdicts of a budget's review written right after a line (第129项 经济部4,522万4千元，照列): the line is a budget's. */
    private static final String[] REVIEW_VERDICTS = {"照列", "照案", "照原案"};

    /** A verdict of the review of a budget right after the figure (a comma between at most). */
    static boolean reviewedLine(String t, int end, int sentenceEnd) {
        int k = end;
        if (k < sentenceEnd && (t.charAt(k) == '，' || t.charAt(k) == ',')) k++;
        for (String w : REVIEW_VERDICTS) if (t.startsWith(w, k) && k + w.length() <= sentenceEnd) return true;
        return false;
    }

    /**
     * 较二四年度的估算2160亿元: an estimate (估算, 估算为) written right before the figure is what a budget reckons on, a plan;
     * an investment estimate (投资估算) is read as investment before this is asked.
     */
    static boolean estimatedLine(String t, int clause, int numberStart) {
        int k = AmountAttributes.lastIndexIn(t, "估算", Math.max(clause, numberStart - 4), numberStart);
        if (k < 0) return false;
        for (int j = k + 2; j < numberStart; j++) if ("为是：:".indexOf(t.charAt(j)) < 0) return false;
        return true;
    }

    /** Words of a government's whole budget for a year, written after the figure it sizes (…万元总预算). */
    private static final String[] WHOLE_BUDGETS = {"总预算", "年度预算", "全年预算"};

    /**
     * 相当于今年308亿9200多万元总预算的39.2%: a figure sized as a government's whole budget for a year (总预算, 年度预算 right
     * after it, 的 between at most) is that year's planned spending, 支出 and a plan (ruling R11), not funds allocated to one
     * programme (500亿元预算项目 stays 资金).
     */
    static boolean wholeBudgetAfter(String t, int end, int sentenceEnd) {
        int k = end;
        if (k < sentenceEnd && t.charAt(k) == '的') k++;
        for (String w : WHOLE_BUDGETS) if (t.startsWith(w, k) && k + w.length() <= sentenceEnd) return true;
        return false;
    }

    /** Words of a shortfall of revenue against spending that a budget plans to cover (岁入岁出差短, 收支相抵短数, 岁计差额). */
    private static final String[] SHORTFALLS = {"差短", "短差", "短数", "岁计差额"};

    /**
     * 2个营业基金收入合计…，成本合计…，收支相抵短数…: a shortfall anywhere in the sentence makes its lines a budget's, the
     * lines written before it as well (conventions, dev6/dev7: every figure of such a sentence in the sets is a target).
     */
    static boolean shortfallIn(String t, int sentenceStart, int sentenceEnd) {
        for (String w : SHORTFALLS) if (AmountAttributes.indexIn(t, w, sentenceStart, sentenceEnd) >= 0) return true;
        return false;
    }

    /** How far after the figure the appropriation it sizes may end (…亿元的医院及健康中心工程拨款). */
    private static final int APPROPRIATION_PHRASE = 14;

    /**
     * 通过涉款229亿多元的医院及健康中心工程拨款, 通过了26项合共1303亿元的工程拨款: a figure that sizes an appropriation
     * (的 and a phrase ending in 拨款 right after it, no punctuation) is money allocated, 资金 and investment, as a figure
     * after 拨款 is (conventions, dev5: 拨款 amounts of a budget); the count of works before it makes it no class bound.
     */
    static boolean sizesAppropriation(String t, int end, int sentenceEnd) {
        if (end >= sentenceEnd || t.charAt(end) != '的') return false;
        int to = Math.min(sentenceEnd, end + 1 + APPROPRIATION_PHRASE);
        for (int k = end + 1; k + 2 <= to; k++) {
            char c = t.charAt(k);
            if ("，,；;：:。、（(".indexOf(c) >= 0) return false;
            if (t.startsWith("拨款", k)) return k + 2 >= sentenceEnd || !Character.isLetter(t.charAt(k + 2)) || t.startsWith("包括", k + 2);
        }
        return false;
    }

    /** Verbs of a budget's allocation that may govern a count of equal sums (拨款3个100亿元). */
    private static final String[] ALLOCATING = {"拨款", "预留", "注资", "拨出", "增拨"};

    /**
     * 预算案提出拨款3个100亿元发展创科园区: sums allocated by a budget, counted (N个 between the allocating verb and the
     * figure), are money allocated, each of them; the count is of the sums, not of a class the figure bounds.
     */
    static boolean countedAllocation(String t, int clause, int numberStart) {
        int k = numberStart;
        if (k - 1 < clause || "个項项笔筆".indexOf(t.charAt(k - 1)) < 0) return false;
        k--;
        while (k - 1 >= clause && (Character.isDigit(t.charAt(k - 1)) || "一二两三四五六七八九十".indexOf(t.charAt(k - 1)) >= 0)) k--;
        if (k == numberStart - 1) return false;
        for (String w : ALLOCATING) if (k - w.length() >= clause && t.startsWith(w, k - w.length())) return true;
        return false;
    }

    /**
     * 向16万5千个受助家庭…发放综援、公共福利金共15亿元: public money paid out (向 … 发放 before the figure in its clause) is
     * money allocated, as the grants and appropriations of the same sentence are.
     */
    static boolean paidOut(String t, int clause, int numberStart) {
        int pay = AmountAttributes.lastIndexIn(t, "发放", clause, numberStart);
        return pay >= 0 && AmountAttributes.lastIndexIn(t, "向", clause, pay) >= 0;
    }

    /** Verbs of a change against a plan (比原来预算增加, 较原预算减少). */
    private static final String[] CHANGES = {"增加", "减少", "增", "减", "上升", "下降", "高出", "低出", "多出", "少出"};

    /** A verb of change in [from, to). */
    static boolean changeBetween(String t, int from, int to) {
        for (String w : CHANGES) if (AmountAttributes.indexIn(t, w, from, to) >= 0) return true;
        return false;
    }

    /** 编列数 at [metricStart, metricEnd): the number a budget lists (编列 followed by 数), not an allocation (编列210亿元). */
    static boolean listedNumber(String t, int metricStart, int metricEnd) {
        return metricEnd - metricStart == 2 && t.startsWith("编列", metricStart) && metricEnd < t.length() && t.charAt(metricEnd) == '数';
    }

    /** How far before the figure 由 may stand (预计由约670亿元) and how far after it 转为 (…亿元赤字，转为). */
    private static final int TURN_REACH = 8;

    /**
     * 今年度综合帐目预计由约670亿元赤字，转为29亿元盈余: the figure an account of a year closed or closing turns from (由
     * before it, 转为 after it) is the estimate first made for the year, a plan, as the revision it turns to is a result.
     */
    static boolean turnedFrom(String t, int clause, int numberStart, int end, int sentenceEnd, Integer year, LocalDate published,
                              boolean hongKong) {
        if (!(closed(year, published, hongKong) || closing(year, published, hongKong))) return false;
        if (AmountAttributes.lastIndexIn(t, "由", Math.max(clause, numberStart - TURN_REACH), numberStart) < 0) return false;
        return AmountAttributes.indexIn(t, "转为", end, Math.min(sentenceEnd, end + TURN_REACH)) >= 0;
    }
}
