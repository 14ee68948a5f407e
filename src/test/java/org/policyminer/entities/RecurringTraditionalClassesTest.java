package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Session 30 (issue 17): classes of misses on the traditional lines that recur in at least two dev blocks, each read as a
 * general rule or a lexicon row. Sentences made up in the shape of the dev lines (the block and line that showed each
 * class are in the comments); rows marked "guard" hold what the code already did and must keep.
 * Columns: text | publication date | index of the figure | metric | kind ("-" for none).
 */
class RecurringTraditionalClassesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // 经费 on its own is money a programme is given, 资金 (d7-0194, d8-0122); a project's 总经费 and R&D
            // 经费 stay 投资 (d6-0059, d7-0227, d5-0179: guards)
            "縣府擬請議會同意墊付經費新台幣280萬元,辦理河川整治計畫。|2012-03-01|0|资金|investment",
            "本計畫經費總計12.4億元,其中8億元由特別預算支應。|2022-05-01|0|资金|investment",
            "該署今年補助地方推動社區營造的經費達3億元。|2020-06-01|0|资金|investment",
            // ruling R10 (session 11) made a programme's 总经费 资金 too: this guard now holds the ruling
            "冷鏈物流中心計畫總經費15億元,正由農業部審查中。|2024-02-01|0|资金|investment",
            "去年該市製造業研發經費較前年增加超過40億元。|2021-04-01|0|投资|investment",
            "2023年全市研发经费投入约120亿元,同比增长9%。|2024-03-01|0|投资|investment",
            // money handed out to residents (派发 / 获派) is spending (d8-0203, d9-0051)
            "今年現金分享計劃中,永久性居民每人獲派1萬澳門元。|2022-11-01|0|支出|-",
            "政府明年將繼續向每名永久性居民派發1萬澳門元,非永久性居民則每人6,000澳門元。|2024-11-01|0|支出|target",
            "政府明年將繼續向每名永久性居民派發1萬澳門元,非永久性居民則每人6,000澳門元。|2024-11-01|1|支出|target",
            // a budget a figure is set against is the budget of the line carried from the figure before (d7-0245, d7-0246,
            // d9-0054); a budget the line's own (原来预算 after a revision) keeps its rule (guard)
            "該基金管理收入決算數5億2,000萬元,高於法定預算數4億9,000萬元。|2021-10-01|1|收入|-",
            "今年首10個月博彩收入1,200億元,超出去年預算時估計的1,000億元。|2022-11-01|1|收入|-",
            "該作業基金明年度編列管理收入7億元,較本年度預算數減少300萬元。|2020-10-01|1|收入|-",
            "政府開支方面,修訂預算為5800億元,較原來預算低3%,即180億元。|2023-02-23|1|支出|actual",
            // what projects can or will yield (可 / 能 before a verb of outcome) is a plan (r3-0109, d3-0167, d8-0196)
            "截至目前,全區共落地新材料項目20個,總投資150億元,合計可新增產值320億元。|2019-12-01|1|产值|target",
            "縣長指出,兩處園區的開發能創造900億年產值及2萬個就業機會。|2018-06-01|0|产值|target",
            "科技園區土地申購案合計21件,可吸引約180億元的投資額,創造超過120億元年產值。|2012-04-14|1|产值|target",
            "科技園區土地申購案合計21件,可吸引約180億元的投資額,創造超過120億元年產值。|2012-04-14|0|投资|investment",
            // what a government body puts in (投入) is public money allocated, 资金 (d5-0158, d6-0041, d6-0042, d9-0104,
            // dev10 d10-0122, d10-0124, d10-0126); a place, a park or a firm puts in 投资 (guards: p011, r1-0293, d7-0007)
            "行政院會今天通過「地方產業創生計畫」,預計4年投入新台幣8億元。|2023-11-21|0|资金|investment",
            "港府近年着重創科發展,自2016年至今已投入近1,500億元支持創科。|2022-06-19|0|资金|investment",
            "政府期望投入的50億元,能夠帶動150億元至200億元,甚至更多的市場資金參與。|2025-02-27|0|资金|investment",
            "政府期望投入的50億元,能夠帶動150億元至200億元,甚至更多的市場資金參與。|2025-02-27|1|投资|investment",
            "經濟部投資台灣事務所昨日宣布再添三家企業擴大投資台灣,其中包括電機大廠投入三十億元。|2023-07-15|0|投资|investment",
            "温州市计划5年内投入80亿元支持电气产业集群发展。|2023-05-01|0|投资|investment",
            "該縣工業研發投入3.2億元,占比2%。|2022-04-08|0|投资|investment",
            // Hong Kong's online retail sales (零售业网上销售价值) are retail sales (d9-0155, dev10 d10-0026)
            "該月的零售業網上銷售價值的臨時估計為25億元,較去年同月下跌3.1%。|2024-03-02|0|零售额|actual",
            // a bare 规模 (after a stop or a phase) sizes the money put in named earlier in the sentence (d8-0118, dev10
            // d10-0146); 产业规模, a phase's 规模, money named by a verb and a 规模 with no money named before it stay 规模
            // (guards: s038, r3-0082); a fund's phase size (s085) is the fund's, 基金, since ruling R12, and p007's 设立总规模…的
            // …投资基金 since ruling R19
            "该基金首期规模约30亿元，由市政府出资20%。|2023-05-01|0|基金|investment",
            "臺灣30多家企業在福州投資辦廠,打造出電子、機械等三大產業集群,規模均超過百億。|2011-08-19|0|规模|-",
            "此次發布的母基金為該區首個產業引導基金,總規模80億元。|2023-05-19|0|基金|investment",
            "預計吸引民間投資金額達200億元,規模居次的為商業區都市更新案,規模150億元。|2023-08-01|1|投资|investment",
            "上海市张江生物医药集群2022年规模超过1000亿元。|2023-05-01|0|规模|actual",
            "设立总规模20亿元的集成电路产业投资基金。|2018-03-01|0|基金|investment",
            // bonds repaid (偿还) are 偿债, as bonds issued are 发债 (d7-0057, dev10 d10-0046); debt not yet repaid is 债务
            "惟計及發債800億元及償還300億元到期款項後,綜合帳目預計錄得盈餘。|2025-02-26|1|偿债|-",
            "計入償還政府債券50億港元的本金後,本財政年度首五個月錄得赤字。|2024-09-30|0|偿债|-",
            "政府未償還債務為3000億元,相對本地生產總值的比率約為10%。|2025-02-26|0|债务|-",
            // guards: a result of a past year stays a result; an outcome with no modal is left as it was
            "2019年該區新增項目實現產值300億元。|2020-03-01|0|产值|actual"})
    void readsWhatTheFigureMeasures(String text, String published, int index, String metric, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention m = a.get(index);
        assertEquals(metric, m.metric(), text + " " + a);
        if (kind != null) assertEquals(kind, m.kind(), text + " " + a);
    }

    /**
     * A figure summed since a date or an event (以来 / 迄今 after a day, a month or a verb), with no time word of its own
     * after the span, is of no one year (d5-0136, d8-0147, d8-0196, d9-0148); a span that opens at a whole year (今年以来,
     * 2021年以来) and a figure with its own time after the span keep their time (guards: d9-0016, d2-0177, d9-0068).
     * Columns: text | publication date | index of the figure | year | period ("-" for none).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2020年5月以來,宜賓與多家企業陸續簽訂了電池項目,總投資超過260億元。|2022-06-17|0|-|-",
            "工業區自市長於去年12月25日就職後迄今,土地申購案合計20件,可吸引約150億元的投資額。|2012-04-14|0|-|-",
            "101年1-9月核准件數為60件;自98年6月30日開放陸資來臺投資以來,累計核准投資金額計1億2,000萬美元。|2012-10-20|0|-|-",
            "今年以來,當地動態儲備推出項目120個,總投資800億元。|2024-05-01|0|2024|-",
            "2024年上半年澳門本地生產總值為2000億澳門元,更是自2019年以來再次突破1900億澳門元水平。|2024-08-23|1|2024|H1",
            "從2010年布局以來,園區聚焦生物醫藥,2024年產值1200億元。|2025-10-31|0|2024|-",
            "2023年,該市工業產值創有史以來新高,達5000億元。|2024-03-01|0|2023|-",
            // a planned yearly rate (年产值, 年销售收入) is not dated by a signing, zoning or start-up in another clause (d3-0157,
            // d8-0146, d9-0143); its own clause's time stays (d9-0081), and a rate reported with no plan word keeps its year (guard)
            "以蘇州為例,2023年上半年簽約的40個億元以上項目,預計可帶動新增就業崗位1萬個,年新增產值預計突破300億元。|2024-01-15|1|-|-",
            "另外,市府還開發產業園區,大社產業園區預計明年報編,可望創造150億元年產值。|2017-09-28|0|-|-",
            "3月20日,該項目正式投產,規劃年產結構件20萬件,年產值12億元以上。|2023-04-07|0|-|-",
            "2月7日,動力總成工廠正式投產,預計到2021年整個項目年產值超過100億元。|2018-03-11|0|2021|-",
            "岑河鎮現有針紡織服裝企業350家,2023年年產值60億元。|2024-06-01|0|2023|-",
            "该市场计划于2025年建成运营,预计可实现年交易额超50亿元。|2023-04-01|0|-|-",
            // 至今 closes a span as 以来 does (dev10 d10-0126); 由2019年至今年5月底 is not 至今 but a span that runs to a month
            // of this year, as d10-0014's gold writes it (2019–2021, no one year): that row moved to
            // YearReadingsAcrossBlocksTest (session ent30), where the span's two ends can be asserted
            "自2016年成立創新及科技局至今,港府已投入近1,500億元支持創科發展。|2022-06-19|0|-|-",
            // money spread over a window of N years is of no one year (d6-0041, dev10 d10-0124, written p011); 明年起将分N年
            // is the span from next year (dev10 d10-0122); a past window is left (guard)
            "行政院會今天通過「城鄉共好計畫」,預計4年投入新台幣6億元。|2024-11-21|0|-|-",
            "內政部營建署「推動方案」2月受理提案,屆時將分3年投入新台幣150億元。|2015-01-20|0|-|-",
            "2023年,該縣實現工業產值50億元,近3年投入研發經費6億元。|2024-02-01|1|2023|-",
            // a per-head figure of the whole year in a release of the first quarter is the year just ended, with or without
            // 的 (dev6, dev10 d10-0060); a result of 全年 in a later month is left as it was (guard). A forecast of 全年
            // (预计) later in the year is of the year under way, as dev3 d3-0122, dev8 d8-0240 and dev11 d11-0125 write it
            // (session ent19; this row read "-" before)
            "全年人均名義本地生產總值達512345澳門元,同比增長8.1%。|2023-02-28|0|2022|-",
            "全年人均名義本地生產總值預計達600000澳門元。|2023-09-28|0|2023|-",
            "全年人均名義本地生產總值達600000澳門元。|2023-09-28|0|-|-"})
    void spansSinceADateAndPlannedYearlyRatesHaveNoYear(String text, String published, int index, String year, String period) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention m = a.get(index);
        assertEquals(year == null ? null : Integer.valueOf(year), m.year(), text + " " + a);
        assertEquals(period, m.period(), text + " " + a);
        if (year == null) assertEquals(null, m.periodFrom(), text + " " + a);
    }

    /** 明年起将分4年投入 / 从明年起再延长3年: the span a run of years covers from next year (dev5 d5-0065, dev10 d10-0122). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "內政部明年起將分4年投入150億元(新臺幣,下同),補助15處鄉鎮。|2014-08-06|2015|2018",
            "行政院今天拍板「投資方案」從明年起再延長3年,希望再吸引8000億元投資。|2021-12-23|2022|2024"})
    void aRunOfYearsFromNextYearIsASpan(String text, String published, int from, int to) {
        AmountMention m = recognizer.recognize(text, LocalDate.parse(published)).amounts().get(0);
        assertEquals(null, m.year(), text);
        assertEquals(from, m.periodFrom(), text);
        assertEquals(to, m.periodTo(), text);
    }

    /**
     * A place right before 时代 names a firm (宁德时代's regional companies 四川时代, 江苏时代; CRRC's 株洲时代), not the place
     * (d2-0049, d3-0076, d8-0147, d8-0148); a place elsewhere in the line stays a mention.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "宜賓與寧德時代陸續簽訂了四川時代動力電池項目,總投資超過200億元。|宜宾市",
            "伊春时代二期投资80亿元建设储能电池基地。|-",
            "江苏时代四期项目在溧阳开工。|-",
            "進入新時代,廣州加快發展先進製造業。|广州市"})
    void placeBeforeShidaiIsAFirm(String text, String cities) {
        List<String> got = recognizer.recognize(text, LocalDate.parse("2023-06-01")).cities().stream().map(c -> c.name()).distinct().toList();
        assertEquals(cities == null ? List.of() : List.of(cities.split(",")), got, text);
    }

    /**
     * A place that opens the name of a launch or a press conference (…发布会, …推介会) with no verb between is inside the
     * name (d4-0063, dev10 d10-0149); a place that holds one (合肥市举行…发布会) stays a mention.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "5月18日下午,合肥新站高新區百億母基金發布會暨子基金管理人招募啟動儀式成功舉行。|-",
            "记者从第二十届国际鞋业博览会北京新闻发布会获悉,该市GDP增长7.8%。|-",
            "合肥市举行产业基金发布会,现场签约子基金8个。|合肥市"})
    void placesInsideLaunchNames(String text, String cities) {
        List<String> got = recognizer.recognize(text, LocalDate.parse("2023-06-01")).cities().stream().map(c -> c.name()).distinct().toList();
        assertEquals(cities == null ? List.of() : List.of(cities.split(",")), got, text);
    }
}
