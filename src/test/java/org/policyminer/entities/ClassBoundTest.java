package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/** Class thresholds and scale labels are reported with their own kinds, not as figures of the subject. */
class ClassBoundTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "全省营业收入突破千亿元的产业集群达6个。|threshold",
            "超4000亿元产业集群1个。|threshold",
            "全年新开工投资亿元以上项目172宗。|threshold",
            "全年新签约亿元以上项目120个。|threshold",
            "推进5000万元以上项目建设。|threshold",
            "50亿元—100亿元的项目17个。|threshold",
            "昆山成为全国首个工业总产值破万亿的县级市。|threshold",
            "南京市将打造两个万亿级产业集群。|scale",
            "总投资50亿元的新能源汽车项目签约落地。|investment",
            "其中年营收超亿元企业超过300家。|threshold",
            "营业收入突破千亿元的产业集群达7个，其中3个营业收入超2000亿元。|threshold",
            "近3年产值均在40亿元以上。|threshold",
            "GDP跻身万亿元城市行列。|threshold",
            "产值过亿元的14家。|threshold",
            "营收500亿以上集群2个、300亿—500亿6个、100亿—300亿15个。|threshold",
            "诸城轻卡汽车及配件、高密家纺2个产业集群主营业务收入过500亿元。|actual",
            "智能家电产业规模稳定在千亿元以上。|actual",
            "撬动千亿产业集群。|scale",
            "形成一批百亿销售、千亿市值的领军企业。|scale",
            "广深佛莞智能装备产业集群提出，到2025年建成产值突破万亿元的世界级智能装备产业集群。|target",
            // session 22: a bound said of each member (均) is the members' own figure; a level reached (台阶) is a scale label
            "从投资规模来看，26个项目投资额均超过5000万元。|investment",
            "两个项目投资均超百亿美元。|investment",
            "制鞋、纺织服装产业产值均超千亿元。|actual",
            "经济总量跃上千亿元台阶。|scale",
            "安徽汽车全产业链营收迈上万亿元新台阶。|scale",
            // session 24: a bare round figure labelling a thing with its industry or kind between (千亿陶瓷产业,
            // 百亿自主产业集群, 千亿高新园区); not when a verb stands between (投资千亿建设产业园: money put in)
            "重点建设千亿高新园区。|scale", "打造千亿精细化工和医药产业。|scale", "打造五个百亿自主产业集群。|scale",
            "山东单县一碗羊汤熬成百亿大产业。|scale", "集团计划投资千亿建设产业园。|investment",
            // session 26: a counted word inside a modifier (县 of 县域) is not the head the count follows
            "目前，河北超过100亿元的县域特色产业集群就有80家。|threshold"})
    void kindOfTheFigure(String text, String kind) {
        List<AmountMention> a = recognizer.recognize(text, java.time.LocalDate.parse("2023-05-01")).amounts();
        assertEquals(kind, a.get(0).kind(), text + " " + a);
    }

    /** A whole year's figure for the year just begun (January to March) is no result yet; a present state still is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2013年，海洋主要产业产值突破2000亿元，增长16%以上。|2013-03-01|target",
            "2025年要推动优势产业固链升链，规模企业开票达1200亿元。|2025-01-20|target",
            "目前，该集群工业总产值达457亿元。|2023-02-24|actual",
            "2013年，海洋主要产业产值突破2000亿元。|2013-09-01|actual"})
    void theYearJustBegunIsAGoal(String text, String published, String kind) {
        List<AmountMention> a = recognizer.recognize(text, java.time.LocalDate.parse(published)).amounts();
        assertEquals(kind, a.get(0).kind(), text + " " + a);
    }
}
