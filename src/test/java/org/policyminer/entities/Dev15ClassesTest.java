package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;

/**
 * Issue 17, session ent24: dev15's classes of misses where its two independent annotators agree (entities-eval §44),
 * each read by a general rule. Sentences are made up in the shape of the lines named; rows marked "guard" hold what the
 * code already read right and must keep.
 */
class Dev15ClassesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | index of the figure | metric | kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a works project's own budget, written in the clause after its name, or its cut or rise in a budget review, is
            // the project's cost: 投资, investment (ruling R11; d15-0018, d15-0020)
            "某某开支计划总数减少,减少预算的项目有两个,包括某局的青洲综合大楼建造工程,预算为三千多万元,今年暂缓工程。|0|投资|investment",
            "某局的码头防撞设施优化工程减少九千多万元;两个项目合共减少一点二亿元。|0|投资|investment",
            "某某委员会昨日讨论体育馆扩建工程,署方要求追加拨款2.1亿港元,涉及预算由约8.5亿港元增至约10.6亿港元。|1|投资|investment",
            "他提到,某局新登录的开支计划项目涉及二点三亿元,包括数据中心建设。|0|投资|investment",
            // guards: a government's budget for a year or a sector stays planned spending (R11), an appropriation stays 资金
            "明年政府公共建设预算为一百五十亿元。|0|支出|target",
            "某某委员会昨日讨论体育馆扩建工程,署方要求追加拨款2.1亿港元。|0|资金|investment"})
    void metricAndKind(String text, int index, String metric, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2025-07-10")).amounts();
        assertEquals(metric + "/" + kind, a.get(index).metric() + "/" + a.get(index).kind(), text + " " + a);
    }

    /** Columns: text | index of the figure | metric. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the size of a named flow is that flow: customs' 外贸进出口规模, a city's 信贷规模 (loan book); an economy's
            // 经济规模总量 is its GDP (as 经济总量); FDI actually received (到账外资) is money put in (d15-0205, d15-0183,
            // d15-0152, d15-0261)
            "前三季度,某省外贸进出口规模首次突破3万亿元。|0|进出口",
            "全市金融机构超过50家,信贷规模破800亿。|0|贷款",
            "三市形成经济规模总量超8000亿元的经济带。|0|GDP",
            "项目预计实现年销售10亿元,到账外资2000万美元。|1|投资",
            // guards: a bare size stays 规模, an industry's size stays 规模
            "全市电子信息产业规模突破5000亿元。|0|规模",
            "全省经济规模迈上6万亿元台阶。|0|规模"})
    void metric(String text, int index, String metric) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2023-07-15")).amounts();
        assertEquals(metric, a.get(index).metric(), text + " " + a);
    }

    /** Columns: text | index of the figure | kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a class bound whose counted noun comes after a long modifier (…的 included), the count right after the noun,
            // approximate (5家左右) or not (d15-0192)
            "培育超百亿元的具有核心竞争力的应急产业龙头企业5家左右。|0|threshold",
            "到2027年,营业收入超十亿元的重点行业骨干企业达到50家。|0|threshold",
            // guards: a subject's own figure followed by an unrelated count; a goal with no count
            "全市实现营业收入超百亿元的好成绩,新增企业50家。|0|actual",
            "到2025年,全省应急产业营业收入超过1000亿元。|0|target"})
    void kind(String text, int index, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2023-07-15")).amounts();
        assertEquals(kind, a.get(index).kind(), text + " " + a);
    }

    /** Columns: text | the cities listed, joined by "/" ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a place inside the name of a trade show or a games held there is the event's name (conventions: a city named
            // only inside an event's name is not listed; d15-0104, d15-0106, d15-0108)
            "该镇厨具节已成为继杭州酒店用品展会之后的第二大厨房设备展会。|-",
            "自首届举办以来,成都国际酒店设备及用品展览会已吸引参展企业5000多家。|-",
            "镇上3家企业中标北京冬奥会餐饮设备供应商。|-",
            // a city-owned investment company (城投, 城市建设投资公司) is a firm named after the city (d15-0198)
            "控股股东南京市城市建设投资公司已将对价资金划至公司账户。|-",
            // the first item of a list of signed projects (签约…等N个项目) opens with the project's own name, a place in it
            // included (d15-0244, d15-0245)
            "活动现场签约江西某某精密制造生产基地等12个项目,总投资30亿元。|-",
            "博览会签约天津某某文旅康养度假区等8个项目。|-",
            // a news app or a finance portal named after its province (新甘肃客户端, 安徽财经网: d15-0001, d15-0209)
            "新甘肃客户端讯 某县一季度地区生产总值同比增长8%。|-",
            "安徽财经网讯 日前,某县特色产业集群评估结果揭晓。|-",
            // 深汕 (深圳 + 汕尾) names the two cities of 深汕特别合作区 (d15-0232, d15-0233); 深汕高速 is the Shenzhen–Shantou
            // expressway, a road named after its ends (not a mention, as 京广线)
            "2024年,深汕特别合作区地区生产总值为100亿元。|汕尾市/深圳市",
            "车辆经深汕高速进入园区。|-",
            // guards: a place signed with, not opening a project's name; the province named alone
            "本次签约项目来自江西、湖南等8个省份。|江西省/湖南省",
            "甘肃今年一季度地区生产总值同比增长6%。|甘肃省",
            // guards: the city hosting the show, written as a venue or as the subject, stays a mention
            "展会在杭州举办,吸引参展企业5000多家。|杭州市",
            "成都及周边城市的企业参加了本次展览会。|成都市"})
    void cities(String text, String expected) {
        List<CityMention> c = recognizer.recognize(text, LocalDate.parse("2024-05-01")).cities();
        String got = String.join("/", c.stream().map(CityMention::name).distinct().sorted().toList());
        assertEquals(expected == null ? "" : expected, got, text + " " + c);
    }
}
