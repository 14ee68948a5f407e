package org.policyminer.entities;

import java.time.LocalDate;
import java.util.Set;

/**
 * The time a figure refers to, read from the text before it: a year (2019年, 到2025年, 二〇二五年, 今年 / 去年 / 明年
 * against the publication date), a span (2021—2025年, “十四五”期间) and a part of the year (上半年 → H1, 一季度 → Q1,
 * 前三季度 → Q1-Q3, 1—9月 → M01-M09). The nearest reference before the figure wins, so a year or period stated
 * earlier in the sentence carries to its later clauses; a part of the year keeps the year written before it (2023年上半年)
 * or takes the publication's (the year before when the part has not ended by then).
 */
final class FigureTime {
    private FigureTime() {}

    /** What was found; {@code targetCue} marks 到/至 right before the year (到2025年). */
    record Ref(Integer year, Integer from, Integer to, String period, boolean targetCue, boolean now) {
        static final Ref NONE = new Ref(null, null, null, null, false);

        /** {@code now}: the year is the publication's, read from 目前 (a present state), not from a word of time. */
        Ref(Integer year, Integer from, Integer to, String period, boolean targetCue) {
            this(year, from, to, period, targetCue, false);
        }

        Ref withPeriod(String p, Integer y) {
            return new Ref(y, null, null, p, false);
        }
    }

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    static Ref find(String t, int from, int numberStart, LocalDate published) {
        return find(t, from, numberStart, published, false);
    }

    /**
     * @param publishedEstimated the publication date was estimated by whoever supplied it (a gold line's publishedGuess):
     *                           every relative term still resolves against it, except 目前 / 截至目前, a present state
     *                           whose year the page does not show (conventions, session-22 ruling)
     */
    static Ref find(String t, int from, int numberStart, LocalDate published, boolean publishedEstimated) {
        return find(t, from, numberStart, published, publishedEstimated, false);
    }

