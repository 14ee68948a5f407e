package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyminer.doc.ClusterMention;

/**
 * Issue 17, dev12 (ent18): clusters whose industry no lexicon lists, coordinated lists under a scale head, and names
 * read through reading glosses. Sentences made up in the shapes of real ones.
 */
class OpenIndustryClustersTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> names(String text) {
        return recognizer.recognize(text, null).clusters().stream().map(ClusterMention::name).toList();
    }

    /** A place part then a short noun phrase no lexicon lists. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "潜江市小龙虾产业集群入选省级名单。|潜江市小龙虾集群",
            "柳州市螺蛳粉产业集群年产值突破600亿元。|柳州市螺蛳粉集群",
            "房县木耳产业集群入选2024年县域特色产业集群。|房县木耳集群",
            "分别是:烟台市粉丝特色产业集群、寿光市蔬菜种子特色产业集群。|烟台市粉丝特色集群,寿光市蔬菜种子特色集群",
            "开封高新区花生产业集群入选。|开封高新区花生集群",
            "锦州市改装车产业集群加快发展。|锦州市改装车集群",
            // one character: a plain noun; 现代 before an industry (a time word to HanLP)
            "承德市钒产业集群入选。|承德市钒集群",
            "伊春市现代森工产业集群入选。|伊春市现代森工集群"})
    void anIndustryNoLexiconListsAfterAPlacePart(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(",")), names(text));
    }

    /** The false names and classifying heads: what stands between a place and 集群 is no industry. */
    @ParameterizedTest
    @ValueSource(strings = {"青岛市做好集群政策的统筹。", "株洲市实现集群规模突破2000亿元。", "南京市时期全国集群数量第一。",
            "长沙市报送集群发展情况。", "深广两轮集群竞赛均有斩获。", "青岛市重点产业集群发展迅速。", "苏州市优势产业集群名单公布。",
            "杭州市传统产业集群转型升级。", "宁波市十大产业集群发布。", "合肥市战略性新兴产业集群规模扩大。", "成都市主导产业集群实力增强。",
            "南京市这些集群各有特点。", "广州市各类产业集群加快发展。", "深圳市今年集群产值增长。", "武汉市高质量发展产业集群。",
            "郑州市相关产业集群。", "深圳市区集群发展。", "南京市新集群。",
            // a bare 集群 after a noun no lexicon lists: people, buildings, machines
            "成都市人才集群建设。", "重庆市楼宇集群。", "贵阳市数据集群扩容。", "天津市港口集群。", "济南市小巨人集群。", "广州市独角兽产业集群。", "西安市科技产业集群。",
            // a property or a relation of clusters, not an industry
            "推动南通市本土产业集群发展。", "推动南通市综合性产业集群发展。", "推动南通市劳动密集型产业集群发展。",
            "推动南通市上下游产业集群发展。", "推动南通市同类产业集群发展。", "推动南通市块状产业集群发展。", "西安市加快产业集群建设。", "无锡市现有产业集群30个。", "苏州市大力发展产业集群。"})
    void noIndustryNoName(String text) {
        assertEquals(List.of(), names(text), text);
    }

    @Test
    void theNounPhraseTest() {
        for (String yes : List.of("低碳冶金", "香菇", "改装车", "美妆睫毛", "芳烃", "数字技术")) assertTrue(OpenIndustry.isIndustry(yes), yes);
        for (String no : List.of("做好", "实现", "报送", "两轮", "重点", "战略性", "下一步需做好", "初赛胜出", "全面推进", "今年"))
            assertFalse(OpenIndustry.isIndustry(no), no);
    }

    /** …、…等[千亿][新兴]产业集群: every item with a place part is a name, bare cities get 市, counties as written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "抓好锦州光伏、营口镁质材料、丹东仪器仪表等千亿产业集群建设。|锦州市光伏集群,营口市镁质材料集群,丹东市仪器仪表集群",
            "重点加快锦州改装车、葫芦岛泳装、丹东芳烃等新兴产业集群建设。|锦州市改装车集群,葫芦岛市泳装集群,丹东市芳烃集群"})
    void listsUnderAScaleHead(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(",")), names(text));
    }

    /**
     * Place parts: a short city name before its own district gets 市 (大连市金州, as dev4 and dev6 write 萍乡市湘东), a new
     * area's name without 新区 (浦东) after the verb that opens the list, an airport zone after its city (郑州航空港) as
     * written like any zone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "抓好大连金州石化、锦州光伏等千亿产业集群。|大连市金州石化集群,锦州市光伏集群",
            "重点加快浦东集成电路、锦州光伏等新兴产业集群建设。|浦东集成电路集群,锦州市光伏集群",
            "郑州航空港智能终端产业集群入选。|郑州航空港智能终端集群"})
    void placePartsWrittenAsTheyStand(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(",")), names(text));
    }

    /** A name read through reading glosses keeps its place part, and its offsets point into the text as given. */
    @Test
    void glossedNamesKeepTheirPlaceAndOffsets() {
        String text = "由開封高新區(qū)花生產(chǎn)業(yè)集群等構成的特色型集群地標。";
        List<ClusterMention> found = recognizer.recognize(text, null).clusters();
        assertEquals(List.of("开封高新区花生集群"), found.stream().map(ClusterMention::name).toList());
        ClusterMention c = found.get(0);
        assertEquals(text.indexOf("開封"), c.start());
        assertEquals(text.indexOf("集群") + 2, c.end());
        assertEquals(text.substring(c.start(), c.end()), c.text());
    }
}
