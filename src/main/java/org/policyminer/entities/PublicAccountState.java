package org.policyminer.entities;

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
}
