package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Session 28 (traditional lines of dev..dev8): what 规模 sizes, balances named after the figure, 录得, shares of a
 * denominator, appropriations, and class bounds with a currency note. Sentences made up in the shape of the dev lines.
 * Columns: text | publication date | index of the figure | metric | kind ("-" for none).
 */
class TraditionalAccountsAndSizesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // 规模 right after money put in sizes that money (投資總規模, 基金群總規模); 营收规模 stays 规模 (dev2)
            "該產業園規劃總面積3萬畝,總投資規模突破2000億元。|2025-07-14|0|投资|investment",
            "信創領域金融市場活躍,基金群總規模超5800億元。|2025-01-11|0|基金|investment",
            "该市软件业营收规模达到1200亿元。|2025-01-11|0|规模|actual",
            // 规模为 / 规模达 X 的 …基金 / …投资计划: the noun sized is named by its head; the written set's 设立总规模20亿元的…
            // 投资基金 too, since ruling R19 (a fund's size is 基金)
            "2024年,上海成立總規模為225億元的生物醫藥產業母基金。|2025-01-11|0|基金|investment",
            "政府於2023年啟動了規模達5000億元的算力基礎設施專項投資計劃。|2025-03-01|0|投资|investment",
            "设立总规模20亿元的集成电路产业投资基金。|2018-03-01|0|基金|investment",
            // 安排…，设立…专项资金: the body set up names the money
            "泉州市將每年安排5000萬元人民幣,設立產業集群發展專項資金。|2013-01-12|0|资金|investment",
            // 规模 after a figure that names no metric before it keeps the metric carried from the figure before
            "佛山的工業總產值超過了2.7萬億元,兩者均超越了廣州約2.3萬億元的規模。|2025-12-01|1|产值|actual",
            // 规模 of an earlier clause is no metric of a 级 label; a label's own 规模 after it stays
            "上海將進一步提升產業規模和能級,計劃形成兩個萬億級、四個五千億級的高端產業集群。|2021-09-09|0|-|scale",
            "软件产业规模稳步增长,将是南京首个突破万亿级规模的产业集群。|2019-03-01|0|规模|scale",
            "圍繞資金支持等進一步出臺舉措,瞄準千億級、萬億級的規模打造集群發展新優勢。|2021-03-01|1|规模|scale",
            // a balance right after the figure outweighs the budget before it; 录得 right before the figure is a result
            "政府經營帳目將由原來預算約30億元赤字,轉為錄得513億元盈餘。|2026-02-26|0|赤字|target",
            "政府經營帳目將由原來預算約30億元赤字,轉為錄得513億元盈餘。|2026-02-26|1|盈余|actual",
            "總括而言,我預計該年度會錄得一百六十八億元的綜合盈餘。|2019-02-27|0|盈余|target",
            // a metric after 占 is what the figure is a share of: the second figure keeps the first's metric
            "2020年至2024年間,新興產業增加值由1.03兆元成長至1.56兆元,佔GDP比重提升至42.3%。|2025-12-19|1|增加值|actual",
            // 撥出專款: money put in
            "過去三年,政府已經為國安撥出專款共130億港元。|2023-09-30|0|资金|investment",
            // money words of an earlier clause make no investment of a figure whose own clause names its metric
            "2020年以來,該縣實施投資倍增三年行動計劃,規上工業產值從2019年的78億元增長到2022年的225億元。|2023-08-28|0|产值|actual",
            "澳門將推行5項惠民措施,包括現金分享計劃、醫療補貼計劃和持續進修發展計劃,預計總開支85.14億澳門元。|2023-11-01|0|支出|target",
            "政府強調注資是有必要,推算河套區全面落成後,每年經濟效益至少達500億元。|2026-02-26|0|效益|target",
            // 投资获利: what investments earn
            "上市櫃公司今年首季大陸及海外投資獲利分別達新台幣1,075億元及2,598億元。|2021-10-01|0|利润|actual",
            // 超支 (overspending) is spending, no bar exceeded
            "政府上個財政年度一般收入帳目下有24項超支共約132.9億港元。|2024-10-25|0|支出|actual",
            // money of deals signed, with no metric named, is what they invest
            "今年電池大會宜賓又迎來64個重大項目的簽約,總金額達1063億元。|2023-07-10|0|投资|investment",
            // Taiwan's census 生產總額 is output; Macau's 產業價值 of an industry is value added
            "臺中市與95年相較,生產總額大幅增加9680億元。|2012-09-09|0|产值|actual",
            "2017 年錄得產業價值3.2億元,略高於 2019 年的3.16 億元。|2022-01-15|0|增加值|actual",
            // foreign capital contracted, arrived or actually used (R22: 实际使用外资 as 实际利用外资) is money put in
            "僅上半年,全鎮完成合同外資4177萬美元,實到外資3600萬美元,同比增長17.2%。|2017-07-20|1|投资|investment",
            "2022年该市实际使用外资12.5亿美元，同比增长15%。|2023-05-01|0|投资|investment",
            "1—10月，全國實際使用外資金額8,000億元人民幣，同比下降10%。|2024-11-20|0|投资|investment",
            // the 规上 bar, and the bar of a class of cities (万亿城市, 万亿之城)
            "其中2000萬元規模以上工業企業產值達99.6億元。|2011-10-19|0|营收|threshold",
            "在長江兩岸形成“GDP萬億城市綿延帶”。|2024-01-16|0|GDP|threshold",
            "常州正處在邁進GDP萬億之城的決勝階段。|2023-02-10|0|GDP|threshold",
            // dev9: a revised estimate, or a figure set against the original budget, is a result; the original's own figure
            // and a change from last year's revised estimate (a new budget's) stay plans
            "2021/22年度政府收入的修訂預算為6827億元,較原來預算高15.5%,即918億元。|2022-02-23|0|财政收入|actual",
            "政府開支方面,修訂預算為6990億元,較原來預算低4%,即288億元。|2022-02-23|1|支出|actual",
            "二零一四/一五年度的政府經營開支預計為三千二百五十億元,比二零一三/一四年度的修訂預算減少一百三十八億元。|2014-02-26|1|支出|target",
            // dev9: balances of deposits and loans; tourism receipts; investment brought in as project funds
            "金融機構本外幣存款餘額361.61億元,同比增長10.26%;金融機構本外幣貸款餘額267.83億元。|2022-06-15|1|贷款|actual",
            "港澳居民來台旅客突破100萬人次,創造約240億元觀光外匯。|2013-01-20|0|收入|actual",
            "1-6月份,全市引進億元以上省外項目資金額219.22億元。|2023-07-15|1|投资|investment",
            "人民币8亿元专项贷款已发放到位。|2018-03-01|0|-|actual",
            // dev9: 盈馀 is 盈余; a first crossing (首破) is the subject's own figure; Taiwan's 重大投资案 and 固定资产投资 above a
            // size are classes bounded
            "另外,政府亦预计明年度一般综合预算收入1,210亿元,开支1,133亿元,预算盈馀77亿元。|2024-11-16|2|盈余|target",
            "2017年全市595家汽车制造业规上企业完成工业总产值首破2000亿元,达2355.9亿元。|2018-03-11|0|产值|actual",
            "總計目前列管2億元以上重大投資案90案,投資額達2928億元。|2023-01-09|0|投资|threshold",
            "1-5月,全縣500萬元以上固定資產投資同比增長18.6%。|2022-06-15|0|投资|threshold",
            // a class bound with a currency note between the figure and the counted noun (its 产销 is sales booked, 营收, as
            // dev4's gold writes it: metrics.tsv since ent27)
            "未來5年,力爭產銷過百億元(人民幣,下同)的企業突破10家。|2022-01-07|0|营收|threshold"})
    void readsWhatTheFigureMeasures(String text, String published, int index, String metric, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention m = a.get(index);
        assertEquals(metric, m.metric(), text + " " + a);
        assertEquals(kind, m.kind(), text + " " + a);
    }

    /**
     * A place inside an event's name is no mention: after an edition (第三届, 首届) or 中国 with the event's head after it,
     * or before a counted edition (第十五次党代会); a place after 中国 that a verb or 的 follows stays one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "湖南省人民政府新聞辦公室10日召開新聞發布會,介紹第三屆長沙國際工程機械展覽會情況。|-",
            "當地每年舉辦中國贛州家具產業博覽會,目前已經連續舉辦12屆。|-",
            "江西省第十五次黨代會提出,推動贛州打造家居製造之都。|赣州市",
            "首届宁德锂电新能源产业论坛开幕。|-",
            "在中国南京召开的集成电路产业会议吸引了众多企业。|南京市"})
    void placesInsideEventNames(String text, String cities) {
        List<String> got = recognizer.recognize(text, null).cities().stream().map(c -> c.name()).toList();
        assertEquals(cities == null ? List.of() : List.of(cities.split(",")), got, text);
    }
}
