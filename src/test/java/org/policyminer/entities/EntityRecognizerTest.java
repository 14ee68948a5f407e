package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.Entities;

class EntityRecognizerTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @ParameterizedTest
    @CsvSource({"南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元。, 4000亿元",
                "南京提出，到2025年新型電力（智能電網）裝備集群產值突破4000億元。, 4000億元"})
    void readsTheIssueExampleInEitherScript(String text, String amountText) {
        Entities e = recognizer.recognize(text, null);
        assertEquals(1, e.amounts().size());
        AmountMention a = e.amounts().get(0);
        assertEquals(4.0e11, a.value());
        assertEquals(2025, a.year());
        assertEquals("产值", a.metric());
        assertEquals("突破", a.comparator());
        assertEquals("target", a.kind());
        // The place is said in the clause before, and with it the industry is one of MIIT's national clusters: the list
        // names it, so it is a mention and the figure's subject (the contract's own example).
        assertEquals("南京市新型电力（智能电网）装备集群", a.subject());
        assertEquals(List.of("南京市新型电力（智能电网）装备集群"), e.clusters().stream().map(c -> c.name()).toList());
        assertEquals(amountText, text.substring(a.start(), a.end()));
        assertEquals(List.of("南京市"), e.cities().stream().map(c -> c.name()).toList());
    }

    @ParameterizedTest
    @CsvSource({"杭州提出，到2025年生物医药产业集群规模超过2000亿元。, 杭州市", "常州市全力打造以石墨烯为代表的新型碳材料先进制造业集群，产值超过100亿元。, 常州市"})
    void anIndustryWhosePlaceIsInAnotherClauseIsDescribedNotNamedUnlessTheListNamesIt(String text, String subject) {
        Entities e = recognizer.recognize(text, null);
        assertTrue(e.clusters().isEmpty(), e.clusters().toString());
        assertEquals(subject, e.amounts().get(0).subject());
    }

    @ParameterizedTest
    @CsvSource({"南京市新型电力（智能电网）装备集群到2025年产值突破4000亿元。", "南京市新型電力（智能電網）裝備產業集群到2025年產值突破4000億元。"})
    void namesTheNationalClusterWhenItsPlaceIsInTheName(String text) {
        Entities e = recognizer.recognize(text, null);
        assertEquals("南京市新型电力（智能电网）装备集群", e.clusters().get(0).name());
        assertTrue(e.clusters().get(0).national());
        assertEquals("南京市新型电力（智能电网）装备集群", e.amounts().get(0).subject());
    }

    @ParameterizedTest
    @CsvSource({"广深佛莞智能装备产业集群, 广州市;深圳市;佛山市;东莞市", "中山大学与中山市政府签约, 中山市", "中山大学发布成果, ''", "大连接是5G的特征, ''",
                "湖北省政府新闻办发布, ''", "中新网上海8月26日电 记者获悉, ''", "大会在湖南省长沙市举办, 长沙市", "长春、吉林、四平, 长春市;吉林市;四平市",
                "温州乐清市电气, 温州市", "香港某财团投资, ''", "榆鄂宁现代煤化工, 榆林市;鄂尔多斯市", "湖南长沙县超400亿元, 湖南省",
                "中国科学院宁波材料所, ''", "走进安徽安庆市第一人民医院, ''", "浙江舟山群岛新区, 浙江省",
                "推广佛山经验, 佛山市", "服务器集群扩容, ''", "南京钢铁股份有限公司发布公告, ''", "南京市的企业发布公告, 南京市",
                "在中山路开店, ''", "苏州银行开业, ''", "南京集团化发展, 南京市",
                // session 23: facilities and offices named after a place (traditional lines of dev..dev3)
                "今年一季度长沙机场货运量增长, ''", "据浙江省台办统计, ''", "洽谈上海交大产业园项目, ''", "武汉大桥通车, ''",
                // session 24: a place that opens an event's name with its edition (2018年…推介会, 十八届人大一次会议)
                "从常州市2019年智能制造产业招商推介会上获悉, ''", "正在召开的湖南省岳阳市十五届人大一次会议, ''",
                "绍兴市2024年规上工业产值增长, 绍兴市", "株洲市2023年GDP达到3600亿元，会议指出, 株洲市",
                // a dateline with the day alone (Taiwan and Hong Kong agencies)
                "（中央社记者陈明上海10日电）芯片产业, ''", "中评社广州5日专电 记者获悉, ''"})
    void findsPlaces(String text, String cities) {
        List<String> want = cities.isEmpty() ? List.of() : List.of(cities.split(";"));
        assertEquals(want, recognizer.recognize(text, null).cities().stream().map(c -> c.name()).toList());
    }

    @ParameterizedTest
    @CsvSource({"服务器集群", "计算集群", "Kubernetes集群", "先进制造业集群", "集群化发展"})
    void rejectsNonIndustrialClusters(String text) {
        assertTrue(recognizer.recognize("该市" + text + "。", null).clusters().isEmpty());
    }

    @Test
    void adversarialInputEndsInBoundedTime() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 100_000; i++) digits.append((char) ('0' + i % 10));
        StringBuilder mixed = new StringBuilder();
        String unit = "產值突破4000億元（（集群集群一二三四五六七八九十百千万亿😀，";
        while (mixed.length() < 100_000) mixed.append(unit);
        StringBuilder clusters = new StringBuilder();
        while (clusters.length() < 100_000) clusters.append("集群");
        StringBuilder numerals = new StringBuilder();
        while (numerals.length() < 100_000) numerals.append("万亿多余几千百十元-至");
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String s : List.of(digits.toString(), mixed.toString(), clusters.toString(), numerals.toString())) {
                Entities e = recognizer.recognize(s, null);
                for (AmountMention a : e.amounts()) assertTrue(a.end() <= s.length());
            }
        });
    }

    /** 兆 without 元 (Taiwan pages) and a per-year money word after the figure (dev3, session 20). */
    @Test
    void bareTrillionsAndPerYearMoneyWordsAreMoney() {
        List<AmountMention> a = recognizer.recognize("总额为史上第4度突破2兆。", null).amounts();
        assertEquals(1, a.size());
        assertEquals(2e12, a.get(0).value(), 1);
        assertEquals(1.2e11, recognizer.recognize("园区开发将创造1200亿年产值。", null).amounts().get(0).value(), 1);
        assertTrue(recognizer.recognize("风电装机容量达到300兆瓦。", null).amounts().isEmpty());
    }
}
