package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.ClusterMention;
import org.policyminer.doc.Entities;

/** Forms real pages print that the written sentences never had (sentences made up in the same shape). */
class RealTextFormsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @Test
    void digitGroupsSeparatedBySpacesAreOneNumber() {
        List<AmountMention> a = recognizer.recognize("2021年全省地区生产总值实现12 345.6亿元,第一产业增加值1 234亿元。", null).amounts();
        assertEquals(2, a.size(), a.toString());
        assertEquals(1.23456e12, a.get(0).value(), 1);
        assertEquals("12 345.6亿元", a.get(0).text());
        assertEquals(1.234e11, a.get(1).value(), 1);
        // a year and its 年 written apart, or two numbers side by side, are no digit groups
        assertEquals(2017, recognizer.recognize("2017 年全市产值达 810 亿元。", null).amounts().get(0).year());
        assertEquals(8.1e10, recognizer.recognize("2017 年全市产值达 810 亿元。", null).amounts().get(0).value(), 1);
    }

    @Test
    void readingGlossesAreReadThroughAndOffsetsStayOnTheGivenText() {
        String t = "寧德市動(dòng)力電池集群上榜,完成產(chǎn)值1580億元,其中萬(wàn)億級(jí)集群2個。";
        Entities e = recognizer.recognize(t, LocalDate.of(2022, 11, 30));
        ClusterMention c = e.clusters().get(0);
        assertEquals("宁德市动力电池集群", c.name());
        assertEquals("寧德市動(dòng)力電池集群", t.substring(c.start(), c.end()));
        assertEquals(c.text(), t.substring(c.start(), c.end()));
        AmountMention output = e.amounts().get(0);
        assertEquals(1.58e11, output.value(), 1);
        assertEquals("产值", output.metric());
        assertEquals("1580億元", t.substring(output.start(), output.end()));
        AmountMention label = e.amounts().get(1);
        assertEquals(1e12, label.value(), 1);
        assertEquals("scale", label.kind());
        assertEquals("萬(wàn)億級", label.text());   // ends at its last character, before the gloss
    }

    @Test
    void ordinaryBracketsAfterChineseAreNoGlosses() {
        assertNull(ReadingGlosses.strip("地区生产总值(GDP)达到(约)100亿元(人民币)"));
        assertEquals("产业", ReadingGlosses.strip("產(chǎn)業(yè)").text().replace("產", "产").replace("業", "业"));
    }

    @Test
    void hongKongFormOfQunAndServiceSegmentsNameClusters() {
        List<String> names = recognizer.recognize("日前,哈爾濱市平房區航空配套產業集羣入選國家級名單。", null).clusters().stream().map(ClusterMention::name).toList();
        assertEquals(List.of("哈尔滨市平房区航空配套集群"), names);
        names = recognizer.recognize("分别是:上海市徐汇区检验检测认证产业集群、上海市浦东新区高端通用芯片设计产业集群。", null)
                .clusters().stream().map(ClusterMention::name).toList();
        assertEquals(List.of("上海市徐汇区检验检测认证集群", "上海市浦东新区高端通用芯片设计集群"), names);
    }

    @Test
    void boundsOnProjectsMeasureInvestmentAndBudgetWordsHaveTheirOwnMetrics() {
        List<AmountMention> a = recognizer.recognize("超10亿元产业项目29个、超20亿元产业项目12个,亿美元以上外资项目3个。", null).amounts();
        assertEquals(List.of("投资", "投资", "投资"), a.stream().map(AmountMention::metric).toList());
        assertEquals(List.of("threshold", "threshold", "threshold"), a.stream().map(AmountMention::kind).toList());
        a = recognizer.recognize("上半年,全市一般公共预算收入1144.4亿元;一般公共预算支出1532.7亿元;协议引资67.7亿元。", LocalDate.of(2024, 8, 1)).amounts();
        assertEquals(List.of("财政收入", "支出", "投资"), a.stream().map(AmountMention::metric).toList());
        assertEquals("investment", a.get(2).kind());
        // a bound on firms keeps the metric its sentence names, and none is made up for it
        assertEquals("产值", recognizer.recognize("新增产值超10亿元企业有6家。", null).amounts().get(0).metric());
        assertEquals(null, recognizer.recognize("过亿元的企业有14家。", null).amounts().get(0).metric());
    }

    @Test
    void listedFiguresShareTheirBoundKindAndSpreadYearsAfterFenbie() {
        List<AmountMention> a = recognizer.recognize("两家企业总营收分别超过1764亿元、1062亿元。", null).amounts();
        assertEquals(List.of("超过", "超过"), a.stream().map(AmountMention::comparator).toList());
        a = recognizer.recognize("年营业收入超100亿元、50亿元的产业集群分别增至7个、16个。", null).amounts();
        assertEquals(List.of("threshold", "threshold"), a.stream().map(AmountMention::kind).toList());
        a = recognizer.recognize("2016年至2018年,分别完成工业实际投入70.3亿元、93.8亿元、106亿元。", LocalDate.of(2018, 12, 10)).amounts();
        assertEquals(List.of(2016, 2017, 2018), a.stream().map(AmountMention::year).toList());
        assertEquals(List.of("investment", "investment", "investment"), a.stream().map(AmountMention::kind).toList());
        // without 分别 the span stays a span; a count that does not match the span leaves it too
        a = recognizer.recognize("2016年至2018年,累计投入70.3亿元、93.8亿元。", null).amounts();
        assertEquals(2016, a.get(0).periodFrom());
        assertNull(a.get(0).year());
    }

    @Test
    void estimatesAndFusedBoundsAreReadAsTheyAreWritten() {
        AmountMention a = recognizer.recognize("工研院預期,今年產值可望進一步達4.8兆元。", LocalDate.of(2022, 2, 15)).amounts().get(0);
        assertEquals("target", a.kind());
        assertEquals(2022, a.year());
        assertEquals("超过", recognizer.recognize("28个集聚区产值过50亿元。", null).amounts().get(0).comparator());
        assertEquals("以上", recognizer.recognize("全市5000万元及以上项目950个。", null).amounts().get(0).comparator());
    }

    /** dev2 (session 18): metric words and cities real pages print that the earlier sets never had. */
    @Test
    void taxesGrantsProfitsAndMetropolitanAreas() {
        LocalDate d = LocalDate.of(2021, 2, 2);
        AmountMention tax = recognizer.recognize("2020年全市税费收入144.8亿元。", d).amounts().get(0);
        assertEquals("税收", tax.metric());
        AmountMention grant = recognizer.recognize("参与计划的企业可获取最多4500万元资助。", d).amounts().get(0);
        assertEquals("资金", grant.metric());
        assertEquals("investment", grant.kind());
        AmountMention step = recognizer.recognize("经济总量跃上千亿元台阶。", d).amounts().get(0);
        assertEquals("达到", step.comparator());
        List<String> cities = recognizer.recognize("南昌都市圈产业龙头地位更加突出,其中南昌占全省四分之一以上。", d).cities().stream()
                .map(c -> c.name()).distinct().toList();
        assertEquals(List.of("南昌市"), cities);
        assertEquals(List.of(), recognizer.recognize("滁州网讯(记者)日前,全省23家产业集群入选。", d).cities());
    }

    /** A county's bare stem is a place only inside a cluster name: 会同 (together with) owns no figure. */
    @Test
    void aCountyStemOwnsNoFigure() {
        AmountMention a = recognizer.recognize("省财政厅会同省工信厅下达专项资金5亿元。", LocalDate.of(2023, 1, 1)).amounts().get(0);
        assertNull(a.subject());
    }

    /** dev3 (session 19): metric words, kinds and bracketed places real pages print (sentences made up in the same shapes). */
    @Test
    void exportsTaxesAndListsNameTheirMetricAsTheNotesDo() {
        LocalDate d = LocalDate.of(2019, 6, 1);
        assertEquals("进出口", recognizer.recognize("进出口总额44亿美元、增长15.8%。", d).amounts().get(0).metric());
        assertEquals("出口", recognizer.recognize("全省累计出口额达169.5亿美元。", d).amounts().get(0).metric());
        assertEquals("税收", recognizer.recognize("实现税金2.27亿元，同比增长49.7%。", d).amounts().get(0).metric());
        AmountMention zone = recognizer.recognize("加工出口区屏东园区去年投、增资额达242亿元。", d).amounts().get(0);
        assertEquals("投资", zone.metric());
        assertEquals("investment", zone.kind());
        // a list's metric carries over ；, not onto a 级 label in a clause of its own
        List<AmountMention> list = recognizer.recognize("其中IC设计业产值为6403亿元；IC制造业为1.5万亿元。", d).amounts();
        assertEquals("产值", list.get(1).metric());
        List<AmountMention> labels = recognizer.recognize("10亿元以上项目有55个；其中，100亿元级项目5个。", d).amounts();
        assertNull(labels.get(1).metric());
    }

    @Test
    void tasksEstimatesAndTaiwanProjectionsHaveTheirKinds() {
        assertEquals("target", recognizer.recognize("中科营业额全年上看8000亿元。", LocalDate.of(2019, 4, 2)).amounts().get(0).kind());
        List<AmountMention> task = recognizer.recognize("1—3月份，园区实现工业总产值17.78亿元，完成年任务75亿元的23.7%；"
                + "实现工业固定资产投资1.42亿元，完成年任务14亿元的10.2%。", LocalDate.of(2016, 4, 20)).amounts();
        assertEquals("actual", task.get(0).kind());
        assertEquals("target", task.get(1).kind());
        assertEquals("investment", task.get(3).kind());
        // 预计实现 without a year in a report of January is the year just ended; the same words in June are a goal
        String report = "预计，全市实现地区生产总值1360亿元，增长9.4%。";
        assertEquals("actual", recognizer.recognize(report, LocalDate.of(2016, 1, 6)).amounts().get(0).kind());
        assertEquals("target", recognizer.recognize(report, LocalDate.of(2016, 6, 6)).amounts().get(0).kind());
    }

    @Test
    void aPlaceInBracketsInsideANameIsNoMention() {
        LocalDate d = LocalDate.of(2023, 3, 29);
        assertEquals(List.of(), recognizer.recognize("天顺风能(苏州)股份有限公司签约，计划投资5亿元。", d).cities());
        assertEquals(List.of(), recognizer.recognize("新能源智能制造基地(湖北)项目也正式开工。", d).cities());
        List<String> zone = recognizer.recognize("中国(上海)自由贸易试验区新增企业1000家。", d).cities().stream().map(c -> c.name()).toList();
        assertEquals(List.of("上海市"), zone);
    }

    /** An estimate that opens a ；-list governs its items; a year-end report's 预计…实现 is an actual (dev3 d3-0172, dev2 d2-0174). */
    @Test
    void anEstimateOpeningAListGovernsItsItems() {
        List<AmountMention> forecast = recognizer.recognize("工研院最新预估，今年IC产业产值达2.6万亿元，年增7%；其中IC设计业产值为6403亿元，年增3.8%；"
                + "IC制造业为1.5万亿元。", LocalDate.of(2018, 11, 14)).amounts();
        assertEquals(3, forecast.size(), forecast.toString());
        for (AmountMention a : forecast) assertEquals("target", a.kind(), a.text());
        List<AmountMention> yearEnd = recognizer.recognize("预计(下同)，实现地区生产总值319亿元，增长5.8%；社会消费品零售总额143.2亿元，增长11%。",
                LocalDate.of(2023, 12, 28)).amounts();
        assertEquals(2, yearEnd.size(), yearEnd.toString());
        for (AmountMention a : yearEnd) assertEquals("actual", a.kind(), a.text());
    }

    /** City classes of dev and dev3 (session 21): firms in a 、-list closed by 等…企业, names read across a county's, datelines, reports. */
    @Test
    void citiesInsideFirmListsCountyNamesAndDatelinesAreNoMentions() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        assertEquals(List.of(), names("依托株洲电力机车、湘潭电机、株洲时代等企业，培育产业集群。", d));
        assertEquals(List.of(), names("有拾分味道食品、安徽双全面粉等规上企业44家。", d));
        assertEquals(List.of("江苏省", "浙江省"), names("其中江苏13个、浙江10个等。", d));
        assertEquals(List.of("青岛市"), names("青岛聚集了海尔、海信、澳柯玛等一批龙头企业。", d));
        assertEquals(List.of(), names("沙河玻璃、清河南宫羊绒、宁晋中低压电线电缆等集群获评。", d));
        assertEquals(List.of("阳江市"), names("捷龙三号从海阳出厂，远赴广东阳江海域。", d));
        // (session 24: the place that opens the meeting's name is inside a name, as dev4's conventions say; the venue 在宁德 is
        // the mention, as d3-0082 has it)
        assertEquals(List.of("宁德市"), names("中新网 福建宁德1月11日电 宁德市五届人大三次会议11日在宁德开幕。", d));
        assertEquals(List.of("邢台市"), names("2025年邢台市政府工作报告提出，做强特色产业。", d));
        assertEquals(List.of("邢台市"), names("2024年，邢台县域特色产业集群继续领跑。", d));
        // dev4: a date before the dateline place, brackets inside a company name, river banks, a corps, city groups
        assertEquals(List.of(), names("中央社驻京记者15日北京专电，国家统计局公布数据。", d));
        assertEquals(List.of(), names("分别为酒泉钢铁(集团)有限责任公司、金川集团。", d));
        assertEquals(List.of(), names("打造珠江西岸国际航空枢纽。", d));
        assertEquals(List.of(), names("计划单列市、新疆生产建设兵团推荐数量不超过2个。", d));
        assertEquals(List.of("鄂尔多斯市", "山西省", "陕西省", "宁夏回族自治区", "呼和浩特市", "包头市", "银川市", "榆林市"),
                names("鄂尔多斯与晋陕宁三省区接壤，是呼包银榆经济区的重要一极。", d));
    }

    private List<String> names(String text, LocalDate d) {
        return recognizer.recognize(text, d).cities().stream().map(c -> c.name()).distinct().toList();
    }

    /** An industry's income is revenue; a person's stays income (dev3 d3-0078). */
    @Test
    void industryIncomeIsRevenue() {
        LocalDate d = LocalDate.of(2022, 10, 11);
        assertEquals("营收", recognizer.recognize("到2025年，全市锂电池新能源产业收入达到1500亿元。", d).amounts().get(0).metric());
        assertEquals("收入", recognizer.recognize("城镇常住居民人均可支配收入42580元。", d).amounts().get(0).metric());
    }

    /** Taiwan and Hong Kong forecast and spending words (read after conversion). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "今年營收估達5000億元。|target", "今年營收挑戰5000億元。|target", "今年營收力拼5000億元。|target",
            "今年營收預料達5000億元。|target", "全年營收有機會突破5000億元。|target", "今年營收可達5000億元。|target",
            "公司斥資50億元興建新廠。|investment", "台積電砸100億美元設廠。|investment", "政府撥款50億元支持產業。|investment",
            "今年一般公共預算收入17億元。|actual", "去年營收錄得5000億元。|actual",
            "大厂扩厂将投入量产行列，今年园区营业额将可顺利达成3,600亿元以上目标。|target"})
    void taiwanAndHongKongKindWords(String text, String kind) {
        assertEquals(kind, recognizer.recognize(text, LocalDate.of(2024, 3, 1)).amounts().get(0).kind(), text);
    }

    /** Metric words of dev4: reserves, trade value, deficits, a level's own revenue, approved capital. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "截至2025年9月底，澳门特区财政储备的资本金额为6580亿澳门元。|储备", "贸易额5.84兆元，成长31.88%。|进出口",
            "第一季录得有形贸易逆差836亿元。|逆差", "其中本级收入120.68亿元。|财政收入", "地区出产总值跳跃8000亿元。|GDP",
            "上半年核准资本额127.4亿元。|资本", "投资资本额上看3,428亿元。|投资"})
    void metricWordsOfDev4(String text, String metric) {
        assertEquals(metric, recognizer.recognize(text, LocalDate.of(2025, 3, 1)).amounts().get(0).metric(), text);
    }

    /** dev5 (session 22): Taiwan investment statistics and Hong Kong budget allocations. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "投(增)资金额22.5亿美元，年增11.5亿美元。|投资|investment", "观察核准侨外投资资金来源地区，以日本8.3亿美元最多。|投资|investment",
            "向数码港拨款2亿港元，加强支持初创企业。|资金|investment", "再额外预留500亿港元，支持本地创科发展。|资金|investment"})
    void metricWordsOfDev5(String text, String metric, String kind) {
        var a = recognizer.recognize(text, LocalDate.of(2018, 3, 1)).amounts().get(0);
        assertEquals(metric, a.metric(), text);
        assertEquals(kind, a.kind(), text);
    }

    /** Session 23: metric words of Macau / Hong Kong public accounts and Taiwan park statistics (traditional lines). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "首三月总开支为88.5亿元，按年微增2%。|支出|actual", "今年首季公共财政盈余达40.2亿元。|盈余|actual",
            "澳门2月赌收达180.3亿元。|收入|actual", "以利息为主的财产收益12.1亿元。|收入|actual",
            "园区去年贸易总额7,120.5亿元。|进出口|actual", "竹科去年营运额高达3,200亿元。|营收|actual",
            "去年规模企业开票达900亿元。|营收|actual", "估计总建设成本约1500亿元。|投资|investment",
            "签约项目总投资30亿元，其中合同资金25亿元。|投资|investment", "政府向园区公司注资80亿元。|资金|investment"})
    void metricWordsOfSession23(String text, String metric, String kind) {
        var amounts = recognizer.recognize(text, LocalDate.of(2024, 6, 1)).amounts();
        var a = amounts.get(amounts.size() - 1);
        assertEquals(metric, a.metric(), text);
        assertEquals(kind, a.kind(), text);
    }

    /**
     * Session 24 (traditional lines of dev..dev5): budgets, capital increases and bodies named after a fund. A body's or a
     * government's 预算 is planned spending (支出, a target); a figure sized as a budget (300亿元预算项目) is funds
     * allocated (资金, investment); 增资 (a capital increase) is capital; 基金会 is a body, not a fund figure.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "该基金会今年的预算约为12亿澳门元。|支出|target", "今年政府的教育预算高达900亿元。|支出|target",
            "政府在本财政年度推出300亿元预算项目。|资金|investment", "市民关心这次80亿元预算能否用得其所。|资金|investment",
            "加计园区厂商增资案8.2亿元。|资本|investment", "另有12家厂商申请增资，核准增资金额640亿元。|资本|investment",
            "该基金会去年资助的执行金额为3亿澳门元。|资金|investment"})
    void budgetsAndCapitalOfSession24(String text, String metric, String kind) {
        assertMetricAndKind(text, metric, kind);
    }

    /** Session 24 (dev6): a government's accounts in Taiwan budgets and Macau reports. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "县府明年岁入总额约二百三十亿元。|财政收入", "岁出总额约二百五十亿元。|支出", "岁入岁出差短约二十亿元。|赤字",
            "去年财政收益达900亿元。|财政收入", "期内经常收入有300亿元。|财政收入", "综合结余近200亿元。|盈余",
            "连同债务还本30亿元。|债务", "推动方案编列80亿元。|资金"})
    void publicAccountsOfSession24(String text, String metric) {
        assertEquals(metric, recognizer.recognize(text, LocalDate.of(2019, 12, 1)).amounts().get(0).metric(), text);
    }

    /**
     * Session 24 (dev6): figures of a budget drawn up or passed are plans, whatever their year; an executed budget and the
     * mainland's statistical 一般公共预算收入 report results.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "根据审查结果，去年岁入原列新台币1500亿元。|target", "市议会通过总预算案，岁出预算1,500亿元。|target",
            "2016年度财政预算执行情况显示，财政收益达1,105亿元。|actual", "2018年一般公共预算收入完成120亿元。|actual"})
    void budgetsDrawnUpArePlans(String text, String kind) {
        assertEquals(kind, recognizer.recognize(text, LocalDate.of(2019, 12, 1)).amounts().get(0).kind(), text);
    }


    private void assertMetricAndKind(String text, String metric, String kind) {
        var amounts = recognizer.recognize(text, LocalDate.of(2018, 3, 1)).amounts();
        var a = amounts.get(amounts.size() - 1);
        assertEquals(metric, a.metric(), text);
        assertEquals(kind, a.kind(), text);
    }

    /**
     * Session 24: a budget's executed share is spent money (支出, actual), not a plan; and a metric noun written right after a
     * figure (增拨二十亿元经常开支) names that figure, not the next one (其中十二亿元拨款).
     */
    @Test
    void metricNounsAfterAFigureBelongToIt() {
        var a = recognizer.recognize("2016年，该会的预算约为20亿澳门元，预算执行率为70%，即约14亿澳门元。", LocalDate.of(2017, 2, 1)).amounts();
        assertEquals(List.of("支出", "支出"), a.stream().map(x -> x.metric()).toList());
        assertEquals(List.of("target", "actual"), a.stream().map(x -> x.kind()).toList());
        var b = recognizer.recognize("政府已承诺增拨二十亿元经常开支，其中十二亿元拨款已获通过。", LocalDate.of(2018, 3, 1)).amounts();
        assertEquals(List.of("支出", "资金"), b.stream().map(x -> x.metric()).toList());
        assertEquals(List.of("investment", "investment"), b.stream().map(x -> x.kind()).toList());
        // a list of allocations, each item opening with its figure: the purpose after a figure is not the next one's metric
        // (an injection into a named fund is the fund's, 基金, ruling R15; the items after it stay 资金)
        var c = recognizer.recognize("当中包括 50 亿元注资科研基金、30 亿元改善园区设施、5 亿元支援初创企业。", LocalDate.of(2018, 3, 1)).amounts();
        assertEquals(List.of("基金", "资金", "资金"), c.stream().map(x -> x.metric()).toList());
    }

    /**
     * Session 24: a metric noun right after a figure (创造1200亿年产值) names it rather than a metric word of an earlier
     * clause, and the money words of the earlier clause (吸引民间资金投资, 投资额，) do not make it money put in.
     */
    @Test
    void aNounAfterTheFigureOutweighsAnEarlierClause() {
        var a = recognizer.recognize("县府努力吸引民间资金投资本县，两个园区的开发可望创造800亿年产值。", LocalDate.of(2017, 6, 1)).amounts();
        assertEquals("产值", a.get(0).metric());
        assertEquals("target", a.get(0).kind());
        var b = recognizer.recognize("共新增投资案500件，吸引900亿元投资额，创造1500亿元产值。", LocalDate.of(2025, 12, 1)).amounts();
        assertEquals(List.of("投资", "产值"), b.stream().map(x -> x.metric()).toList());
        assertEquals(List.of("investment", "actual"), b.stream().map(x -> x.kind()).toList());
        // a deal signed is money put in (签下…订单), also when no money word of an earlier clause says so
        var c = recognizer.recognize("围绕能源、证券投资等领域，签下至少30亿元的订单。", LocalDate.of(2024, 3, 1)).amounts();
        assertEquals("订单", c.get(0).metric());
        assertEquals("investment", c.get(0).kind());
        // 规模 after the figure is only "size": the metric named before stays
        assertEquals(List.of("营收"), metrics("全市营业收入同比增长10%，达到100亿元规模。"));
    }

    /**
     * Session 24: coordinated metrics said "respectively" or "both" (分别 / 双双 / 均): the first figure is the first
     * metric's, the next the second's, also when the first shares the second's 额 (营业与出口额).
     */
    @Test
    void coordinatedMetricsRespectively() {
        assertEquals(List.of("营收", "出口"), metrics("园区上半年的营业与出口额双双成长，达3,000亿元与2,500亿元。"));
        assertEquals(List.of("产值", "营收"), metrics("全区产值、营业收入分别达到500亿元、420亿元。"));
        assertEquals(List.of("GDP"), metrics("地区生产总值、规上工业营业收入去年双双突破千亿元大关。"));
        // no 分别 / 双双: the nearest metric, as before
        assertEquals(List.of("营收"), metrics("全区产值和营业收入合计达到500亿元。"));
    }

    /** Session 24 (dev6): a sum restated in words in brackets (Macau laws, Taiwan contracts) is one figure. */
    @Test
    void aSumRestatedInWordsIsOneFigure() {
        var a = recognizer.recognize("收入的修正透过使用结余的$2,150,000,000.00(澳门币贰拾壹亿伍仟万圆整)为之。", LocalDate.of(2009, 5, 1)).amounts();
        assertEquals(1, a.size(), a.toString());
        var b = recognizer.recognize("拨款澳门币1,234,500.50元（壹佰贰拾叁万肆仟伍佰元伍角）。", LocalDate.of(2009, 5, 1)).amounts();
        assertEquals(1, b.size(), b.toString());
        // a different figure in brackets stays (its own value)
        var c = recognizer.recognize("总投资50亿元（其中自筹20亿元）。", LocalDate.of(2009, 5, 1)).amounts();
        assertEquals(2, c.size(), c.toString());
    }

    /** Session 24 (dev6): public-account figures without 元 (Hong Kong, Macau and Taiwan pages) are money. */
    @Test
    void publicAccountFiguresWithoutYuan() {
        LocalDate d = LocalDate.of(2024, 10, 25);
        assertEquals(List.of(1.329e10, 1.61e9, 3.16e9), recognizer.recognize("有24项超支共约132.9亿，其中两局分别超支约16.1亿及31.6亿。", d)
                .amounts().stream().map(x -> x.value()).toList());
        assertEquals(1, recognizer.recognize("计划总经费20亿，正由农业部修正。", d).amounts().size());
        assertEquals(1, recognizer.recognize("综合结余近501亿。", d).amounts().size());
        // not a count: 预算 惠及 1.2亿人
        assertEquals(0, recognizer.recognize("这笔预算惠及1.2亿人。", d).amounts().size());
    }

    private List<String> metrics(String text) {
        return recognizer.recognize(text, LocalDate.of(2024, 8, 1)).amounts().stream().map(x -> x.metric()).toList();
    }
    /**
     * Session 25 (traditional lines of dev..dev6): Hong Kong's named taxes, an economic benefit or contribution, a
     * cost line, a purchase total and a budget "as originally listed" (原列预算, which names no quantity of its own).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "印花税及利得税合共增加近500亿元。|税收", "今年薪俸税约为700亿元。|税收",
            "在减废方面，总经济效益突破2亿元。|效益", "每年对本地经济贡献高达520亿元。|GDP",
            "2个营业基金收入合计1亿元，成本合计3亿元。|成本", "同期食肆购货总额为90亿元。|购货额",
            "其中岁入原列预算为两百亿元。|财政收入"})
    void metricWordsOfSession25(String text, String metric) {
        var amounts = recognizer.recognize(text, LocalDate.of(2019, 12, 1)).amounts();
        assertEquals(metric, amounts.get(amounts.size() - 1).metric(), text);
    }
    /**
     * Session 25 (dev7): visitors' spending, Hong Kong's retail sales value, funds from other provinces in a 招商 tally,
     * and a budgeting word (预算, 编列) after a line of accounts, which leaves the line as the metric.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "第3季旅客总消费按年上升3.7倍至48.0亿元。|消费", "第1季旅客人均消费为3,027澳门元。|消费",
            "3月的零售业总销货价值的临时估计为366亿元。|零售额", "全市实际到位外省资金突破700亿元。|投资",
            "政府公布博彩税收入年度预算为931亿澳门元。|税收", "县长表示，明年度岁出编列为323.6亿元。|支出",
            "印花税收入比原来预算增加约319亿元。|税收", "五大产业推动方案编列210亿元。|资金"})
    void metricWordsOfDev7(String text, String metric) {
        var amounts = recognizer.recognize(text, LocalDate.of(2021, 10, 28)).amounts();
        assertEquals(metric, amounts.get(0).metric(), text);
    }

    /**
     * Session 26 (dev7): a budgeting word (编列) attached to a line of public accounts (岁出编列为, 编列岁入预算数) says how
     * the line is planned: the figure is that line's, a target, not money put in; 编列 alone stays funds allocated.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "县长表示，明(111)年度岁出编列为323.6亿元，较今年度增加20.09亿元。|支出|target",
            "此外，岁入编列为313.6亿元。|财政收入|target",
            "乡公所原编列岁入预算数2亿68万5,000元整。|财政收入|target",
            "市府总预算以社会福利支出编列占最大宗，岁入总额约一千两百九十三亿元。|财政收入|target",
            "五大产业推动方案编列210亿元。|资金|investment"})
    void budgetedLinesOfAccountsArePlans(String text, String metric, String kind) {
        var a = recognizer.recognize(text, LocalDate.of(2021, 10, 28)).amounts().get(0);
        assertEquals(metric, a.metric(), text);
        assertEquals(kind, a.kind(), text);
    }

    /**
     * Session 26 (dev7): what an investment earns (投资收益 / 投资收入, Macau FDI income, the Hong Kong Exchange Fund) is
     * income, a result, not money put in; the Exchange Fund (外汇基金) is a body, not a fund's figure; a budget's surplus
     * written 余绌 or 賸余 (Taiwan, 賸 kept by the conversion), a loss (亏损), bonds issued (发债) and borrowing (举借)
     * are lines of their own (dev7 notes).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "2011年外来投资者从本地赚取467.1亿元直接投资收益。|收入|actual",
            "2022年投资收益按年增加2.4%至9.1亿元。|收入|actual",
            "今年首季度外汇基金投资收益为543亿元。|收入|actual",
            "截至2024年6月底，外汇基金的总资产为39,786亿元。|资产|actual",
            "审计室完成2018年度总决算审核报告，岁入岁出余绌数15亿2,344万余元。|盈余|actual",
            "預計移用以前年度歲計賸餘調整為4,220萬3,000元整。|盈余|target",
            "2022年香港股票投资收益66亿元(去年同期为亏损48亿元)。|收入|actual",
            "2024年政府发债1,500亿元。|发债|actual",
            "明年度的债务举借编列数(101.3亿元)。|举债|target"})
    void incomeOfInvestmentsAndLinesOfDev7(String text, String metric, String kind) {
        var a = recognizer.recognize(text, LocalDate.of(2024, 10, 28)).amounts().get(0);
        assertEquals(metric, a.metric(), text);
        assertEquals(kind, a.kind(), text);
    }

    @Test
    void aLossIsALineOfItsOwn() {
        var a = recognizer.recognize("2022年股票投资收益66亿元(去年同期为亏损48亿元)。", LocalDate.of(2024, 7, 31)).amounts();
        assertEquals(List.of("收入", "亏损"), a.stream().map(x -> x.metric()).toList());
    }

    /** Session 26 (dev7): a fiscal year that has not opened at publication is a budget speech's estimate, a target. */
    @Test
    void aFiscalYearNotYetOpenIsAPlan() {
        String t = "二零一四/一五年度医疗卫生方面的经常开支为五百二十四亿元。";
        assertEquals("target", recognizer.recognize(t, LocalDate.of(2014, 2, 26)).amounts().get(0).kind());
        assertEquals("actual", recognizer.recognize("二零一二/一三年度医疗卫生方面的经常开支为五百二十四亿元。", LocalDate.of(2014, 2, 26))
                .amounts().get(0).kind());
    }

    /** Session 26 (dev7): revenue and spending of years already closed, written with no word of a budget, are results. */
    @Test
    void accountsOfClosedYearsAreResults() {
        LocalDate d = LocalDate.of(2019, 9, 5);
        assertEquals(List.of("actual", "actual"), recognizer.recognize("本县岁入自103年度318亿元至107年度405亿元，均有成长。", d)
                .amounts().stream().map(x -> x.kind()).toList());
        // a budget of a closed year stays a plan, and so does a budget year not yet closed
        assertEquals("target", recognizer.recognize("107年度总预算岁入318亿元。", d).amounts().get(0).kind());
        assertEquals("target", recognizer.recognize("109年度岁入318亿元。", d).amounts().get(0).kind());
    }

    /** Session 26 (traditional lines of dev..dev7): trade, budget, tax, restaurant, retail and reserve lines. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "今年上半年农产品外销金额达十六亿六千万美元。|出口", "此外，岁计差额的10亿元，会以赊借收入的方式弥平。|赤字",
            "另113年度总预算岁出规模较102年度增加9,742亿元。|支出", "政府预算全年的幸运博彩税收收入达497.58亿元。|税收",
            "首季的食肆总收益价值为234亿元。|营收", "2月份零售业总销货额为348亿港元。|零售额",
            "非港元资产外汇估值下调163亿元。|亏损", "截至今年六月三十日，财政储备结余为六千零二十四点七亿元。|储备"})
    void linesOfAccountsOfSession26(String text, String metric) {
        var amounts = recognizer.recognize(text, LocalDate.of(2023, 10, 1)).amounts();
        assertEquals(metric, amounts.get(0).metric(), text);
    }

    /**
     * Session 26 (dev8): net profit (净利, 税前净利), bonds issued (债券发行额), and the year's budget a result is a share
     * of (占年初预算…的43.2%), which is the budget of the line named before it, for the whole year.
     */
    @Test
    void profitsBondsAndSharesOfABudget() {
        LocalDate d = LocalDate.of(2024, 6, 15);
        assertEquals("利润", recognizer.recognize("上市公司上半年税前净利为8,463亿元。", d).amounts().get(0).metric());
        assertEquals("发债", recognizer.recognize("连同2023/24年度政府债券发行额约650亿元。", d).amounts().get(0).metric());
        var a = recognizer.recognize("1-5月，全县完成财政总收入4348万元，占年初预算10065万元的43.2%。", d).amounts();
        assertEquals(List.of("财政收入", "财政收入"), a.stream().map(x -> x.metric()).toList());
        assertEquals("M01-M05", a.get(0).period());
        assertNull(a.get(1).period());
        assertEquals(2024, a.get(1).year());
        var b = recognizer.recognize("其中：税收收入3511万元，占年初预算数8465万元的41.5%。", d).amounts();
        assertEquals("税收", b.get(1).metric());
    }

    /** Session 26 (dev8): software revenue is turnover; a fund named in quotes after its figure is what the figure measures. */
    @Test
    void softwareRevenueAndFundsInQuotes() {
        LocalDate d = LocalDate.of(2024, 10, 16);
        assertEquals(List.of("营收", "营收"), recognizer.recognize("北京市、广东省软件收入分别为17574亿元、14319亿元。", d)
                .amounts().stream().map(x -> x.metric()).toList());
        assertEquals("基金", recognizer.recognize("但文中未提及早前向创科局预留25亿元成立的基金。", d).amounts().get(0).metric());
        assertEquals("基金", recognizer.recognize("数码港于去年拨款 2 亿元，成立 “数码港投资创业基金”。", d).amounts().get(0).metric());
        var a = recognizer.recognize("首先，设立一个规模达100亿港元的“创科产业引导基金”。", d).amounts().get(0);
        assertEquals("基金", a.metric());
        assertEquals("investment", a.kind());
    }

    /**
     * Ruling R1: a government's revenue in a budget or a public account (Hong Kong, Macau) is 财政收入, bare 收入 included;
     * the income of a body, a scheme or an investment stays 收入.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "政府资料显示，本财政年度首十个月政府整体支出为二千零二十九亿元，收入为一千五百七十七亿元。|财政收入",
            "今年一月政府收入约四百六十七亿元。|财政收入",
            "二零一九/二零年度的总收入预计为六千二百六十一亿元。|财政收入",
            "澳门政府前10个月总收入为761.22亿元。|财政收入",
            "上半年一般综合预算实际收入为五百七十二点二亿元。|财政收入",
            "中央帐目显示经常性收入约为657.1亿澳门元。|财政收入",
            "非政府机构主办的11项展览收入合共999万元。|收入",
            "累进差饷制度每年收入约7.6亿元。|收入",
            "外汇基金在上半年录得1,040亿元的投资收入。|收入"})
    void governmentRevenueIsFiscalRevenue(String text, String metric) {
        var amounts = recognizer.recognize(text, LocalDate.of(2023, 10, 1)).amounts();
        assertEquals(metric, amounts.get(amounts.size() - 1).metric(), text);
    }

    /**
     * Ruling R6 (session 17's rule): class bounds and 级 labels carry no reported year; a year already reached (到2022年，…已
     * 形成, on a page of that December) reports, while a goal's year (到2025年，将形成) stays.
     */
    @Test
    void classBoundsKeepOnlyAGoalsYear() {
        var reached = recognizer.recognize("到2022年，昆山已形成电子信息和装备制造2个千亿级产业集群，还有6个百亿级产业集群。",
                LocalDate.of(2022, 12, 15)).amounts();
        assertEquals(List.of("scale", "scale"), reached.stream().map(AmountMention::kind).toList());
        assertNull(reached.get(0).year());
        assertNull(reached.get(1).year());
        var goal = recognizer.recognize("到2025年，将形成3个千亿级产业集群。", LocalDate.of(2023, 1, 10)).amounts();
        assertEquals(2025, goal.get(0).year());
        var counted = recognizer.recognize("目前，全省超过100亿元的县域特色产业集群就有80家。", LocalDate.of(2019, 8, 14)).amounts();
        assertEquals("threshold", counted.get(0).kind());
        assertNull(counted.get(0).year());
    }
}