    /**
     * @param hongKong the figure is Hong Kong's (its page's or its sentence's currency is the Hong Kong dollar): 今年度 /
     *                 本年度 and 上年度 / 上个年度 / 对上一个年度 / 上个立法年度, which elsewhere name calendar years, name
     *                 Hong Kong's fiscal (or legislative) years, which open on 1 April (ruling R4)
     */
    static Ref find(String t, int from, int numberStart, LocalDate published, boolean publishedEstimated, boolean hongKong) {
        Ref best = Ref.NONE;
        int yearEnd = -1;              // where the last explicit or relative year ended, for 2023年上半年
        int aprilFiscalEnd = -2;       // where the last fiscal year that opens in April (Hong Kong's) ended
        int partEnd = -2;              // where the last part of a year (首三个月, 上半年) ended
        Integer yearBefore = null;
        int i = from;
        while (i < numberStart) {
            char c = t.charAt(i);
            if (best.period() != null && i == partEnd + 1 && "(（".indexOf(t.charAt(partEnd)) >= 0
                    && (t.startsWith("即", i) || t.startsWith("截至", i) || t.startsWith("截止", i))) {
                // 本财政年度首9个月(即截至去年12月31日), 首5个月(即2023年4月1日至8月31日): a bracket that restates the part's
                // span is read over, so its 去年 or its dates do not replace the part (dev7, dev10)
                int close = i;
                while (close < numberStart && close - i < RESTATED_SPAN && ")）".indexOf(t.charAt(close)) < 0) close++;
                if (close < numberStart && ")）".indexOf(t.charAt(close)) >= 0) {
                    i = close + 1;
                    continue;
                }
            }
            int fiscalEnd = fiscalYearAnyEnd(t, i, numberStart);
            if (fiscalEnd > 0) {                             // 二零一七/一八年度, 2017/18年度: a fiscal year is named by the year it opens
                int opens = yearAt(t.substring(i, i + 4) + "年", 0);
                int lastEnd = fiscalEnd < numberStart && "至到—-–~～".indexOf(t.charAt(fiscalEnd)) >= 0 ? fiscalYearEnd(t, fiscalEnd + 1, numberStart) : -1;
                int last = lastEnd > 0 ? yearAt(t.substring(fiscalEnd + 1, fiscalEnd + 5) + "年", 0) : -1;
                if (last > opens) {                          // 2026/27年度至2030/31年度期间: a span of fiscal years, by the years they open
                    best = spanEnds(t, lastEnd, numberStart, opens, last);
                    i = lastEnd;
                    continue;
                }
                if (precededByWord(t, i, "比") || precededByWord(t, i, "较") || precededByWord(t, i, "与")) {
                    i = fiscalEnd;                           // 比二零一三/一四年度的修订预算减少: a base, as 比2023年
                    continue;
                }
                // a fiscal year that opens (in April, as Hong Kong's, the one place that writes years so) after the page is
                // published: its figures are estimates of a budget speech, plans (二零一四/一五年度的开支 in February 2014)
                boolean notYetOpen = published != null && published.isBefore(LocalDate.of(opens, 4, 1));
                best = new Ref(opens, null, null, null, notYetOpen);
                yearEnd = fiscalEnd;
                aprilFiscalEnd = fiscalEnd;
                yearBefore = best.year();
                i = fiscalEnd;
                continue;
            }
            if (published != null && (c == '上' || c == '对')) {
                int w = c == '上' ? previousFiscalYearWord(t, i, numberStart) : 0;
                int hk = hongKong ? previousHongKongYearWord(t, i, numberStart) : 0;
                if (hk > 0 && baseWordBefore(t, i) && !ownFigureAfter(t, i + hk, numberStart)) {
                    i += hk;                                 // 较上年度上升1346万港元: the base of a change, not the figure's year
                    continue;
                }
                if (w > 0 || hk > 0) {                       // 上个财政年度 (a Hong Kong account of October): the fiscal year before
                    // the current one. Hong Kong's opens on 1 April (R4): on a page of January to March the current one
                    // opened the April before, so the one before it opened two calendar years back (上个财政年度 on
                    // 2017-03-01 → 2015; 上年度股票印花税 on 2022-02-10 → 2020)
                    boolean april = hk > 0 || opensInApril(t);
                    best = new Ref(published.getYear() - 1 - (april && published.getMonthValue() <= 3 ? 1 : 0), null, null, null, false);
                    w = Math.max(w, hk);
                    yearEnd = i + w;
                    yearBefore = best.year();
                    i += w;
                    continue;
                }
            }
            if (published != null && c == '下') {
                int w = nextFiscalYearWord(t, i, numberStart, hongKong);
                if (w > 0 && !baseWordBefore(t, i)) {
                    // 下年度政府整体开支将上升…至8,223亿元 (a Hong Kong budget speech of February), 下个财政年度: the fiscal year
                    // after the one under way, named by the year it opens in (R4). Hong Kong's opens on 1 April, so on a page
                    // of January to March the one under way opened the April before and the next opens this April; it has
                    // not opened yet, so its figures are plans.
                    boolean april = hongKong || opensInApril(t);
                    int current = published.getYear() - (april && published.getMonthValue() <= 3 ? 1 : 0);
                    best = new Ref(current + 1, null, null, null, true);
                    yearEnd = i + w;
                    if (april) aprilFiscalEnd = yearEnd;
                    yearBefore = best.year();
                    i += w;
                    continue;
                }
            }
            if (published != null && (c == '今' || c == '本' || c == '新')) {
                int w = currentFiscalYearWord(t, i, numberStart);
                // 今年度综合帐目, 本年度 on a Hong Kong page: the fiscal year, as 本财政年度 (Taiwan's and the mainland's
                // 今年度 / 本年度 stay calendar years, read below)
                if (w == 0 && hongKong && (t.startsWith("今年度", i) || t.startsWith("本年度", i)) && i + 3 <= numberStart && !baseWordBefore(t, i)) w = 3;
                if (w > 0) {                                 // 今个财政年度, 新一个财政年度 (a budget speech): the fiscal year the page
                    // is about, named by the year it opens in. Hong Kong's opens on 1 April (ruling R4), so "this" fiscal
                    // year on a page of January to March opened the April before (本财政年度 in February 2004 → 2003);
                    // Macau's follows the calendar year. "新" (the new one) is the one the budget speech is for.
                    boolean april = opensInApril(t);
                    boolean lastApril = april && c != '新' && published.getMonthValue() <= 3;
                    best = new Ref(published.getYear() - (lastApril ? 1 : 0), null, null, null, false);
                    yearEnd = i + w;
                    if (april) aprilFiscalEnd = yearEnd;
                    yearBefore = best.year();
                    i += w;
                    continue;
                }
            }
            int[] shortEnd = Character.isDigit(c) ? new int[1] : null;    // most characters start no two-digit fiscal year
            int shortFiscal = shortEnd == null ? -1 : shortFiscalYearAt(t, i, numberStart, published, shortEnd);
            if (shortFiscal > 0) {                           // 15、16年度总推广预算 (a Hong Kong page of February 2015)
                best = new Ref(shortFiscal, null, null, null, false);
                yearEnd = shortEnd[0];
                yearBefore = shortFiscal;
                i = shortEnd[0];
                continue;
            }
            int y4 = yearAt(t, i);
            if (y4 > 0) {
                int len = yearLength(t, i);
                int j = i + len;
                boolean hasNian = j < t.length() && t.charAt(j) == '年';
                if (hasNian) {
                    j++;
                } else if (t.startsWith("财年", j) || t.startsWith("财政年度", j)) {
                    hasNian = true;                          // 2024财年, 2024财政年度: a company's or government's fiscal year
                    j += t.startsWith("财年", j) ? 2 : 4;
                } else if (t.startsWith("全年", j)) {
                    hasNian = true;                          // 2021全年旅客人均消费: the year written without 年 before 全年
                } else if (j < numberStart && "，,".indexOf(t.charAt(j)) >= 0 && (precededByWord(t, i, "截至") || precededByWord(t, i, "截止"))) {
                    hasNian = true;                          // 截至2023，…实现产值超过千亿元: 年 left out after 截至
                } else if (eventNameAfter(t, j, numberStart)) {
                    hasNian = true;                          // 「2017台湾热气球嘉年华」, 2017中外知名企业四川行活动期间: the year that
                    // opens an event's name dates what happens at the event (ruling R13); a report's (2021…竞争力报告) does not
                } else if (j < t.length() && t.charAt(j) == '的' && riseBefore(t, i)) {
                    hasNian = true;                          // 由2007年的42亿元，增长到2016的366.7亿元: 年 left out after a rise
                } else if (j + 1 < t.length() && t.charAt(j) == ' ' && t.charAt(j + 1) == '年') {
                    hasNian = true;                          // 2017 年: Taiwan and Hong Kong pages space digits from words
                    j += 2;
                } else if (j + 1 < t.length() && (t.charAt(j) == ')' || t.charAt(j) == '）') && t.charAt(j + 1) == '年'
                        && i >= 2 && "(（".indexOf(t.charAt(i - 1)) >= 0 && "今去明".indexOf(t.charAt(i - 2)) >= 0) {
                    hasNian = true;                          // 去(2020)年, 今(2021)年: the bracket names the year
                    j += 2;
                }
                int report = reportNameEnd(t, j, numberStart);
                if (report > 0) {                            // 在2011年度江山市经济社会发展情况报告上, 2022百强园区中: the year
                    i = report;                              // names the report or the ranking, not its figures (ruling R13)
                    continue;
                }
                int priced = hasNian && precededByWord(t, i, "按") ? priceBaseEnd(t, j, numberStart) : -1;
                if (priced > 0) {                            // 按2016年价格估算建造成本约为187亿元, 按2020年12月价格: the prices'
                    i = priced;                              // base, not the time of the figure (d11-0165, d11-0166)
                    continue;
                }
                int closed = hasNian ? yearClosedAt(t, j, numberStart) : -1;
                if (closed > 0) {
                    // 2021年3月止年度, 截至2023年3月31日止财政年度 (Hong Kong filings): a year closed at the end of March opened the
                    // April before, and is named by that year (R4: a fiscal year's year is the year it opens in); it is a
                    // whole year, no part of one
                    int month = smallNumber(t, j);
                    int opened = month == 12 ? y4 : y4 - 1;
                    int b = precededByWord(t, i, "截至") || precededByWord(t, i, "截止") ? i - 2 : i;
                    if ((precededByWord(t, b, "较") || precededByWord(t, b, "比") || precededByWord(t, b, "与"))
                            && !figureRightAfter(t, closed, numberStart)) {
                        // 较截至二零一七年十二月三十一日止年度…减少约9.3百万港元: the base year of a change, as 较2017年; its
                        // own figure, right after it (较截至…止年度约109.7百万港元), is of that year
                        i = closed;
                        continue;
                    }
                    best = new Ref(opened, null, null, null, false);
                    yearEnd = closed;
                    yearBefore = best.year();
                    i = closed;
                    continue;
                }
                int k = j;
                if (k < t.length() && "—―-–~～至到".indexOf(t.charAt(k)) >= 0) {
                    int k2 = k + 1;
                    if (k2 < t.length() && (t.charAt(k2) == '—' || t.charAt(k2) == '―')) k2++;
                    int y2 = yearAt(t, k2);
                    int e2f = k2 + yearLength(t, k2);
                    // 由2020年至今年5月底: a span that runs to a month of the year under way
                    boolean toThisYear = y2 < 0 && hasNian && published != null && t.startsWith("今年", k2) && published.getYear() > y4;
                    if (toThisYear) {
                        y2 = published.getYear();
                        e2f = k2 + 1;
                    }
                    if (y2 == y4 + 1 && !hasNian && t.startsWith(" 年度", e2f)) e2f++;   // 2021-2022 年度 (spaced)
                    // 2018至2019财政年度, 2021-2022财政年度 (Canadian and Australian provinces' budgets): one fiscal year too
                    int fiscalWord = t.startsWith("年度", e2f) ? 2 : t.startsWith("财政年度", e2f) ? 4 : t.startsWith("财年", e2f) ? 2 : 0;
                    if (y2 == y4 + 1 && !hasNian && fiscalWord > 0 && e2f + fiscalWord <= numberStart) {
                        // 《追加拨款(2023-2024年度)条例草案》: two consecutive years before 年度 name one fiscal year, by the year
                        // it opens in (as 2023/24年度), not a span of two
                        boolean base = precededByWord(t, i, "与") || precededByWord(t, i, "比") || precededByWord(t, i, "较");
                        i = e2f + fiscalWord;
                        if (base) continue;                  // 与2020-2021财政年度相比: the base of a comparison, not the figure's year
                        best = new Ref(y4, null, null, null, false);
                        yearEnd = e2f + fiscalWord;
                        yearBefore = y4;
                        continue;
                    }
                    if (y2 > y4) {
                        int e2 = k2 + yearLength(t, k2);
                        if (toThisYear) e2 = k2 + 1;
                        if (e2 < t.length() && t.charAt(e2) == '年' && e2 + 1 <= numberStart) {
                            best = spanEnds(t, e2 + 1, numberStart, y4, y2);
                            i = e2 + 1;
                            // 2019年到2020年4月, 由2020年至今年5月底: the month (or its end) only closes the span; it is no part
                            // of a year of the figures, which cover both years
                            Part closing = partAt(t, i, numberStart);
                            if (closing == null) closing = dateAt(t, i);
                            if (closing != null && closing.end <= numberStart && Character.isDigit(t.charAt(i))) i = closing.end;
                            continue;
                        }
                    }
                }
                // 较去(2020)年同期: the bracketed year of a base (the comparison word stands before 去)
                int baseAt = i >= 2 && "(（".indexOf(t.charAt(i - 1)) >= 0 ? i - 2 : i;
                if (hasNian && j <= numberStart && (t.startsWith("同期", j) || t.startsWith("同月", j)) && ownFigureAfter(t, j + 2, numberStart)) {
                    // 较2025年同期的62.7亿元, 较2023年同月的40.2亿澳门元: the base's own figure, of its year and of the part named
                    // before (今年首两月…较2025年同期, 3月份…较2023年同月)
                    best = new Ref(y4, null, null, best.period(), false);
                    i = j + 2;
                    continue;
                }
                if (hasNian && j + 2 <= numberStart && t.startsWith("以来", j) && published != null && y4 == published.getYear()
                        && !precededByWord(t, i, "自") && !precededByWord(t, i, "从")) {
                    // 2019年以来 on a page of 2019: this year to date, as 今年以来 (not 自2019年以来, a span from a start)
                    best = new Ref(y4, null, null, null, false);
                    yearEnd = j + 2;
                    yearBefore = y4;
                    i = j + 2;
                    continue;
                }
                if (hasNian && j <= numberStart && (precededByWord(t, baseAt, "比") || precededByWord(t, baseAt, "较") || precededByWord(t, baseAt, "与")
                        || t.startsWith("以来", j) || t.startsWith("同期", j) || t.startsWith("同月", j) || multipleOf(t, j) || sinceStart(t, i, j, numberStart))) {
                    // 是2012年的3.2倍: the year of the base of a multiple; 自2012年入选…以来: the start of a span with no end
                    // 比2023年增长约360亿元, 恢复至2019年同期的86%, 自2019年以来再次突破2000亿元: a base, not the figure's year
                    i = j;
                    continue;
                }
                if (hasNian && j <= numberStart) {
                    // 到 2027 年底: Taiwan, Hong Kong and some mainland pages space digits from words
                    boolean cue = precededByWord(t, i, "到") || precededByWord(t, i, "至") || t.startsWith("前", j);
                    if (precededByWord(t, i, "截至") || precededByWord(t, i, "截止")) cue = false;
                    best = new Ref(y4, null, null, null, cue);
                    yearEnd = j;
                    yearBefore = y4;
                }
                i = Math.max(j, i + 1);
                continue;
            }
            if ((c == '(' || c == '（') && i >= 1 && published != null && "今去明".indexOf(t.charAt(i - 1)) >= 0 && i + 5 < numberStart
                    && t.charAt(i + 1) == '1' && Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3))
                    && (t.charAt(i + 4) == ')' || t.charAt(i + 4) == '）') && t.charAt(i + 5) == '年') {
                int n = Integer.parseInt(t.substring(i + 1, i + 4));   // 去(111)年: the bracket names the Minguo year
                if (n >= 100 && n <= 130 && i >= 2 && "比较与".indexOf(t.charAt(i - 2)) >= 0) {
                    i += 6;                                  // 较去(106)年同期增29件: a base, as for 较去年
                    continue;
                }
                if (n >= 100 && n <= 130) {
                    best = new Ref(1911 + n, null, null, null, t.charAt(i - 1) == '明');
                    yearEnd = i + 6;
                    yearBefore = best.year();
                    i += 6;
                    continue;
                }
            }
            int spanFrom = MinguoYears.bareSpanStartAt(t, i, numberStart);
            if (spanFrom > 0) {                              // (108至109年度) 特别预算: two budget years, a span of both
                int rocTo = MinguoYears.spanEndAt(t, i + 3, numberStart);
                int e2 = t.indexOf('年', i + 5) + 1;
                if (t.startsWith("度", e2)) e2++;
                best = spanEnds(t, e2, numberStart, spanFrom, rocTo);
                i = e2;
                continue;
            }
            int roc = MinguoYears.yearAt(t, i, numberStart);
            if (roc > 0) {                                   // 103年總營收, 105年上半年: Taiwan counts years from 1912
                if (precededBy(t, i, "较") || precededBy(t, i, "比") || precededBy(t, i, "与")
                        || precededBy(t, i, "较去") || precededBy(t, i, "比去")) {
                    int q = t.startsWith("度", i + 4) ? i + 5 : i + 4;
                    while (q < numberStart && "的之为為是".indexOf(t.charAt(q)) >= 0) q++;
                    if (q == numberStart && !precededBy(t, i, "去")) {
                        best = new Ref(roc, null, null, null, false);   // 较112年度之2兆6,891亿元: the base's own figure is of its year
                        yearEnd = q;
                        yearBefore = roc;
                    }
                    i += 4;                                  // 较102年成长6.28%, 较去107年同期: a base, as for 比2023年
                    continue;
                }
                int rocTo = MinguoYears.spanEndAt(t, t.startsWith("起", i + 4) ? i + 5 : i + 4, numberStart);
                if (rocTo > roc) {                           // 从100年至103年间, 自114年起至117年: a span of Minguo years, as 2011—2014年
                    int e2 = t.indexOf('年', i + 5) + 1;
                    best = spanEnds(t, e2, numberStart, roc, rocTo);
                    i = e2;
                    continue;
                }
                best = new Ref(roc, null, null, null, false);
                yearEnd = i + 4;
                yearBefore = roc;
                i += 4;
                continue;
            }
            int rocWords = MinguoYears.inWordsAt(t, i, numberStart, published);
            if (rocWords > 0) {                              // 九十四年度总预算: a Minguo year in numerals, as Taiwan councils write it
                best = new Ref(rocWords, null, null, null, false);
                int e = t.indexOf('年', i);
                yearEnd = e + 1;
                yearBefore = rocWords;
                i = e + 1;
                continue;
            }
            int roc2 = MinguoYears.shortYearAt(t, i, numberStart, published);
            if (roc2 > 0) {                                  // 97年度营业额: a two-digit Minguo year, as Taiwan pages of 2008 write it
                best = new Ref(roc2, null, null, null, false);
                yearEnd = i + 3;
                yearBefore = roc2;
                i += 3;
                continue;
            }
            int minguo = MinguoYears.afterMinguo(t, i, numberStart);
            if (minguo > 0) {                                // 民国98年: after 民国 any year number is a Minguo year
                int e = t.indexOf('年', i);
                int rocTo = MinguoYears.spanEndAt(t, t.startsWith("起", e + 1) ? e + 2 : e + 1, numberStart);
                if (rocTo > 1911 + minguo) {                 // 自民国114年起至117年: a span of Minguo years
                    int e2 = t.indexOf('年', e + 2) + 1;
                    best = spanEnds(t, e2, numberStart, 1911 + minguo, rocTo);
                    i = e2;
                    continue;
                }
                best = new Ref(1911 + minguo, null, null, null, false);
                yearEnd = e + 1;
                yearBefore = best.year();
                i = e + 1;
                continue;
            }
            if (c == '年' && published != null && t.startsWith("内", i + 1) && (i == 0 || !(Character.isDigit(t.charAt(i - 1))
                    || ChineseNumerals.isChineseNumeralChar(t.charAt(i - 1)) || "个今明去本几数".indexOf(t.charAt(i - 1)) >= 0))) {
                best = new Ref(published.getYear(), null, null, null, false);   // 年内完成投资50亿元: within this year
                yearEnd = i + 2;
                yearBefore = best.year();
                i += 2;
                continue;
            }
            // (较客岁第4季: the base of a comparison, which dates no figure, as 较去年 is read below)
            if (c == '岁' && i >= 1 && t.charAt(i - 1) == '客' && published != null && !(i >= 2 && "较比".indexOf(t.charAt(i - 2)) >= 0)) {
                best = new Ref(published.getYear() - 1, null, null, null, false);   // 客岁 (written, last year): as 去年 (d14-0115)
                yearEnd = i + 1;
                yearBefore = best.year();
                i++;
                continue;
            }
            if (c == '年' && published != null && (t.startsWith("底", i + 1) || t.startsWith("末", i + 1)) && bareYearWord(t, i)) {
                best = new Ref(published.getYear(), null, null, null, false);   // 在年底收关前: the end of this year
                yearEnd = i + 2;
                yearBefore = best.year();
                i += 2;
                continue;
            }
            if (c == '年' && i >= 1 && published != null && relativeYearAt(t, i)) {
                int rel = relative(t, i);
                // 较去年同季的145亿元, 较去年同月: the same quarter or month of last year, as 同期
                if (t.startsWith("同期", i + 1) || t.startsWith("同季", i + 1) || t.startsWith("同月", i + 1)) {          // 较去年同期增加32亿元: the base of a comparison, not the figure's year
                    int q = i + 3;
                    while (q < numberStart && "的之为為是，, (（".indexOf(t.charAt(q)) >= 0) q++;   // 较去年同季(260.3亿元)
                    q += currencyPrefixAt(t, q, numberStart);   // 较去年同期之港币五十四亿: the currency written before the number
                    if (q == numberStart && rel < 0) {       // 去年同期1兆1335亿元: the figure is the base, last year's same part
                        best = new Ref(published.getYear() + rel, null, null, best.period(), false);
                    } else if (rel < 0 && lastYearsOwn(t, i, q, numberStart)) {
                        // 去年同期营收为5000亿元 (not after 较/比: no comparison, the figure is last year's)
                        best = new Ref(published.getYear() + rel, null, null, best.period(), false);
                    }
                    i += 3;
                    continue;
                }
                // 可望超越去年571亿元，突破600亿元: 超越 (surpass) compares with last year's figure as 较 does, so the base's
                // year dates only the base's own figure, not what comes after it
                if (i >= 2 && ("比较与".indexOf(t.charAt(i - 2)) >= 0 || precededBy(t, i - 1, "超越"))) {
                    int q = i + 1;
                    while (q < numberStart && "的之为為是".indexOf(t.charAt(q)) >= 0) q++;
                    Part basePart = q < numberStart ? partAt(t, q, numberStart) : null;
                    if (basePart != null && rel < 0 && basePart.end <= numberStart && (ownFigureAfter(t, basePart.end, numberStart)
                            || basePartFigureAfter(t, basePart.end, numberStart))) {
                        // 较去年10月的8.33亿元, 较去年第二季410.4亿澳门元: the base's own figure, of last year and of the part named
                        best = new Ref(published.getYear() + rel, null, null, null, false).withPeriod(basePart.label, published.getYear() + rel);
                        i = basePart.end;
                        continue;
                    }
                    if (q != numberStart) {                  // 较去年增加50亿元, 比上年净增100亿元: a base, not the figure's year
                        i++;
                        continue;
                    }                                        // 较前年的27亿元: the base's own figure is of its year
                    if (rel == -1 && t.charAt(i - 1) == '上' && yearBefore != null && writtenYearIn(t, from, i)) {
                        // 2006年度…合计纳税118.99亿元，较上年的77.29亿元: 上年 is the year before the one the sentence reports
                        // (a page of 2007 on 2006), not the page's last year, which 去年 names
                        best = new Ref(yearBefore - 1, null, null, null, false);
                        yearEnd = i + 1;
                        i++;
                        continue;
                    }
                }
                best = new Ref(published.getYear() + rel, null, null, null, rel > 0);
                yearEnd = i + 1;
                yearBefore = best.year();
                i++;
                continue;
            }
            if (c == '五' && i >= 1) {
                Ref plan = fiveYearPlan(t, i);
                if (plan != null) best = plan;
            }
            int abbreviated = published == null ? -1 : abbreviatedYearAt(t, i, numberStart, published);
            if (abbreviated > 0) {                           // 在○五年即拥有了180亿元的缺口: 2005 written by its last two digits
                best = new Ref(abbreviated, null, null, null, false);
                yearEnd = i + 3;
                yearBefore = abbreviated;
                i += 3;
                continue;
            }
            if (c == '连' && t.startsWith("连续", i)) {
                int run = quarterRunEnd(t, i + 2, numberStart);
                if (run > 0) {                               // 连续第3季呈现衰退, 连续5季负成长: a count of quarters, not a quarter
                    i = run;
                    continue;
                }
            }
            if (!mayStartTime(c)) {                         // most characters start no time word: skip the lookups below
                i++;
                continue;
            }
            if (published != null && c == '上' && lastMonthAt(t, i, numberStart) > 0 && !(i > 0 && "以向马比较与".indexOf(t.charAt(i - 1)) >= 0)) {
                // 上月录得有形贸易顺差36亿元 (a Hong Kong release of February): the month before the publication's
                int m = published.getMonthValue() == 1 ? 12 : published.getMonthValue() - 1;
                int y = published.getYear() - (published.getMonthValue() == 1 ? 1 : 0);
                best = new Ref(y, null, null, null, false).withPeriod(String.format("M%02d", m), y);
                yearEnd = i + lastMonthAt(t, i, numberStart);
                yearBefore = y;
                i = yearEnd;
                continue;
            }
            Part part = partAt(t, i, numberStart);
            if (part != null && published != null && (precededByWord(t, i, "比") || precededByWord(t, i, "较") || precededByWord(t, i, "与"))
                    && part.label != null && ((t.startsWith("的", part.end) && ownFigureAfter(t, part.end, numberStart))
                        || part.end + currencyPrefixAt(t, part.end, numberStart) == numberStart)) {
                // 较8月份45亿元有些微减少: the base's own figure may follow its month with no 的
                // 与9月份的30亿元相比较, 较8月的26亿元: the base's own figure, of the part named (and of the year it falls in),
                // as 较去年10月的8.33亿元 (dev11 d11-0029)
                int y = yearBefore != null && i - yearEnd <= 1 ? yearBefore
                        : published.getYear() - (part.lastMonth > published.getMonthValue() ? 1 : 0);
                best = best.withPeriod(part.label, y);
                i = part.end;
                continue;
            }
            if (part != null && (precededByWord(t, i, "比") || precededByWord(t, i, "较") || precededByWord(t, i, "与") || baseYearBefore(t, i, true))) {
                // 较上年第4季的4.8%, 比2009年第四季度: the part of a base's year is the base's too
                i = part.end;                                // 比10月份增加23.3亿元, 与1—8月相比: the base's period, not the figure's
                continue;
            }
            if (part != null) {
                Integer y;
                if (yearBefore != null && i - yearEnd <= 1 && yearEnd == aprilFiscalEnd && firstMonth(part.label) == 1
                        && "首前头".indexOf(t.charAt(i)) >= 0) {
                    // 本财政年度首5个月 (Hong Kong, a fiscal year from April): the calendar months when they fall in one
                    // calendar year (M04-M08), else no part of a year (首十个月: April to January) (ruling R4)
                    int last = 3 + part.lastMonth;
                    best = best.withPeriod(last <= 12 ? (last == 4 ? "M04" : months(4, last)) : null, yearBefore);
                    i = part.end;
                    partEnd = part.end;
                    continue;
                } else if (hongKong && published != null && (yearBefore == null || i - yearEnd > 1) && published.getMonthValue() <= 3
                        && firstMonth(part.label) == 1 && "首头".indexOf(t.charAt(i)) >= 0 && part.lastMonth > published.getMonthValue()) {
                    // 首9个月地价收入已达1,234亿元, 首十个月的整体支出 (Hong Kong, a page of January to March): the first months
                    // of no year named, not yet over in this calendar year, are those of the fiscal year under way, which
                    // opened the April before (R4, as 本财政年度首9个月): the calendar months when they fall in one
                    // calendar year, else none
                    int last = 3 + part.lastMonth;
                    best = new Ref(published.getYear() - 1, null, null, last <= 12 ? months(4, last) : null, false);
                    i = part.end;
                    partEnd = part.end;
                    continue;
                } else if (yearBefore != null && i - yearEnd <= 1) {
                    y = yearBefore;                       // 2023年上半年, 今年一季度, 去年1—9月
                } else if (published != null) {
                    // A part not ended by the publication is last year's (前三季度 in January), unless it has begun and
                    // does not start the year (下半年 in August, 四季度 in November: this year's, still running or to come).
                    // A part that opens the year and is under way, ending within two months of the page (一季度 in February:
                    // 该县一季度集中开工重大项目117个), is this year's too; 前三季度 or 上半年 in January is last year's (d12-0019).
                    boolean running = (firstMonth(part.label) > 1 && firstMonth(part.label) <= published.getMonthValue())
                            || (firstMonth(part.label) == 1 && published.getMonthValue() > 1 && part.lastMonth - published.getMonthValue() <= 2)
                            // 在四月第一个星期…须发放…15亿元 (a Hong Kong page of March): the month right after the page's is the
                            // one to come, this year's; a month further on, not yet come, is last year's
                            || (part.label != null && firstMonth(part.label) == part.lastMonth && part.lastMonth == published.getMonthValue() + 1);
                    y = published.getYear() - (part.lastMonth > published.getMonthValue() && !running ? 1 : 0);
                } else {
                    y = best.year();
                }
                best = best.withPeriod(part.label, y);
                i = part.end;
                partEnd = part.end;
                continue;
            }
            if (t.startsWith("全年", i) && best.period() != null && !baseYearBefore(t, i) && !shareBaseAt(t, i + 2, numberStart))
                best = best.withPeriod(null, best.year());
            if (published != null && published.getMonthValue() <= 3 && t.startsWith("全年", i) && !writtenYearIn(t, from, i)
                    && (t.startsWith("实现", i + 2) || t.startsWith("完成", i + 2) || t.startsWith("累计", i + 2)
                        || (t.startsWith("的", i + 2) && !planAfter(t, i + 3)) || t.startsWith("人均", i + 2))) {
                // 1月28日…披露，全年实现营业收入3315亿元: a result for the whole year, reported in the first quarter, is
                // the year just ended (as 过去的一年); so is 全年的人均本地生产总值 in a March release (dev6), and 全年人均名义
                // 本地生产总值 written without 的 (dev10), not 全年的目标
                best = new Ref(published.getYear() - 1, null, null, null, false);
                yearBefore = best.year();
                yearEnd = i + 2;
            }
            if (published != null && published.getMonthValue() == 12 && t.startsWith("全年", i) && !writtenYearIn(t, from, i)
                    && (t.startsWith("实现", i + 2) || t.startsWith("完成", i + 2) || t.startsWith("累计", i + 2) || t.startsWith("争取", i + 2))) {
                // 全年累计完成基础设施投资近0.7亿元 in a year-end report of December: the year about to close
                best = new Ref(published.getYear(), null, null, null, false);
                yearBefore = best.year();
                yearEnd = i + 2;
            }
            if (published != null && t.startsWith("全年", i) && yearEnd != i + 2 && !writtenYearIn(t, from, i) && !baseWordBefore(t, i)) {
                Integer whole = wholeYearOf(t, i, numberStart, published);
                if (whole != null) {
                    best = new Ref(whole, null, null, null, false);
                    yearBefore = whole;
                    yearEnd = i + 2;
                }
            }
            int future = futureEventAt(t, i);
            if (future > 0) {                                // 2022年落户…，达产后可实现年产值300亿元: after an event to come
                best = Ref.NONE;
                yearBefore = null;
                i += future;
                continue;
            }
            int window = windowAt(t, i);
            if (window > 0) {                                // 3年内, 未来5年: a window without years has no year
                best = Ref.NONE;
                yearBefore = null;
                i += window;
                continue;
            }
            if (published != null && (t.startsWith("年初至今", i) || t.startsWith("今年初至今", i)) && (i == 0 || t.charAt(i - 1) != '去')) {
                best = new Ref(published.getYear(), null, null, null, false);    // 年初至今: this year to date
                yearBefore = best.year();
                i += 4;
                yearEnd = i;
                continue;
            }
            if ((c == 'Q' || c == 'q') && i + 1 < numberStart && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '4'
                    && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '年')
                    && (i + 2 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 2)) || Character.isIdeographic(t.charAt(i + 2)))) {
                int q = t.charAt(i + 1) - '0';               // 2024年Q3 (Taiwan and Hong Kong business pages)
                Integer y = yearBefore != null && i - yearEnd <= 1 ? yearBefore
                        : published == null ? best.year() : published.getYear() - (3 * q > published.getMonthValue() ? 1 : 0);
                best = best.withPeriod("Q" + q, y);
                i += 2;
                continue;
            }
            if (published != null && (t.startsWith("过去的一年", i) || t.startsWith("过去一年", i)) && published.getMonthValue() <= 3) {
                // 在过去的一年 in a report of January to March: the year just ended (conventions, session 19)
                best = new Ref(published.getYear() - 1, null, null, null, false);
                yearBefore = best.year();
                i += t.startsWith("过去的一年", i) ? 5 : 4;
                yearEnd = i;
                continue;
            }
            int newYear = published == null ? 0 : newYearAt(t, i);
            if (newYear > 0) {
                // 面向新的一年 … 确保营业收入达9.3万亿元: in a report of the first half-year the year just begun, later the next
                best = new Ref(published.getYear() + (published.getMonthValue() <= 6 ? 0 : 1), null, null, null, false);
                yearBefore = best.year();
                i += newYear;
                yearEnd = i;
                continue;
            }
            if (t.startsWith("未来", i) && futureVerbAt(t, i + 2)) {
                best = Ref.NONE;                             // 未来预计可年创百亿元产值: a future without a year
                yearBefore = null;
                i += 2;
                continue;
            }
            if (published != null && nowAt(t, i) > 0) {
                if (t.startsWith("截", i) && !publishedEstimated) {   // 截至目前: up to the publication, its year
                    best = new Ref(published.getYear(), null, null, null, false);
                } else if (!publishedEstimated && (i == 0 || "，,。；;：:！!？?“\"「 \n".indexOf(t.charAt(i - 1)) >= 0
                        || t.startsWith("目前已", i))) {
                    // 人均GDP目前已超过3.2万元: 目前已 states a present state also after the metric it dates
                    // 目前，…年产值达200多亿元 / 目前全市…产值规模达1460亿元: a present state opening its clause, dated by a shown
                    // publication date; not 还是目前全国唯一… (目前 inside a phrase)
                    // (conventions, part 1); the figure's kind may still drop it ({@link Ref#now})
                    best = new Ref(published.getYear(), null, null, null, false, true);
                } else {                                     // 目前, 当前 inside a clause, or any with an estimated date: no year
                    best = Ref.NONE;
                    yearBefore = null;
                }
                i += nowAt(t, i);
                continue;
            }
            int today = published == null ? 0 : todayAt(t, i);
            if (today > 0) {                                 // 投资台湾事务所今日再添7案斥资539亿元: a day of the publication
                best = new Ref(published.getYear(), null, null, null, false);
                yearBefore = best.year();
                i += today;
                yearEnd = i;
                continue;
            }
            Part date = published == null ? null : dateAt(t, i);
            if (date != null && date.label == null && best.period() != null && i == partEnd + 1 && "(（".indexOf(t.charAt(partEnd)) >= 0) {
                i = date.end;                                // 2025年首三个月(截至3月31日): the bracket restates the part's end
                continue;
            }
            if (date != null && FISCAL_YEAR_CLOSED.equals(date.label)) {
                // 截至3月31日止财政年度, 截至今年3月31日止财政年度 (a Hong Kong body's results in July, a Canadian province's
                // account in June): the year closed at the last such date, named by the year it opened in (R4)
                int closedIn = yearBefore != null && i - yearEnd <= 1 ? yearBefore
                        : published.getYear() - (date.lastMonth > published.getMonthValue() ? 1 : 0);
                best = new Ref(date.lastMonth == 12 ? closedIn : closedIn - 1, null, null, null, false);
                yearBefore = best.year();
                yearEnd = date.end;
                i = date.end;
                continue;
            }
            if (date != null) {
                // 12月13日至23日 / 截至10月底 without a year: the publication's (the year before for a month not yet come).
                int y = yearBefore != null && i - yearEnd <= 1 ? yearBefore
                        : published.getYear() - (date.lastMonth > published.getMonthValue() ? 1 : 0);
                best = date.label == null ? new Ref(y, null, null, null, false) : best.withPeriod(date.label, y);
                if (yearBefore == null || i - yearEnd > 1) {
                    yearBefore = y;
                }
                yearEnd = date.end;
                i = date.end;
                continue;
            }
            i++;
        }
        // 1—3月份…完成年任务75亿元的23.7%: a figure named as the year's task or goal is the whole year's, not the part's.
        if (best.period() != null && wholeYearGoalBefore(t, from, numberStart)) best = best.withPeriod(null, best.year());
        if (best.from() == null && best.period() == null && published != null) {
            Ref run = consecutiveYears(t, from, numberStart, published, best.year());
            if (run != null) best = run;
        }
        return best;
    }

    /**
     * 连续四年突破兆元大关 in the figure's own clause, where nothing else dates it: a span of N years, from the start a
     * 自2020年起 / 从2020年起 before it names (自2020年起…连续四年…达千亿级 → 2020–2023), else the N years up to the last
     * whole one before the publication (连续四年突破兆元 on a 2025 page → 2021–2024). A run named in another clause
     * (连续10年达标，…总投资超过1,140亿元) dates nothing.
     */
    private static Ref consecutiveYears(String t, int from, int numberStart, LocalDate published, Integer year) {
        int clause = numberStart;
        while (clause > from && "，,；;。：:".indexOf(t.charAt(clause - 1)) < 0) clause--;
        int at = t.lastIndexOf("连续", numberStart - 1);
        if (at < clause) return null;
        int p = at + 2;
        int n = smallNumber(t, p);
        if (n < 2 || n > 30) return null;
        int nian = p + numberLength(t, p);
        if (!t.startsWith("年", nian) || t.startsWith("年度", nian)) return null;
        for (int k = nian + 1; k < numberStart; k++) if (t.charAt(k) == '年') return null;   // another year word after the run
        for (int k = from; k + 6 <= at; k++) {
            if ((t.charAt(k) == '自' || t.charAt(k) == '从') && t.startsWith("年起", k + 5)) {
                int y = yearAt(t, k + 1);
                if (y > 0 && (year == null || year == y)) return new Ref(null, y, y + n - 1, null, false);
            }
        }
        if (year != null) return null;                   // 2020年，…连续四年…: the year read is the figure's
        int last = published.getYear() - 1;
        return new Ref(null, last - n + 1, last, null, false);
    }

    /** 年 of 年底 / 年末 written alone (在年底, 至年末), not after a year (2023年底, 去年底, 97年底) or a count (3年末). */
    /** The heads of an event's name (a fair, a festival, a forum, a campaign); a report, a list or a yearbook is none. */
    private static final String[] EVENT_HEADS = {"嘉年华", "博览会", "展览会", "交易会", "洽谈会", "推介会", "招商会", "论坛", "峰会",
            "大会", "活动", "艺术节", "文化节", "旅游节", "音乐节", "购物节", "美食节", "灯会", "庙会", "马拉松"};
    /** How long an event's name after its year may run. */
    private static final int EVENT_NAME = 20;

    /**
     * A year written without 年 that opens an event's name: Han characters from {@code j} (no 年, no punctuation) up to an
     * event head within {@link #EVENT_NAME} characters (2017台湾热气球嘉年华, 2017中外知名企业四川行活动期间).
     */
    private static boolean eventNameAfter(String t, int j, int numberStart) {
        if (j >= numberStart || !Character.isIdeographic(t.charAt(j)) || t.charAt(j) == '年' || t.charAt(j) == '至' || t.charAt(j) == '到') return false;
        int limit = Math.min(numberStart, j + EVENT_NAME);
        for (int k = j; k < limit; k++) {
            char c = t.charAt(k);
            if (!Character.isIdeographic(c)) return false;
            for (String w : EVENT_HEADS) if (t.startsWith(w, k)) return true;
        }
        return false;
    }

    /** How far after a year the head of a report's or a ranking's name may end (2011年度江山市经济社会发展情况报告: 14). */
    private static final int REPORT_NAME = 20;
    /**
     * Heads of the names of reports and rankings a year opens (ruling R13: the year names the report). Not 公报: a
     * statistical communiqué's year (2023年国民经济和社会发展统计公报) is the year its figures are of.
     */
    private static final String[] REPORT_HEADS = {"报告", "白皮书", "蓝皮书", "百强", "排行榜", "榜单"};
    /** The heads of {@link #REPORT_HEADS} that name a ranking, not a report. */
    private static final Set<String> RANKING_HEADS = Set.of("百强", "排行榜", "榜单");

    /**
     * After a year's digits (and 年 / 年度) at {@code j}: where the name of a report or a ranking that the year opens ends
     * (a run of ideographs, no clause mark, ending in a head of {@link #REPORT_HEADS}), if it ends before the figure; else -1.
     */
    private static int reportNameEnd(String t, int j, int numberStart) {
        int k = j;
        boolean yearDu = t.startsWith("年度", k) || (k >= 1 && t.charAt(k - 1) == '年' && t.startsWith("度", k));
        if (t.startsWith("年度", k)) k += 2;
        else if (t.startsWith("年", k)) k++;
        int limit = Math.min(numberStart, k + REPORT_NAME);
        for (int m = k; m < limit; m++) {
            char c = t.charAt(m);
            if (!Character.isIdeographic(c)) return -1;
            if (t.startsWith("报告期", m)) return -1;            // 2025年报告期内: the period the figures are of
            // 2023年…施政报告提出…设立100亿港元…计划, 2024年政府工作报告: an address that sets the year's measures dates them
            // (dev2 d2-0014, dev8 d8-0242); only a report of figures or a ranking names itself
            if (t.startsWith("报告", m) && m >= 2 && (t.startsWith("施政", m - 2) || t.startsWith("工作", m - 2))) return -1;
            for (String w : REPORT_HEADS) {
                if (!t.startsWith(w, m) || m + w.length() > numberStart) continue;
                // 2006年度上市公司纳税百强合计纳税…, 2023年度营收百强: a year with 年度 before a ranking names the year whose
                // flow is ranked, and dates the ranked figures (ruling R23); run into the name without 年度 (2022百强园区)
                // it names the list's edition (R13)
                if (yearDu && RANKING_HEADS.contains(w)) return -1;
                return m + w.length();
            }
        }
        return -1;
    }

    private static boolean bareYearWord(String t, int i) {
        if (i == 0) return true;
        char b = t.charAt(i - 1);
        return !(Character.isDigit(b) || ChineseNumerals.isChineseNumeralChar(b) || "今去明本上前后当同该每多几数个 ".indexOf(b) >= 0);
    }

    /** 目标 / 任务 / 计划 / 预算 at {@code i}: a plan for the year, not its result. */
    private static boolean planAfter(String t, int i) {
        for (String w : new String[] {"目标", "任务", "计划", "预算", "预期"}) if (t.startsWith(w, i)) return true;
        return false;
    }

    private static final String[] WHOLE_YEAR_GOALS = {"年任务", "年度任务", "年目标", "年度目标", "年计划", "年度计划",
            // 1-10月…完成市分配任务25亿元的142.4%, 完成州政府下达任务数132.63亿元的90.8%: the year's task set from above
            "分配任务", "下达任务", "下达任务数", "任务数",
            // 1—12月…完成市政府考核目标61亿元的117%: the target a government sets a county for its yearly assessment
            "考核目标",
            // 1-5月…完成财政总收入4348万元，占年初预算10065万元的43.2%: the year's budget the result is a share of
            "年初预算", "年初预算数", "全年预算", "全年预算数"};

    private static boolean wholeYearGoalBefore(String t, int from, int numberStart) {
        // 已经提前达成年度380亿元的目标: 年度 right before the figure and 目标 after it name the year's goal
        if (numberStart - 2 >= from && t.startsWith("年度", numberStart - 2) && goalAfter(t, numberStart)) return true;
        for (String w : WHOLE_YEAR_GOALS) {
            for (int gap = 0; gap <= 2; gap++) {
                int at = numberStart - gap - w.length();
                if (at >= from && t.startsWith(w, at)) return true;
            }
        }
        return false;
    }

    /** How long the figure before a goal word may be (380亿元, 1,234.5万元). */
    private static final int FIGURE_TEXT = 14;

    /** After the figure starting at {@code numberStart}: (的)目标 right after its number and unit. */
    private static boolean goalAfter(String t, int numberStart) {
        int k = numberStart;
        while (k < t.length() && k - numberStart < FIGURE_TEXT && (Character.isDigit(t.charAt(k)) || ".,，亿万千百元".indexOf(t.charAt(k)) >= 0)) k++;
        if (k == numberStart) return false;
        if (t.startsWith("的", k)) k++;
        return t.startsWith("目标", k);
    }

    /**
     * 15、16年度 / 15/16年度 (a Hong Kong body's budget year in two-digit years): the fiscal year by the year it opens in,
     * within three years of the page; else -1. Its end in {@code end[0]}.
     */
    private static int shortFiscalYearAt(String t, int i, int limit, LocalDate published, int[] end) {
        if (published == null || i + 7 > limit || (i > 0 && Character.isDigit(t.charAt(i - 1)))) return -1;
        if (!Character.isDigit(t.charAt(i)) || !Character.isDigit(t.charAt(i + 1)) || "、/／".indexOf(t.charAt(i + 2)) < 0
                || !Character.isDigit(t.charAt(i + 3)) || !Character.isDigit(t.charAt(i + 4)) || !t.startsWith("年度", i + 5)) return -1;
        int a = Integer.parseInt(t.substring(i, i + 2)), b = Integer.parseInt(t.substring(i + 3, i + 5));
        if (b != (a + 1) % 100) return -1;
        int year = 2000 + a;
        if (Math.abs(year - published.getYear()) > 3) return -1;
        end[0] = i + 7;
        return year;
    }

    private record Part(String label, int end, int lastMonth) {}

    /** A part of the year (1-4月, 上半年 …) starts at {@code i}: for {@link MinguoYears#shortYearAt}. */
    static boolean partStartsAt(String t, int i, int limit) {
        return partAt(t, i, limit) != null;
    }

    private static final String[] RISE_TO = {"增长至", "增长到", "增加至", "增加到", "提高至", "提高到", "提升至", "提升到", "上升至",
            "上升到", "成长至", "成长到", "扩大至", "扩大到", "增至", "升至"};

    /**
     * A span (2012年到2021年) before a change from one figure to another (营业收入从7万亿元增长至14.1万亿元): the first figure
     * is the span's first year, the second its last; any other figure after the span covers it.
     */
    private static Ref spanEnds(String t, int spanEnd, int numberStart, int from, int to) {
        // 增长到了40.5万亿元: 了 may stand between the verb and the figure
        int riseEnd = numberStart > spanEnd && t.charAt(numberStart - 1) == '了' ? numberStart - 1 : numberStart;
        for (String w : RISE_TO) {
            if (riseEnd - w.length() >= spanEnd && t.startsWith(w, riseEnd - w.length())) return new Ref(to, null, null, null, false);
        }
        for (int q = Math.max(spanEnd, numberStart - 2 - LONGEST_PREFIX); q < numberStart; q++) {
            // 由人民币30.19亿元上升至48.311亿元: a currency written before the number may stand after 由
            if ((t.charAt(q) == '从' || t.charAt(q) == '由') && (q >= numberStart - 2 || q + 1 + currencyPrefixAt(t, q + 1, numberStart) == numberStart))
                return new Ref(from, null, null, null, false);
        }
        return new Ref(null, from, to, null, false);
    }

    /** Characters a part of a year, a window, a date or 目前 can start with. */
    private static boolean mayStartTime(char c) {
        return (c >= '0' && c <= '9') || ChineseNumerals.digit(c) >= 0 || "十上下前第截未今目当现半中全首达投建过开完落年Qq新元昨头".indexOf(c) >= 0;
    }

    /** How long a bracket that restates a part of a year (即截至去年12月31日) may be. */
    private static final int RESTATED_SPAN = 24;

    private static final String[] NOW = {"截至目前", "截止目前", "目前", "当前", "现阶段"};
    private static final String[] HALF_YEAR = {"半年度", "半年报", "中期业绩", "中期报告"};

    /** A time set by an event still to come (达产后, 投产后, 建成后): what follows has no year of the text before it. */
    private static final String[] FUTURE_EVENTS = {"达产后", "达产达效后", "投产后", "建成后", "建成投产后", "全面投产后", "开发完成后",
            "完工后", "落成后"};

    private static int futureEventAt(String t, int i) {
        for (String w : FUTURE_EVENTS) if (t.startsWith(w, i)) return w.length();
        return 0;
    }

    /** 未来预计 / 未来将 / 未来可: 未来 as "in future", not the noun of 未来产业. */
    private static boolean futureVerbAt(String t, int i) {
        for (String w : new String[] {"预计", "预估", "将", "可望", "可", "有望", "计划", "还将"}) if (t.startsWith(w, i)) return true;
        return false;
    }

    private static int nowAt(String t, int i) {
        for (String w : NOW) if (t.startsWith(w, i)) return w.length();
        return 0;
    }

    /** 3年内, 五年内, 未来5年, 今后三年: the length of the window phrase at {@code i}, or 0. */
    private static int windowAt(String t, int i) {
        int k = i;
        if (t.startsWith("未来", k) || t.startsWith("今后", k)) k += 2;
        int n = smallNumber(t, k);
        if (n <= 0 && !(k < t.length() && (t.charAt(k) == '两' || t.charAt(k) == '几'))) return 0;
        int q = k + (n > 0 ? numberLength(t, k) : 1);
        if (t.startsWith("个", q)) q++;
        if (!t.startsWith("年", q)) return 0;
        if (k > i) return q + 1 - i;
        if (t.startsWith("年内", q) || t.startsWith("年间", q)) return q + 2 - i;
        return 0;
    }

    /**
     * A date without a year at {@code i}: 12月13日 (label null), 截至10月底 / 10月末 (year to date: M01-M10); null
     * otherwise. A month range (1月至3月) is a part of the year ({@link #partAt}).
     */
    /** The label {@link #dateAt} gives a date that closes a fiscal year (截至3月31日止年度): a year, no part of one. */
    private static final String FISCAL_YEAR_CLOSED = "fiscal year closed";

    private static Part dateAt(String t, int i) {
        boolean upTo = false;
        int k = i;
        if (t.startsWith("截至", k) || t.startsWith("截止", k)) {
            upTo = true;
            k += 2;
            // 截至今年10月 (dev, dev10, dev11 write it so): this year's month, as 截至10月
            if (t.startsWith("今年", k)) k += 2;
        }
        if (k > 0 && k == i && Character.isDigit(t.charAt(k - 1))) return null;
        int m = smallNumber(t, k);
        if (m <= 0) return null;
        int q = k + numberLength(t, k);
        if (upTo && t.startsWith(" 月", q)) q++;             // 截至今年7 月 (pages that space digits from words)
        if (!t.startsWith("月", q)) return null;
        q++;
        if (t.startsWith("底", q) || t.startsWith("末", q)) return new Part(upTo ? upToMonth(m) : null, q + 1, m);
        // 截止5月份，全县固定资产投资完成74.5亿元: up to a month, as up to its end, sums the year to it (ruling R7)
        if (upTo && t.startsWith("份", q)) return new Part(upToMonth(m), q + 1, m);
        // 截至今年10月，…已达117亿 / 截至今年9月为止: up to a month written whole (a stop or 为止 / 止 after it) sums the year
        // to it, as 截至10月底 (R7); a stock at that date loses the months again (AmountAttributes)
        if (upTo && q < t.length() && ("，,；;".indexOf(t.charAt(q)) >= 0 || t.startsWith("为止", q) || t.startsWith("止", q)))
            return new Part(upToMonth(m), q, m);
        // 3月上半月(首15天), 3月中旬: part of a month, dated but no period of its own
        if (t.startsWith("上半月", q) || t.startsWith("下半月", q)) return new Part(null, q + 3, m);
        if (t.startsWith("上旬", q) || t.startsWith("中旬", q) || t.startsWith("下旬", q)) return new Part(null, q + 2, m);
        // 4月初，…引进…47亿元投资: the start of a month dates an event, as 上旬 does (not 4月初步…, a word)
        if (t.startsWith("初", q) && !t.startsWith("初步", q)) return new Part(null, q + 1, m);
        int d = q;
        while (d < t.length() && d - q < 2 && Character.isDigit(t.charAt(d))) d++;
        if (d == q) {                                    // 六月三十日, 十二月三十一日: the day in Chinese numerals
            while (d < t.length() && d - q < 3 && (ChineseNumerals.digit(t.charAt(d)) >= 0 || t.charAt(d) == '十')) d++;
        }
        if (d > q && d < t.length() && (t.charAt(d) == '日' || t.charAt(d) == '号')) {
            int closes = fiscalYearClosedAt(t, d + 1);
            if (closes > 0) return new Part(FISCAL_YEAR_CLOSED, closes, m);
            // 截至3月31日，全区完成财政收入…: up to the last day of a month, with a verb of a flow done (完成, 实现, 累计: R7's
            // own words) in what follows, is up to its end, as 截至3月底…完成 (R7: the year to that month); a count at the date
            // with no such verb (截至8月31日，…合同项目817个，项目总投资…) stays a state at a date. A closing date before 止
            // (止年度, 止六个月: a Hong Kong filing's year or part) is read by endedPeriod.
            if (upTo && m <= 12 && d - q <= 2 && Character.isDigit(t.charAt(q)) && isLastDay(m, Integer.parseInt(t.substring(q, d)))
                    && d + 1 < t.length() && ("，,；;".indexOf(t.charAt(d + 1)) >= 0 || t.startsWith("为止", d + 1))
                    && flowDoneAfter(t, d + 1))
                return new Part(upToMonth(m), d + 1, m);
            return endedPeriod(t, d + 1, m);
        }
        return null;
    }

    /** A verb of a flow done (完成, 实现, 累计) after {@code from} in the same sentence. */
    private static boolean flowDoneAfter(String t, int from) {
        int end = from;
        while (end < t.length() && "。；;！!？?".indexOf(t.charAt(end)) < 0) end++;
        String rest = t.substring(from, end);
        return rest.contains("完成") || rest.contains("实现") || rest.contains("累计");
    }

    /** Whether {@code day} is the last of month {@code m} (February's 28th or, in a leap year, 29th). */
    private static boolean isLastDay(int m, int day) {
        if (m == 2) return day == 28 || day == 29;
        return day == (m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31);
    }

    /**
     * After a closing date, a Hong Kong filing's period: 截至二零二五年六月三十日止六个月 (the interim half, H1), 止九个月
     * (M01-M09), 止年度 (the whole year: no part). Without 止, the date only dates an event (label null).
     */
    private static Part endedPeriod(String t, int end, int month) {
        if (!t.startsWith("止", end)) return new Part(null, end, month);
        if (t.startsWith("年度", end + 1)) return new Part(null, end + 3, month);
        int n = smallNumber(t, end + 1);
        if (n <= 0 || n > month) return new Part(null, end + 1, month);
        int q = end + 1 + numberLength(t, end + 1);
        if (!t.startsWith("个月", q)) return new Part(null, end + 1, month);
        int first = month - n + 1;
        String label = first == 1 && month == 6 ? "H1" : first == 1 && month == 12 ? null : month == first ? String.format("M%02d", month) : months(first, month);
        return new Part(label, q + 2, month);
    }

    /** 上月 / 上个月 at {@code i} (not 上月份's base 比上月): its length, or 0. */
    private static int lastMonthAt(String t, int i, int limit) {
        if (t.startsWith("上个月", i) && i + 3 <= limit) return 3;
        if (t.startsWith("上月", i) && i + 2 <= limit && !t.startsWith("上月底", i) && !t.startsWith("上月初", i)) return 2;
        return 0;
    }

    /** 上半年, 下半年, 一季度 / 第二季度 / 前三季度 / 一至三季度, 1—9月 / 1至6月份 / 前5个月 starting at {@code i}. */
    private static Part partAt(String t, int i, int limit) {
        if (t.startsWith("上半年", i)) return new Part("H1", i + 3, 6);
        // 元至九月 (元月 = January), opening its clause: not the 元 of a figure (50亿元至…)
        if (t.charAt(i) == '元' && i + 2 < limit && "至到—-".indexOf(t.charAt(i + 1)) >= 0 && (i == 0 || "，,。；;：: ".indexOf(t.charAt(i - 1)) >= 0)) {
            int b = smallNumber(t, i + 2);
            int r = i + 2 + (b > 0 ? numberLength(t, i + 2) : 0);
            if (b > 1 && t.startsWith("月", r)) return new Part(months(1, b), t.startsWith("份", r + 1) ? r + 2 : r + 1, b);
        }
        // 今年上半竹科总营业额 (Taiwan): 上半 right after 年, not 上半月 (the first half of a month)
        if (t.startsWith("上半", i) && i > 0 && t.charAt(i - 1) == '年' && !t.startsWith("月", i + 2)) return new Part("H1", i + 2, 6);
        if (t.startsWith("首季度", i)) return new Part("Q1", i + 3, 3);   // 今年首季: Taiwan and Hong Kong write the first quarter so
        if (t.startsWith("首季", i)) return new Part("Q1", i + 2, 3);
        for (String w : HALF_YEAR) if (t.startsWith(w, i)) return new Part("H1", i + w.length(), 6);
        if (t.startsWith("下半年", i)) return new Part("H2", i + 3, 12);
        int p = i;
        if (t.startsWith("前", p) || t.startsWith("首", p) || t.startsWith("头", p)) {
            // 前三季度; Taiwan and Hong Kong write 前三季 / 首三季, 首10个月, 前10月, 头三个月
            int n = smallNumber(t, p + 1);
            if (n > 0) {
                int q = p + 1 + numberLength(t, p + 1);
                if (n <= 4 && t.startsWith("季度", q)) return new Part(n == 1 ? "Q1" : "Q1-Q" + n, q + 2, 3 * n);
                if (n <= 4 && quarterWord(t, q)) return new Part(n == 1 ? "Q1" : "Q1-Q" + n, q + 1, 3 * n);
                if (t.startsWith("个月", q) && n <= 12) return new Part(n == 1 ? "M01" : months(1, n), q + 2, n);
                if (t.startsWith("月", q) && n <= 12 && n > 1) return new Part(months(1, n), t.startsWith("份", q + 1) ? q + 2 : q + 1, n);
            }
            return null;
        }
        boolean ordinal = t.startsWith("第", p);
        if (ordinal) p++;
        int a = smallNumber(t, p);
        if (a <= 0) return null;
        int q = p + numberLength(t, p);
        if (a <= 4 && t.startsWith("季度", q)) return new Part("Q" + a, q + 2, 3 * a);
        if (a <= 4 && ordinal && quarterWord(t, q)) return new Part("Q" + a, q + 1, 3 * a);   // 第三季 (Taiwan)
        if (t.startsWith("月", q) && q + 1 < limit && "—-–~～至到".indexOf(t.charAt(q + 1)) >= 0 && p == i && !precededByDigit(t, i)) {
            int b = smallNumber(t, q + 2);                // 1月至3月, 1月—11月
            if (b > a && b <= 12) {
                int r = q + 2 + numberLength(t, q + 2);
                if (t.startsWith("月", r)) return new Part(months(a, b), t.startsWith("份", r + 1) ? r + 2 : r + 1, b);
            }
        }
        if (q < limit && "—-–~～至到".indexOf(t.charAt(q)) >= 0) {
            int b = smallNumber(t, q + 1);
            int r = q + 1 + numberLength(t, q + 1);
            // 1—10 月份 (pages that space digits from words, as 3 月份 below)
            if (b > a && b <= 12 && r + 1 < limit && t.charAt(r) == ' ' && t.charAt(r + 1) == '月' && Character.isDigit(t.charAt(r - 1))) r++;
            if (b > a && b <= 4 && t.startsWith("季度", r)) return new Part("Q" + a + "-Q" + b, r + 2, 3 * b);
            if (b > a && b <= 4 && quarterWord(t, r)) return new Part("Q" + a + "-Q" + b, r + 1, 3 * b);
            if (b > a && b <= 12 && t.startsWith("月", r) && p == i && !precededByDigit(t, i)) {
                int end = r + 1;
                if (t.startsWith("份", end)) end++;
                // 1—12月 / 1-12月份 in digits: a statistics report's cumulative range, kept as months (dev7, dev8 conventions:
                // month ranges stay month ranges); 一月至十二月 in words is the whole year
                if (a == 1 && b == 12 && Character.isDigit(t.charAt(i))) return new Part("M01-M12", end, b);
                return new Part(months(a, b), end, b);
            }
        }
        // 园区7月出口达17.88亿美元, 7月份: a single month read with what follows it is the period; 7月1日 / 7月底 are
        // dates (dateAt), and a month set off by a comma (1978年7月，…投资200万元; 截止今年8月，…) dates an event.
        if (a <= 12 && q + 1 < limit && t.charAt(q) == ' ' && t.charAt(q + 1) == '月' && p == i && !precededByDigit(t, i)
                && (i == 0 || t.charAt(i - 1) == ' ')) {
            q++;                                         // 政府 3 月份的博彩税收入 (pages that space digits from words)
        }
        if (a <= 12 && t.startsWith("月", q) && p == i && !precededByDigit(t, i)) {
            int end = t.startsWith("份", q + 1) ? q + 2 : q + 1;
            char next = end < t.length() ? t.charAt(end) : '。';
            // 2014年4月，…企业累计实现增加值31.87亿元: 累计 after a single month sums the year up to it (M01-M04).
            if (next != '日' && next != '十' && !Character.isDigit(next) && ChineseNumerals.digit(next) < 0 && cumulativeAfter(t, end, limit)) return new Part(a == 1 ? "M01" : months(1, a), end, a);
            // 11月份，我市固定资产投资…: 月份 names a statistical month also when a comma follows (an event's month has no 份)
            if (t.startsWith("份", q + 1) && (next == '，' || next == ',')) return new Part(String.format("M%02d", a), end, a);
            // 较8月份45亿元: after 月份 a number is the month's figure, never a day (a day follows 月, not 月份)
            if (t.startsWith("份", q + 1) && Character.isDigit(next)) return new Part(String.format("M%02d", a), end, a);
            // 5月零售业营业额: 零 opening a word, not a day (no day is written from 零)
            boolean zeroWord = next == '零' && end + 1 < t.length() && ChineseNumerals.digit(t.charAt(end + 1)) < 0 && t.charAt(end + 1) != '十';
            if (Character.isIdeographic(next) && next != '日' && next != '十' && (ChineseNumerals.digit(next) < 0 || zeroWord) && next != '底' && next != '末' && next != '初' && next != '中' && !halfOrThirdOfMonthAt(t, end)
                    && !Character.isDigit(next)) return new Part(String.format("M%02d", a), end, a);
        }
        return null;
    }

    /**
     * 上旬 / 下旬 / 上半月 / 下半月 / 上中下 at {@code k} (a part of a month, dated by dateAt), not 下降 / 上升 / 上涨 after a
     * month (2月下降至262.7亿元: the month's own figure).
     */
    private static boolean halfOrThirdOfMonthAt(String t, int k) {
        if (k >= t.length() || (t.charAt(k) != '上' && t.charAt(k) != '下')) return false;
        return k + 1 >= t.length() || "旬半".indexOf(t.charAt(k + 1)) >= 0 || !Character.isIdeographic(t.charAt(k + 1));
    }

    /**
     * 去年同期 opening its own clause, then a metric and the figure with no change word between (去年同期营收为5000亿元):
     * the figure is last year's. After 较 / 比 / 与 or with 增 / 减 / 升 / 降 between, it is a base or a change.
     */
    private static boolean lastYearsOwn(String t, int nianAt, int from, int numberStart) {
        if (numberStart - from > 8) return false;
        if (nianAt >= 2 && "较比与于同和及".indexOf(t.charAt(nianAt - 2)) >= 0) return false;
        for (int k = from; k < numberStart; k++) {
            char c = t.charAt(k);
            if ("增减升降涨跌长少多高低，,；;。".indexOf(c) >= 0) return false;
        }
        return true;
    }

    /** 季 as a quarter (三季, 第三季): not 季节, 季风, 季报 stays a quarter's report. */
    private static boolean quarterWord(String t, int q) {
        return t.startsWith("季", q) && !(q + 1 < t.length() && "节风末军".indexOf(t.charAt(q + 1)) >= 0);
    }

    /** 累计 between a month and its figure, in the same clause run (no 。 between). */
    private static boolean cumulativeAfter(String t, int from, int limit) {
        int to = Math.min(limit, from + 40);
        for (int k = from; k < to - 1; k++) {
            char c = t.charAt(k);
            if (c == '。' || c == '；' || c == ';') return false;
            if (c == '累' && t.charAt(k + 1) == '计') return true;
        }
        return false;
    }

    /** The first month of a part's label (H2 → 7, Q3 → 7, M04-M06 → 4); 1 for a label that starts the year. */
    private static int firstMonth(String label) {
        if (label == null) return 1;
        if (label.equals("H2")) return 7;
        if (label.charAt(0) == 'Q') return 3 * (label.charAt(1) - '0') - 2;
        if (label.charAt(0) == 'M') return Integer.parseInt(label.substring(1, 3));
        return 1;
    }

    /** The year up to the end of month {@code m} (截至10月底 → M01-M10, 截至6月底 → H1, 截至12月底 → M01-M12 as before). */
    private static String upToMonth(int m) {
        return m == 1 ? "M01" : m == 12 ? "M01-M12" : months(1, m);
    }

    private static String months(int a, int b) {
        if (a == 1 && b == 12) return null;               // 去年一月至十二月: the whole year, no part of it
        // Ruling R3: months that are exactly a quarter or a half-year are written as that (1月至3月, 首三个月 → Q1;
        // 1-6月 → H1); other spans stay months (前8个月 → M01-M08).
        if (b - a == 2 && a % 3 == 1) return "Q" + (a + 2) / 3;
        if (b - a == 5 && (a == 1 || a == 7)) return a == 1 ? "H1" : "H2";
        return String.format("M%02d-M%02d", a, b);
    }

    private static boolean precededByDigit(String t, int i) {
        return i > 0 && (Character.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.');
    }

    /** 1–12 in digits or Chinese numerals at {@code i}, or -1. */
    private static int smallNumber(String t, int i) {
        if (i >= t.length()) return -1;
        char c = t.charAt(i);
        if (c >= '0' && c <= '9') {
            int v = c - '0';
            if (i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) v = v * 10 + (t.charAt(i + 1) - '0');
            return v >= 1 && v <= 12 ? v : -1;
        }
        if (c == '十') {
            int d = i + 1 < t.length() ? ChineseNumerals.digit(t.charAt(i + 1)) : -1;
            return d >= 1 && d <= 2 ? 10 + d : 10;
        }
        int d = ChineseNumerals.digit(c);
        if (d == 2 && c == '两') return 2;
        if (d >= 1 && d <= 9) {
            if (i + 1 < t.length() && t.charAt(i + 1) == '十') return -1;   // 二十 is no month
            return d;
        }
        return -1;
    }

    private static int numberLength(String t, int i) {
        char c = t.charAt(i);
        if (c >= '0' && c <= '9') return i + 1 < t.length() && Character.isDigit(t.charAt(i + 1)) ? 2 : 1;
        if (c == '十') return i + 1 < t.length() && ChineseNumerals.digit(t.charAt(i + 1)) >= 1 && ChineseNumerals.digit(t.charAt(i + 1)) <= 2 ? 2 : 1;
        return 1;
    }

    /** A year written in four digits (2025) or four Chinese digits (二〇二五), 1900–2099, not inside a longer number. */
    static int yearAt(String t, int i) {
        if (i + 4 > t.length()) return -1;
        char a = t.charAt(i);
        if (a >= '0' && a <= '9') {
            char b = t.charAt(i + 1);
            if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) return -1;
            if (!Character.isDigit(t.charAt(i + 2)) || !Character.isDigit(t.charAt(i + 3))) return -1;
            if (i > 0 && (Character.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) return -1;
            if (i + 4 < t.length() && Character.isDigit(t.charAt(i + 4))) return -1;
            return Integer.parseInt(t.substring(i, i + 4));
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            char c = t.charAt(i + k);
            // 二〇二五年, and 二000年 / 二0一0年 as old texts write them.
            int d = c == '〇' || c == '零' || c == 'O' || c == 'o' ? 0 : c >= '0' && c <= '9' ? c - '0' : ChineseNumerals.digit(c);
            if (d < 0 || c == '两' || c == '十') return -1;
            v = v * 10 + d;
        }
        // 二〇二五 only as a year: before 年, or before 财政年度 / 财年 (二零一八财政年度, Macau laws and budgets)
        if (i + 4 >= t.length() || (t.charAt(i + 4) != '年' && !t.startsWith("财政年度", i + 4) && !t.startsWith("财年", i + 4))) return -1;
        return v >= 1900 && v <= 2099 ? v : -1;
    }

    /** End of 二零一七/一八年度 or 2017/18年度 (a fiscal year across two calendar years) starting at {@code i}, else -1. */
    static int fiscalYearEnd(String t, int i, int limit) {
        char sep = i + 7 > limit ? ' ' : t.charAt(i + 4);
        boolean dash = sep == '-' || sep == '－';       // 2021-22年度 (Hong Kong writes it so too); not 2021-2025年, a span
        if (i + 7 > limit || (sep != '/' && sep != '／' && !dash)) return -1;
        if (yearAt(t.substring(i, i + 4) + "年", 0) < 0) return -1;
        int k = i + 5;
        int n = 0;
        while (k < limit && n < 4 && (Character.isDigit(t.charAt(k)) || t.charAt(k) == '〇' || t.charAt(k) == '零'
                || (ChineseNumerals.digit(t.charAt(k)) >= 0 && t.charAt(k) != '十' && t.charAt(k) != '两'))) {
            k++;
            n++;
        }
        if (n != 2 && n != 4) return -1;
        // 2016-17 年度 (Hong Kong papers space digits from words)
        if (k < limit && t.charAt(k) == ' ' && t.startsWith("年度", k + 1)) k++;
        if (dash) return n == 2 && t.startsWith("年度", k) && k + 2 <= limit ? k + 2 : -1;
        if (t.startsWith("年度", k) && k + 2 <= limit) return k + 2;
        return k < limit && t.charAt(k) == '年' ? k + 1 : -1;
    }

    /**
     * End of a fiscal year across two calendar years, {@link #fiscalYearEnd} or written out with 财政年度 / 财年 after the
     * slash (2016/17财政年度 in a Canadian province's accounts, 2024/25财年), else -1. Only for the figure's time: the
     * written-out form is no sign of Hong Kong's money, as the short one is.
     */
    private static int fiscalYearAnyEnd(String t, int i, int limit) {
        int end = fiscalYearEnd(t, i, limit);
        if (end > 0) return end;
        if (i + 7 > limit || "/／".indexOf(t.charAt(i + 4)) < 0 || yearAt(t.substring(i, i + 4) + "年", 0) < 0) return -1;
        int k = i + 5;
        while (k < limit && k - i - 5 < 4 && Character.isDigit(t.charAt(k))) k++;
        if (k - i - 5 != 2 && k - i - 5 != 4) return -1;
        for (String w : new String[] {"财政年度", "财年"}) if (t.startsWith(w, k) && k + w.length() <= limit) return k + w.length();
        return -1;
    }

    private static final String[] CURRENT_FISCAL_YEAR = {"今个财政年度", "本财政年度", "新一个财政年度", "新财政年度", "今个财年", "本财年"};

    private static final String[] PREVIOUS_FISCAL_YEAR = {"上个财政年度", "上一个财政年度", "上一财政年度", "上个财年", "上财政年度"};

    /** Words of a forecast or a plan around 全年 (预计全年产值可达, 计划全年销售, 全年…有望). */
    private static final String[] WHOLE_YEAR_PLANS = {"预计", "预期", "预估", "估计", "计划", "力争", "争取", "有望", "可望", "可达",
            "上看", "挑战"};
    /** Words of a result (完成全年目标, 全年…累计完成, 全年实现). */
    private static final String[] WHOLE_YEAR_RESULTS = {"完成", "实现", "累计"};

    /**
     * 全年 with no year written before it: which year the whole year is, read from the words around it in its clause,
     * or null. A forecast or a plan (预计全年产值可达40亿元 in April, 计划全年销售一亿元 in February) is of the year under way;
     * in the first quarter a result (完成全年目标任务8亿元的124%, 预计全年规上工业累计完成产值139.5亿元 in January) is of the
     * year just ended (dev7, dev11, dev13). A result later in the year (全年完成… in May) is left undated: it may be either.
     */
    private static Integer wholeYearOf(String t, int at, int numberStart, LocalDate published) {
        // 占全年计划的56.92%: a share of the year's plan, said of another figure; 较原本预期全年976亿元: a comparison's base
        int clause = at;
        while (clause > 0 && "，,。；;：:".indexOf(t.charAt(clause - 1)) < 0) clause--;
        if ((at >= 1 && t.charAt(at - 1) == '占') || t.substring(clause, at).contains("较") || t.substring(clause, at).contains("比")) return null;
        int q = at + 2;                                  // 园区全年计划的56.92%: a share of the plan, said of another figure
        for (String w : new String[] {"目标任务", "计划", "目标", "任务"}) if (t.startsWith(w, q)) { q += w.length(); break; }
        if (q > at + 2) {
            if (t.startsWith("的", q)) q++;
            int d = q;
            while (d < t.length() && (Character.isDigit(t.charAt(d)) || t.charAt(d) == '.')) d++;
            if (d > q && d < t.length() && (t.charAt(d) == '%' || t.charAt(d) == '％')) return null;
        }
        int from = at;
        while (from > 0 && at - from < 4 && "，,。；;：:".indexOf(t.charAt(from - 1)) < 0) from--;
        int to = numberStart;
        for (int k = at; k < numberStart; k++) if ("，,。；;：:".indexOf(t.charAt(k)) >= 0) { to = k; break; }
        boolean plan = false, result = false;
        for (int k = from; k < to; k++) {
            for (String w : WHOLE_YEAR_PLANS) if (t.startsWith(w, k)) plan = true;
            for (String w : WHOLE_YEAR_RESULTS) if (t.startsWith(w, k)) result = true;
        }
        int month = published.getMonthValue();
        Integer year = null;
        if (month <= 3 && result) year = published.getYear() - 1;
        else if (plan && (month <= 3 || !result)) year = published.getYear();
        return year;
    }

    /** After 连续 at {@code k}: (第) N (个) 季 / 季度, a run of quarters; where it ends, else -1. */
    private static int quarterRunEnd(String t, int k, int limit) {
        if (t.startsWith("第", k)) k++;
        int n = smallNumber(t, k);
        if (n <= 0) return -1;
        k += numberLength(t, k);
        if (t.startsWith("个", k)) k++;
        if (t.startsWith("季度", k) && k + 2 <= limit) return k + 2;
        if (t.startsWith("季", k) && k + 1 <= limit) return k + 1;
        return -1;
    }

    /** After a year's 年 at {@code j} (after 按): (N月) 价格 / 价, the base of the prices; where it ends, else -1. */
    private static int priceBaseEnd(String t, int j, int limit) {
        int k = j;
        int m = smallNumber(t, k);
        if (m > 0) {
            k += numberLength(t, k);
            if (!t.startsWith("月", k)) return -1;
            k++;
        }
        if (t.startsWith("价格", k) && k + 2 <= limit) return k + 2;
        if (t.startsWith("价", k) && k + 1 <= limit) return k + 1;
        return -1;
    }

    /**
     * After a year's 年 at {@code j}: a month (and a day), then 止 (的) (财政)年度 / 止财年: where that closes, else -1
     * (2021年3月止年度, 2023年3月31日止财政年度).
     */
    private static int yearClosedAt(String t, int j, int limit) {
        int m = smallNumber(t, j);
        if (m <= 0 || m > 12) return -1;
        int q = j + numberLength(t, j);
        if (!t.startsWith("月", q)) return -1;
        q++;
        int d = q;
        while (d < limit && d - q < 3 && (Character.isDigit(t.charAt(d)) || ChineseNumerals.digit(t.charAt(d)) >= 0 || t.charAt(d) == '十')) d++;
        if (d > q && d < limit && (t.charAt(d) == '日' || t.charAt(d) == '号')) q = d + 1;
        if (!t.startsWith("止", q)) return -1;
        q++;
        if (t.startsWith("的", q)) q++;
        for (String w : new String[] {"财政年度", "年度", "财年"}) if (t.startsWith(w, q) && q + w.length() <= limit) return q + w.length();
        return -1;
    }

    /** Hong Kong's words for the fiscal or legislative year before the current one (上年度股票印花税, 上个立法年度共…). */
    private static final String[] PREVIOUS_HONG_KONG_YEAR = {"对上一个年度", "对上一个财政年度", "上一个年度", "上个年度", "上年度",
            "上个立法年度", "上一个立法年度", "上一立法年度"};

    private static int previousHongKongYearWord(String t, int i, int limit) {
        for (String w : PREVIOUS_HONG_KONG_YEAR) if (i + w.length() <= limit && t.startsWith(w, i)) return w.length();
        return 0;
    }

    /** 比 / 较 / 与 right before {@code i}: what follows is the base of a comparison (较上年度上升), not the figure's year. */
    private static boolean baseWordBefore(String t, int i) {
        return i >= 1 && "比较与".indexOf(t.charAt(i - 1)) >= 0;
    }

    /** Length of a word naming the fiscal year before the current one, else 0. */
    private static int previousFiscalYearWord(String t, int i, int limit) {
        for (String w : PREVIOUS_FISCAL_YEAR) if (i + w.length() <= limit && t.startsWith(w, i)) return w.length();
        return 0;
    }

    /**
     * A fiscal year named in {@code t} opens in April (Hong Kong's) unless the text is about Macau, whose fiscal year
     * is the calendar year (ruling R4; Taiwan writes its fiscal years by Minguo year, not with these words).
     */
    static boolean opensInApril(String t) {
        return !t.contains("澳门") && !t.contains("澳元") && !t.contains("澳币");
    }

    /**
     * Length of a word naming the fiscal year after the one under way (下个财政年度, 下一财政年度), else 0; on a Hong Kong page
     * 下年度 / 下一年度 too, which there name the fiscal year, as 本年度 does.
     */
    private static int nextFiscalYearWord(String t, int i, int limit, boolean hongKong) {
        for (String w : NEXT_FISCAL_YEAR) if (i + w.length() <= limit && t.startsWith(w, i)) return w.length();
        if (hongKong) for (String w : new String[] {"下一年度", "下年度"}) if (i + w.length() <= limit && t.startsWith(w, i)) return w.length();
        return 0;
    }

    private static final String[] NEXT_FISCAL_YEAR = {"下个财政年度", "下一个财政年度", "下一财政年度", "下财政年度", "下个财年", "下一财年"};

    /** Length of a word naming the fiscal year current at publication (Hong Kong and Macau budget pages), else 0. */
    private static int currentFiscalYearWord(String t, int i, int limit) {
        for (String w : CURRENT_FISCAL_YEAR) if (i + w.length() <= limit && t.startsWith(w, i)) return w.length();
        return 0;
    }

    private static int yearLength(String t, int i) {
        return 4;
    }

    private static boolean relativeYearAt(String t, int i) {
        return !(i >= 2 && "前后".indexOf(t.charAt(i - 1)) >= 0 && Character.isIdeographic(t.charAt(i - 2)) && "大较比于".indexOf(t.charAt(i - 2)) < 0)
                && relative(t, i) != Integer.MIN_VALUE;
    }

    private static int relative(String t, int i) {
        return switch (t.charAt(i - 1)) {
            case '今' -> 0;
            // 上年 (mainland reports: last year), not 以上年均 / 向上年
            case '上' -> i >= 2 && "以向马早晚".indexOf(t.charAt(i - 2)) >= 0 || (i + 1 < t.length() && "均级".indexOf(t.charAt(i + 1)) >= 0)
                    ? Integer.MIN_VALUE : -1;
            case '本' -> t.startsWith("度", i + 1) || t.startsWith("内", i + 1) ? 0 : Integer.MIN_VALUE;   // 本年度, 本年内
            case '明' -> 1;
            case '去' -> -1;
            case '前' -> i >= 2 && t.charAt(i - 2) == '大' ? -3 : -2;
            case '后' -> 2;
            // 过去一年 (the past year: last year's figures on a page of April), 下一年 (the coming year, as 明年); not 每一年,
            // 同一年, 第一年
            case '一' -> precededBy(t, i - 1, "过去") ? -1 : precededBy(t, i - 1, "下") ? 1 : Integer.MIN_VALUE;
            default -> Integer.MIN_VALUE;
        };
    }

    private static boolean precededBy(String t, int i, String w) {
        return i >= w.length() && t.startsWith(w, i - w.length());
    }

    private static final String[] CURRENCY_PREFIXES = {"新台币", "港币", "人民币", "澳门币", "台币"};
    private static final int LONGEST_PREFIX = 3;

    /** A verb of a rise (增长到, 上升至 …) right before {@code i}. */
    private static boolean riseBefore(String t, int i) {
        for (String w : RISE_TO) if (precededBy(t, i, w)) return true;
        return false;
    }

    private static int currencyPrefixAt(String t, int q, int limit) {
        for (String w : CURRENCY_PREFIXES) if (q + w.length() <= limit && t.startsWith(w, q)) return w.length();
        return 0;
    }

    /** {@link #precededBy} across spaces (较 2023 年, 到 2027 年底). */
    private static boolean precededByWord(String t, int i, String w) {
        int b = i;
        while (b > 0 && t.charAt(b - 1) == ' ') b--;
        return precededBy(t, b, w);
    }

    /** 2012年的3.2倍 / 2012年的4倍: after 年 at {@code j}, a multiple of that year's figure. */
    private static boolean multipleOf(String t, int j) {
        if (!t.startsWith("的", j)) return false;
        int k = j + 1;
        int digits = 0;
        while (k < t.length() && digits < 6 && (Character.isDigit(t.charAt(k)) || t.charAt(k) == '.'
                || ChineseNumerals.digit(t.charAt(k)) >= 0 || t.charAt(k) == '十')) {
            k++;
            digits++;
        }
        return digits > 0 && t.startsWith("倍", k);
    }

    /** 自2012年入选…以来 / 从2019年起…以来: the year opens a span that ends at no year; 以来 closes it in the same clause. */
    private static boolean sinceStart(String t, int yearAt, int after, int numberStart) {
        if (!precededByWord(t, yearAt, "自") && !precededByWord(t, yearAt, "从")) return false;
        int to = Math.min(numberStart, after + 40);
        // 自2015年起「企业加速计划」已成功协助…融资超过四亿美元: 起 with a result already reached (已) sums the years since
        // that start, as 以来; a run (连续四年) and a plan from that year on (自2025年起，每年安排…) are read as before
        if (t.startsWith("起", after) && AmountAttributes.indexIn(t, "已", after, to) >= 0 && AmountAttributes.indexIn(t, "连续", after, to) < 0) return true;
        for (int k = after; k + 1 < to; k++) {
            char c = t.charAt(k);
            if (c == '。' || c == '；' || c == ';') return false;
            if (c == '以' && t.charAt(k + 1) == '来') return true;
        }
        return false;
    }

    /**
     * 今日 / 今天 / 昨日 / 昨天 dating what is done that day (今日再添7案斥资539亿元, 截至昨日止): its length, or 0. Not 今天的
     * ("nowadays") and not a day that dates only a speech or an announcement (陈菊今天指出, 昨日认定发布了, 今天是…): the
     * real-text sets leave the figures reported there undated.
     */
    private static int todayAt(String t, int i) {
        for (String w : DAY_WORDS) {
            if (!t.startsWith(w, i) || t.startsWith("的", i + w.length())) continue;
            return speechAfterDay(t, i + w.length()) ? 0 : w.length();
        }
        // 今(18)日 / 今 (18) 日 / 今（19）日: Taiwan's papers write the day's number in brackets after 今 or 昨
        if ((t.startsWith("今", i) || t.startsWith("昨", i))) {
            int k = i + 1;
            if (k < t.length() && t.charAt(k) == ' ') k++;
            if (k < t.length() && (t.charAt(k) == '(' || t.charAt(k) == '（')) {
                int d = k + 1;
                while (d < t.length() && t.charAt(d) == ' ') d++;
                int digits = d;
                while (d < t.length() && d - digits < 2 && Character.isDigit(t.charAt(d))) d++;
                if (d == digits) return 0;
                while (d < t.length() && t.charAt(d) == ' ') d++;
                if (d >= t.length() || (t.charAt(d) != ')' && t.charAt(d) != '）')) return 0;
                d++;
                if (d < t.length() && t.charAt(d) == ' ') d++;
                if (!t.startsWith("日", d)) return 0;
                return speechAfterDay(t, d + 1) ? 0 : d + 1 - i;
            }
        }
        return 0;
    }

    /** The day of the publication, or the one before: 今早通过涉款229亿多元的…拨款 dates what is passed that morning. */
    private static final String[] DAY_WORDS = {"今日", "今天", "昨日", "昨天", "今早", "今晨", "昨晚", "昨早", "昨晨"};

    /** A speech word after the day (and after 上午 / 下午 / 晚上 if written): the day dates only what is said. */
    private static boolean speechAfterDay(String t, int k) {
        while (k < t.length() && t.charAt(k) == ' ') k++;
        for (String part : new String[] {"上午", "下午", "晚上", "晚间"}) if (t.startsWith(part, k)) k += part.length();
        if (k < t.length() && "更再又也还亦".indexOf(t.charAt(k)) >= 0) k++;   // 今(16)日更举办…大会: an adverb before the verb
        for (String v : SPEECH_AFTER_DAY) if (t.startsWith(v, k)) return true;
        return false;
    }

    /**
     * Words after 今日 / 昨日 that make the day the date of a speech or a meeting only. Not 宣布: what is announced that day
     * (昨日宣布再添四家企业…投入四十四亿元, an approval) is that day's (ruling R14, d5-0071).
     */
    private static final String[] SPEECH_AFTER_DAY = {"是", "指出", "表示", "说", "称", "认定", "发布", "介绍", "透露", "公布",
            "举行", "召开", "在", "举办",
            // a document published that day (预算案今日发表, 年报昨日出炉): the day dates the document, not its figures
            "发表", "出炉", "公告", "揭晓"};

    /** After 同期 at {@code q}: 的 / 之 / 为 and then the figure itself (较2025年同期的62.7亿元), nothing else between. */
    /** The figure right after a base's part with nothing between but a currency (较去年第二季410.4亿澳门元). */
    private static boolean basePartFigureAfter(String t, int q, int numberStart) {
        return q + currencyPrefixAt(t, q, numberStart) == numberStart;
    }

    private static boolean ownFigureAfter(String t, int q, int numberStart) {
        int k = q;
        if (k < numberStart && "(（".indexOf(t.charAt(k)) >= 0) {
            // 较2016年同期(652.30亿元)增幅8.13%: the base's own figure in brackets right after it (dev13 d13-0080)
            k++;
            k += currencyPrefixAt(t, k, numberStart);
            return k == numberStart;
        }
        while (k < numberStart && "的之为為".indexOf(t.charAt(k)) >= 0) k++;
        if (k == q) return false;
        k += currencyPrefixAt(t, k, numberStart);
        return k == numberStart;
    }

    /** How long the name of a year's goal may be between 全年 and 的 (全年目标任务的26.4%). */
    private static final int GOAL_NAME = 6;

    /**
     * After 全年 at {@code q}: a goal's name, 的 and a percentage (一季度…完成全年目标任务的26.4%，外商直接投资到资173万美元;
     * 占全年方针的23%): the whole year is the base of a share said of the part's figure, so the part carries on to the
     * next figure; the whole year's own figure (全年目标100亿元) is read as the year's, as before.
     */
    private static boolean shareBaseAt(String t, int q, int limit) {
        for (int k = q; k < limit && k - q <= GOAL_NAME; k++) {
            char c = t.charAt(k);
            if (c == '的') {
                int d = k + 1;
                while (d < limit && d - k <= 6 && (Character.isDigit(t.charAt(d)) || t.charAt(d) == '.')) d++;
                return d > k + 1 && d < limit && (t.charAt(d) == '%' || t.charAt(d) == '％');
            }
            if (!Character.isIdeographic(c)) return false;
        }
        return false;
    }

    /** The figure right after {@code q}, past 的 / 为 / 约 and a currency written before the number. */
    private static boolean figureRightAfter(String t, int q, int numberStart) {
        int k = q;
        while (k < numberStart && "的之为為约約 ".indexOf(t.charAt(k)) >= 0) k++;
        k += currencyPrefixAt(t, k, numberStart);
        return k == numberStart;
    }

    /**
     * After a closing date's 日 at {@code q}: 止年度, 止财政年度, 的年度 (截至3月31日止财政年度, 截至3月31日的年度, a Hong Kong
     * or Canadian account's year): where that ends, else -1.
     */
    private static int fiscalYearClosedAt(String t, int q) {
        int k = q;
        if (t.startsWith("止", k)) k++;
        if (t.startsWith("的", k)) k++;
        if (k == q) return -1;
        for (String w : new String[] {"财政年度", "年度", "财年"}) if (t.startsWith(w, k)) return k + w.length();
        return -1;
    }

    /** 新的一年 / 新一年: the year about to begin or just begun; its length, or 0. */
    private static int newYearAt(String t, int i) {
        if (t.startsWith("新的一年", i)) return 4;
        if (t.startsWith("新一年", i)) return 3;
        return 0;
    }

    /** 较上年 / 比2009年 / 较客岁 right before {@code i}: a comparison's base year (what follows it is the base's). */
    private static boolean baseYearBefore(String t, int i, boolean anyYear) {
        int k = i;
        if (precededBy(t, k, "客岁") || precededBy(t, k, "去岁")) {
            k -= 2;
        } else if (k >= 2 && t.charAt(k - 1) == '年' && "上去前".indexOf(t.charAt(k - 2)) >= 0) {
            k -= 2;
        } else if (k >= 5 && t.charAt(k - 1) == '年' && yearAt(t, k - 5) > 0) {
            k -= 5;
        } else {
            return false;
        }
        return k >= 1 && "比较与".indexOf(t.charAt(k - 1)) >= 0;
    }

    /**
     * ○五年 / 〇八年 / 零五年: a year of the 2000s by its last digit, as pages of those years abbreviate it; not inside a
     * longer numeral (二零零五年 is {@link #yearAt}'s) and not after the publication.
     */
    private static int abbreviatedYearAt(String t, int i, int limit, LocalDate published) {
        char c = t.charAt(i);
        if (i + 3 > limit || t.charAt(i + 2) != '年') return -1;
        int tens = c == '○' || c == '〇' || c == '零' ? 0 : c == '一' ? 1 : c == '二' ? 2 : -1;
        char d = t.charAt(i + 1);
        int v = d >= '0' && d <= '9' && tens == 0 ? d - '0' : d == '十' || d == '两' ? -1 : ChineseNumerals.digit(d);
        if (tens < 0 || v < 0) return -1;
        if (i > 0 && (ChineseNumerals.isChineseNumeralChar(t.charAt(i - 1)) || Character.isDigit(t.charAt(i - 1))
                || "近这那了数过每".indexOf(t.charAt(i - 1)) >= 0)) return -1;
        // 一二年内 / 一二年来 would be "a year or two": only a year that stands as a date
        if (i + 3 < t.length() && "内来间后前多时左半".indexOf(t.charAt(i + 3)) >= 0) return -1;
        int year = 2000 + 10 * tens + v;
        // 一二年 (2012) on a 2014 page; a year in tens must lie within fifteen years before the page
        return year <= published.getYear() && (tens == 0 || published.getYear() - year <= 15) ? year : -1;
    }

    /** 较去年全年 / 比上年全年: the whole year of a comparison's base, which leaves the figure's period alone. */
    private static boolean baseYearBefore(String t, int i) {
        for (String w : new String[] {"较去年", "比去年", "较上年", "比上年", "与去年", "较前年", "比前年"}) if (precededBy(t, i, w)) return true;
        return false;
    }

    /** A year written in [from, to): 2022年, 今年, 去年 … (a date such as 1月28日 is none). */
    private static boolean writtenYearIn(String t, int from, int to) {
        for (int k = Math.max(1, from); k < to; k++) {
            if (t.charAt(k) != '年') continue;
            char b = t.charAt(k - 1);
            if (Character.isDigit(b) || ChineseNumerals.digit(b) >= 0 || "今去明本上前".indexOf(b) >= 0) return true;
        }
        return false;
    }

    /** 十四五 (and 十三五, 十五五 …): the N-th five-year plan; from the third on, plan N starts in 1966 + 5 (N - 3). */
    private static Ref fiveYearPlan(String t, int fiveAt) {
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
        if (t.startsWith("末", after) || t.startsWith("期末", after)) return new Ref(to, null, null, null, true);
        if (t.startsWith("期间", after) || t.startsWith("时期", after) || t.startsWith("规划", after) || t.startsWith("以来", after)
                || t.startsWith("期", after) || t.startsWith("内", after) || t.startsWith("中", after)) {
            return new Ref(null, from, to, null, false);
        }
        char before = s >= 3 ? t.charAt(s - 3) : ' ';
        if ("“\"‘「『".indexOf(before) >= 0) return new Ref(null, from, to, null, false);
        return null;
    }
}
