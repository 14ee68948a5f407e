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
            // guards: a government's budget for a year or a sector stays planned spending (R11), an appropriation stays 资金
            "明年政府公共建设预算为一百五十亿元。|0|支出|target",
            "某某委员会昨日讨论体育馆扩建工程,署方要求追加拨款2.1亿港元。|0|资金|investment"})
    void metricAndKind(String text, int index, String metric, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2025-07-10")).amounts();
        assertEquals(metric + "/" + kind, a.get(index).metric() + "/" + a.get(index).kind(), text + " " + a);
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
            // guards: the city hosting the show, written as a venue or as the subject, stays a mention
            "展会在杭州举办,吸引参展企业5000多家。|杭州市",
            "成都及周边城市的企业参加了本次展览会。|成都市"})
    void cities(String text, String expected) {
        List<CityMention> c = recognizer.recognize(text, LocalDate.parse("2024-05-01")).cities();
        String got = String.join("/", c.stream().map(CityMention::name).distinct().sorted().toList());
        assertEquals(expected == null ? "" : expected, got, text + " " + c);
    }
}
