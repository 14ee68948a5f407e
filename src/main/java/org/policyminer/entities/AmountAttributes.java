package org.policyminer.entities;

import org.policyminer.doc.FigureKind;

import java.time.LocalDate;
import java.util.List;
import org.policyminer.util.ModelFiles;
import org.policyminer.util.SurfaceTrie;

/**
 * Reads what a figure means from the sentence around it: the year or period it refers to (到2025年, 2019年产值,
 * “十四五”期间, 今年), the metric (产值, 营业收入, 投资 …, from {@code models/metrics.tsv}), the comparator verb (突破, 达到,
 * 超过 …) and the kind (target, actual, investment, threshold ({@link ClassBound}), scale, unknown). Looks only left of the figure inside its sentence
 * and never across an earlier figure's number, so two figures in one sentence keep their own years and metrics.
 */
final class AmountAttributes {
    /**
     * {@code targetYear}: the year was read as a goal's (到2025年), not as the time of a report; {@code carriedMetric}: the
     * metric the next figure of the clause takes when it names none (the second of two metrics said "respectively");
     * {@code yearUnderWay}: the year read is the publication's (今年, 本年度, 2014年 on a page of 2014), not from 目前 and not
     * a year already reached (ruling R18).
     */
    record Attributes(Integer year, Integer periodFrom, Integer periodTo, String period, String metric, String comparator, String kind,
                      boolean targetYear, String carriedMetric, boolean yearUnderWay) {}

    private record Metric(String canonical, boolean investment) {
        /** metrics.tsv writes "-" for words that hold a metric word but name none (加工出口区). */
        boolean none() {
            return canonical.equals("-");
        }
    }

    private static final String[] COMPARATORS = {"突破", "达到", "超过", "实现", "力争", "增至", "增长到", "增长至", "增加到",
            "增加至", "提高到", "提高至", "提升到", "提升至", "跃升至", "跃升到", "攀升至", "迈上", "跃上", "迈向", "跨越",
            "不少于", "高于", "低于", "完成", "达成", "冲刺", "站上", "约为", "达", "为", "逾", "争取", "确保", "预计", "破"};
    private static final String[] TARGET_CUES = {"力争", "目标", "预计", "计划", "争取", "确保", "将", "有望", "可望", "预估", "预期", "规划", "到", "至",
            "打造", "达产后", "建成后", "投产后", "上看",
            // 推算河套区全面落成后，每年经济效益至少达500亿元: a reckoning of what a project yields once built
            "推算", "落成后",
            // 合计可新增产值500亿元, 开发能创造1200亿年产值, 可吸引约345亿元的投资额，创造超过210亿元年产值: what projects
            // can or will yield (可 / 能 before a verb of outcome) is a plan, as every dev set writes it (dev, dev2, dev3, dev8)
            "可新增", "能新增", "可创造", "能创造", "可带动", "能带动", "可带来", "能带来", "可实现", "能实现", "可吸引", "能吸引",
            "可贡献", "能贡献"};
    /** Words of an estimate rather than a goal. */
    private static final String[] ESTIMATE_CUES = {"预计", "预估", "估计"};
    private static final String[] GOAL_CUES = {"力争", "目标", "争取", "确保", "计划", "规划", "打造"};
    private static final String[] ACTUAL_CUES = {"同比", "已", "去年", "上半年", "前三季度", "全年", "实现", "完成", "累计", "达到", "达"};
    private static final String[] INVESTMENT_VERBS = {"投资", "投入", "出资", "募集", "设立", "安排", "拨付", "注资", "下达", "扶持", "支持",
            // Taiwan and Hong Kong news: 斥资 / 砸 / 耗资 (spend on), 拨款 (appropriate); not 预算 (预算收入 is revenue)
            "斥资", "砸", "耗资", "拨款", "拨出",
            // deals signed (annotation notes: 签约 is money put in; dev4: 签下至少126.5亿元的订单)
            "签约", "签下"};
    private static final SurfaceTrie<String> NOT_MONEY_AFTER_TOURU = SurfaceTrie.of("量产", "生产", "使用", "运营", "运行", "营运", "试产", "试运行");
    /** 投资收益 / 投资收入: what an investment earns, income rather than money put in (metrics.tsv, session 26). */
    private static final SurfaceTrie<String> NOT_MONEY_AFTER_TOUZI = SurfaceTrie.of("收益", "收入", "获利");
    /** Forecast words that Taiwan and Hong Kong papers put right before the figure (营收估达, 力拼, 挑战, 可达). */
    private static final String[] NEAR_TARGET_CUES = {"估达", "料达", "预料", "挑战", "力拼", "可达", "有机会"};
    /** 到 and 至 count as target cues only right before a year (到2025年). */
    private static final int CLAUSE_WINDOW = 24;

    private final SurfaceTrie<Metric> metrics = new SurfaceTrie<>();
    /** Canonical metrics that are money put in (投资, 基金, 资金 …), for a metric carried from the figure before. */
    private final java.util.Set<String> investmentMetrics = new java.util.HashSet<>();

    /** The noun a figure's own clause measures, read from these metric words and the statistical terms. */
    private final MeasuredNoun measuredNoun;

