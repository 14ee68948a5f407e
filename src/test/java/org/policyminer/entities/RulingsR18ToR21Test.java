package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;

/**
 * The lead's rulings R18–R21 (session 14, conventions.md): class bounds in the year under way, a fund's size, a city's
 * own government, 1-12月 in digits. Sentences are made up in the shape of the gold lines the rulings changed
 * (entities-eval §41); rows marked "guard" hold what the code already read right and must keep.
 */
class RulingsR18ToR21Test {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | publication date | index of the figure | kind | year | period. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // R18: a class bound or a 级 label in a sentence about the year under way takes that year (d12-0102,
            // d3-0046, d2-0092, d12-0124, d11-0184, d3-0048)
            "今年,省经信委系统将重点推进150项10亿元以上重大工业项目。|2015-01-20|0|threshold|2015|-",
            "今年,某市铺排的重大项目中,投资30亿元以上的40个项目有35个在园区。|2022-09-12|0|threshold|2022|-",
            "今年以來,某區新簽約項目20個,計劃總投資60.5億元,其中億元以上項目15個。|2023-10-25|1|threshold|2023|-",
            "今年某市政府工作报告提出要实施千亿级特色产业培育行动。|2025-01-24|0|scale|2025|-",
            "2014年,全市亿元以上新开工项目也有较大增长。|2014-06-20|0|threshold|2014|-",
            // R18 with a goal's year stated later: the goal's year wins (d10-0202)
            "今年以来,某市致力打造工程机械千亿产业集群,力争到2016年,工程机械年总产值突破2000亿元。|2012-09-19|0|scale|2016|-",
            // guards: a year already past (R6), a day's date or 今天 (an event's day), a year reached with 已, 目前
            "2024年,某市营业收入超百亿元工业大企业达12家。|2025-02-10|0|threshold|-|-",
            "某兵团2月28日举行项目集中签约仪式,各师市共签约项目120个,其中投资额超10亿元项目40个。|2023-03-01|0|threshold|-|-",
            "今天,某市举行重大项目集中开工活动,共推出投资5000万元以上的项目200个。|2022-04-20|0|threshold|-|-",
            "到2022年,某市已形成电子信息2个千亿级产业集群。|2022-12-15|0|scale|-|-",
            "目前,全省共有5个产业集群产值迈过万亿元大关。|2022-12-01|0|threshold|-|-",
            // R21: 1-12月 in digits is M01-M12 (d12-0007); guard: the whole year in words is no period (d3-0038)
            "2023年1-12月,规模以上工业实现增加值1200.5亿元,同比增长6.1%。|2024-01-20|0|actual|2023|M01-M12",
            "2019年1—12月份,全县实现工业增加值80亿元。|2020-01-15|0|actual|2019|M01-M12",
            "去年一月至十二月,全县实现工业增加值80亿元。|2020-01-15|0|actual|2019|-"})
    void bounds(String text, String published, int index, String kind, Integer year, String period) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(kind, a.get(index).kind(), text + " " + a);
        assertEquals(year, a.get(index).year(), text + " " + a);
        assertEquals(period, a.get(index).period(), text + " " + a);
    }

    /** Columns: text | index of the figure | metric. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // R19: the size of a fund named in the same phrase is 基金 (the written set's p007, dev2 d2-0167, s085)
            "设立总规模30亿元的新材料产业投资基金。|0|基金",
            "2024年,某市成立总规模为120亿元的生物医药产业母基金。|0|基金",
            "该基金首期规模约30亿元,由市政府出资20%。|0|基金",
            // guards: 规模 of an industry or a cluster stays 规模
            "全市集成电路产业规模突破2000亿元。|0|规模"})
    void fundSize(String text, int index, String metric) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2023-05-01")).amounts();
        assertEquals(metric, a.get(index).metric(), text + " " + a);
    }

    /** Columns: text | the figure's subject ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // R20: the city's government is listed but is the source of the news, not what the figure is of (d12-0014,
            // d2-0057); guard: the city itself
            "盐城市工信局相关负责人表示,将确保2023年工业经济规模突破万亿元。|-",
            "“十四五”东莞市政府认定了2个家具产业集群核心区,由市财政向各核心区分别拨付了1000万元首期资金。|-",
            "宁波市提出,2025年全市工业总产值突破3万亿元。|宁波市"})
    void subject(String text, String expected) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2023-03-01")).amounts();
        assertEquals(expected, a.get(0).subject(), text + " " + a);
    }

    /** Columns: text | the cities listed, joined by "/" ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // R20: a city's own government and its departments act for the city (n014, t049, d12-0014, d11-0156,
            // d10-0049, d6-0107, r1-0049, d13-0012)
            "南京大学与南京市人民政府签署战略合作协议。|南京市",
            "中山大學與中山市政府簽署合作協議。|中山市",
            "盐城市工信局相关负责人表示,将确保工业经济规模突破万亿元。|盐城市",
            "大連市發改委重點項目處處長介紹了全市新開工項目情況。|大连市",
            "株洲市委、市政府出臺一系列政策扶持軌道交通產業。|株洲市",
            "臨沂市人民政府新聞辦公室召開新聞發布會。|临沂市",
            "中共深圳市委办公厅、深圳市人民政府办公厅印发实施方案。|深圳市",
            "近年來溫州市委市政府高度重視外資招引工作。|温州市",
            "宁波市经济和信息化局发布了新一批名单。|宁波市",
            // R20 guards: a body only named after a place is no mention of it (customs, a university, a firm, a
            // delegation, a zone's committee)
            "據深圳海關統計,9月份某港集裝箱吞吐量再創新高。|-",
            "新年伊始,鄭州海關公布了一組數據。|-",
            "南京大学发布了新一批科研成果。|-",
            "上海投資團團長聽完簡報後表示將投資1億元。|-",
            "厦门火炬高新区管委会以总分91.9分拔得头筹。|-",
            "据义乌海关统计,某商品出口增长两成。|-"})
    void cities(String text, String expected) {
        List<CityMention> c = recognizer.recognize(text, LocalDate.parse("2024-05-01")).cities();
        String got = String.join("/", c.stream().map(CityMention::name).distinct().sorted().toList());
        assertEquals(expected == null ? "" : expected, got, text + " " + c);
    }
}
