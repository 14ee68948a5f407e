package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;

/**
 * Issue 17, session ent23: dev14's classes of misses after the metric (entities-eval §43, step 3), each read by a general
 * rule. Sentences are made up in the shape of the lines named; rows marked "guard" hold what the code already read right
 * and must keep.
 */
class Dev14ClassesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | publication date | index of the figure | year ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a year that opens a report's or a ranking's name names the report, not its figures (ruling R13; d14-0138,
            // d12-0157)
            "在2019年度某市经济社会发展情况报告上,有这样一组数据:全市实现地区生产总值301.5亿元,同比增长8.4%。|2020-03-01|0|-",
            "2022年园区高质量发展百强中,共有30个园区生产总值超过800亿元,较上年增加2个。|2022-12-01|0|-",
            // guards: an address that sets the year's measures dates them (dev2 d2-0014, dev8 d8-0242); a reporting
            // period is the figures' time; a year before its figure's own words stays
            "2023年施政报告提出设立50亿港元的某产业计划。|2023-11-01|0|2023",
            "2021年报告期内,公司营业收入达12亿元。|2022-03-01|0|2021",
            "2019年全市实现地区生产总值301.5亿元。|2020-03-01|0|2019",
            // the year's investment plan with no year written is the plan of the year under way (d14-0195, d14-0196,
            // d14-0217); guard: 当年 (that year) is not read so (dev8 d8-0173)
            "全县重点项目40个,总投资120.5亿元,年度投资计划15.2亿元,1-5月完成投资4.1亿元。|2021-06-10|1|2021",
            "8个水利项目:年度计划投资26.2亿元,1-3月完成3.1亿元。|2015-04-28|0|2015",
            "共安排重点项目20个,总投资150亿元,当年计划投资23亿元。|2022-01-21|1|-",
            // 客岁 is the written word for last year, as 去年 (d14-0115)
            "全市泵业企业200家,客岁实现规上产值180亿元,同比增长12%。|2018-05-01|0|2017",
            // guard: 较客岁 is a comparison's base, which leaves the figure the sentence's own quarter (dev6 d6-0043: 2010)
            "第1季私人消费支出上升2.3%,较客岁第4季为低;在内地的消费为7.5亿澳门元。|2010-05-15|0|2010"})
    void year(String text, String published, int index, Integer year) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(year, a.get(index).year(), text + " " + a);
    }

    /** Columns: text | index of the figure | kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a class bound whose count is approximate (220多家, 80余家) or comes after 的 through 达 / 有 (d14-0012, d14-0055,
            // d14-0241, dev8 d8-0168)
            "全区现有企业3000余家,产值过亿元的企业120多家。|0|threshold",
            "全市规模以上企业90家,60余家企业销售额在2000万元以上。|0|threshold",
            "2021年底,全市家电企业中,年工业产值在1亿元以上的达85家。|0|threshold",
            "其中年销售收入过亿元的有32家。|0|threshold",
            // guard: a subject's own figure with an approximate count elsewhere in the sentence stays a result
            "全市企业200余家,实现产值120亿元。|0|actual"})
    void kind(String text, int index, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2022-03-01")).amounts();
        assertEquals(kind, a.get(index).kind(), text + " " + a);
    }

    /** Columns: text | the cities listed, joined by "/" ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a province written before its capital is the city's prefix (d14-0247)
            "在近日召开的年会上,内蒙古自治区首府呼和浩特被命名为某某之都。|呼和浩特市",
            "四川省省会成都今年新增企业2万家。|成都市",
            // a news portal or its channel named after the place (d14-0255); sunshine hours are no mention of 日照市 (d14-0172)
            "浙江在线-杭州频道5月2日讯 某县举办首届笔业博览会。|-",
            "該縣日照時數為全省第一,新能源開發環境優越。|-",
            // guards: the province alone, the city alone
            "内蒙古自治区今年计划投资500亿元。|内蒙古自治区",
            "日照市今年计划投资50亿元。|日照市"})
    void cities(String text, String expected) {
        List<CityMention> c = recognizer.recognize(text, LocalDate.parse("2024-05-01")).cities();
        String got = String.join("/", c.stream().map(CityMention::name).distinct().sorted().toList());
        assertEquals(expected == null ? "" : expected, got, text + " " + c);
    }
}