    AmountAttributes(List<String> metricLines) {
        measuredNoun = new MeasuredNoun(metricLines, ModelFiles.dataLines("statistical-terms.tsv"));
        for (String line : metricLines) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalArgumentException("metrics.tsv: need 3 columns: " + line);
            metrics.put(f[0], new Metric(f[1], f[2].equals("yes")));
            if (f[2].equals("yes")) investmentMetrics.add(f[1]);
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
     *          after it; {@code floor} is where the previous figure of the sentence ended (or the sentence start);
     *          {@code timeFrom} where its time may be read from (the sentence, or the one before for 其中…)
     */
    Attributes read(String t, int sentenceStart, int timeFrom, int floor, int numberStart, int end, int sentenceEnd, boolean scale,
                    String qualifier, LocalDate published, boolean publishedEstimated, String previousMetric) {
        return read(t, sentenceStart, timeFrom, floor, numberStart, end, sentenceEnd, scale, qualifier, published, publishedEstimated,
                previousMetric, false);
    }

    /** @param hongKong the figure is Hong Kong's: its fiscal-year words count from April ({@link FigureTime#find}) */
    Attributes read(String t, int sentenceStart, int timeFrom, int floor, int numberStart, int end, int sentenceEnd, boolean scale,
                    String qualifier, LocalDate published, boolean publishedEstimated, String previousMetric, boolean hongKong) {
        FigureTime.Ref y = FigureTime.find(t, Math.max(timeFrom, numberStart - LOOK_BACK), numberStart, published, publishedEstimated, hongKong);
        // the figure's own clause, read by most of the checks below
        int clause = clauseStart(t, sentenceStart, numberStart);
        // 截至9月底，贷款余额为3000亿元 / 外汇基金…累计盈余为6,883亿元: a stock at a date has no part of a year; only a flow
        // summed to a month end has one (ruling R7).
        if (y.period() != null && (stockBefore(t, clause, numberStart)
                || stockCountedToADate(t, sentenceStart, numberStart)))
            y = new FigureTime.Ref(y.year(), y.from(), y.to(), null, y.targetCue(), y.now());
        // 2019年9月以来，…陆续签订…总投资超过300亿元 / 自…去年12月25日就职后迄今，…可吸引约345亿元 / 自98年6月30日开放…以来，
        // 累计核准…: a figure summed since a date or an event, with no time word of its own after it, is of no one year
        // (conventions, dev5: since-a-date → no year; dev5, dev8, dev9 write it so). 今年以来 / 年初以来 / 2021年以来 (a
        // whole year as the start) keep the time they give, as a bare year before 以来 keeps its own rule in FigureTime.
        if ((y.year() != null || y.period() != null) && sinceADate(t, timeFrom, numberStart, published, publishedEstimated)) y = FigureTime.Ref.NONE;
        // 预计4年投入新台币5亿元 / 屆时将分4年投入200亿元 / 宁波明确3年内安排100亿元: money spread over a window of N years
        // with no start is of no one year (dev6, dev10, and the written set's 温州市计划5年内投入100亿元, write none).
        // 从明年起再延长3年，希望再勾出9000亿元投资 (dev5): a run of N years from next year, stated before the figure in its
        // sentence, is the span the figure is spread over, as 明年起将分4年投入 (dev10).
        int nextYearRun = published == null || y.from() != null ? 0 : runFromNextYear(t, sentenceStart, numberStart);
        if (nextYearRun > 0) y = new FigureTime.Ref(null, published.getYear() + 1, published.getYear() + nextYearRun, null, true);
        YearWindow window = published == null || y.from() != null ? null : yearWindow(t, clause, numberStart);
        if (window != null) y = FigureTime.Ref.NONE;
        // 计入发行政府债券所得1146亿港元及偿还…106亿港元的本金后，本财政年度首九个月录得705亿港元赤字 (Hong Kong's monthly
        // accounts; dev7, dev10): a figure in a clause that opens the sentence with 计入 / 计及 and ends with 后 is a line the
        // result after it counts in, so it is of the time that opens the main clause.
        if (empty(y) && published != null) {
            int main = countedInClauseEnd(t, sentenceStart, numberStart, sentenceEnd);
            if (main > 0) {
                int next = main;
                while (next < sentenceEnd && "，,。；;".indexOf(t.charAt(next)) < 0) next++;
                FigureTime.Ref mainTime = FigureTime.find(t, main, next, published, publishedEstimated, hongKong);
                if (!empty(mainTime)) y = mainTime;
            }
        }
        // 全县重点项目50个,…,年度投资计划17.68亿元 / 10个铁路项目:年度计划投资262.2亿元: the year's investment plan, with no
        // year written, is the plan of the year under way, as a plan for 今年 is (dev14 d14-0195, d14-0196, d14-0217); 当年
        // (which year is "that year" depends on the text before) is not read so.
        if (empty(y) && published != null && annualPlanRightBefore(t, clause, numberStart))
            y = new FigureTime.Ref(published.getYear(), null, null, null, true);
        // Metric: nearest before the figure (not before the previous figure), else right after it (设立50亿元产业基金).
        Metric metric = null;
        int metricStart = -1;
        int metricEnd = -1;
        Metric coordinated = null;   // the first of two metrics said "respectively" (产值、营业收入分别达到…)
        int ownFrom = nounOfPreviousFigureEnd(t, sentenceStart, floor, numberStart);
        for (int i = ownFrom; i < numberStart; i++) {
            int len = metrics.longestAt(t, i);
            if (len > 0 && i + len <= numberStart && shareOfBudgetClause(t, i, len, numberStart)) {
                // 国税完成11765万元，占年初预算的25%，较上年同期增收1423万元: the budget a share is of (a clause closed by its
                // percentage) is the base of that share, not what a later figure measures
                i += len - 1;
                continue;
            }
            if (len > 0 && i + len <= numberStart) {
                Metric m = metrics.get(t, i, i + len);
                if (!m.none() && metric != null && budgetingWord(t, i, len) && i - metricEnd <= BUDGETING_GAP && !punctuationIn(t, metricEnd, i)
                        && !metric.investment() && !budgetingWord(t, metricStart, metricEnd - metricStart)) {
                    // 博彩税收入年度预算为931亿, 岁出编列为323.6亿元, 印花税收入比原来预算增加: a budgeting word after a line of
                    // accounts says how that line is planned; the line (税收, 支出) is what the figure measures
                    i += len - 1;
                    continue;
                }
                if (!m.none() && metric != null && sizeOfMoneyPutIn(t, metric, metricEnd, m, i)) {
                    // 总投资规模突破2000亿元, 基金群总规模超5800亿元: 规模 says how big the investment or fund named right
                    // before it is; that money is what the figure measures (营收规模 stays 规模, as dev2 writes it)
                    i += len - 1;
                    continue;
                }
                if (!m.none()) {
                    Metric first = metric != null ? firstOfPair(t, metric, metricEnd, i) : null;
                    if (first == null && metric == null) first = sharedSuffixPair(t, ownFrom, i, i + len);
                    coordinated = first;
                    metric = m;
                    metricStart = i;
                    metricEnd = i + len;
                }
                i += len - 1;
            }
        }
        // What the figure measures is first the head of the subject of its own predicate (本集团的收益约为…, 平均薪酬(…)为…,
        // 年度溢利较…减少…); the nearest metric word stays only where the clause names no measured noun (MeasuredNoun).
        MeasuredNoun.Term measured = measuredNoun.find(t, ownFrom, numberStart);
        // 规模 as the head only says "size" (基金总规模达…, 产值规模达…): its own readings below stay.
        if (measured != null && !measured.metric().equals("规模") && (metric == null || !measured.metric().equals(metric.canonical()))) {
            metric = new Metric(measured.metric(), measured.investment());
            metricStart = measured.start();
            metricEnd = measured.end();
            coordinated = null;
        }
        // 母基金为该区首个产业引导基金，总规模100亿元 / 预计吸引民间投资金额达290亿元，…更新案，规模265亿元: a 规模 opening
        // its clause says how big the money put in named earlier in the sentence (a noun: 基金, 投资金额) is; that money is
        // what the figure measures (dev8, dev10 write 基金 / 投资). 产业规模, 集群规模, a phase's 规模 and a 规模 with no money
        // named before it stay 规模.
        if (metric != null && !scale && metric.canonical().equals("规模") && bareSize(t, metricStart, sentenceStart)) {
            Metric money = lastMoneyPutIn(t, sentenceStart, metricStart);
            if (money != null) metric = money;
        }
        // 营业与出口额双双成长，达A与B / 产值、营业收入分别达到A、B: the first figure is the first metric's; the next one
        // (which names none of its own) takes the second, through the metric carried.
        Metric carryAfter = null;
        if (coordinated != null && respectively(t, metricEnd, numberStart)) {
            carryAfter = metric;
            metric = coordinated;
        }
        Metric after = null;
        boolean afterAdjacent = false;   // no punctuation between the figure and the word after it
        int afterStart = -1;             // where that word starts
        boolean setsUp = false;          // 成立 / 设立 between the figure and that word
        {
            // 105.9亿澳门元(下同)的外来直接投资: a note on the currency right after the figure is read over
            int i = ClassBound.currencyNoteEnd(t, end, sentenceEnd);
            if (i < sentenceEnd && t.charAt(i) == '的') i++;
            // 规模达100亿港元的“创科产业引导基金”, 成立 2 亿元的 “…基金”: a name in quotes after the figure
            // 预留25亿元成立的基金, 拨款 2 亿元，成立 “…基金”: the body the money sets up names what it is
            int set = i;
            while (set < sentenceEnd && (t.charAt(set) == ' ' || t.charAt(set) == '，' || t.charAt(set) == ',')) set++;
            // 向医院管理局拨款100亿元以设立基金: 以 (in order to) before the setting up
            if (t.startsWith("以成立", set) || t.startsWith("以设立", set)) set++;
            if (t.startsWith("成立", set) || t.startsWith("设立", set)) {
                setsUp = true;
                i = set + 2;
                if (i < sentenceEnd && t.charAt(i) == '的') i++;
            }
            int unquoted = i;
            while (i < sentenceEnd && (t.charAt(i) == ' ' || "“「『\"".indexOf(t.charAt(i)) >= 0)) i++;
            boolean quoted = i > unquoted && t.charAt(i - 1) != ' ';
            // the head of a quoted name is its last word (…产业引导基金”): looked for right before the closing quote
            int close = quoted ? closingQuote(t, i, Math.min(sentenceEnd, i + QUOTED_NAME)) : -1;
            if (close > 0) {
                for (int k = Math.max(i, close - 6); k < close; k++) {
                    int len = metrics.longestAt(t, k);
                    if (len > 0 && k + len == close && !metrics.get(t, k, close).none()) {
                        after = metrics.get(t, k, close);
                        afterAdjacent = true;
                        break;
                    }
                }
            }
            for (int k = i; after == null && k < Math.min(sentenceEnd, i + 3); k++) {
                int len = metrics.longestAt(t, k);
                // 由1.03兆元成长至1.56兆元，占GDP比重…: a metric after 占 is what the figure is a share of, not the figure's
                if (len > 0 && k > end && t.charAt(k - 1) == '占') break;
                if (len > 0) {
                    // 500亿元预算项目 / 这次80亿元预算: a figure sized as a budget is money allocated (conventions, dev5).
                    after = t.startsWith("预算", k) && len == 2 ? BUDGET_ALLOCATED : metrics.get(t, k, k + len);
                    if (after.none()) after = null;
                    afterAdjacent = !punctuationIn(t, end, k);
                    afterStart = k;
                    break;
                }
            }
        }
        // 本县岁入自103年度318亿元至107年度405亿元，岁出自…: a figure joined to the one before by a range or a joiner only (自A至B,
        // A及B; a time may stand between) keeps the metric carried; a metric word past the comma after it opens the next
        // clause, about another quantity. A figure with a noun of its own (增资案A及扩厂案B) is not so joined.
        if (metric == null && after != null && !afterAdjacent && previousMetric != null && floor > sentenceStart
                && joinedToPrevious(t, floor, numberStart)) after = null;
        // 总规模为225亿元的生物医药产业母基金, 规模达5000亿元的专项投资计划, 安排5000万元，设立产业集群发展专项资金: the
        // noun the figure sizes (after 的) or the body it sets up is named by the last word of its phrase; only money put in
        // (基金, 投资, 资金) is read so far from the figure. 规模 must say the size (规模为, 规模达, or right before the figure):
        // 设立总规模20亿元的…投资基金 and 成立总规模为225亿元的…母基金 are both 基金 (ruling R19).
        // 计划五年设立百亿元天使母基金: the body set up, written right after the figure that 设立 / 成立 opens, is named by the
        // last word of its phrase as well.
        boolean setUpBefore = numberStart >= 2 && (t.startsWith("设立", numberStart - 2) || t.startsWith("成立", numberStart - 2));
        Metric head = after == null && (setsUp || setUpBefore || (sizeSaid(t, metric, metricEnd, numberStart) && end < sentenceEnd && t.charAt(end) == '的'))
                ? headOfPhrase(t, end, sentenceEnd) : null;
        if (head != null) {
            after = head;
            afterAdjacent = true;
        }
        // Where words that make the figure money put in are looked for: this figure's own stretch of text.
        int kindFrom = ownFrom;
        boolean investmentBefore = metric != null && metric.investment();
        // 努力吸引民间资金投资嘉义，…开发能创造1200亿年产值: a noun right after the figure names it rather than a metric word
        // of an earlier clause; the money words of that clause do not make it money put in either. (规模 after a figure is
        // only "size": 达到100亿元规模 keeps the metric named before.)
        if (metric != null && after != null && afterAdjacent && carryAfter == null && !after.canonical().equals("规模")
                && punctuationIn(t, metricEnd, numberStart)) {
            metric = after;
            kindFrom = Math.max(ownFrom, clause);
            investmentBefore = false;
        }
        // 外来投资者从澳门赚取467.1亿元直接投资收益, 境外直接投资录得12.8亿元收益: income named right after the figure
        // outweighs the investment named before it; what an investment earns is a result, not money put in.
        // 由原来预算约30亿元赤字，转为录得513亿元盈余: a balance named right after the figure (赤字, 盈余) is what it
        // measures; the budget before it only says which plan the figure comes from.
        if (metric != null && after != null && afterAdjacent && BALANCES.contains(after.canonical()) && metricStart >= 0
                && budgetingWord(t, metricStart, metricEnd - metricStart) && !punctuationIn(t, metricEnd, numberStart)) metric = after;
        // 超支金额是上个财政年度305亿元盈余的三倍: a balance written right after the figure and closed by 的 is the noun the
        // figure sizes (a surplus of 30.5bn), whatever the clause measured before it.
        if (after != null && afterStart == end && BALANCES.contains(after.canonical()) && end + 2 < sentenceEnd
                && t.charAt(end + 2) == '的') metric = after;
        boolean earnings = metric != null && metric.investment() && after != null && afterAdjacent && after.canonical().equals("收入")
                && earningsWordAt(t, end, sentenceEnd);
        if (earnings) {
            metric = after;
            kindFrom = numberStart;
            investmentBefore = false;
        }
        // 政府强调注资是有必要，推算…每年经济效益至少达500亿元 / 实施…投资倍增三年行动计划，规上工业产值从…增长到225亿元:
        // a figure whose own clause names what it measures (not money put in) is no investment through the money words of
        // an earlier clause.
        if (metric != null && !metric.investment() && metricStart >= clause && !investmentBefore) kindFrom = Math.max(kindFrom, clause);
        for (int i = kindFrom; i < numberStart && !investmentBefore; i++) {
            int len = metrics.longestAt(t, i);
            if (len > 0 && i + len <= numberStart && metrics.get(t, i, i + len).investment()
                    && !budgetedLine(t, i, len, kindFrom, numberStart) && !fundKeepingAccounts(t, i, len, numberStart)) investmentBefore = true;
            // a word read whole (外汇基金, 基金会: bodies) is not read again from inside (基金)
            if (len > 0) i += len - 1;
        }
        // 设立规模50亿元的产业基金: the fund is what the figure measures, 规模 only says "size".
        if (metric == null || (after != null && after.investment() && metric.canonical().equals("规模"))) metric = after;
        // 增拨五十亿元经常开支 / 注资100亿元基金: an allocating word right before the figure and a noun right after it; the
        // noun names what the money is (its kind stays investment through the word before).
        else if (after != null && afterAdjacent && metric.investment() && metricEnd >= numberStart - 1 && !after.investment()) metric = after;
        if (setsUp && after != null) metric = after;     // 预留25亿元成立的基金: the fund set up, not the allocating word
        // 正规划多个重大建设项目，其中澳门国际综合旅游文化区预算一百二十亿元: a budget written right after the name of one of
        // the projects the sentence speaks of is that project's cost, its investment (ruling R11); a government's budget for
        // a sector or a year (政府公共建设预算, 年度预算) stays planned spending.
        boolean projectBudget = metric != null && metricStart >= 0 && budgetingWord(t, metricStart, metricEnd - metricStart)
                && t.startsWith("预算", metricStart) && projectsBudget(t, sentenceStart, metricStart);
        // 石排湾…住宅楼建造工程，预算为四千多万元，今年暂缓 / 旅游大学完善工程(氹仔)减少八百多万元: in a review of a budget, what
        // one works project is cut or raised by is a change of that project's cost, its investment (ruling R11; dev15
        // d15-0020, where both annotators write it so), not the plan's planned spending.
        if (!projectBudget && worksChangedBy(t, sentenceStart, numberStart)) projectBudget = true;
        if (projectBudget) metric = PROJECT_INVESTMENT;
        // 在总目140…分目000“运作开支”项下追加拨款23亿元 (a Hong Kong Finance Committee paper): money appropriated under a
        // head of spending is that head's planned spending, 支出, as a government's budget for a year or a sector is (ruling
        // R11); an appropriation named by no such head stays money allocated, 资金. (Its kind is left to the kind rules.)
        boolean spendingHead = metric != null && metricStart >= 0 && t.startsWith("拨款", metricStart) && spendingHeadBefore(t, sentenceStart, metricStart);
        if (spendingHead) metric = PLANNED_SPENDING;
        String metricName = metric == null ? previousMetric : metric.canonical();
        // 从房屋储备金回拨的212亿元, 从财政储备和…基金会分别拨出426亿及100亿: a reserve named as the source money is drawn
        // from is not what the figure measures; the money drawn is allocated, 资金 (dev8, dev9)
        if ("储备".equals(metricName) && metricStart >= 0 && drawnFromReserve(t, floor, metricStart, metricEnd, numberStart)) metricName = "资金";
        // 从创新及科技基金拨出5亿元成立科技券计划: a fund named as the source money is drawn from is not what the figure
        // measures either; the money drawn is allocated, 资金 (an injection into a fund is read below and stays 基金)
        if ("基金".equals(metricName) && metricStart >= 0 && t.startsWith("基金", metricEnd - 2)
                && drawnFromReserve(t, floor, metricStart, metricEnd, numberStart)) metricName = "资金";
        String carried = metricName;
        // 向「BUD專項基金」注資14.3億元, 專項基金(…)注資15億元, 100億元注資創新及科技基金, 創投基金將增資四億元: money injected
        // into a fund named with the injection is the fund's, 基金 (dev5 d5-0036, dev10 d10-0129, dev11 d11-0087/0088/0090
        // write it so); an injection into a company or a park (注資100億元予園區公司) stays 资金.
        // The next figure of a list carries what the injection word names (…、100亿元改善科学园设施: 资金).
        // 涉款约162亿元的基督教联合医院扩建计划、37亿元医管局支援服务中心工程计划, 205亿元东涌填海工程: a figure that sizes
        // the works project named right after it is that project's cost, 投资 (dev11 d11-0116, dev12 d12-0093 write it so,
        // as a project's budget is, ruling R11), though the sentence speaks of appropriations (工程拨款: 资金).
        if ("资金".equals(metricName) && worksNamedAfter(t, end, sentenceEnd)) metricName = PROJECT_INVESTMENT.canonical();
        boolean intoFund = ("资金".equals(metricName) || "资本".equals(metricName))
                && injectionIntoFund(t, clause, numberStart, end, sentenceEnd);
        if (intoFund) metricName = "基金";
        // 政府期望投入的100亿元, 行政院会通过…计划，预计4年投入新台币5亿元, 内政部明年起将分4年投入200亿元, 港府已投入近2000亿元:
        // what a government body puts into a programme is public money allocated, 资金 (dev5, dev6, dev9 and dev10 write it
        // so); what a place, a park or a firm puts in stays 投资 (温州市计划5年内投入100亿元, 园区力争5年内投入100亿元,
        // 研发投入).
        // The next figure that names no metric of its own is not the body's (政府期望投入的100亿元，能够带动300亿元…的市场资金):
        // it carries 投资.
        if (metric != null && metricEnd - metricStart == 2 && t.startsWith("投入", metricStart)
                && governmentBodyBefore(t, sentenceStart, metricStart)) metricName = BUDGET_ALLOCATED.canonical();
        // 佛山产值超过了2.7万亿元，…超越了广州约2.3万亿元的规模: 规模 after a figure is only "size"; a figure that names no metric
        // before it keeps the one carried from the figure before.
        // A 级 label's own 规模 (瞄准千亿级、万亿级的规模) stays: the label says the size.
        if (metric != null && metricStart < 0 && previousMetric != null && metric.canonical().equals("规模") && !scale) metricName = previousMetric;
        // 完成财政总收入4348万元，占年初预算10065万元的43.2%: the budget a result is a share of is that line's budget, so
        // the line (财政收入, 税收 …) carried from the figure before names it, not 预算's own 支出.
        if (previousMetric != null && shareOfBudget(t, metricStart, metricEnd, numberStart, floor)) metricName = previousMetric;
        // 管理收入决算数6亿元高于法定预算数5.8亿元, 收入1484.5亿元，超出去年预算时估计的1300亿元, 较109年度预算数减少500万元:
        // a budget a figure is set against is that line's budget (or the change against it), so the line carried from the
        // figure before names it, not 预算's own 支出 (dev7, dev9).
        else if (previousMetric != null && comparedBudget(t, metricStart, metricEnd, floor)) metricName = previousMetric;
        // 政府整体支出为…，收入为1577亿元 / 一般综合预算的收入 / 2019/20年度的总收入: a bare 收入 in a government's account is
        // its revenue, 财政收入 as the mainland's (ruling R1); 收入 stays for firms, households, funds and investments.
        if ("收入".equals(metricName) && metricStart >= 0 && metricEnd - metricStart == 2 && t.startsWith("收入", metricStart)
                && bareIncome(t, metricStart, sentenceStart)
                && (publicAccountBefore(t, sentenceStart, metricStart) || "财政收入".equals(previousMetric))) {
            // 「职业税」及「房屋税」的收入分别为…, 博彩税收大幅下跌，头三个月的收入为…: the revenue of a tax just named is that
            // tax's, 税收 (dev6, dev9), not the account's whole revenue
            metricName = taxRevenue(t, ownFrom, metricStart) ? "税收" : "财政收入";
        }
        // "A bare 发展目标 with no metric is 规模" (annotation notes).
        if (metricName == null && indexIn(t, "目标", Math.max(floor, clause), numberStart) >= 0) metricName = "规模";
        // 这些项目预计可带动…，年新增产值预计突破500亿元 / 仁武产业园区预计明年报编，可望创造200亿元年产值 / 3月29日，…项目正式
        // 投产，规划…，年产值15亿元以上: a planned yearly rate (年产值, 年销售收入 … with a plan word before it in the sentence)
        // is what a project yields in any year once it runs; the date of a signing, a zoning step or a start-up in another
        // clause does not date it (dev3, dev8, dev9 write such rates with no year). Its own clause's time stays
        // (预计到2020年整个项目年产值…); a rate reported as a fact (…企业350家，年产值60亿元) keeps the sentence's time.
        // A goal's year (预计到2025年，…产能将达到120万吨，年销售额突破200亿元) is the year the rate is planned for: it stays.
        if ((y.year() != null || y.from() != null || y.period() != null) && !(y.targetCue() && goalYearWritten(t, sentenceStart, numberStart)) && yearlyRate(t, clause, numberStart, end, sentenceEnd)
                && planCueBefore(t, sentenceStart, numberStart)
                && empty(FigureTime.find(t, clause, numberStart, published, publishedEstimated))) y = FigureTime.Ref.NONE;
        String comparator = findComparator(t, Math.max(floor, clause), numberStart);
        // 完成签约程序后，…，未来可望每年创造343亿元产值 / 在台中投资1亿元，…预估可带来每月9亿元的商机: what a project or a
        // park is expected to create or bring, in the figure's own clause, is what it will yield, not money put in; the
        // investment or signing words of an earlier clause do not make it investment (dev11 d11-0192, d11-0037); a bound on
        // it (预计可…创造180亿元以上产值) bounds the goal, it defines no class (d11-0063).
        boolean yielded = expectedYield(t, clause, numberStart);
        if (yielded && metricName != null && investmentMetrics.contains(metricName) && metricStart < clause) metricName = null;
        String kind;
        if (scale || stepAfter(t, end, sentenceEnd)) {
            kind = FigureKind.SCALE.label();
        } else if (metricStart >= 0 && metricEnd >= numberStart - 4 && t.startsWith("预算", metricStart) && metricEnd - metricStart == 2
                && !projectBudget && !investmentVerbBefore(t, metricEnd, numberStart)) {
            // 基金会的预算约为29.2亿元, 公共建设预算高达六千亿元: a budget is planned spending (conventions, dev5), a
            // target even for a past year; its executed part (预算执行率…即约21.7亿元) is read as a result below.
            kind = FigureKind.TARGET.label();
        } else if (!yielded && ClassBound.bounds(t, Math.max(floor, clause), numberStart, end, sentenceEnd, qualifier)) {
            kind = FigureKind.THRESHOLD.label();
        } else if (!earnings && !yielded && ((metric != null && metric.investment()) || investmentBefore || investmentVerbBefore(t, Math.max(kindFrom, numberStart - CLAUSE_WINDOW), numberStart))
                || (!earnings && !yielded && metric == null && previousMetric != null && investmentMetrics.contains(previousMetric))) {
            kind = FigureKind.INVESTMENT.label();
        } else {
            kind = timeKind(t, sentenceStart, timeFrom, numberStart, y, published);
            // 九十四年度总预算案…岁入原列…, 岁入岁出差短约一百二十一亿元: the figures of a budget being drawn up or passed are
            // plans (conventions, dev5/dev6: a budget is a target), whatever their year; not an executed budget (预算执行)
            // and not the mainland's statistical 一般公共预算收入 / 预算支出, which report results.
            // 本县岁入自103年度318亿元至107年度405亿元 (a page of 2019): the revenue of years already closed, written with no
            // word of a budget, is what came in, a result.
            Integer when = y.year() != null ? y.year() : y.to();
            boolean closedYear = (when != null && published != null && when < published.getYear()
                    && !budgetWordIn(t, Math.max(sentenceStart, numberStart - LOOK_BACK), numberStart))
                    || PublicAccountState.closedYearResult(t, sentenceStart, clause, numberStart, when, published, hongKong,
                            !empty(FigureTime.find(t, clause, numberStart, published, publishedEstimated, hongKong)));
            // 上半年一般综合预算实际收入为…: a line its own clause says was executed stays a result (PublicAccountState).
            if (FigureKind.ACTUAL.label().equals(kind) && !closedYear && !PublicAccountState.executedLine(t, clause, numberStart)
                    && (budgetSentence(t, sentenceStart, numberStart) || PublicAccountState.shortfallIn(t, sentenceStart, sentenceEnd)))
                kind = FigureKind.TARGET.label();
        }
        // 明年度的债务举借编列数(101.3亿元)，仍低于今年度的编列数(122.3亿元): the number a budget lists for the line named
        // before is that line's, a plan (conventions, dev7: 债务举借编列数 → 举债, target), not funds allocated.
        if (FigureKind.INVESTMENT.label().equals(kind) && previousMetric != null && !investmentMetrics.contains(previousMetric)
                && metricStart >= 0 && PublicAccountState.listedNumber(t, metricStart, metricEnd)) {
            kind = FigureKind.TARGET.label();
            metricName = previousMetric;
        }
        // 涉款229亿多元的医院及健康中心工程拨款, 拨款3个100亿元, 向…发放…共15亿元: money a budget allocates or pays out
        // (PublicAccountState).
        if ((FigureKind.ACTUAL.label().equals(kind) || FigureKind.TARGET.label().equals(kind) || FigureKind.THRESHOLD.label().equals(kind))
                && !scale && (PublicAccountState.sizesAppropriation(t, end, sentenceEnd)
                || PublicAccountState.countedAllocation(t, clause, numberStart) || PublicAccountState.paidOut(t, clause, numberStart))) {
            kind = FigureKind.INVESTMENT.label();
            if (metricName == null) metricName = BUDGET_ALLOCATED.canonical();
        }
        // 第129项 经济部4,522万4千元，照列 / 较二四年度的估算2160亿元 / 308亿元总预算: a line a budget's review passes, a
        // budget's estimate and a year's whole budget are plans (PublicAccountState).
        if (FigureKind.ACTUAL.label().equals(kind) && (PublicAccountState.reviewedLine(t, end, sentenceEnd)
                || PublicAccountState.estimatedLine(t, clause, numberStart))) kind = FigureKind.TARGET.label();
        if ((FigureKind.ACTUAL.label().equals(kind) || FigureKind.INVESTMENT.label().equals(kind)) && !projectBudget
                && PublicAccountState.wholeBudgetAfter(t, end, sentenceEnd)) {
            kind = FigureKind.TARGET.label();
            if ("资金".equals(metricName)) metricName = "支出";
        }
        // 提出4000亿元基金管理规模目标 / 后续将…将该基金扩大到100亿元规模: the size a fund is to grow to is a goal, not
        // money put in (dev10 d10-0144, dev15 d15-0064); a fund set up at a size (设立规模50亿元的产业基金) stays investment.
        if (FigureKind.INVESTMENT.label().equals(kind)
                && (goalNamedAfter(t, end, sentenceEnd) || sizeGrownTo(t, sentenceStart, numberStart, end, sentenceEnd))) kind = FigureKind.TARGET.label();
        // 提升产业规模和能级，计划形成两个万亿级…集群: 规模 of an earlier clause is no metric of a 级 label or a class bound
        // (the real-text sets write such labels with none).
        if ((FigureKind.SCALE.label().equals(kind) || FigureKind.THRESHOLD.label().equals(kind)) && "规模".equals(metricName)
                && metricStart >= 0 && metric != null && metric.canonical().equals("规模") && punctuationIn(t, metricEnd, numberStart)
                && !(after != null && afterAdjacent)) metricName = null;
        // 2021/22年度政府收入的修订预算为6827亿元，较原来预算高15.5%，即918亿元 / 印花税收入比原来预算增加约319亿元: a revised
        // estimate (修订预算), or a figure set against the original budget or expectation, is what the year has come to, a
        // result (dev7 and dev9 write them so); the original's own figure (较原本预期全年976亿元) stays a plan.
        if (FigureKind.TARGET.label().equals(kind) && revisedEstimate(t, sentenceStart, numberStart)) kind = FigureKind.ACTUAL.label();
        // 转为录得513亿元盈余, 上月录得贸易逆差: 录得 (recorded) right before the figure reports a result, whatever plan or
        // budget the sentence speaks of; 预计录得 (expected to record) stays a plan.
        if (FigureKind.TARGET.label().equals(kind) && recordedBefore(t, sentenceStart, numberStart)) kind = FigureKind.ACTUAL.label();
        // 惟计及发债1,500亿元及偿还517亿元到期款项后，今年度综合帐目… / 如计及每年24亿元的…，预计2023/24年度的总收入…: lines
        // counted in are of the account the main clause states, so they take the state of its year (PublicAccountState).
        if (FigureKind.TARGET.label().equals(kind) || FigureKind.ACTUAL.label().equals(kind)) {
            int main = PublicAccountState.countedInMainClause(t, sentenceStart, numberStart, sentenceEnd);
            if (main > 0 && published != null) {
                int next = main;
                while (next < sentenceEnd && "，,。；;".indexOf(t.charAt(next)) < 0) next++;
                FigureTime.Ref mainTime = FigureTime.find(t, main, next, published, publishedEstimated, hongKong);
                String counted = PublicAccountState.countedInKind(mainTime.year(), published,
                        hongKong || PublicAccountState.splitFiscalYear(t, main, next));
                if (counted != null) kind = counted;
            }
            // 今年度综合帐目预计由约670亿元赤字，转为29亿元盈余 (a budget speech of February): the revised estimate
            if (FigureKind.TARGET.label().equals(kind) && PublicAccountState.turnedTo(t, clause, numberStart, y.year(), published, hongKong))
                kind = FigureKind.ACTUAL.label();
            // …预计由约670亿元赤字，转为…: the estimate it turns from stays the plan
            else if (FigureKind.ACTUAL.label().equals(kind) && !recordedBefore(t, sentenceStart, numberStart)
                    && PublicAccountState.turnedFrom(t, clause, numberStart, end, sentenceEnd, y.year(), published, hongKong))
                kind = FigureKind.TARGET.label();
        }
        // 2000万元规模以上工业企业: the 规上 bar is one of annual main-business revenue (dev8 notes d8-0003, d8-0224), whatever
        // 规模 says
        if (FigureKind.THRESHOLD.label().equals(kind) && t.startsWith("规模以上", end)) metricName = "营收";
        // 又迎来64个重大项目的签约，总金额达1063亿元: money of deals signed that names no metric is what they invest (every
        // dev set writes 投资 for such figures: 42 of 44).
        if (metricName == null && FigureKind.INVESTMENT.label().equals(kind)
                && indexIn(t, "签约", Math.max(kindFrom, numberStart - CLAUSE_WINDOW), numberStart) >= 0) metricName = "投资";
        // 亿元以上项目, 超10亿元产业项目, 亿美元以上外资项目: a bound on projects bounds what they invest (annotation
        // conventions: the class's metric).
        if (metricName == null && FigureKind.THRESHOLD.label().equals(kind) && projectsAfter(t, end, sentenceEnd)) metricName = "投资";
        // 目前…预料投资近200亿元 / 目前我们公司投资5亿元: money put in is a project's total, which 目前 does not date (the
        // real-text sets leave such figures undated; a stock figure after 目前 takes the publication's year).
        // 目前已有46家企业进驻…，投资额超过32亿美元 / 目前已成功引进103家企业进驻，带动投资金额达…: what the firms a park has
        // brought in have put in so far is a stock at the page's date, dated as any present state (dev8 d8-0228, dev11
        // d11-0061, d11-0065).
        if (y.now() && FigureKind.INVESTMENT.label().equals(kind) && !firmsBroughtIn(t, sentenceStart, numberStart)) y = FigureTime.Ref.NONE;
        // 到2022年，昆山已形成…2个千亿级产业集群 (a page of December 2022): a year already reached, with 已, is the time of a
        // report, not a goal's; a class bound or a 级 label then keeps no year (ruling R6, session 17).
        boolean reached = y.targetCue() && y.year() != null && published != null && y.year() <= published.getYear()
                && indexIn(t, "已", Math.max(sentenceStart, numberStart - REACHED_WINDOW), numberStart) >= 0;
        // 今年，…推进170项10亿元以上重大工业项目 / 今年以来…其中亿元以上项目13个: a class bound or a 级 label in a sentence about the
        // year under way takes that year, as a goal for it does (ruling R18, reading R6 to the end); 目前 (a present state)
        // and a year already reached give none.
        // The year must be written as a year (a day's date, 今天 or an event's name dates an event, not the year's bounds:
        // 2月28日舉行…簽約…超10億元項目45個, dev13 d13-0119).
        boolean underWay = y.year() != null && published != null && y.year() == published.getYear() && !y.now() && !reached
                && yearUnderWayWritten(t, Math.max(timeFrom, numberStart - LOOK_BACK), numberStart, published.getYear());
        return new Attributes(y.year(), y.from(), y.to(), y.period(), metricName, comparator, kind, y.targetCue() && !reached,
                carryAfter != null ? carriedPair(t, carryAfter, metricStart, sentenceStart) : carriedAfterGovernment(intoFund ? carried : metricName, carried),
                underWay);
    }

    /** Balances of an account, named right after the figure (30亿元赤字, 513亿元盈余). */
    private static final java.util.Set<String> BALANCES = java.util.Set.of("赤字", "盈余");

    /** How far after the figure the head of the phrase it sizes or the body it sets up may end. */
    private static final int HEAD_PHRASE = 20;

    /**
     * 规模 right after a metric of money put in (投资规模, 投资总规模, 基金群总规模: at most 总 / 群 between, no punctuation):
     * the size of that money, not a metric of its own.
     */
    private static boolean sizeOfMoneyPutIn(String t, Metric before, int beforeEnd, Metric m, int at) {
        if (!m.canonical().equals("规模") || !before.investment() || at - beforeEnd > 2) return false;
        for (int k = beforeEnd; k < at; k++) if ("总群".indexOf(t.charAt(k)) < 0) return false;
        return true;
    }

    /**
     * The last metric of money put in (基金, 投资, 资金) in the phrase after the figure, up to the first punctuation
     * (…亿元的上海生物医药产业母基金, …亿元，设立产业集群发展专项资金), or null.
     */
    private Metric headOfPhrase(String t, int end, int sentenceEnd) {
        int to = Math.min(sentenceEnd, end + HEAD_PHRASE);
        int k = end;
        while (k < to && (t.charAt(k) == '，' || t.charAt(k) == ',' || t.charAt(k) == ' ')) k++;
        Metric last = null;
        for (; k < to && !isPunctuation(t.charAt(k)) && t.charAt(k) != '（' && t.charAt(k) != '('; k++) {
            int len = metrics.longestAt(t, k);
            if (len > 0 && k + len <= to) {
                Metric m = metrics.get(t, k, k + len);
                if (!m.none() && m.investment()) last = m;
                k += len - 1;
            }
        }
        return last;
    }

    private static final String[] ORIGINAL_PLANS = {"原来预算", "原预算", "原本预算", "原本预期", "预期"};

    /**
     * 修订预算 before the figure in its sentence, or 比 / 较 and an original plan (原来预算, 原预算, 原本预期, 预期) before it
     * that is not the base the figure itself states (较原本预期全年976亿元: within a few characters, no punctuation).
     */
    private static boolean revisedEstimate(String t, int sentenceStart, int numberStart) {
        // 比二零一三/一四年度的修订预算减少一百三十八亿元: last year's revised estimate as the base of a new budget's change
        for (int k = indexIn(t, "修订预算", sentenceStart, numberStart); k >= 0; k = indexIn(t, "修订预算", k + 4, numberStart)) {
            int from = clauseStart(t, sentenceStart, k);
            if (indexIn(t, "比", from, k) < 0 && indexIn(t, "较", from, k) < 0) return true;
        }
        for (String w : ORIGINAL_PLANS) {
            for (int k = indexIn(t, w, sentenceStart, numberStart); k >= 0; k = indexIn(t, w, k + w.length(), numberStart)) {
                if (k < 1 || "比较".indexOf(t.charAt(k - 1)) < 0) continue;
                if (t.startsWith("案", k + w.length())) continue;   // 较原预算案拟移用数: a budget bill, a plan
                int after = k + w.length();
                // the original's own figure (较原本预期全年976亿元); a change against it (比原来预算增加约319亿元) is the revision's
                if (numberStart - after <= 4 && !punctuationIn(t, after, numberStart) && !PublicAccountState.changeBetween(t, after, numberStart)) continue;
                return true;
            }
        }
        return false;
    }

    /** 规模 as the metric before the figure, right before it or saying the size with 为 / 达 (规模为, 总规模达). */
    private static boolean sizeSaid(String t, Metric metric, int metricEnd, int numberStart) {
        if (metric == null || !metric.canonical().equals("规模")) return false;
        int gap = numberStart - metricEnd;
        // 设立总规模20亿元的…投资基金: 规模 right before the figure says the size as well (ruling R19: a fund's size is 基金)
        return gap == 0 || (gap <= 2 && "为达".indexOf(t.charAt(metricEnd)) >= 0);
    }

    /** 录得 within the few characters before the figure, not after an estimate word (预计录得, 料录得). */
    private static boolean recordedBefore(String t, int sentenceStart, int numberStart) {
        int k = lastIndexIn(t, "录得", Math.max(sentenceStart, numberStart - 6), numberStart);
        if (k < 0 || punctuationIn(t, k, numberStart)) return false;
        // 我预计该年度会录得一百六十八亿元的综合盈余: an estimate anywhere in the clause before 录得 makes it a forecast
        int from = clauseStart(t, sentenceStart, k);
        for (String c : ESTIMATE_CUES) if (indexIn(t, c, from, k) >= 0) return false;
        return indexIn(t, "料", from, k) < 0;
    }

    /** Characters that may stand between a line of accounts and the budgeting word after it (年度, 原来, 比原来). */
    private static final int BUDGETING_GAP = 6;

    /** 预算 / 编列 as a word of its own at {@code i} (not 预算案, a document, nor 预算收入, a line). */
    private static boolean budgetingWord(String t, int i, int len) {
        return len == 2 && (t.startsWith("预算", i) || t.startsWith("编列", i));
    }

    /**
     * 岁出编列为323.6亿元, 原编列岁入预算数2亿元, 支出编列占最大宗: a budgeting word written against a line of public
     * accounts (no punctuation between, at most {@link #BUDGETING_GAP} characters) says how that line is planned, so it
     * makes no figure money put in; 编列 alone (推动方案编列210亿元) stays funds allocated.
     */
    private boolean budgetedLine(String t, int i, int len, int from, int numberStart) {
        if (!budgetingWord(t, i, len)) return false;
        for (int k = Math.max(from, i - BUDGETING_GAP - 4); k < i; k++) {
            int l = metrics.longestAt(t, k);
            if (l > 0 && k + l <= i && i - (k + l) <= BUDGETING_GAP && accountsLine(metrics.get(t, k, k + l)) && !punctuationIn(t, k + l, i)) return true;
        }
        for (int k = i + len; k < Math.min(numberStart, i + len + BUDGETING_GAP); k++) {
            if (isPunctuation(t.charAt(k))) return false;
            int l = metrics.longestAt(t, k);
            if (l > 0) return accountsLine(metrics.get(t, k, k + l));
        }
        return false;
    }

    /** How far after a fund's name its budget or account line may be written (基金二零一零财政年度第一补充预算). */
    private static final int FUND_ACCOUNT_REACH = 14;
    private static final String[] ACCOUNT_WORDS = {"预算", "编列", "收入", "支出", "成本"};

    /**
     * 楼宇维修基金二零一零财政年度第一补充预算，金额为…, 作业基金110年度预算案编列「管理收入」…, 营业基金收入合计…: a fund named
     * as the body whose budget or account the figure is a line of (a budgeting word or an account line after it, no
     * punctuation between) keeps its accounts; it does not make the figure money put in (dev6, dev7: targets of budgets).
     */
    private static boolean fundKeepingAccounts(String t, int i, int len, int numberStart) {
        if (!t.startsWith("基金", i + len - 2) || t.startsWith("基金会", i + len - 2)) return false;
        int to = Math.min(numberStart, i + len + FUND_ACCOUNT_REACH);
        for (int k = i + len; k < to; k++) {
            if (isPunctuation(t.charAt(k))) return false;
            for (String w : ACCOUNT_WORDS) if (t.startsWith(w, k)) return true;
        }
        return false;
    }

    /** 收益 within the few characters after the figure (…亿元的收益, …亿元直接投资收益): the word of what an investment earns. */
    private static boolean earningsWordAt(String t, int end, int sentenceEnd) {
        return indexIn(t, "收益", end, Math.min(sentenceEnd, end + 8)) >= 0;
    }

    /** 占年初预算10065万元, 占全年预算数…: 预算 (数) right before the figure, after 占 within a few characters. */
    private static boolean shareOfBudget(String t, int metricStart, int metricEnd, int numberStart, int floor) {
        if (metricStart < 0 || !t.startsWith("预算", metricStart) || metricEnd - metricStart != 2) return false;
        int gap = numberStart - metricEnd;
        if (gap > 1 || (gap == 1 && t.charAt(metricEnd) != '数')) return false;
        int k = lastIndexIn(t, "占", Math.max(floor, metricStart - 3), metricStart);
        return k >= 0 && !punctuationIn(t, k, metricStart);
    }

    /**
     * The last 以来 / 迄今 before the figure closes a span that starts at a date or an event (not at a bare year: 今年以来,
     * 2021年以来, 年初以来), and no time word stands between it and the figure.
     */
    private static boolean sinceADate(String t, int from, int numberStart, LocalDate published, boolean publishedEstimated) {
        int at = -1;
        for (String w : new String[] {"以来", "迄今", "至今"}) {
            int k = lastIndexIn(t, w, from, numberStart);
            if (k >= 0 && w.equals("至今") && k + 2 < t.length() && t.charAt(k + 2) == '年') continue;   // 由2020年至今年5月底: a span
            at = Math.max(at, k);
        }
        if (at < 0) return false;
        if (at > from && t.charAt(at - 1) == '年') return false;                       // 今年以来, 2021年以来
        if (at >= from + 2 && t.startsWith("有史以来", at - 2)) return false;           // "ever": no span's start
        if (at > from + 1 && t.startsWith("年初", at - 2)) return false;               // 年初以来
        FigureTime.Ref after = FigureTime.find(t, at + 2, numberStart, published, publishedEstimated);
        return after.year() == null && after.from() == null && after.period() == null;
    }

    /**
     * Where the main clause starts after a clause that opens the sentence with 计入 / 计及 and ends with 后 (or 後) and a
     * comma, when the figure at {@code numberStart} lies inside that clause; else -1.
     */
    private static int countedInClauseEnd(String t, int sentenceStart, int numberStart, int sentenceEnd) {
        int k = sentenceStart;
        while (k < numberStart && (t.charAt(k) == ' ' || t.charAt(k) == '　')) k++;
        if (!(t.startsWith("计入", k) || t.startsWith("计及", k))) return -1;
        for (int j = numberStart; j + 1 < sentenceEnd; j++) {
            char c = t.charAt(j);
            if (c == '。' || c == '；' || c == ';') return -1;
            if ((c == '后' || c == '後') && (t.charAt(j + 1) == '，' || t.charAt(j + 1) == ',')) return j + 2;
        }
        return -1;
    }

    /** A plan word (预计, 可望, 规划, 可新增 … of {@link #TARGET_CUES}, not 到 / 至) before the figure in its sentence. */
    private static boolean planCueBefore(String t, int sentenceStart, int numberStart) {
        for (String c : TARGET_CUES) {
            if (c.equals("到") || c.equals("至")) continue;
            if (indexIn(t, c, Math.max(sentenceStart, numberStart - LOOK_BACK), numberStart) >= 0) return true;
        }
        return false;
    }

    /** A count of years (4年, 五年, 3年内) that spreads a figure: where the count starts and how many years. */
    record YearWindow(int start, int years) {}

    /** Verbs of money spread over a window of years (分4年投入, 3年内安排, 五年设立). */
    private static final String[] WINDOW_VERBS = {"投入", "投资", "安排", "拨款", "拨出", "设立"};

    /**
     * N年 (N in digits or one Chinese numeral, 2–10), optionally 内 / 间 and 可 / 将 / 共, right before a verb of money put
     * in, in the figure's clause; not a past window (近3年, 前3年, 过去五年, 每年) and not a clause that writes a year.
     */
    private static YearWindow yearWindow(String t, int from, int numberStart) {
        for (int k = from; k + 1 < numberStart; k++) {
            if (Character.isDigit(t.charAt(k)) && k + 4 < numberStart && Character.isDigit(t.charAt(k + 1)) && Character.isDigit(t.charAt(k + 2))
                    && Character.isDigit(t.charAt(k + 3)) && t.charAt(k + 4) == '年') return null;   // 2021年: a year, not a window
        }
        for (int k = from + 1; k < numberStart; k++) {
            if (t.charAt(k) != '年') continue;
            char c = t.charAt(k - 1);
            int n = Character.isDigit(c) ? c - '0' : c == '十' ? 10 : ChineseNumerals.digit(c);
            if (n < 2) continue;
            int start = k - 1;
            if (start > from) {
                char before = t.charAt(start - 1);
                if (Character.isDigit(before) || ChineseNumerals.isChineseNumeralChar(before) || "近前去今明每第这".indexOf(before) >= 0
                        || t.startsWith("过去", Math.max(0, start - 2))) continue;
            }
            int v = k + 1;
            if (v < numberStart && "内间中".indexOf(t.charAt(v)) >= 0) v++;
            while (v < numberStart && "可将共".indexOf(t.charAt(v)) >= 0) v++;
            for (String w : WINDOW_VERBS) if (t.startsWith(w, v) && v + w.length() <= numberStart) return new YearWindow(start, n);
        }
        return null;
    }

    /** 明年起, then within a few characters (将分, 再延长) a count of 2–10 years, before the figure: that count, else 0. */
    private static int runFromNextYear(String t, int sentenceStart, int numberStart) {
        int k = lastIndexIn(t, "明年起", Math.max(sentenceStart, numberStart - LOOK_BACK), numberStart);
        if (k < 0) return 0;
        for (int j = k + 3; j < Math.min(numberStart - 1, k + 3 + RUN_GAP); j++) {
            if (isPunctuation(t.charAt(j))) return 0;
            if (t.charAt(j + 1) != '年') continue;
            char c = t.charAt(j);
            int n = Character.isDigit(c) ? c - '0' : c == '十' ? 10 : ChineseNumerals.digit(c);
            if (n >= 2 && !Character.isDigit(t.charAt(j - 1))) return n;
        }
        return 0;
    }

    /** How many characters may stand between 明年起 and its count of years (将分, 再延长). */
    private static final int RUN_GAP = 5;

    /**
     * 规模 or 总规模 opening its clause (after a stop or at the sentence start), not after a noun (产业规模, 集群规模); or a
     * phase's size (首期规模, 二期规模) wherever it stands: ruling R12 — a fund's phase size is the fund's money, as its
     * 总规模 is (该基金首期规模约50亿元, dev10 d10-0141 基金总规模达50亿元，首期规模20亿元).
     */
    private static boolean bareSize(String t, int at, int sentenceStart) {
        if (at < 0) return false;
        if (!t.startsWith("规模", at) && !t.startsWith("总规模", at)) return false;
        if (phaseBefore(t, at, sentenceStart)) return true;
        return at == sentenceStart || isPunctuation(t.charAt(at - 1));
    }

    /** 首期 / 一期 … 九期 / 本期 right before {@code at}. */
    private static boolean phaseBefore(String t, int at, int sentenceStart) {
        return at - 2 >= sentenceStart && t.charAt(at - 1) == '期' && "首一二三四五六七八九本".indexOf(t.charAt(at - 2)) >= 0;
    }

    /**
     * The last noun of money put in (基金, 投资金额, 投资额, 资金 …) in [from, to), or null; the verbs 投资 / 投入 are not read
     * (30多家企业在福州投资办厂，…三大产业集群，规模均超过百亿: the size of the clusters, dev r3-0082).
     */
    private Metric lastMoneyPutIn(String t, int from, int to) {
        Metric last = null;
        for (int i = Math.max(from, to - LOOK_BACK); i < to; i++) {
            int len = metrics.longestAt(t, i);
            if (len > 0 && i + len <= to) {
                Metric m = metrics.get(t, i, i + len);
                boolean verb = len == 2 && (t.startsWith("投资", i) || t.startsWith("投入", i))
                        && !(t.startsWith("金额", i + 2) || t.startsWith("额", i + 2) || t.startsWith("总额", i + 2));
                if (!m.none() && m.investment() && !verb) last = m;
                i += len - 1;
            }
        }
        return last;
    }

    /** Government bodies (not places): a cabinet, a ministry, a government, the centre. */
    private static final String[] GOVERNMENT_BODIES = {"政府", "港府", "澳府", "市府", "县府", "行政院", "立法院", "内政部", "经济部", "财政部",
            "交通部", "农委会", "中央"};

    /**
     * A government body before {@code to} in the sentence with no word for firms after it (经济部投资台湾事务所宣布再添四家企业…
     * 光阳工业投入四十四亿元: the firm puts the money in).
     */
    private static boolean governmentBodyBefore(String t, int sentenceStart, int to) {
        int from = Math.max(sentenceStart, to - LOOK_BACK);
        int last = -1;
        for (String w : GOVERNMENT_BODIES) {
            int k = lastIndexIn(t, w, from, to);
            if (k >= 0) last = Math.max(last, k + w.length());
        }
        if (last < 0) return false;
        for (String firm : FIRM_WORDS) if (indexIn(t, firm, last, to) >= 0) return false;
        return true;
    }

    private static final String[] FIRM_WORDS = {"企业", "公司", "集团", "厂商"};

    /** The metric the next figure carries: the one named, not the government override (资金 from 投入). */
    /**
     * The second of two lines said "respectively", carried to the next figure: 整体开支及收入分别为A及B, a bare 收入 of a
     * government's account is its revenue, 财政收入, as when it stands alone (ruling R1; dev10).
     */
    private static String carriedPair(String t, Metric second, int secondStart, int sentenceStart) {
        if (second.canonical().equals("收入") && secondStart >= 0 && t.startsWith("收入", secondStart)
                && bareIncome(t, secondStart, sentenceStart) && publicAccountBefore(t, sentenceStart, secondStart)) return "财政收入";
        return second.canonical();
    }

    private static String carriedAfterGovernment(String metricName, String named) {
        return named != null && !named.equals(metricName) && "资金".equals(metricName) ? named : metricName;
    }

    private static final String[] ANNUAL_PLANS = {"年度投资计划", "年度计划投资", "年度计划投资额", "年度投资计划额"};

    /** The year's investment plan named right before the figure, in its clause (at most 为 / 达 / 约 between). */
    private static boolean annualPlanRightBefore(String t, int clause, int numberStart) {
        int end = numberStart;
        while (end > clause && "为达约共".indexOf(t.charAt(end - 1)) >= 0) end--;
        for (String w : ANNUAL_PLANS) if (end - w.length() >= clause && t.startsWith(w, end - w.length())) return true;
        return false;
    }

    private static boolean empty(FigureTime.Ref r) {
        return r.year() == null && r.from() == null && r.period() == null;
    }

    private static final java.util.regex.Pattern GOAL_YEAR = java.util.regex.Pattern.compile("[到至]\\s?(?:19|20)\\d{2}\\s?年");

    /** 到2025年 / 至 2030 年 written before the figure in its sentence: a goal's year, not 明年 or a date. */
    private static boolean goalYearWritten(String t, int sentenceStart, int numberStart) {
        return GOAL_YEAR.matcher(t).region(sentenceStart, numberStart).find();
    }

    /** A metric said per year: 年产值, 年新增产值, 年销售收入 … (not 今年 / 全年 / 2023年 … before it). */
    private static final String[] YEARLY_RATES = {"年产值", "年新增产值", "年工业总产值", "年销售收入", "年新增销售收入", "年营业收入",
            "年营收", "年销售额", "年利税", "年税收", "年产出", "年交易额"};

    /** The figure's own clause names a yearly rate before it, or the rate follows it (200亿元年产值). */
    private static boolean yearlyRate(String t, int ownClause, int numberStart, int end, int sentenceEnd) {
        for (String w : YEARLY_RATES) {
            if (t.startsWith(w, end) && end + w.length() <= sentenceEnd) return true;
            for (int k = indexIn(t, w, ownClause, numberStart); k >= 0; k = indexIn(t, w, k + 1, numberStart)) {
                char before = k > 0 ? t.charAt(k - 1) : '，';
                if (!Character.isDigit(before) && "今去明全当同上本前后每半一二三四五六七八九十".indexOf(before) < 0) return true;
            }
        }
        return false;
    }

    /** Words that set a figure against what they are followed by: 较 / 比 (the base), 高于 / 低于 / 超出 (the bar). */
    private static final String[] COMPARED_WITH = {"较", "比", "高于", "低于", "超出", "超过"};

    /**
     * 预算 (or 预算数) is the nearest metric before the figure and a comparison word stands a few characters before it in
     * the same stretch (高于法定预算数, 较109年度预算数, 超出去年预算时估计的): the budget of the line the sentence reports.
     */
    private static boolean comparedBudget(String t, int metricStart, int metricEnd, int floor) {
        if (metricStart < 0 || !t.startsWith("预算", metricStart) || metricEnd - metricStart != 2) return false;
        int from = Math.max(floor, metricStart - COMPARED_BUDGET_GAP);
        for (String w : COMPARED_WITH) {
            int k = lastIndexIn(t, w, from, metricStart);
            if (k >= 0 && !punctuationIn(t, k, metricStart)) return true;
        }
        return false;
    }

    /** How far before 预算 the comparison word may stand (较109年度预算数: a year between). */
    private static final int COMPARED_BUDGET_GAP = 8;

    /** 收入 standing alone (收入为, 的收入, 总收入, 实际收入), not the tail of another line (门票收入, 展览收入). */
    private static boolean bareIncome(String t, int at, int sentenceStart) {
        if (at <= sentenceStart) return true;
        char before = t.charAt(at - 1);
        // 整体开支及收入分别为: a 收入 coordinated with another line of the account is as bare as one standing alone
        return isPunctuation(before) || "总的为际体及和与".indexOf(before) >= 0;
    }

    /**
     * Words of a government's account before the figure: 政府 (not 非政府), 特区, 财政年度, 预算, 帐目, 2019/20年度, and the
     * overall expenditure of Hong Kong's monthly accounts (整体支出 / 整体开支, the Treasury's 政府帐目 line).
     */
    private static boolean publicAccountBefore(String t, int sentenceStart, int to) {
        for (String w : new String[] {"特区", "财政年度", "预算", "帐目", "账目", "整体支出", "整体开支"}) if (indexIn(t, w, sentenceStart, to) >= 0) return true;
        for (int k = indexIn(t, "政府", sentenceStart, to); k >= 0; k = indexIn(t, "政府", k + 2, to)) {
            if (k == sentenceStart || t.charAt(k - 1) != '非') return true;
        }
        for (int k = indexIn(t, "年度", sentenceStart, to); k >= 0; k = indexIn(t, "年度", k + 2, to)) {
            if (indexIn(t, "/", Math.max(sentenceStart, k - 6), k) >= 0 || indexIn(t, "／", Math.max(sentenceStart, k - 6), k) >= 0) return true;
            if (dashedFiscalYear(t, sentenceStart, k)) return true;
        }
        return false;
    }

    /**
     * A bare 收入 at {@code at} is a tax's: 税 right before 的收入 (利得税的收入, 「房屋税」的收入), or the last line named
     * before it since the figure before, in the same sentence, is 税收 (博彩税收大幅下跌，头三个月的收入).
     */
    private boolean taxRevenue(String t, int from, int at) {
        if (at >= 2 && t.charAt(at - 1) == '的') {
            int k = at - 2;
            if (k >= 0 && "」”\"』".indexOf(t.charAt(k)) >= 0) k--;
            if (k >= 0 && t.charAt(k) == '税') return everyItemATax(t, from, k);
        }
        Metric last = null;
        for (int i = from; i < at; i++) {
            int len = metrics.longestAt(t, i);
            if (len > 0 && i + len <= at) {
                Metric m = metrics.get(t, i, i + len);
                if (!m.none()) last = m;
                i += len - 1;
            }
        }
        return last != null && last.canonical().equals("税收");
    }

    /**
     * 地价和利得税的收入分别多A和B: when the tax ending at {@code tax} closes a list (和 / 及 / 与 / 、), every item of the
     * list must be a tax for the revenue to be 税收 (land premium is not); 「博彩特别税」、…及「房屋税」 is.
     */
    private static boolean everyItemATax(String t, int from, int tax) {
        int start = tax;
        while (start > from && "，,；;：:。".indexOf(t.charAt(start - 1)) < 0) start--;
        for (int k = start; k < tax; k++) {
            if ("和及与、".indexOf(t.charAt(k)) < 0) continue;
            int e = k - 1;
            if (e >= start && "」”\"』".indexOf(t.charAt(e)) >= 0) e--;
            if (e < start || t.charAt(e) != '税') return false;
        }
        return true;
    }

    /** 从 right before a reserve word (within a few characters, no stop between) and a verb of drawing between it and the figure. */
    private static boolean drawnFromReserve(String t, int floor, int reserveStart, int reserveEnd, int numberStart) {
        int from = lastIndexIn(t, "从", Math.max(floor, reserveStart - RESERVE_SOURCE_GAP), reserveStart);
        if (from < 0 || punctuationIn(t, from, reserveStart)) return false;
        for (String v : DRAWING_VERBS) if (indexIn(t, v, reserveEnd, numberStart) >= 0) return true;
        return false;
    }

    private static final int RESERVE_SOURCE_GAP = 6;
    private static final String[] DRAWING_VERBS = {"拨", "动用", "提取", "调拨"};

    /** 2021-22年度 (Hong Kong writes a fiscal year so, as 2021/22年度): four digits, a dash and two digits before 年度. */
    private static boolean dashedFiscalYear(String t, int sentenceStart, int nianDu) {
        int k = nianDu - 7;
        if (k < sentenceStart) return false;
        for (int j = 0; j < 7; j++) {
            char c = t.charAt(k + j);
            if (j == 4 ? "-－—–".indexOf(c) < 0 : !Character.isDigit(c)) return false;
        }
        return true;
    }

    /** Words of a stock measured at a date (ruling R7): a balance, assets, reserves, an accumulated surplus. */
    private static final String[] STOCK_WORDS = {"余额", "存量", "总资产", "资产总额", "储备", "累计盈余",
            // a market value (截止今年8月，…上市企业…市值约2,700亿港元: dev r3-0068) is a stock at its date too
            "市值"};

    private static boolean stockBefore(String t, int from, int numberStart) {
        for (String w : STOCK_WORDS) if (indexIn(t, w, from, numberStart) >= 0) return true;
        return false;
    }

    /** Words that say a sum runs from before the year of the date it is counted to: over the years, a count of what is there. */
    private static final String[] SINCE_EARLIER = {"历年", "共有"};
    /** Words of a flow counted from January (ruling R7), which keeps its part of the year. */
    private static final String[] FROM_JANUARY = {"今年以来", "年初以来", "1-", "1—", "1至", "一至", "1月至", "1月份至", "1～"};

    /**
     * 截至今年9月为止，共有187家日商进驻，投资金额高达320亿元 / 历年来产品外销金额，至本年六月止，计为…: a sum counted to a
     * date (截至 / 至…止) of what has come together over the years is a stock at that date: no part of a year (ruling R8;
     * dev7 d7-0242, dev10 d10-0056). A flow counted from January (1-9月, 今年以来) keeps its months (R7).
     */
    private static boolean stockCountedToADate(String t, int sentenceStart, int numberStart) {
        int from = Math.max(sentenceStart, numberStart - LOOK_BACK);
        boolean toADate = indexIn(t, "截至", from, numberStart) >= 0 || indexIn(t, "截止", from, numberStart) >= 0
                || (indexIn(t, "至", from, numberStart) >= 0 && indexIn(t, "止", from, numberStart) >= 0);
        if (!toADate) return false;
        for (String w : FROM_JANUARY) if (indexIn(t, w, from, numberStart) >= 0) return false;
        for (String w : SINCE_EARLIER) if (indexIn(t, w, from, numberStart) >= 0) return true;
        return false;
    }

    /** 进驻 (firms moved in) before the figure in its sentence. */
    private static boolean firmsBroughtIn(String t, int sentenceStart, int numberStart) {
        int from = Math.max(sentenceStart, numberStart - LOOK_BACK);
        if (indexIn(t, "进驻", from, numberStart) >= 0) return true;
        // 目前已完成投资4000万元, 引进投资额达90.7亿元: investment already done or brought in is a result at the page's
        // date, not the size of a project, which 目前 leaves undated (完成投资 without 已, after a count of projects since
        // a park's start, 累计投资项目超过120个，完成投资超1550亿元, stays a sum from an earlier start: no year, R8)
        int near = Math.max(from, numberStart - INVESTMENT_DONE_WINDOW);
        return indexIn(t, "已完成投资", near, numberStart) >= 0 || indexIn(t, "引进投资", near, numberStart) >= 0;
    }

    /** How far before the figure 已完成投资 / 引进投资 may stand (…已完成投资额达). */
    private static final int INVESTMENT_DONE_WINDOW = 8;

    /** 未来5年, 未来几年, 未来两至三年, 未来数年 in [from, to): the years to come. */
    private static boolean futureYearsBefore(String t, int from, int to) {
        for (int k = indexIn(t, "未来", from, to); k >= 0; k = indexIn(t, "未来", k + 2, to)) {
            int j = k + 2;
            int count = 0;
            while (j < to && count < 4 && (Character.isDigit(t.charAt(j)) || ChineseNumerals.digit(t.charAt(j)) >= 0
                    || "几数两至到十".indexOf(t.charAt(j)) >= 0)) { j++; count++; }
            if (count > 0 && j < to && t.charAt(j) == '年') return true;
        }
        return false;
    }

    /** How long a quoted name after a figure may be. */
    private static final int QUOTED_NAME = 20;

    private static int closingQuote(String t, int from, int to) {
        for (int k = from; k < to; k++) if ("”」』\"".indexOf(t.charAt(k)) >= 0) return k;
        return -1;
    }

    /** A line of public accounts: a metric that is not money put in (岁入, 岁出, 收入, 债务 …), nor a word read over. */
    private static boolean accountsLine(Metric m) {
        return !m.none() && !m.investment();
    }

    /**
     * Words of a budget being drawn up or passed. A shortfall of revenue against spending (岁入岁出差短, 短差, 收支相抵短数,
     * 岁计差额) is written of a budget: what a government plans to cover by borrowing (conventions, dev6/dev7: every figure of
     * such a sentence in the sets is a target).
     */
    private static final String[] BUDGET_WORDS = {"预算", "岁入", "岁出", "原列", "照列", "差短", "短差", "短数", "岁计差额"};
    /** Words that say a figure is written into a budget (as opposed to 岁入 / 岁出, which an executed account also uses). */
    private static final String[] BUDGETING_WORDS = {"预算", "原列", "编列", "照列"};

    private static boolean budgetWordIn(String t, int from, int to) {
        for (String w : BUDGETING_WORDS) if (indexIn(t, w, from, to) >= 0) return true;
        return false;
    }

    /** The sentence before the figure speaks of a budget being drawn up or passed (see the call). */
    private static boolean budgetSentence(String t, int sentenceStart, int numberStart) {
        int from = Math.max(sentenceStart, numberStart - LOOK_BACK);
        // an executed or closed account (预算执行, 决算, projects that 完成最后结帐) reports results, not plans
        if (indexIn(t, "执行", from, numberStart) >= 0 || indexIn(t, "决算", from, numberStart) >= 0
                || indexIn(t, "结帐", from, numberStart) >= 0 || indexIn(t, "结账", from, numberStart) >= 0) return false;
        for (String w : BUDGET_WORDS) {
            for (int i = indexIn(t, w, from, numberStart); i >= 0; i = indexIn(t, w, i + 1, numberStart)) {
                if (!w.equals("预算")) return true;
                // 地方一般预算性收入 (the mainland's statistical line, as 一般公共预算收入); 占年初预算…的90.9%, 为年预算的32.3%:
                // a budget the results are a share of says the account is being executed, not drawn up
                boolean statistic = t.startsWith("收入", i + 2) || t.startsWith("支出", i + 2) || t.startsWith("内", i + 2)
                        || t.startsWith("性收入", i + 2) || (i >= 2 && t.startsWith("公共", i - 2)) || shareBase(t, from, i);
                if (!statistic) return true;
            }
        }
        return false;
    }

    /**
     * 预算 at {@code i} right after 占 (占年初预算的25%, 占全年预算的…%), in a clause that a percentage closes before the figure
     * read: a share's base, said of the figure before it.
     */
    private static boolean shareOfBudgetClause(String t, int i, int len, int numberStart) {
        if (!t.startsWith("预算", i)) return false;
        int k = Math.max(0, i - 3);
        boolean afterShareWord = false;
        for (int q = k; q < i; q++) if (t.charAt(q) == '占' && !punctuationIn(t, q, i)) afterShareWord = true;
        if (!afterShareWord) return false;
        int q = i + len;
        while (q < numberStart && !isPunctuation(t.charAt(q))) {
            if (t.charAt(q) == '%' || t.charAt(q) == '％') return true;
            q++;
        }
        return false;
    }

    /** 占 (or 为) a few characters before 预算 at {@code at} with no punctuation between: 占年初预算, 为年预算的. */
    private static boolean shareBase(String t, int from, int at) {
        for (int k = Math.max(from, at - 4); k < at; k++) {
            if ((t.charAt(k) == '占' || t.charAt(k) == '为') && !punctuationIn(t, k, at)) return true;
        }
        return false;
    }

    /** What a named project's budget measures (ruling R11): its investment. */
    private static final Metric PROJECT_INVESTMENT = new Metric("投资", true);
    /** A government's planned spending under a head of its budget (ruling R11). */
    private static final Metric PLANNED_SPENDING = new Metric("支出", false);

    /**
     * 运作开支”项下追加拨款 / 经常开支项下拨款: 项下 (under the head) right before the appropriation (追加 / 增加 between),
     * a spending word (开支, 支出) right before it, a closing quote allowed between.
     */
    private static boolean spendingHeadBefore(String t, int sentenceStart, int appropriation) {
        int k = appropriation;
        if (k - 2 >= sentenceStart && (t.startsWith("追加", k - 2) || t.startsWith("增加", k - 2))) k -= 2;
        if (k - 2 < sentenceStart || !t.startsWith("项下", k - 2)) return false;
        k -= 2;
        if (k - 1 >= sentenceStart && "”」』\"″'’".indexOf(t.charAt(k - 1)) >= 0) k--;
        return k - 2 >= sentenceStart && (t.startsWith("开支", k - 2) || t.startsWith("支出", k - 2));
    }
    /** The last character of a project's name (…文化区, …项目, …工程, …大楼, …中心, …场馆, …线, …桥). */
    private static final String PROJECT_NAME_ENDS = "区目程楼心馆线桥";

    /**
     * 预算 at {@code at} right after the name of a project, in a sentence that names projects before it (建设项目, 工程):
     * 其中…文化区预算. Not a government's or a year's budget: 政府 / 年度 / 公共 within the name.
     */
    private static boolean projectsBudget(String t, int sentenceStart, int at) {
        // 立法会大楼扩建工程，…追加拨款3.9亿港元，涉及预算由约11.7亿港元增至…: the budget the works of the sentence involve
        // (dev15 d15-0018): a named works project (工程) before it and no government's or year's budget between.
        if (at - 2 >= sentenceStart && t.startsWith("涉及", at - 2)) {
            int works = lastIndexIn(t, "工程", sentenceStart, at - 2);
            if (works < 0) return false;
            return !governmentBudgetIn(t, works, at);
        }
        // …建造工程，预算为四千多万元 (dev15 d15-0020): the budget in the clause right after the project's name
        int nameEnd = at - 1 > sentenceStart && (t.charAt(at - 1) == '，' || t.charAt(at - 1) == ',') ? at - 1 : at;
        if (nameEnd - 1 < sentenceStart || PROJECT_NAME_ENDS.indexOf(t.charAt(nameEnd - 1)) < 0) return false;
        at = nameEnd;
        int name = at - 1;
        while (name > sentenceStart && !isPunctuation(t.charAt(name - 1))) name--;
        if (governmentBudgetIn(t, name, at)) return false;
        return indexIn(t, "项目", sentenceStart, name) >= 0 || indexIn(t, "工程", sentenceStart, name) >= 0;
    }

    /** Words of a government's or a year's budget (not one works project's). */
    private static final String[] GOVERNMENT_BUDGET_WORDS = {"政府", "年度", "公共", "财政", "总预算"};

    private static boolean governmentBudgetIn(String t, int from, int to) {
        for (String w : GOVERNMENT_BUDGET_WORDS) if (indexIn(t, w, from, to) >= 0) return true;
        return false;
    }

    /** Verbs of a cut or a rise written right before the figure, after the name of what changes. */
    private static final String[] CHANGE_VERBS = {"减少", "增加", "削减", "下调", "上调",
            // 行政公职局新登录PIDDA项目涉及一点五亿元: the sum a works project involves is its cost (dev15 d15-0022)
            "涉及"};
    /** Words of a sum written between the name and the verb (四个项目合共减少). */
    private static final String[] SUM_WORDS = {"合共", "合计", "共"};
    /** The longest bracketed note written after a project's name (完善工程(氹仔)). */
    private static final int NAME_NOTE = 10;

    /**
     * 旅游大学完善工程(氹仔)减少八百多万元, 污水厂处理设施减少四亿多元, 四个项目合共减少六点一亿元, …项目涉及一点五亿元: a
     * change verb (or 涉及) right before the
     * figure and, right before it (a sum word and a bracketed note between), a works project's name (…工程, …项目, …设施,
     * …大楼, …馆, …桥): the project's cost changes. Not a district's or a centre's (区, 心 name places and bodies too).
     */
    private static boolean worksChangedBy(String t, int sentenceStart, int numberStart) {
        for (String v : CHANGE_VERBS) {
            int k = numberStart - v.length();
            if (k < sentenceStart || !t.startsWith(v, k)) continue;
            for (String w : SUM_WORDS) {
                if (k - w.length() >= sentenceStart && t.startsWith(w, k - w.length())) { k -= w.length(); break; }
            }
            if (k - 1 >= sentenceStart && (t.charAt(k - 1) == ')' || t.charAt(k - 1) == '）')) {
                int o = k - 2;
                while (o >= sentenceStart && k - o <= NAME_NOTE && t.charAt(o) != '(' && t.charAt(o) != '（') o--;
                if (o < sentenceStart || k - o > NAME_NOTE) return false;
                k = o;
            }
            if (k - 2 < sentenceStart) return false;
            return t.startsWith("工程", k - 2) || t.startsWith("项目", k - 2) || t.startsWith("设施", k - 2)
                    || t.startsWith("大楼", k - 2) || "馆桥".indexOf(t.charAt(k - 1)) >= 0;
        }
        return false;
    }

    /** What a figure sized as a budget measures (500亿元预算项目): funds allocated. */
    private static final Metric BUDGET_ALLOCATED = new Metric("资金", true);
    private static final String PAIR_JOINERS = "、与和及暨跟";
    private static final String[] RESPECTIVELY = {"分别", "双双", "均"};

    /**
     * Where this figure's own metric words may start: after a metric noun written right after the previous figure
     * (增拨五十亿元经常开支，其中三十六亿元拨款: 开支 is the first figure's), when punctuation separates that noun from this
     * figure; a noun that runs straight into this figure (产值10亿元利税2亿元) stays this figure's.
     */
    private int nounOfPreviousFigureEnd(String t, int sentenceStart, int floor, int numberStart) {
        if (floor <= sentenceStart) return floor;
        // 200亿元落马洲河套区、100亿元注资创新及科技基金、100亿元改善科学园设施: items that open with their figure; what
        // stands before the 、 is the previous item's purpose, so this figure names no metric before it.
        int b = numberStart - 1;
        while (b > floor && t.charAt(b) == ' ') b--;
        if (b > floor && t.charAt(b) == '、') return numberStart;
        for (int k = floor; k < Math.min(numberStart, floor + 3); k++) {
            if (isPunctuation(t.charAt(k))) return floor;
            int len = metrics.longestAt(t, k);
            if (len > 0 && k + len < numberStart) {
                return punctuationIn(t, k + len, numberStart) ? k + len : floor;
            }
        }
        return floor;
    }

    /**
     * The metric word right before a joiner that precedes the metric at {@code start} (产值、营业收入), or null; a short
     * modifier may stand between the joiner and the second metric (生产总值、规上工业营业收入).
     */
    private static Metric firstOfPair(String t, Metric previous, int previousEnd, int start) {
        if (previousEnd >= start || PAIR_JOINERS.indexOf(t.charAt(previousEnd)) < 0 || start - previousEnd - 1 > 4) return null;
        for (int k = previousEnd + 1; k < start; k++) if (!Character.isIdeographic(t.charAt(k))) return null;
        return previous;
    }

    /**
     * 营业与出口额: the first member shares the second's last character (额), written once. Looks at the two to four
     * characters before the joiner.
     */
    private Metric sharedSuffixPair(String t, int from, int start, int end) {
        if (start - 1 <= from || PAIR_JOINERS.indexOf(t.charAt(start - 1)) < 0) return null;
        // 进、出口额 (进口额 and 出口额, as customs tables head their columns): one character before the joiner that takes the
        // second word's rest (口额) makes the first word
        if (start - 2 >= from && Character.isIdeographic(t.charAt(start - 2)) && end - start >= 2) {
            String candidate = t.charAt(start - 2) + t.substring(start + 1, end);
            if (metrics.longestAt(candidate, 0) == candidate.length()) {
                Metric m = metrics.get(candidate, 0, candidate.length());
                if (!m.none()) return m;
            }
        }
        char last = t.charAt(end - 1);
        for (int len = 4; len >= 2; len--) {
            int s = start - 1 - len;
            if (s < from) continue;
            String candidate = t.substring(s, start - 1) + last;
            if (metrics.longestAt(candidate, 0) == candidate.length()) {
                Metric m = metrics.get(candidate, 0, candidate.length());
                if (!m.none()) return m;
            }
        }
        return null;
    }

    /** Only a range word or a joiner, digits and the words of a time (至107年度, 及) between the figure before and this one. */
    private static boolean joinedToPrevious(String t, int previousEnd, int numberStart) {
        boolean joiner = false;
        for (int k = previousEnd; k < numberStart; k++) {
            char c = t.charAt(k);
            if ("至到及和与、".indexOf(c) >= 0) joiner = true;
            else if (!Character.isDigit(c) && c != ' ' && "年度月底末份第季".indexOf(c) < 0) return false;
        }
        return joiner;
    }

    /** 分别 / 双双 / 均 between the metrics and the figure, in the same clause. */
    private static boolean respectively(String t, int from, int numberStart) {
        if (punctuationIn(t, from, numberStart) && !commaThenVerb(t, from, numberStart)) return false;
        for (String w : RESPECTIVELY) if (indexIn(t, w, from, numberStart) >= 0) return true;
        return false;
    }

    /** 营业与出口额双双成长10%，达…: one comma inside the respectively phrase, the figure right after it (a verb between). */
    private static boolean commaThenVerb(String t, int from, int numberStart) {
        int commas = 0;
        for (int k = from; k < numberStart; k++) {
            char c = t.charAt(k);
            if (c == '，' || c == ',') commas++;
            else if (isPunctuation(c)) return false;
        }
        return commas == 1;
    }

    private static boolean isPunctuation(char c) {
        return c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':' || c == '。' || c == '、';
    }

    private static boolean punctuationIn(String t, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) if (isPunctuation(t.charAt(k))) return true;
        return false;
    }

    /** 跃上千亿元台阶, 迈上万亿元新台阶: the figure names a level reached, a scale label like 千亿级 (conventions). */
    private static boolean stepAfter(String t, int end, int sentenceEnd) {
        int i = end;
        if (i < sentenceEnd && t.charAt(i) == '新') i++;
        return i + 2 <= sentenceEnd && t.startsWith("台阶", i);
    }

    /** 项目 within a few characters after the figure, before any other number (亿元以上新签约项目, 5000万元及以上项目). */
    private static boolean projectsAfter(String t, int end, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, end + 10);
        for (int k = end; k + 1 < limit + 1 && k + 1 < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isDigit(c) || c == '，' || c == ',' || c == '；' || c == ';' || c == '、') return false;
            if (c == '项' && t.charAt(k + 1) == '目') return true;
        }
        return false;
    }

    /** Clauses and time references are looked for this far back at most: keeps the recogniser linear on text without stops. */
    static final int LOOK_BACK = 300;
    /** How far before a figure 已 is looked for after a goal-like year (到2022年，昆山已形成…). */
    private static final int REACHED_WINDOW = 30;

    /** How long the name of a works project after a figure may be (北区百和路社区健康中心暨社会福利设施工程). */
    private static final int WORKS_NAME = 24;
    /** What a works project's name ends in (before a phase: 重建计划第一期). */
    private static final String[] WORKS_HEADS = {"工程计划", "扩建计划", "重建计划", "兴建计划", "工程"};
    /** A purpose opening the words after the figure (预留30亿元推展…扩建计划, dev13 d13-0085): money allocated to it, 资金. */
    private static final String[] PURPOSE_VERBS = {"用于", "用作", "以", "作", "推展", "推动", "推进", "支持", "资助", "兴建", "建设",
            "发展", "开展", "进行", "落实", "改善", "加强", "提升", "完成", "展开"};

    /**
     * Right after the figure (a 的 read over) the name of a works project up to the next punctuation: it ends in
     * {@link #WORKS_HEADS}, a phase (第一期) at most after it, and is no appropriation (工程拨款) or verb phrase (用于…).
     */
    private static boolean worksNamedAfter(String t, int end, int sentenceEnd) {
        int k = end;
        if (k < sentenceEnd && t.charAt(k) == '的') k++;
        int stop = k;
        while (stop < sentenceEnd && stop - k <= WORKS_NAME && !isPunctuation(t.charAt(stop))) stop++;
        if (stop - k > WORKS_NAME || stop == k) return false;
        String name = t.substring(k, stop);
        if (name.contains("拨款")) return false;
        for (String v : PURPOSE_VERBS) if (name.startsWith(v)) return false;
        name = name.replaceAll("第[一二三四五六七八九十]期$", "");
        for (String h : WORKS_HEADS) if (name.endsWith(h) && name.length() > h.length()) return true;
        return false;
    }

    private static final String[] INJECTIONS = {"注资", "增资"};
    /** How far after the figure the fund an injection goes into may end (100亿元注资创新及科技基金). */
    private static final int INJECTED_FUND_AFTER = 16;

    /**
     * The figure is money injected into a fund: 注资 / 增资 before it in its clause with 基金 before that (向…基金注资, 基金将
     * 增资), or 注资 right after it with 基金 before the next punctuation (100亿元注资…基金).
     */
    private static boolean injectionIntoFund(String t, int clauseStart, int numberStart, int end, int sentenceEnd) {
        for (String w : INJECTIONS) {
            int k = lastIndexIn(t, w, clauseStart, numberStart);
            if (k >= 0 && numberStart - (k + w.length()) <= 2 && lastIndexIn(t, "基金", clauseStart, k) >= 0
                    && lastIndexIn(t, "基金会", clauseStart, k) < 0) return true;
        }
        int k = end;
        while (k < sentenceEnd && t.charAt(k) == ' ') k++;
        if (!t.startsWith("注资", k)) return false;
        for (int j = k + 2; j < Math.min(sentenceEnd, end + INJECTED_FUND_AFTER); j++) {
            if (isPunctuation(t.charAt(j))) return false;
            if (t.startsWith("基金", j)) return !t.startsWith("基金会", j);
        }
        return false;
    }

    private static int clauseStart(String t, int sentenceStart, int numberStart) {
        int floor = Math.max(sentenceStart, numberStart - LOOK_BACK);
        for (int i = numberStart - 1; i >= floor; i--) {
            char c = t.charAt(i);
            if (c == '，' || c == ',' || c == '：' || c == ':') return i + 1;
        }
        return floor;
    }

    private static String findComparator(String t, int from, int numberStart) {
        int lo = Math.max(from, numberStart - 14);
        for (int i = numberStart - 1; i >= lo; i--) {
            for (String c : COMPARATORS) {
                if (i + c.length() <= numberStart && t.startsWith(c, i)) {
                    // 达到 and 达: the longer word, found at its own start.
                    if (c.equals("破") && i > 0 && t.charAt(i - 1) == '突') continue;
                    if (c.equals("达") && i + 1 < t.length() && (t.charAt(i + 1) == '到' || t.charAt(i + 1) == '成')) continue;
                    if (c.equals("为") && i > 0 && (t.charAt(i - 1) == '约' || t.charAt(i - 1) == '作' || t.charAt(i - 1) == '成')) continue;
                    // 不超过 / 不高于 / 不低于: the negated word, found one character left of the word it negates (scanning
                    // right to left meets 超过 first, so the negated forms need no entry of their own above); an upper
                    // bound then has no comparator (R9), not 超过's
                    if (i > lo && t.charAt(i - 1) == '不' && NEGATED.contains(c)) return "不" + c;
                    return c;
                }
            }
        }
        return null;
    }

    /** The comparators that 不 turns into another bound (不少于 is listed whole: 少于 alone is no comparator). */
    private static final java.util.Set<String> NEGATED = java.util.Set.of("超过", "低于", "高于");

    /** 目标 inside the noun phrase right after the figure (…亿元基金管理规模目标), before any punctuation. */
    private static boolean goalNamedAfter(String t, int end, int sentenceEnd) {
        int to = Math.min(sentenceEnd, end + 10);
        int goal = indexIn(t, "目标", end, to);
        return goal >= 0 && !punctuationIn(t, end, goal);
    }

    /** 扩大到 / 扩大至 right before the figure, 规模 right after it, and a plan word (将, 计划, 力争, 争取) before in the sentence. */
    private static boolean sizeGrownTo(String t, int sentenceStart, int numberStart, int end, int sentenceEnd) {
        boolean grown = numberStart >= 3 && (t.startsWith("扩大到", numberStart - 3) || t.startsWith("扩大至", numberStart - 3));
        if (!grown || !t.startsWith("规模", end)) return false;
        for (String w : PLAN_WORDS) if (indexIn(t, w, sentenceStart, numberStart - 3) >= 0) return true;
        return false;
    }

    private static final String[] PLAN_WORDS = {"将", "计划", "力争", "争取"};
    private static final String[] YIELD_VERBS = {"创造", "带来"};
    /** 可 also stands for 可望, 可以 and 可能, which hold it. */
    private static final String[] EXPECTATION_WORDS = {"有望", "预估", "预计", "估计", "可"};

    /**
     * A verb of yield (创造, 带来) in the figure's own clause, after a word of expectation (可望, 预估, 可 …) in that clause,
     * with no money word between the verb and the figure (可带来投资30亿元 stays money put in).
     */
    private boolean expectedYield(String t, int ownClause, int numberStart) {
        int from = Math.max(0, ownClause);
        for (int i = from; i < numberStart; i++) {
            for (String v : YIELD_VERBS) {
                if (!t.startsWith(v, i)) continue;
                boolean expected = false;
                for (String w : EXPECTATION_WORDS) if (indexIn(t, w, from, i) >= 0) { expected = true; break; }
                if (!expected) continue;
                if (investmentVerbBefore(t, i + v.length(), numberStart)) return false;
                for (int j = i + v.length(); j < numberStart; j++) {
                    int len = metrics.longestAt(t, j);
                    if (len > 0 && j + len <= numberStart && metrics.get(t, j, j + len).investment()) return false;
                }
                return true;
            }
        }
        return false;
    }

    private static boolean investmentVerbBefore(String t, int from, int numberStart) {
        for (int i = Math.max(0, from); i < numberStart; i++) {
            for (String v : INVESTMENT_VERBS) {
                if (!t.startsWith(v, i)) continue;
                // 投入量产 / 投入生产 / 投入使用 / 投入运营: put into operation, not money put in
                if (v.equals("投入") && NOT_MONEY_AFTER_TOURU.longestAt(t, i + 2) > 0) continue;
                if (v.equals("投资") && NOT_MONEY_AFTER_TOUZI.longestAt(t, i + 2) > 0) continue;
                return true;
            }
        }
        return false;
    }

    private String timeKind(String t, int sentenceStart, int timeFrom, int numberStart, FigureTime.Ref y, LocalDate published) {
        // 完成年任务75亿元的23.7%, 全年目标200亿元: a task or goal named right before the figure.
        int near = Math.max(sentenceStart, numberStart - 4);
        if (indexIn(t, "任务", near, numberStart) >= 0 || indexIn(t, "目标", near, numberStart) >= 0) return FigureKind.TARGET.label();
        Integer when = y.year() != null ? y.year() : y.to();
        if (published != null && estimateOfResult(t, sentenceStart, numberStart, when, published)) return FigureKind.ACTUAL.label();
        if (when != null && published != null) {
            if (when > published.getYear()) return FigureKind.TARGET.label();
            if (when < published.getYear() || y.from() != null || y.period() != null) return FigureKind.ACTUAL.label();
        }
        if (y.targetCue()) return FigureKind.TARGET.label();
        for (String c : TARGET_CUES) {
            if (c.length() == 1 && (c.equals("到") || c.equals("至"))) continue;
            if (indexIn(t, c, Math.max(sentenceStart, numberStart - LOOK_BACK), numberStart) >= 0) return FigureKind.TARGET.label();
        }
        for (String c : NEAR_TARGET_CUES) {
            if (indexIn(t, c, Math.max(sentenceStart, numberStart - 6), numberStart) >= 0) return FigureKind.TARGET.label();
        }
        // 政府未来5年的基本工程开支每年平均约为1,200亿元 / 美国未来几年…将达…: a figure of the years to come is a plan (dev,
        // dev7 and dev11 write every figure after 未来N年 that is no money put in as a target); 未来产业 (a noun) is none
        if (futureYearsBefore(t, Math.max(sentenceStart, numberStart - LOOK_BACK), numberStart)) return FigureKind.TARGET.label();
        // 工研院最新预估，今年IC产业产值达2.6万亿元；其中IC设计业产值为6403亿元；…: an estimate opening a list that ；
        // continues governs every item of it, as the list's year does.
        if (timeFrom < sentenceStart) {
            if (published != null && estimateOfResult(t, timeFrom, numberStart, when, published)) return FigureKind.ACTUAL.label();
            for (String c : ESTIMATE_CUES) {
                if (indexIn(t, c, Math.max(timeFrom, numberStart - LOOK_BACK), sentenceStart) >= 0) return FigureKind.TARGET.label();
            }
        }
        // 2013年，海洋主要产业产值突破2000亿元 in a report of March 2013: a whole year's figure for the year just begun can be
        // no result yet (the real-text sets hold 13 such figures, all targets, but for the present state of 目前).
        if (when != null && published != null && when == published.getYear() && y.period() == null && y.from() == null
                && published.getMonthValue() <= 3 && !y.now() && indexIn(t, "目前", Math.max(sentenceStart, numberStart - LOOK_BACK), numberStart) < 0
                && indexIn(t, when + "年", Math.max(timeFrom, numberStart - LOOK_BACK), numberStart) >= 0) {   // the year written out
            return FigureKind.TARGET.label();
        }
        if (when != null && published != null && when == published.getYear()) return FigureKind.ACTUAL.label();
        // A figure stated without a goal or a future year is reported as a fact.
        return FigureKind.ACTUAL.label();
    }

    /**
     * An estimate of a result rather than a goal: 预计实现 / 预计完成 without a year, in a report of January or February on
     * the year just ended (预计实现地区生产总值1800亿元). The annotation conventions count it as an actual ("预计完成" for a
     * year already over); an estimate for the current year, late in it or not, stays a target, as the real-text sets write it.
     */
    private static boolean estimateOfResult(String t, int sentenceStart, int numberStart, Integer when, LocalDate published) {
        // In January-February the estimate is of the year just ended; in December of the year about to end (a year-end
        // report's 预计(下同)，实现地区生产总值319亿元: conventions, session 18).
        if (when != null || (published.getMonthValue() > 2 && published.getMonthValue() < 12)) return false;
        int from = Math.max(sentenceStart, numberStart - LOOK_BACK);
        boolean estimate = false;
        for (String c : ESTIMATE_CUES) if (indexIn(t, c, from, numberStart) >= 0) estimate = true;
        if (!estimate || (indexIn(t, "实现", from, numberStart) < 0 && indexIn(t, "完成", from, numberStart) < 0)) return false;
        for (String c : GOAL_CUES) if (indexIn(t, c, from, numberStart) >= 0) return false;
        return true;
    }

    /** Words that name the year under way: 今年 (今年以来, 今年3月), 本年度, 年内. */
    private static final String[] YEAR_UNDER_WAY = {"今年", "本年", "年内", "年內"};

    /** [from, to) names the year under way as a year: one of {@link #YEAR_UNDER_WAY}, or that year written (2014年). */
    static boolean yearUnderWayWritten(String t, int from, int to, int year) {
        for (String w : YEAR_UNDER_WAY) if (indexIn(t, w, from, to) >= 0) return true;
        return indexIn(t, year + "年", from, to) >= 0;
    }

    /**
     * Where {@code w} first stands wholly inside [from, to), or -1. Bounded on both sides: {@code String.indexOf} would
     * read on to the end of the text when the word is absent, which made long texts without stops quadratic.
     */
    static int indexIn(String t, String w, int from, int to) {
        for (int i = Math.max(0, from); i + w.length() <= to; i++) if (t.startsWith(w, i)) return i;
        return -1;
    }

    /** Where {@code w} last stands wholly inside [from, to), or -1. */
    static int lastIndexIn(String t, String w, int from, int to) {
        for (int i = Math.min(t.length(), to) - w.length(); i >= Math.max(0, from); i--) if (t.startsWith(w, i)) return i;
        return -1;
    }
}
