package org.policyminer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.Citation;
import org.policyminer.doc.Citation.Relation;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.PolicyDocument;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    private PolicyDocument read(String title, String... paragraphs) {
        return reader.read(title, String.join("\n", paragraphs), PageFacts.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "国办发〔2018〕128号|国办发〔2018〕128号",
            "国办发[2018]128号|国办发〔2018〕128号",
            "工信部联规【2021】207号|工信部联规〔2021〕207号",
            "国办发„2009‟3号|国办发〔2009〕3号",
            "国办发明电（2020）1号|国办发明电〔2020〕1号",
            "国务院令第707号|国令第707号",
            "中华人民共和国国务院令（第513号）|国令第513号",
            "〔92〕国科发火字395号|国科发火字〔1992〕395号",
            "工信部令第5号|工信部令第5号",
            "国发〔２０１３〕９号|国发〔2013〕9号",
            "根据国发〔2014〕45号|国发〔2014〕45号",
            "2000年12月28日税委会[2000]17号|税委会〔2000〕17号",
            "工信部规函﹝2022﹞40号|工信部规函〔2022〕40号",
            "（国家税务总局公告2016年第23号）|国家税务总局公告2016年第23号",
            "海关总署公告2019年第 5 号|海关总署公告2019年第5号",
            "领导小组的通知国办发〔2016〕97号|国办发〔2016〕97号",
            "发改规划〔2016〕1060号|发改规划〔2016〕1060号",
            "发布文号环监测〔2021〕99号|环监测〔2021〕99号",
            "（文化和旅游部令第1号）|文化和旅游部令第1号",
            "依据工业和信息化部令第5号|工业和信息化部令第5号"})
    void normalisesNumbersInAnyBracketStyle(String text, String number) {
        assertEquals(number, DocumentNumbers.find(text).get(0).number());
    }

    @Test
    void readsAJointDocumentFromItsTitleHead() {
        PolicyDocument d = read("财政部 科技部 教育部 发展改革委关于进一步做好中央财政科研项目资金管理等政策贯彻落实工作的通知", "财科教〔2017〕6号");
        assertEquals(List.of("财政部", "科技部", "教育部", "发展改革委"), d.issuers());
        assertEquals("财科教〔2017〕6号", d.number());
        assertEquals("通知", d.type());
    }

    @Test
    void splitsNamesAJoinedTableCellRanTogether() {
        assertEquals(List.of("工业和信息化部", "国家发展和改革委员会", "教育部", "国务院国资委"),
                TitleParts.splitBodies("工业和信息化部国家发展和改革委员会教育部国务院国资委"));
        assertEquals(List.of("国务院办公厅", "中央军委办公厅"), TitleParts.splitBodies("国务院办公厅、中央军委办公厅"));
        assertEquals(List.of("工业和信息化部办公厅"), TitleParts.splitBodies("工业和信息化部办公厅"));
    }

    @Test
    void readsTheSignatureBlockWithAChineseNumeralDate() {
        PolicyDocument d = read("关于加强管理工作的通知", "各有关单位：", "现就有关事项通知如下。", "国务院办公厅", "中央军委办公厅",
                "二〇〇四年十二月十七日");
        assertEquals(List.of("国务院办公厅", "中央军委办公厅"), d.issuers());
        assertEquals("2004-12-17", d.written());
        assertEquals(List.of("各有关单位"), d.addressees());
    }

    @Test
    void keepsTheTablesWrittenAndIndexNumberApartFromTheText() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("索引号", "000014349/2020-00062");
        table.put("发文机关", "國務院");
        table.put("成文日期", "2020年07月27日");
        table.put("发文字号", "国发〔2020〕8号");
        table.put("有效性", "已废止");
        PolicyDocument d = reader.read("国务院关于印发若干政策的通知", "国发〔2020〕8号", new PageFacts(table, List.of()));
        assertEquals("000014349/2020-00062", d.indexNumber());
        assertEquals(List.of("国务院"), d.issuers(), "table values are converted to simplified script");
        assertEquals("2020-07-27", d.written());
        assertEquals("废止", d.validity());
        assertEquals("若干政策", d.enclosedTitle());
        assertEquals("政策", d.enclosedType());
        assertEquals(-1, d.numberStart(), "a number from the table has no offset");
    }

    @Test
    void readsTheNumberOnlyFromTheBodyWithItsOffset() {
        String title = "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知";
        PolicyDocument d = read(title, "湖南省人民政府办公厅文件", "湘政办发〔2009〕24号", "各市州、县市区人民政府：");
        assertEquals("湘政办发〔2009〕24号", d.number());
        String analysed = title + "\n湖南省人民政府办公厅文件\n湘政办发〔2009〕24号";
        assertEquals("湘政办发〔2009〕24号", analysed.substring(d.numberStart(), d.numberStart() + d.number().length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "《国务院办公厅关于印发X方案的通知》（国办发〔2016〕82号）同时废止。|REPEALS",
            "自本通知印发之日起，《关于Y的通知》（国办发〔2016〕82号）停止执行。|REPEALS",
            "根据《国务院关于Z的决定》（国办发〔2016〕82号）有关要求，制定本办法。|BASIS",
            "为贯彻落实《中共中央 国务院关于W的意见》（国办发〔2016〕82号），现提出如下措施。|IMPLEMENTS",
            "《关于V的实施方案》（国办发〔2016〕82号）已经国务院同意，现印发给你们。|ISSUES",
            "你省《关于设立U的请示》（国办发〔2016〕82号）收悉。|REPLIES",
            "按照国办发〔2016〕82号文件要求，抓好落实。|BASIS",
            "国办发〔2016〕82号文已明确有关事项。|CITES"})
    void readsTheRelationTheSentenceGives(String sentence, Relation relation) {
        List<Citation> cites = CitationFinder.find(sentence, 0, null);
        Citation c = cites.stream().filter(x -> "国办发〔2016〕82号".equals(x.number())).findFirst().orElseThrow();
        assertEquals(relation, c.relation(), sentence);
    }

    @Test
    void leavesTheDocumentsOwnNumberOutOfItsCitations() {
        PolicyDocument d = read("国务院关税税则委员会关于调整若干商品进出口关税税率的通知", "2000年12月28日 税委会[2000]17号", "海关总署：",
                "税委会〔2000〕12号文已通知自2000年10月25日起，对进口冻鸡实行从量税。");
        assertEquals("税委会〔2000〕17号", d.number());
        assertEquals("2000-12-28", d.written());
        assertEquals(List.of("税委会〔2000〕12号"), d.cites().stream().map(Citation::number).toList());
    }

    @Test
    void aNewsStoryIsNoDocument() {
        assertFalse(read("工业和信息化部公布45个国家先进制造业集群名单", "近日，工业和信息化部公布名单。").isDocument());
        assertTrue(read("镇巴县人民政府工作规则", "第一章总则").isDocument());
        assertNull(read("2022年我国全部工业增加值突破40万亿元", "新华社北京1月17日电").type());
    }

    @Test
    void aDecreeRepostedAsTextGetsItsIssuerFromTheStateCouncilsCode() {
        PolicyDocument d = read("优化营商环境条例", "（国令第722号）", "第一条 为了持续优化营商环境，制定本条例。", "2019年10月22日");
        assertEquals("国令第722号", d.number(), "a number in brackets is still the number line");
        assertEquals(List.of("国务院"), d.issuers());
        assertEquals("条例", d.type());
        assertEquals("2019-10-22", d.written(), "a date alone on its line is the signature date");
    }

    @Test
    void theSignatureCompletesAShortenedOrPartialTitleHead() {
        PolicyDocument shortened = read("区人民政府办公室关于印发责任分解方案的通知", "各街道办事处，区人民政府各部门：", "现印发给你们。",
                "蔡甸区人民政府办公室", "2023年1月3日");
        assertEquals(List.of("蔡甸区人民政府办公室"), shortened.issuers());
        PolicyDocument joint = read("云南省财政厅关于印发《云南省就业专项资金管理办法》的通知", "各州（市）财政局：", "现印发给你们。",
                "云南省财政厅 云南省人力资源和社会保障厅", "2013年9月4日");
        assertEquals(List.of("云南省财政厅", "云南省人力资源和社会保障厅"), joint.issuers());
        // a signature that does not hold the head's names leaves the title's issuer
        PolicyDocument other = read("国务院办公厅关于加强管理的通知", "各省人民政府：", "现通知如下。", "某某市人民政府", "2020年1月1日");
        assertEquals(List.of("国务院办公厅"), other.issuers());
    }

    @Test
    void aLetterheadLineNamesTheIssuerOfATitleWithoutHead() {
        PolicyDocument d = read("关于推进矿产资源勘查规范探矿权延续登记有关问题的通知", "贵州省国土资源厅文件", "黔国土资发[2006]83号",
                "为认真贯彻落实有关文件精神，现就有关问题作如下要求。");
        assertEquals(List.of("贵州省国土资源厅"), d.issuers());
        assertEquals("黔国土资发〔2006〕83号", d.number());
    }

    @Test
    void metadataRowsAboveTheTextDoNotHideTheAddressees() {
        PolicyDocument d = read("区人民政府办公室关于印发方案的通知", "索引号：MB1534522/2023-05475", "主题分类：政务公开", "时效性：有效",
                "发文字号：蔡政办〔2023〕1号", "成文日期：2023-01-03", "区人民政府办公室关于印发方案的通知",
                "各街道办事处、乡人民政府，区人民政府各部门、各直属机构：", "现印发给你们。");
        assertEquals(List.of("各街道办事处、乡人民政府", "区人民政府各部门、各直属机构"), d.addressees());
    }

    @Test
    void aTitleMetFirstAloneKeepsTheNumberALaterMentionGives() {
        PolicyDocument d = read("山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案的通知",
                "山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案",
                "为深入贯彻落实《促进中部地区崛起“十三五”规划》（国函〔2016〕204号），结合我省实际，制定本方案。");
        assertEquals(List.of("国函〔2016〕204号"), d.cites().stream().map(Citation::number).filter(n -> n != null).toList());
    }

    @Test
    void theWordsOfACitedTitleAreNotTheSentencesCue() {
        PolicyDocument d = read("北京市人民政府办公厅关于印发要点的通知",
                "深入贯彻《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》（中办发〔2016〕8号）和"
                        + "《国务院办公厅关于印发2016年政务公开工作要点的通知》（国办发〔2016〕19号）精神。");
        Map<String, Relation> byNumber = new LinkedHashMap<>();
        for (Citation c : d.cites()) if (c.number() != null) byNumber.put(c.number(), c.relation());
        assertEquals(Relation.IMPLEMENTS, byNumber.get("中办发〔2016〕8号"));
        assertEquals(Relation.IMPLEMENTS, byNumber.get("国办发〔2016〕19号"));
    }

    @Test
    void aDecreeHeadingOnTwoLinesIsItsNumberNotACitation() {
        PolicyDocument d = read("国务院关于修改《全国年节及纪念日放假办法》的决定", "中华人民共和国国务院令", "第644号",
                "现公布《国务院关于修改〈全国年节及纪念日放假办法〉的决定》，自2014年1月1日起施行。", "总理 李克强", "2013年12月11日",
                "国务院决定对《全国年节及纪念日放假办法》作如下修改：", "将第二条第二项修改为：春节，放假3天。");
        assertEquals("国令第644号", d.number());
        assertEquals(List.of("国务院"), d.issuers());
        assertTrue(d.cites().stream().noneMatch(c -> c.number() != null), "the decree's own number is no citation: " + d.cites());
        assertEquals(List.of(), d.addressees(), "a sentence that introduces the amendments names no addressee");
    }

    @Test
    void aSentenceThatIntroducesWhatFollowsIsNoAddresseeLine() {
        PolicyDocument d = read("国务院办公厅关于2017年部分节假日安排的通知",
                "国务院办公厅12月1日发布《国务院办公厅关于2017年部分节假日安排的通知》，全文如下：",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "经国务院批准，现将安排通知如下。");
        assertEquals(List.of("各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"), d.addressees());
    }

    @Test
    void titlesJoinedByAConjunctionShareTheCueAfterTheLast() {
        PolicyDocument d = read("国务院关于增建国家高新技术产业开发区的批复", "国家科委：",
                "你委《关于再审批一些国家高新技术产业开发区的请示》（〔92〕国科发火字395号）和《关于调整方案的请示》（〔92〕国科发火字665号）收悉。现批复如下：");
        Map<String, Relation> byNumber = new LinkedHashMap<>();
        for (Citation c : d.cites()) if (c.number() != null) byNumber.put(c.number(), c.relation());
        assertEquals(Relation.REPLIES, byNumber.get("国科发火字〔1992〕395号"));
        assertEquals(Relation.REPLIES, byNumber.get("国科发火字〔1992〕665号"));
    }

    @Test
    void aRepostThatLostTheLineBreakKeepsTheSignatureOnOneLine() {
        PolicyDocument d = read("关于做好节日期间工作的通知", "各省、自治区、直辖市人民政府：", "现就有关事项通知如下。", "国务院办公厅 2018年1月2日");
        assertEquals(List.of("国务院办公厅"), d.issuers());
        assertEquals("2018-01-02", d.written());
    }

    @Test
    void aJointSignatureOfManyBodiesAndASealNoteIsReadWhole() {
        PolicyDocument d = read("关于印发年度推进计划的通知", "各有关单位：", "现将计划印发给你们，请认真贯彻执行。", "工业和信息化部", "国家发展和改革委员会",
                "科学技术部", "财政部", "人力资源和社会保障部", "生态环境部", "商务部", "（工业和信息化部代章）", "二ＯＯ四年四月六日");
        assertEquals(List.of("工业和信息化部", "国家发展和改革委员会", "科学技术部", "财政部", "人力资源和社会保障部", "生态环境部", "商务部"),
                d.issuers());
        assertEquals("2004-04-06", d.written(), "a full-width Ｏ is a zero too");
    }

    @Test
    void aSignatureKeepsItsSealAndPublicationNotes() {
        PolicyDocument d = read("关于加强管理的通知", "各县（市、区）人民政府：", "现通知如下。", "某某市人民政府办公室（盖章）",
                "2019年3月5日（此件公开发布）");
        assertEquals(List.of("某某市人民政府办公室"), d.issuers());
        assertEquals("2019-03-05", d.written());
    }

    @Test
    void aShortProvincialHeadIsCompletedAndANumberAloneNamesAProvincialGovernment() {
        PolicyDocument shortHead = read("省政府办公厅关于加强管理的通知", "各市、州人民政府：", "现通知如下。", "湖北省人民政府办公厅", "2016年5月4日");
        assertEquals(List.of("湖北省人民政府办公厅"), shortHead.issuers());
        assertEquals(List.of("湖北省人民政府"), read("关于进一步优化营商环境的若干意见", "鄂政发〔2018〕26号", "各市、州、县人民政府：").issuers());
        assertEquals(List.of("广东省人民政府办公厅"), read("关于印发实施方案的通知", "粤府办〔2023〕5号", "各地级以上市人民政府：").issuers());
        assertEquals(List.of(), read("关于加强财政管理的通知", "鄂财预发〔2018〕1号", "各市财政局：").issuers(),
                "a department's code names no body by itself");
    }

    @Test
    void aMinistrysCodeNamesTheIssuerOfATitleWithoutAHead() {
        // a repost of an MIIT notice: no issuer in the title, no signature, only the number line
        PolicyDocument d = read("关于公布第十批国家新型工业化产业示范基地名单的通知", "工信部规函〔2022〕40号",
                "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门：", "根据《国家新型工业化产业示范基地管理办法》要求，现将名单予以公布。");
        assertEquals(List.of("工业和信息化部"), d.issuers());
        assertEquals(List.of("工业和信息化部办公厅"), MinistryCodes.issuerOf("工信厅政法函〔2022〕338号"));
        assertEquals(List.of("工业和信息化部"), MinistryCodes.issuerOf("工信部联政法〔2020〕101号"));
        assertEquals(List.of("国家发展改革委"), MinistryCodes.issuerOf("发改地区〔2016〕2817号"));
        // the code's ministry by the year: the 交通部 became the 交通运输部 in 2008
        assertEquals(List.of("交通部"), MinistryCodes.issuerOf("交公路发〔2006〕451号"));
        assertEquals(List.of("交通运输部"), MinistryCodes.issuerOf("交公路发〔2011〕183号"));
        assertEquals(List.of("国家税务总局"), MinistryCodes.issuerOf("国家税务总局公告2016年第23号"));
        // a province's department writes its province first; a bare 交 or 财 is no code
        assertEquals(List.of(), MinistryCodes.issuerOf("川发改价格规〔2021〕499号"));
        assertEquals(List.of(), MinistryCodes.issuerOf("皖财社〔2016〕1600号"));
        assertEquals(List.of(), MinistryCodes.issuerOf("财〔2016〕1号"));
    }

    @Test
    void theStateCouncilsSalutationNamesItWhenNothingElseDoes() {
        String[] body = {"各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "为加快推进新材料产业发展，国务院决定成立领导小组。"};
        assertEquals(List.of("国务院"), read("关于成立领导小组的通知", body).issuers());
        PolicyDocument office = read("关于成立领导小组的通知", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                "为做好筹办工作，经国务院同意，成立工作领导小组。");
        assertEquals(List.of("国务院办公厅"), office.issuers());
        // other addressees say nothing of the issuer
        assertEquals(List.of(), read("关于开展调查的通知", "各市州环保局：", "经国务院同意，现将有关事项通知如下。").issuers());
        // a title's head still comes first
        assertEquals(List.of("国家发展改革委"), read("国家发展改革委关于印发规划的通知", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                "经国务院同意，现将《规划》印发你们。").issuers());
    }

    @Test
    void aHeaderLineGivesTheDateWrittenBesideTheNumber() {
        PolicyDocument d = read("国务院办公厅关于成立国家新材料产业发展领导小组的通知",
                "国务院办公厅关于成立国家新材料产业发展领导小组的通知 国办发〔2016〕97号 2016年12月23日 发布机关：中华人民共和国国务院办公厅",
                "国办发〔2016〕97号", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "为贯彻实施制造强国战略，国务院决定成立领导小组。");
        assertEquals("国办发〔2016〕97号", d.number());
        assertEquals("2016-12-23", d.written());
        // the title run into the number is no citation of another document
        assertTrue(d.cites().stream().noneMatch(c -> c.number() != null), d.cites().toString());
        // a date elsewhere on a long line is not the number's
        PolicyDocument far = read("关于开展检查的通知", "国办发〔2016〕97号 各地区要在2016年12月23日前完成自查并将结果报送国务院办公厅，逾期不报的予以通报批评，确保按时完成各项工作任务。");
        assertNull(far.written());
    }

    @Test
    void aLongAddresseeLineListsEveryBodyAndBracketsKeepTheirCommas() {
        String cities = "南京、无锡、徐州、常州、苏州、南通、连云港、淮安、盐城、扬州、镇江、泰州、宿迁、杭州、宁波、温州、湖州、嘉兴、绍兴、金华、衢州、舟山、台州、丽水、"
                + "合肥、淮北、亳州、宿州、阜阳、蚌埠、淮南、滁州、六安、马鞍山、芜湖、宣城、铜陵、池州、安庆、黄山市人民政府";
        String companies = "中国石油天然气集团有限公司、中国石油化工集团有限公司、中国海洋石油集团有限公司、中国国家铁路集团有限公司";
        PolicyDocument d = read("关于印发《长三角地区秋冬季大气污染综合治理攻坚行动方案》的通知", cities + "，" + companies + "：",
                "现将《行动方案》印发给你们，请遵照执行。");
        assertEquals(List.of(cities, companies), d.addressees());
        PolicyDocument j = read("吉林省工业和信息化厅关于加强网站信息宣传工作的通知",
                "各市（州）工信局，各县（市，九台区、双阳区、江源区）经济（工信）局；厅机关各处室：", "为进一步推动工作，现通知如下。");
        assertEquals(List.of("各市（州）工信局", "各县（市，九台区、双阳区、江源区）经济（工信）局", "厅机关各处室"), j.addressees());
        // a sentence longer than the usual addressee line, ending in a colon, names no addressees
        String sentence = "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步深化放管服改革，降低市场运行成本，加快打造法治化、国际化、便利化的一流营商环境，"
                + "推动全省经济高质量发展，把我省打造成为全国体制机制、内陆开放、创新发展新高地，营造有利于集聚更多先进生产力、生产要素的营商环境，"
                + "经省人民政府同意，结合我省实际，现就进一步优化营商环境有关事项提出以下具体意见和要求：";
        assertTrue(sentence.length() > 150);
        assertEquals(List.of(), read("省人民政府关于优化营商环境的意见", sentence, "一、总体要求").addressees());
    }

    @Test
    void governmentsASignatureRanTogetherAreSplit() {
        assertEquals(List.of("上海市人民政府", "江苏省人民政府"), TitleParts.splitBodies("上海市人民政府江苏省人民政府"));
        assertEquals(List.of("北京市人民政府办公厅"), TitleParts.splitBodies("北京市人民政府办公厅"));
        // the Central Committee and the State Council run together in a title that lost its space
        assertEquals(List.of("中共中央", "国务院"), TitleParts.of("中共中央国务院关于加快建设全国统一大市场的意见").issuers());
        assertEquals(List.of("中共中央办公厅", "国务院办公厅"), TitleParts.of("中共中央办公厅国务院办公厅关于加快建设统一开放的交通运输市场的意见").issuers());
        assertEquals(List.of("中共中央"), TitleParts.splitBodies("中共中央"));
    }

    @Test
    void aHeadWithoutItsProvinceIsCompletedByTheNumbersCodeOrTheLetterhead() {
        PolicyDocument d = read("省人民政府关于进一步优化营商环境的若干意见", "鄂政发〔2018〕26号", "各市、州、县人民政府，省政府各部门：",
                "为深入贯彻习近平总书记关于加大营商环境改革力度的重要指示精神，结合我省实际，提出如下意见。");
        assertEquals(List.of("湖北省人民政府"), d.issuers());
        PolicyDocument office = read("省人民政府办公厅关于加强高校毕业生就业工作的通知", "湖南省人民政府办公厅文件", "湘政办发〔2009〕24号",
                "各市州、县市区人民政府，省政府各厅委、各直属机构：", "根据国务院办公厅有关通知精神，现就有关问题通知如下：");
        assertEquals(List.of("湖南省人民政府办公厅"), office.issuers());
        // a code of another level (the government's, for an office's head) does not complete it
        assertEquals(List.of("省人民政府办公厅"), read("省人民政府办公厅关于加强管理的通知", "鄂政发〔2018〕26号", "各市、州、县人民政府：",
                "为加强管理，现就有关事项通知如下。").issuers());
    }

    @Test
    void aHeadThatCountsTheOtherBodiesNamesItsFirstAndTheSignatureNamesThemAll() {
        PolicyDocument signed = read("工业和信息化部等十部门关于印发《工业互联网专项工作组工作计划》的通知", "工信部联信管〔2020〕1号",
                "各省、自治区、直辖市工业和信息化主管部门：", "现将《工作计划》印发给你们，请认真贯彻落实。",
                "工业和信息化部 国家发展改革委", "教育部 科技部", "2020年1月6日");
        assertEquals(List.of("工业和信息化部", "国家发展改革委", "教育部", "科技部"), signed.issuers());
        PolicyDocument unsigned = read("工业和信息化部等十部门关于印发《工业互联网专项工作组工作计划》的通知", "各省、自治区、直辖市工业和信息化主管部门：",
                "现将《工作计划》印发给你们，请认真贯彻落实。");
        assertEquals(List.of("工业和信息化部"), unsigned.issuers());
        assertEquals(List.of("财政部"), TitleParts.of("财政部等关于开展试点工作的通知").issuers());
    }

    @Test
    void anAddresseeLineTheTextRunsOnAfterItsColonIsStillTheAddressees() {
        PolicyDocument d = read("国务院关于印发新一代人工智能发展规划的通知", "国发〔2017〕35号",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现将《新一代人工智能发展规划》印发给你们，请认真贯彻执行。", "国务院", "2017年7月8日");
        assertEquals(List.of("各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"), d.addressees());
        // a metadata label before a colon, or a sentence, is no addressee line
        assertEquals(List.of(), read("关于印发方案的通知", "发布机构：县人民政府办公室，各乡镇：略", "现将方案印发给你们。").addressees());
        assertEquals(List.of(), read("关于印发方案的通知", "经研究，现就有关事项通知如下：一、加强领导。").addressees());
    }

    @Test
    void aNumberWrittenRightAfterTheDocumentsOwnTitleIsItsNumber() {
        String title = "国务院关于印发《空气质量持续改善行动计划》的通知";
        PolicyDocument d = read(title, "第 1 页 共 14 页 国务院 关于印发《空气质量持续改善行动计划》的通知 国发〔2023 〕24 号 : "
                + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构： 现将《空气质量持续改善行动计划》印发给你们，请认线 日 （本文有删减）");
        assertEquals("国发〔2023〕24号", d.number());
        assertTrue(d.cites().stream().noneMatch(c -> "国发〔2023〕24号".equals(c.number())), "its own number is no citation");
        // another title's number in a sentence stays a citation, not the document's number
        PolicyDocument other = read("关于做好有关工作的通知", "各市：", "根据《国务院关于印发某规划的通知》（国发〔2016〕9号）精神，现通知如下。");
        assertNull(other.number());
    }

    @Test
    void bodiesTheTextListsAndCountsAreTheIssuersOfANoticeWithoutHeadOrSignature() {
        String sentence = "按照《国务院办公厅关于加快新能源汽车推广应用的指导意见》（国办发〔2014〕35号）等文件要求，财政部、科技部、工业和信息化部、"
                + "发展改革委（以下简称四部委）将在2016-2020年继续实施新能源汽车推广应用补助政策。现将有关事项通知如下：";
        PolicyDocument d = read("关于2016-2020年新能源汽车推广应用财政支持政策的通知", "财建[2015]134号", "各省财政厅：", sentence);
        assertEquals(List.of("财政部", "科技部", "工业和信息化部", "发展改革委"), d.issuers());
        // a list that does not count as many bodies as it names, or that the code's body does not head, is not read
        assertEquals(List.of("财政部"), read("关于开展推广工作的通知", "财建[2015]134号", "各省财政厅：",
                "财政部、科技部（以下简称四部委）将继续实施补助政策。").issuers());
        assertEquals(List.of("工业和信息化部"), read("关于开展推广工作的通知", "工信部规〔2015〕13号", "各省工业和信息化主管部门：",
                "财政部、科技部（以下简称两部门）已印发补助政策。").issuers());
    }

    @Test
    void aDecreeSignedByThePremierIsTheStateCouncilsWithoutItsHeading() {
        PolicyDocument d = read("优化营商环境条例", "《优化营商环境条例》已经2019年10月8日国务院第66次常务会议通过，现予公布，自2020年1月1日起施行。",
                "总 理 李克强", "2019年10月22日", "第一章 总 则");
        assertEquals(List.of("国务院"), d.issuers());
        assertEquals("2019-10-22", d.written());
    }

    @Test
    void aReplyToAProvincesGovernmentWithoutHeadOrSignatureIsTheStateCouncils() {
        PolicyDocument d = read("关于同意设立福州新区的批复", "福建省人民政府：",
                "你省《关于申请设立福州新区的请示》（闽政文〔2014〕412号）收悉。现批复如下：", "一、同意设立福州新区。");
        assertEquals(List.of("国务院"), d.issuers());
        PolicyDocument letter = read("关于增设出口加工区的复函", "海关总署：",
                "你署《关于增设出口加工区的请示》（署加发〔2003〕51号）收悉。经国务院批准，现函复如下：", "一、同意增设以下出口加工区。");
        assertEquals(List.of("国务院办公厅"), letter.issuers());
        // a reply to a county or a department is not the State Council's form
        assertEquals(List.of(), read("关于同意设立产业园的批复", "某某县人民政府：", "你县《关于设立产业园的请示》收悉。现批复如下：").issuers());
        assertEquals(List.of(), read("关于同意设立产业园的批复", "沈阳市人民政府：", "你市《关于设立产业园的请示》收悉。现批复如下：").issuers());
        assertEquals(List.of(), read("关于同意项目的批复", "福建省发展改革委：", "你委《关于项目的请示》收悉。现批复如下：").issuers());
        assertEquals(List.of("国务院"), read("关于城市群发展规划的批复", "内蒙古自治区、陕西省人民政府，国家发展改革委：",
                "国家发展改革委《关于报送城市群发展规划的请示》（发改地区〔2017〕2222号）收悉。现批复如下：").issuers());
    }

    // ---- docs8: reposts that write the number where the reader did not look, glosses, joined names ----

    @Test
    void pinyinGlossesDoNotSplitNumbersNorAddressees() {
        PolicyDocument d = read("国家发展改革委关于印发贯彻落实区域发展战略促进区域协调发展的指导意见的通知",
                "发改地(di)区[2016]1771号(hao)",
                "各省、自治区、直(zhi)辖(xia)市(shi)人(rén)民政府，国务院有关部委、直属机构：",
                "《关于贯彻落实区域发展战略促进区域协调发展的指导意见》已经国务院同意，现印发(fā)你们，请认真贯彻执行。");
        assertEquals("发改地区〔2016〕1771号", d.number());
        assertEquals(List.of("各省、自治区、直辖市人民政府", "国务院有关部委、直属机构"), d.addressees());
        // its own number is never cited (a glossed one read as 区〔2016〕1771号 was)
        assertTrue(d.cites().stream().noneMatch(c -> c.number() != null), d.cites().toString());
        // offsets still point into the text as the page wrote it
        String text = String.join("\n", "发改地(di)区[2016]1771号(hao)", "x");
        PolicyDocument o = reader.read("国家发展改革委关于印发指导意见的通知", text, PageFacts.NONE);
        assertEquals("国家发展改革委关于印发指导意见的通知".length() + 1, o.numberStart());
        // brackets that are no gloss stay: (试行), (2016), (a) after a digit
        assertEquals("办法(试行)第(1)条", PinyinGlosses.strip("办法(试行)第(1)条").text());
        assertEquals("全国生产安全", PinyinGlosses.strip("全(quan)(quan)国(guo)生(sheng)产(chan)安(an)全").text());
    }

    @Test
    void aNumberInBracketsAfterTheTitleIsTheDocumentsOwn() {
        PolicyDocument d = read("生态环境部关于印发《区域生态质量评价办法(试行)》的通知",
                "生态环境部关于印发《区域生态质量评价办法(试行)》的通知 (环监测〔2021〕99号)",
                "核心提示：我部组织编制了《区域生态质量评价办法(试行)》，现印发给你们，请遵照执行。",
                "发布文号 环监测〔2021〕99号");
        assertEquals("环监测〔2021〕99号", d.number());
        assertTrue(d.cites().stream().noneMatch(c -> "环监测〔2021〕99号".equals(c.number())), d.cites().toString());
    }

    @Test
    void aNumberBeforeTheTitleOnOneLineIsTheDocumentsOwn() {
        PolicyDocument d = read("关于进一步简化经港澳中转货物原产地管理要求的公告",
                "海关总署公告2017年第26号(关于进一步简化经港澳中转货物原产地管理要求的公告)",
                "为进一步简化经香港或澳门中转货物的原产地管理，现就中转确认书提交事宜公告如下：", "特此公告");
        assertEquals("海关总署公告2017年第26号", d.number());
        assertEquals(List.of("海关总署"), d.issuers());
        assertTrue(d.cites().isEmpty(), d.cites().toString());
        // the head may be left out after the number: …〔2023〕7号关于印发…的通知
        assertEquals("鄂政办发〔2023〕7号", read("湖北省人民政府办公厅关于印发数字经济行动方案的通知",
                "鄂政办发〔2023〕7号关于印发数字经济行动方案的通知", "各市、州人民政府：").number());
        // a cited number that another title follows stays a citation
        PolicyDocument cited = read("关于印发实施方案的通知", "根据国发〔2018〕5号关于加快发展现代服务业的若干意见精神，结合我市实际，制定本方案。");
        assertNull(cited.number());
    }

    @Test
    void aDecreesNumberNamesItsBody() {
        PolicyDocument d = read("潍坊市突发公共卫生事件应急办法", "潍坊市人民政府令", "第77号",
                "《潍坊市突发公共卫生事件应急办法》已经二三年九月二十九日第七次市政府常务会议研究通过，现予发布施行。", "市长张新起", "二三年十月十五日");
        assertEquals("潍坊市人民政府令第77号", d.number());
        assertEquals(List.of("潍坊市人民政府"), d.issuers());
        assertEquals(List.of(), DocumentReader.issuerOfOrder("国令第707号"));
    }

    @Test
    void everyNumberInTheBracketAfterATitleIsCited() {
        PolicyDocument d = read("海关总署关于修改部分规章的决定", "一、对《中华人民共和国海关对进出境旅客行李物品监管办法》（海关总署令第9号公布，根据海关总署令第198号修改）作如下修改：");
        List<String> numbers = d.cites().stream().map(Citation::number).toList();
        assertTrue(numbers.containsAll(List.of("海关总署令第9号", "海关总署令第198号")), numbers.toString());
        // the numbers in that bracket tell the cited rule's history (公布, 根据…修改): plain cites, not this document's basis
        assertEquals(Relation.CITES, d.cites().stream().filter(c -> "海关总署令第198号".equals(c.number())).findFirst().orElseThrow().relation());
    }

    @Test
    void namesRunTogetherAreCutOnlyBetweenBodies() {
        assertEquals(List.of("公主岭市安委会办公室"), TitleParts.splitBodies("公主岭市安委会办公室"));
        assertEquals(List.of("遂宁市人民政府防汛抗旱指挥部办公室"), TitleParts.splitBodies("遂宁市人民政府防汛抗旱指挥部办公室"));
        assertEquals(List.of("青海省妇女联合会", "青海省旅游局"), TitleParts.splitBodies("青海省妇女联合会青海省旅游局"));
        assertEquals(List.of("上海市人民政府", "江苏省人民政府"), TitleParts.splitBodies("上海市人民政府江苏省人民政府"));
        // a title without 关于 whose words end in 行 (行动方案) has no bank for an issuer
        assertEquals(List.of(), TitleParts.of("广东省自然灾害防治能力建设行动方案").issuers());
        assertEquals(List.of("中国人民银行"), TitleParts.of("中国人民银行金融消费者权益保护实施办法").issuers());
    }

    @Test
    void aHeadThatShortensTheSignaturesNameTakesTheSignatures() {
        PolicyDocument d = read("公主岭市安委会办公室转发《国务院安委会办公室关于切实加强安全生产工作的紧急通知》的通知", "公安委办字〔2014〕3号",
                "各乡镇人民政府、市直各部门：", "现将《国务院安委会办公室关于切实加强安全生产工作的紧急通知》（安委办明电〔2014〕1号）转发给你们。",
                "公主岭市安全生产委员会办公室", "2014年1月21日");
        assertEquals(List.of("公主岭市安全生产委员会办公室"), d.issuers());
        // an office is not its government, nor one body another that shares its ends
        assertFalse(DocumentReader.abbreviates("市政府", "市人民政府办公室"));
        assertFalse(DocumentReader.abbreviates("青海省财政厅", "青海省交通运输厅"));
    }

    @Test
    void aNewsLeadNamesTheIssuersOfTheDocumentItQuotes() {
        PolicyDocument d = read("广东省自然灾害防治能力建设行动方案",
                "近日，广东省委办公厅、省政府办公厅印发《广东省自然灾害防治能力建设行动方案》，内容如下。", "为深入贯彻……制定本方案。");
        assertEquals(List.of("中共广东省委办公厅", "广东省人民政府办公厅"), d.issuers());
        assertEquals(List.of("中共中央办公厅", "国务院办公厅"), read("关于加强基层治理的意见",
                "近日，中共中央办公厅、国务院办公厅印发了《关于加强基层治理的意见》，并发出通知。").issuers());
        // a lead that quotes another document names no issuer of this one
        assertEquals(List.of(), read("广东省自然灾害防治能力建设行动方案", "近日，应急管理部印发《关于加强应急管理的意见》，要求各地落实。").issuers());
    }

    // docs9: reposts whose issuer is read from something other than the title head

    @Test
    void aTitleThatStartsWithGuanyuHasNoIssuerHeadThoughItNamesABody() {
        // 关于印发甘肃省人民政府工作规则的通知: the government is the enclosed rules' subject; the number's code names the issuer
        PolicyDocument d = read("关于印发甘肃省人民政府工作规则的通知", "甘政发〔2023〕8号",
                "各市、自治州人民政府，甘肃矿区办事处，兰州新区管委会，省政府各部门：", "《甘肃省人民政府工作规则》已经省政府党组会议审议通过，现印发给你们，请遵照执行。");
        assertEquals(List.of("甘肃省人民政府"), d.issuers());
        assertEquals(List.of(), TitleParts.of("关于对获得国务院督查激励的地方予以配套激励支持的通知").issuers());
    }

    @Test
    void sichuansGeneralOfficeWritesItsCodeWithoutZhengOrFu() {
        PolicyDocument d = read("关于对获得国务院督查激励的地方予以配套激励支持的通知", "川办函〔2022〕47号",
                "各市(州)人民政府，省政府有关部门、有关直属机构，有关单位：", "省政府决定对我省获得国务院督查激励的地方予以配套激励支持。现将有关激励支持措施通知如下：");
        assertEquals(List.of("四川省人民政府办公厅"), d.issuers());
    }

    @Test
    void aNewsLeadNamesTheIssuersLaterInItsSentenceOrByTheirShortNames() {
        PolicyDocument d = read("关于做好2015年元旦春节期间有关工作的通知", "中共中央办公厅、国务院办公厅印发", "《关于做好2015年元旦春节期间有关工作的通知》",
                "据新华社北京12月25日电 为切实做好2015年元旦、春节期间各项工作，中共中央办公厅、国务院办公厅近日印发了《关于做好2015年元旦春节期间有关工作的通知》。");
        assertEquals(List.of("中共中央办公厅", "国务院办公厅"), d.issuers());
        PolicyDocument abbreviated = read("关于做好2021年元旦春节期间有关工作的通知", "中办国办印发《关于做好2021年元旦春节期间有关工作的通知》",
                "2020-12-25 10:39 来源:新华社", "2021年是中国共产党成立100周年，做好元旦春节期间各项工作十分重要。");
        assertEquals(List.of("中共中央办公厅", "国务院办公厅"), abbreviated.issuers());
    }

    @Test
    void aCitysCodeNamesItsGovernmentWhenNothingElseDoes() {
        PolicyDocument d = read("关于做好1999年度《深圳市人民政府公报》征订工作的通知", "发布文号: 深府办[1998]116号", "各区人民政府,市政府直属各单位:",
                "1999年度的《深圳市人民政府公报》征订工作即将开始。为切实做好征订工作，现将有关事项通知如下：");
        assertEquals("深府办〔1998〕116号", d.number());
        assertEquals(List.of("深圳市人民政府办公厅"), d.issuers());
    }

    @Test
    void aCodeSeveralPlacesShareNamesThePlaceThePageNamesOrWhoseProvinceItCites() {
        // 宁政: 南京, 西宁 and 宁夏. A 市政府办公厅 head rules out the region; the Jiangsu documents it implements name 南京
        PolicyDocument nanjing = read("市政府办公厅关于推进城镇燃气居民和餐饮用户“安心用气工程”建设的实施意见", "宁政办规字〔2023〕2号",
                "各区人民政府，江北新区管委会，市府各委办局，市各直属单位：",
                "为贯彻落实《省政府办公厅关于印发持续推进燃气泄漏安全保护装置安装使用工作措施的通知》（苏政办发〔2022〕82号）和相关法律法规，经市政府同意，现提出如下实施意见。");
        assertEquals(List.of("南京市人民政府办公厅"), nanjing.issuers());
        // 呼政: 呼和浩特 and 呼伦贝尔; the page names the first
        PolicyDocument hohhot = read("关于印发呼和浩特市政府信息公开目录编制规则的通知",
                "呼政办发[2008]68号各旗、县、区人民政府,市各委、办、局: 经市人民政府同意,现将《呼和浩特市政府信息公开目录编制规则》印发给你们,请认真组织政府信息公开目录编制工作。二OO八年五月二十三日呼和浩特市政府信息公开目录编制规则");
        assertEquals("呼政办发〔2008〕68号", hohhot.number(), "the number that opens the run-on addressee line is the document's");
        assertEquals(List.of("呼和浩特市人民政府办公厅"), hohhot.issuers());
        assertEquals("2008-05-23", hohhot.written(), "the date right after the last sentence of a run-on line");
        // a county that writes the same character is not the city
        PolicyDocument county = read("关于印发工作规则的通知", "镇政发〔2024〕7号", "《镇巴县人民政府工作规则》已经县政府常务会议通过，现予印发。");
        assertTrue(county.issuers().isEmpty() || !county.issuers().get(0).startsWith("镇江"));
    }

    @Test
    void aNewsStoryThatRepeatsTheTitleHasTheNumberAndAddresseesUnderTheRepetition() {
        PolicyDocument d = read("关于印发青岛西海岸新区促进银发经济发展增进老年人福祉实施方案(2025-2027年)的通知",
                "日前,青岛西海岸新区印发通知,", "公布2025-2027年促进银发经济发展、", "增进老年人福祉实施方案,", "加快构建高质量养老服务体系",
                "和产品供给体系,", "通知全文如下", "关于印发青岛西海岸新区促进银发经济发展增进老年人福祉实施方案(2025-2027年)的通知",
                "青西新发改〔2025〕54号", "各有关部门、单位:", "现将《青岛西海岸新区促进银发经济发展增进老年人福祉实施方案(2025-2027年)》印发给你们，请认真组织实施。");
        assertEquals("青西新发改〔2025〕54号", d.number());
        assertEquals(List.of("各有关部门、单位"), d.addressees());
        assertTrue(d.cites().stream().noneMatch(c -> "青西新发改〔2025〕54号".equals(c.number())));
    }

    @Test
    void aRunOnLineGivesTheDateRightAfterTheIssuersName() {
        PolicyDocument d = read("信阳市人民政府关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定",
                "信阳市人民政府关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定时间:2019-01-23 信阳市人民政府关于表彰2017年度安全生产优秀单位先进单位和先进工作者的决定信政〔2018〕17号各县、区人民政府,各管理区、开发区,市政府有关部门: 2017年,全市各级各部门认真学习贯彻落实上级关于安全生产的决策部署。附件:2017年度安全生产工作优秀单位先进单位和先进工作者名单信阳市人民政府 2018年12月3日责编:尹妮子");
        assertEquals("2018-12-03", d.written());
    }

    @Test
    void aTablesSiteIsNoIssuerButNamesThePlaceOfAShortHead() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("发文机关", "宜兴市人民政府网站");
        PolicyDocument d = reader.read("市政府关于授予肖颖等同志见义勇为称号的决定",
                "各开发区管委会(管理办),各镇人民政府,各街道办事处,市各委办局,市各直属单位:\n为深入践行社会主义核心价值观，市政府决定授予肖颖等16名同志称号。",
                new PageFacts(table, List.of()));
        assertEquals(List.of("宜兴市人民政府"), d.issuers());
        Map<String, String> shortened = new LinkedHashMap<>();
        shortened.put("发文机关", "下陆区政府办公室");
        PolicyDocument xialu = reader.read("区人民政府办公室关于印发2020年区政府重点工作责任分解的通知", "各新区、区政府各部门、各市级垂管单位:",
                new PageFacts(shortened, List.of()));
        assertEquals(List.of("下陆区人民政府办公室"), xialu.issuers());
    }

    @Test
    void aSourceLineNamesThePlaceOfAShortHead() {
        PolicyDocument d = read("市政府关于授予肖颖等同志见义勇为称号的决定", "来源:宜兴市人民政府网站 日期:2023-11-21 09:02:08",
                "各开发区管委会(管理办),各镇人民政府,各街道办事处:", "为深入践行社会主义核心价值观，市政府决定授予肖颖等16名同志称号。");
        assertEquals(List.of("宜兴市人民政府"), d.issuers());
    }

    @Test
    void theReformedMinistriesGeneralOfficesAreNamedByTheirCodesAndACountysCodeIsNoMinistrys() {
        assertEquals(List.of("生态环境部办公厅"), MinistryCodes.issuerOf("环办监测函〔2020〕123号"));
        assertEquals(List.of("环境保护部"), MinistryCodes.issuerOf("环发〔2015〕12号"));
        assertEquals(List.of("农业农村部办公厅"), MinistryCodes.issuerOf("农办农〔2019〕3号"));
        assertEquals(List.of("国家卫生健康委办公厅"), MinistryCodes.issuerOf("国卫办医函〔2019〕265号"));
        assertEquals(List.of(), MinistryCodes.issuerOf("环政发〔2020〕1号"), "环县's own code");
    }

    @Test
    void aCountysCodeNamesItWhenThePageNamesThePlaceItAbbreviates() {
        // a headless title, a signature without a name: the code 明政办 and the county the title names
        PolicyDocument d = read("关于印发明溪县政务公开工作实施方案的通知", "明政办〔2016〕82号", "各乡（镇）人民政府，县直各单位：",
                "《明溪县政务公开工作实施方案》已经县人民政府研究同意，现印发给你们，请认真贯彻执行。", "二〇一六年六月二十三日");
        assertEquals(List.of("明溪县人民政府办公室"), d.issuers());
        // two places the code could abbreviate: nobody
        assertEquals(List.of(), CityCodes.ofNamedPlace("明政发〔2016〕1号", "关于明溪县与明光市合作的通知", "明光市人民政府和明溪县人民政府"));
    }

    @Test
    void aHeadlineThatShortensAGovernmentNamesItAsTheDocumentsDo() {
        PolicyDocument d = read("河北省政府办公厅发布关于同意灵寿等3县县城为省级园林县城的复函",
                "近日，河北省政府办公厅发布关于同意灵寿等3县县城为省级园林县城的复函，经省政府研究，同意灵寿县、赵县、阳原县县城为河北省园林县城。");
        assertEquals(List.of("河北省人民政府办公厅"), d.issuers());
        assertEquals("函", d.type());
        // a body whose name holds 政府 in another sense keeps it
        assertEquals(List.of("北京市政府采购中心"), read("北京市政府采购中心关于开展供应商登记的通知", "各有关单位：").issuers());
    }

    @Test
    void aPageRunIntoOneLineKeepsItsSignatureInside() {
        String runOn = "各市人民政府，省政府各厅委、各直属机构：经省政府同意，现将省计委制订的《加快辽西北地区经济发展规划纲要》印发给你们，"
                + "请认真贯彻执行。辽宁省人民政府办公厅二00三年八月十二日加快辽西北地区经济发展规划纲要省委九届五次全会通过的《政府工作报告》"
                + "都明确提出支持辽西北地区加快发展。";
        PolicyDocument d = read("关于印发加快辽西北地区经济发展规划纲要的通知", runOn);
        assertEquals(List.of("辽宁省人民政府办公厅"), d.issuers());
        assertEquals("2003-08-12", d.written());
        // the head names the town, the run-on signature its city too
        PolicyDocument town = read("双凤乡人民政府关于修订印发《双凤乡突发性地质灾害应急预案(试行)》的通知",
                "邵双政发〔2022〕60 号 双凤乡人民政府 关于修订印发《双凤乡突发性地质灾害应急预案(试行)》的通知 各村、乡属各部门: "
                        + "新修订的《双凤乡突发性地质灾害应急预案(试行)》已经双凤乡人民政府同意，现印发给你们，请认真遵照执行。 "
                        + "邵东市双凤乡人民政府 2022 年 2 月 27 日 -1- 双凤乡突发性地质灾害应急预案(试行)");
        assertEquals(List.of("邵东市双凤乡人民政府"), town.issuers());
        // a sentence that starts with a date after a short subject is no signature
        assertNull(DocumentReader.Signature.runOn(List.of("会议要求各地抓紧落实各项措施，确保工作按时完成到位。市政府2020年3月5日召开常务会议研究部署，"
                + "会议听取了各部门的工作汇报并提出了下一步的工作要求和具体安排。")));
    }

    @Test
    void aCodeThatSpellsTheCitysNameCompletesAPlacelessHead() {
        PolicyDocument d = read("市人民政府办公室关于切实做好当前森林防火工作的紧急通知",
                "市人民政府办公室关于切实做好当前森林防火工作的紧急通知鄂州政办发〔2010〕16号", "各区、乡、镇人民政府，各开发区管委会，市政府有关部门：",
                "为进一步做好清明节前后的森林防火工作，现就有关事项紧急通知如下：");
        assertEquals(List.of("鄂州市人民政府办公室"), d.issuers());
        // a code that abbreviates a district with its level (甘州区's 甘区), or an office code under a government's head: nobody
        assertEquals(List.of(), CityCodes.spelledOut("甘区政办发〔2017〕56号", "区人民政府办公室", ""));
        assertEquals(List.of(), CityCodes.spelledOut("鄂州政办发〔2010〕16号", "市人民政府", ""));
        assertEquals(List.of("鄂州市人民政府"), CityCodes.spelledOut("鄂州政发〔2010〕3号", "市政府", ""));
    }

    // docs11: ad-hoc bodies, joint runs, bare-place heads, broken signature names, tables against the text, the 来源 fact

    @Test
    void aHeadThatIsAPlaceAloneNamesNoIssuer() {
        // 通海县关于新增高风险区的通告: a county's name without a body; the headquarters signs it
        PolicyDocument d = read("通海县关于新增高风险区的通告", "经专家组研判，决定新增高风险区2个。", "特此通告。");
        assertEquals(List.of(), d.issuers());
        assertEquals(List.of("北京市人民政府"), read("北京市人民政府关于加强管理的通知", "各区人民政府：", "现通知如下。").issuers());
    }

    @Test
    void aLongNameBrokenOverTwoSignatureLinesIsOneBody() {
        PolicyDocument county = read("通海县关于新增高风险区的通告", "经专家组研判，决定新增高风险区2个。", "通海县应对新型冠状病毒感染肺炎",
                "疫情工作领导小组指挥部", "2022年11月29日");
        assertEquals(List.of("通海县应对新型冠状病毒感染肺炎疫情工作领导小组指挥部"), county.issuers());
        assertEquals("2022-11-29", county.written());
        PolicyDocument council = read("关于印发《新型冠状病毒感染“乙类乙管”疫情监测方案》等5个文件的通知", "各成员单位：", "现印发给你们，请认真组织实施。",
                "国务院应对新型冠状病毒感染", "疫情联防联控机制综合组", "（国家卫生健康委代章）", "2022年12月26日");
        assertEquals(List.of("国务院应对新型冠状病毒感染疫情联防联控机制综合组"), council.issuers());
        // two bodies one to a line stay two; a sentence above a name is no half of it
        assertEquals(List.of("中共北京市委办公厅", "北京市人民政府办公厅"), read("关于印发《北京市乡村振兴责任制实施细则》的通知", "各区委、区政府：",
                "现印发给你们，请认真遵照执行。", "中共北京市委办公厅", "北京市人民政府办公厅", "2023年7月20日").issuers());
        assertEquals(List.of("疫情防控指挥部"), read("关于新增风险区的通告", "经研判，决定如下。", "特此通告", "疫情防控指挥部", "2022年11月29日").issuers());
    }

    @Test
    void aBodyInsideAPlaceFirstNameIsNoSecondIssuer() {
        assertEquals(List.of("中共怀化市鹤城区委新型冠状病毒感染的肺炎疫情防控工作指挥部"),
                TitleParts.splitBodies("中共怀化市鹤城区委新型冠状病毒感染的肺炎疫情防控工作指挥部"));
        assertEquals(List.of("金华经济技术开发区管理委员会党政综合办公室"), TitleParts.splitBodies("金华经济技术开发区管理委员会党政综合办公室"));
        // names that each start with a place (or the nation's) are two
        assertEquals(List.of("青海省妇女联合会", "青海省旅游局"), TitleParts.splitBodies("青海省妇女联合会青海省旅游局"));
        assertEquals(List.of("北京市财政局", "国家税务总局北京市税务局"), TitleParts.splitBodies("北京市财政局国家税务总局北京市税务局"));
    }

    @Test
    void aRunOnSignatureAfterAnAttachmentLine() {
        PolicyDocument d = read("关于印发山福镇突发公共事件总体应急预案(修订)的通知", "各科室,各站所,各村: 为提高政府保障公共安全和处置突发公共事件的能力，"
                + "经研究，制定《山福镇突发公共事件总体应急预案(修订)》，现印发给你们，请根据本预案的要求制定切实可行的专项应急预案。 "
                + "附件:山福镇突发公共事件总体应急预案(修订) 温州市鹿城区山福镇人民政府 2020年10月22日 山福镇突发公共事件总体应急预案(修订) 1.总则");
        assertEquals(List.of("温州市鹿城区山福镇人民政府"), d.issuers());
        assertEquals("2020-10-22", d.written());
    }

    private PolicyDocument withTable(String issuer, String title, String... paragraphs) {
        return reader.read(title, String.join("\n", paragraphs), new PageFacts(Map.of("发文机关", issuer), List.of()));
    }

    @Test
    void theTextOverATableThatNamesNoneOfItsBodies() {
        // a catalogue's 发布机构 is the bureau whose catalogue posted the notice; the document signs as the 管委会's office
        assertEquals(List.of("金华经济技术开发区管理委员会党政综合办公室"), withTable("金华市生态环境局金华经济技术开发区分局",
                "关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知", "各乡镇人民政府、街道办事处：", "现印发给你们，请认真贯彻执行。",
                "金华经济技术开发区管理委员会党政综合办公室", "2024年2月29日").issuers());
        // a town without its county, a government with its office in brackets: the text's fuller or exact name
        assertEquals(List.of("怀远县人民政府办公室"), withTable("怀远县人民政府(办公室)", "怀远县人民政府办公室关于印发怀远县防汛抗旱应急预案的通知",
                "各乡、镇人民政府：", "现印发给你们。", "怀远县人民政府办公室", "2022年3月26日").issuers());
        // the table stands where it shares a body with the text (a joint table, a head naming the first, a garbled signature)
        assertEquals(List.of("贵州省财政厅", "贵州省地方税务局", "贵州省国家税务局"), withTable("贵州省财政厅 贵州省地方税务局 贵州省国家税务局",
                "关于全面推开营业税改征增值税试点有关税收征收管理事项的公告", "现将有关事项公告如下：", "贵州省财政贵州省国家税务局", "贵州省地方税务局",
                "2016年4月22日").issuers());
        assertEquals(List.of("公主岭市安全生产委员会办公室"), withTable("公主岭市安全生产委员会办公室", "公主岭市安委会办公室关于开展检查的通知",
                "各乡镇：", "现通知如下。").issuers());
        // the same body in its usual short form; a head a spam rewrote names no body
        assertEquals(List.of("国家发展和改革委员会"), withTable("国家发展和改革委员会", "国家发展改革委关于做好价格工作的通知", "各省发展改革委：",
                "现通知如下。").issuers());
        assertEquals(List.of("辽宁省人民政府办公厅"), withTable("辽宁省人民政府办公厅", "365体育投注关于开展规章清理工作的通知", "各市人民政府：",
                "现通知如下。").issuers());
        // and where the text names a government by its level alone
        assertEquals(List.of("宜兴市人民政府"), withTable("宜兴市人民政府", "市政府关于表彰的决定", "各镇人民政府：", "现决定如下。").issuers());
    }

    @Test
    void theTextsSourceLineNamesAShortHeadsPlaceAndAnUnsignedNoticesPoster() {
        PageFacts yixing = new PageFacts(Map.of("来源", "宜兴市人民政府网站"), List.of());
        assertEquals(List.of("宜兴市人民政府"), reader.read("市政府关于授予见义勇为称号的决定", "各镇人民政府：\n现决定如下。", yixing).issuers());
        PageFacts xuancheng = new PageFacts(Map.of("来源", "宣城市卫生健康委员会"), List.of());
        assertEquals(List.of("宣城市卫生健康委员会"), reader.read("关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知",
                "宣州区人民政府、市直有关单位：\n市卫健委牵头起草了方案，拟于近期召开征求意见会。\n2020年10月21日", xuancheng).issuers());
        // a signature names the issuer before any 来源 (八公山区人民政府's site posted its headquarters' 通告); a site, a paper is no issuer
        PageFacts district = new PageFacts(Map.of("来源", "八公山区人民政府"), List.of());
        assertEquals(List.of("八公山区新冠肺炎疫情防控应急指挥部"), reader.read("关于解除八公山区封控区、管控区的通告",
                "决定解除封控区，现将相关事项通告如下：\n八公山区新冠肺炎疫情防控应急指挥部\n2022年4月18日", district).issuers());
        assertEquals(List.of(), DocumentReader.postedBy("辽宁日报"));
        assertEquals(List.of(), DocumentReader.postedBy("岳阳市政府门户网"));
    }

    @Test
    void aCodeMayEndInWen() {
        assertEquals("邵文〔2018〕6号", DocumentNumbers.normalise("邵文〔2018〕6號".replace('號', '号')));
        assertEquals("邵办文〔2017〕94号", DocumentNumbers.find("根据邵发〔2017〕8号和邵办文〔2017〕94号文件的规定").get(1).number());
        // 文件 still ends the words before a code
        assertEquals("市政发〔2018〕1号", DocumentNumbers.find("按照市政府文件市政发〔2018〕1号执行").get(0).number());
    }

    @Test
    void anOfficeInsideANationalBodyIsNoSecondIssuer() {
        assertEquals(List.of("国务院办公厅政府信息与政务公开办公室"), TitleParts.splitBodies("国务院办公厅政府信息与政务公开办公室"));
        assertEquals(List.of("国家发展改革委", "国家能源局"), TitleParts.splitBodies("国家发展改革委国家能源局"));
        assertEquals(List.of("中共中央办公厅", "国务院办公厅"), TitleParts.splitBodies("中共中央办公厅国务院办公厅"));
    }

    @Test
    void aSentenceThatAnnouncesAnOrderIsNoAddresseeLine() {
        PolicyDocument d = read("罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令", "鉴于目前疫情防控进入关键时期，按照中央应对新型冠状病毒感染肺炎疫情工作领导小组有关会议精神，继续实行最严格的防控措施，现发布如下命令：",
                "一、延长执行时间。");
        assertEquals(List.of(), d.addressees());
        assertEquals(List.of("各乡镇人民政府", "县直各单位"), read("关于做好防汛工作的通知", "各乡镇人民政府，县直各单位：", "现通知如下：").addressees());
    }

    @Test
    void aSignatureWhoseDateLostItsYearStillNamesTheIssuer() {
        PolicyDocument d = read("关于解除周营镇谢庄自然村等封控的通知", "经县新冠肺炎疫情防控指挥部研判，决定解除管控。现将有关事宜通知如下：",
                "一、解除对谢庄自然村的封控。", "沈丘县新型冠状病毒感染的肺炎疫情防控指挥部年1月4日请大家毫不放松做好个人防护");
        assertEquals(List.of("沈丘县新型冠状病毒感染的肺炎疫情防控指挥部"), d.issuers());
        assertNull(d.written());
        // a sentence with a date is no signature: "自年1月4日起" has no body's name before it
        assertEquals(List.of(), read("关于解除封控的通知", "决定自年1月4日24时起解除封控。").issuers());
    }

    // docs13

    @Test
    void readsTheBodiesOfALeadWhoseNamesHoldHe() {
        PolicyDocument d = read("关于推进城市更新工作的通知",
                "近日，住房和城乡建设部、国家发展改革委、财政部、自然资源部、生态环境部、交通运输部联合印发《关于推进城市更新工作的通知》，要求各地加快推进。",
                "通知明确，到2025年城市更新取得明显进展。");
        assertEquals(List.of("住房和城乡建设部", "国家发展改革委", "财政部", "自然资源部", "生态环境部", "交通运输部"), d.issuers());
        // a 和 between two whole names still separates them
        assertEquals(List.of("财政部", "教育部"), DocumentReader.splitLeadNames("财政部和教育部"));
        assertEquals(List.of("工业和信息化部", "国家发展和改革委员会"), DocumentReader.splitLeadNames("工业和信息化部、国家发展和改革委员会"));
    }

    @Test
    void readsADecisionBookAndAnEnclosedContingencyPlanAsTypes() {
        assertEquals("决定", read("三明市三元区人民政府房屋征收决定书", "为了公共利益的需要，决定对某项目范围内的房屋实施征收。").type());
        PolicyDocument d = read("淅川县人民政府办公室关于印发《淅川县森林火灾应急预案》的通知",
                "各乡镇人民政府(街道办事处),县直有关单位:", "《淅川县森林火灾应急预案》已经县政府同意,现予印发。");
        assertEquals("淅川县森林火灾应急预案", d.enclosedTitle());
        assertEquals("预案", d.enclosedType());
    }

    @Test
    void takesTheNumberFromTheFileNameOfItsOwnAttachment() {
        PolicyDocument d = read("镇坪县人民政府办公室关于春季森林防火检查情况的通报",
                "各镇人民政府，县政府各工作部门：", "现将春季森林防火检查情况通报如下。", "一、总体情况", "各镇按要求开展了自查。",
                "二、存在问题", "个别单位值守不到位。", "附件：1.检查情况表", "镇坪县人民政府办公室", "2025年3月1日",
                "附件下载：镇政办发〔2025〕3号 关于春季森林防火检查情况的通报.pdf");
        assertEquals("镇政办发〔2025〕3号", d.number());
        // the document's own number is no cite of it
        assertTrue(d.cites().stream().noneMatch(c -> "镇政办发〔2025〕3号".equals(c.number())));
        // a file named by another document's title is that document's, a cite
        PolicyDocument other = read("镇坪县人民政府办公室关于春季森林防火检查情况的通报",
                "各镇人民政府，县政府各工作部门：", "现将春季森林防火检查情况通报如下。", "一、总体情况", "各镇按要求开展了自查。",
                "二、存在问题", "个别单位值守不到位。", "镇坪县人民政府办公室", "2025年3月1日",
                "附件：陕政办发〔2024〕9号 关于加强森林防火工作的通知.pdf");
        assertNull(other.number());
    }

    @Test
    void aLawDatabasesProvinceAndCityLineLeavesTheCityGovernment() {
        // a law database prints its 发布部门 (山西省朔州市人民政府) above the title: the city writes itself without its province.
        // (docs13 tried completing a signature from such a line — 嘉定区… from 上海市嘉定区… — and dropped the rule: on law
        // databases the line adds the province to a city's own name.)
        PolicyDocument d = read("朔州市人民政府关于印发矿山环境恢复治理保证金预备金使用管理办法的通知", "山西省朔州市人民政府",
                "朔州市人民政府关于印发矿山环境恢复治理保证金预备金使用管理办法的通知", "朔政发〔2010〕71号", "各县、区人民政府，市人民政府各部门：",
                "现将《矿山环境恢复治理保证金预备金使用管理办法》印发你们，请遵照执行。", "二○一○年六月九日");
        assertEquals(List.of("朔州市人民政府"), d.issuers());
    }

    @Test
    void greetingsToDeputiesAndResidentsAreAddressees() {
        assertEquals(List.of("李晓何等代表"), read("关于实施加油站背后空地硬化工程的建议的答复", "李晓何等代表:",
                "您提出的关于实施加油站背后空地硬化工程的建议收悉,现答复如下:").addressees());
        assertEquals(List.of("全乡广大居民、商户朋友们"), read("关于取消物资文化交流会的通告", "全乡广大居民、商户朋友们:",
                "为做好疫情防控工作,决定取消物资文化交流会。").addressees());
    }

    @Test
    void theDateUnderTheTextComesBeforeACatalogueDateAboveIt() {
        // a 政府信息公开 page: the table's cells left as lines above the title, the signature a date without a name
        PolicyDocument d = read("南阳市人民政府关于表彰先进集体的决定", "索引号：", "11411300/2023-00012", "发布机构：",
                "南阳市人民政府办公室", "2023-05-10", "南阳市人民政府关于表彰先进集体的决定", "为表彰先进，市政府决定对先进集体予以表彰。",
                "2023年5月8日");
        assertEquals("2023-05-08", d.written());
        // the table's label is no addressee
        assertEquals(List.of(), d.addressees());
        // a law database's header date still counts where the text has no date of its own
        assertEquals("2016-12-23", read("国务院办公厅关于某事的通知", "2016年12月23日", "各省、自治区、直辖市人民政府：", "现将有关事项通知如下。")
                .written());
    }

    @Test
    void aLetterMayIssueADocument() {
        PolicyDocument d = read("工业和信息化部办公厅关于印发《工业企业数据安全工作指南》的函", "工信厅规函〔2022〕12号",
                "各省、自治区、直辖市工业和信息化主管部门：", "现将《工业企业数据安全工作指南》印发给你们。");
        assertEquals("工业企业数据安全工作指南", d.enclosedTitle());
        assertEquals("指南", d.enclosedType());
        assertEquals("函", d.type());
    }

    @Test
    void aHeadThatCountsTheOthersTakesThemFromTheLead() {
        PolicyDocument d = read("住房和城乡建设部等部门关于推进城市更新工作的通知",
                "近日，住房和城乡建设部、国家发展改革委、财政部、自然资源部、生态环境部、交通运输部联合印发《关于推进城市更新工作的通知》，要求各地加快推进。",
                "通知明确，到2025年城市更新取得明显进展。");
        assertEquals(List.of("住房和城乡建设部", "国家发展改革委", "财政部", "自然资源部", "生态环境部", "交通运输部"), d.issuers());
        // a lead whose first body is not the head's names another document's issuers: the head's body stays
        assertEquals(List.of("住房和城乡建设部"), read("住房和城乡建设部等部门关于推进城市更新工作的通知",
                "近日，财政部、自然资源部联合印发《关于推进城市更新工作的通知》。").issuers());
    }

    @Test
    void aSignatureDateThatLostItsDayIsNoWrittenDate() {
        PolicyDocument d = read("关于做好春节期间安全生产工作的通知", "各乡镇人民政府：", "现将有关事项通知如下。", "某某县人民政府", "2025年1月23");
        assertEquals(List.of("某某县人民政府"), d.issuers());
        assertNull(d.written());
        // a whole date, and an ISO one, still are
        assertEquals("2025-01-23", read("关于做好春节期间安全生产工作的通知", "各乡镇人民政府：", "现将有关事项通知如下。", "某某县人民政府",
                "2025年1月23日").written());
        assertEquals("2025-01-23", read("关于做好春节期间安全生产工作的通知", "各乡镇人民政府：", "现将有关事项通知如下。", "某某县人民政府",
                "2025-01-23").written());
    }

    @Test
    void anAddresseeListRunIntoTheTextAfterAHalfWidthColon() {
        assertEquals(List.of("各科室", "各站所", "各村"), read("关于印发山福镇应急预案的通知",
                "各科室,各站所,各村: 为提高政府处置突发公共事件的能力，经研究，现将应急预案印发给你们。", "某镇人民政府", "2020年10月22日").addressees());
        assertEquals(List.of("市直有关部门"), read("遂宁市人民政府防汛抗旱指挥部办公室关于征求防汛应急预案修改意见的函",
                "市直有关部门: 为切实做好防汛减灾工作，请各单位于6月18日前反馈意见。").addressees());
        assertEquals(List.of("大兴安岭地区行政公署", "各市(不含县级市)人民政府", "省政府各直属单位"), read("关于做好劳动模范评选工作的通知",
                "大兴安岭地区行政公署,各市(不含县级市)人民政府,省政府各直属单位: 为表彰先进，现就有关事项通知如下。").addressees());
        // a line that opens with the number: the number is no addressee
        assertEquals(List.of("各旗、县、区人民政府", "市各委、办、局"), read("关于印发信息公开目录编制规则的通知",
                "呼政办发[2008]68号各旗、县、区人民政府,市各委、办、局: 经市人民政府同意,现将规则印发给你们。").addressees());
        // a sentence before a colon names no addressees
        assertEquals(List.of(), read("关于做好安全生产工作的通知", "经研究,现将有关事项通知如下: 一、加强领导。").addressees());
    }

    @Test
    void aHeadThatAbbreviatesTheOfficeTakesTheSignaturesName() {
        assertEquals(List.of("常德市人民政府办公室"), read("市政府办关于开展市城区市容环境卫生整治的通告", "现将有关事项通告如下：",
                "一、严禁乱扔废弃物。", "特此通告。", "常德市人民政府办公室", "2013年12月20日").issuers());
        assertEquals("县人民政府办公室", DocumentReader.expandedOffice("县府办"));
        assertEquals("省人民政府办公厅", DocumentReader.expandedOffice("省府办"));
        // a commission's head cut after 委: the signature writes it whole
        assertEquals(List.of("湖州市卫生健康委员会"), read("湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知", "湖卫健发〔2023〕1号",
                "各区县卫生健康局：", "现将《2023年全市卫生健康工作要点》下发给你们。", "湖州市卫生健康委员会", "2023年4月26日").issuers());
    }

    @Test
    void aPartyDepartmentAfterAnotherBodyInARunIsOneName() {
        assertEquals(List.of("陕西省乡村振兴局", "中共陕西省委组织部"), TitleParts.splitBodies("陕西省乡村振兴局中共陕西省委组织部"));
        assertEquals(List.of("陕西省卫生健康委员会", "中国人民银行西安分行"), TitleParts.splitBodies("陕西省卫生健康委员会中国人民银行西安分行"));
    }

    @Test
    void aTitleThatIsAYearABodyAndItsTypeNamesTheBodyWhole() {
        assertEquals(List.of("余姚市人民代表大会常务委员会"), TitleParts.of("2021年余姚市人民代表大会常务委员会工作报告").issuers());
        assertEquals("报告", TitleParts.of("2021年余姚市人民代表大会常务委员会工作报告").type());
        // a report that names no body names no issuer
        assertEquals(List.of(), TitleParts.of("2007年政府工作报告").issuers());
        assertEquals("要点", TitleParts.of("湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知").enclosedType());
    }

    @Test
    void aCodeMayHoldTheJingOfJingji() {
        assertEquals("十经普办文〔2023〕9号", DocumentNumbers.normalise("十经普办文〔2023〕9号"));
        assertEquals("浙经信规〔2021〕1号", DocumentNumbers.normalise("根据浙经信规〔2021〕1号文件"));
        // 经 that opens a phrase still ends the words before a code
        assertEquals("国办发〔2018〕1号", DocumentNumbers.normalise("经国办发〔2018〕1号批准"));
        assertEquals("国办发〔2018〕1号", DocumentNumbers.normalise("已经国办发〔2018〕1号同意"));
    }

    @Test
    void anAdHocBodysSerialIsNoNumber() {
        assertTrue(DocumentNumbers.find("漳州市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告").isEmpty());
        assertNull(read("漳州市应对新冠肺炎疫情工作指挥部〔2021〕第3号通告", "现就有关事项通告如下：", "即日起将漳浦县列为防范区。").number());
    }

    @Test
    void aDocumentOthersIssuedIsNotIssuedAgain() {
        List<Citation> cites = CitationFinder.find("为深入贯彻落实农业农村部、国家乡村振兴局等12部委印发的《关于支持国家乡村振兴重点帮扶县的实施意见》"
                + "（国乡振发〔2021〕5号）精神，省乡村振兴局研究制定了《关于支持重点帮扶县的实施意见》，现印发给你们。", 0, null);
        assertEquals(Relation.IMPLEMENTS, cites.stream().filter(c -> "国乡振发〔2021〕5号".equals(c.number())).findFirst().orElseThrow().relation());
    }

    @Test
    void aDateAfterAMisreadIndentSignsTheDocument() {
        PolicyDocument d = read("牡丹江市人民政府办公室关于印发防治慢性病中长期规划的通知", "各县(市)、区人民政府：",
                "经市政府同意，现将规划印发给你们。", "牡丹江市人民政府办公室", "??2018年5月14日");
        assertEquals("2018-05-14", d.written());
        assertEquals(List.of("牡丹江市人民政府办公室"), d.issuers());
    }

    @Test
    void aLibraryTablesCellsLeftAsLinesAreNotTheHead() {
        // the page's table cells come one to a line before the document: a label and its value are skipped
        PolicyDocument d = read("怀远县人民政府办公室关于印发怀远县防汛抗旱应急预案的通知", "索引号：", "003043524/202203-00218", "主题分类：",
                "综合政务,公民,其他", "发文机关：", "怀远县人民政府(办公室)", "成文日期：", "2022-03-26", "标题：",
                "怀远县人民政府办公室关于印发怀远县防汛抗旱应急预案的通知", "发文字号：", "怀政办〔2022〕15号", "发布日期：", "2022-03-26",
                "怀远县人民政府办公室", "关于印发怀远县防汛抗旱应急预案的通知", "怀政办〔202215", "各乡、镇人民政府,县政府各部门、各直属机构:", "《怀远县防汛抗旱应急预案》已经县政府研究同意,现印发给你们。",
                "怀远县人民政府办公室", "2022年3月26日");
        assertEquals(List.of("各乡、镇人民政府", "县政府各部门、各直属机构"), d.addressees());
        // an addressee line that happens to be short and end with a colon is no table label
        assertEquals(List.of("市直有关部门"), read("关于征求修改意见的函", "市直有关部门:", "请各单位于6月18日前反馈意见。").addressees());
    }

    @Test
    void theAddresseesAfterTheNumberOnAPageRunIntoOneLine() {
        assertEquals(List.of("各县、区人民政府", "各管理区、开发区", "市政府有关部门"), read("信阳市人民政府关于表彰先进单位的决定",
                "信阳市人民政府关于表彰先进单位的决定时间:2019-01-23 信阳市人民政府关于表彰先进单位的决定信政〔2018〕17号各县、区人民政府,"
                        + "各管理区、开发区,市政府有关部门: 2017年,全市各级各部门认真学习贯彻上级关于安全生产的决策部署。").addressees());
    }

    // docs16: what a repost does to a document's head (each test from a shape the docs16 dev pages show)

    @Test
    void aTitleThatNamesNoTypeTakesItFromTheTextsFormula() {
        // a news headline over a 公告 (the page's h1 is the site's, not the document's)
        PolicyDocument census = read("国务院决定于2015年开展全国1%人口抽样调查", "据统计局网站10月8日公告，国务院决定于2015年开展全国1%人口抽样调查。",
                "根据《全国人口普查条例》的规定，国务院决定于2015年开展全国1%人口抽样调查。现将有关事项公告如下：", "一、调查对象：抽中调查小区内的全部人口。");
        assertEquals("公告", census.type());
        // a stray mark after the type word (…的公示2), and a headline that ends in 公布
        assertEquals("公示", read("关于国家级文化生态保护区建议名单的公示2", "确定了通过验收的国家级文化生态保护区建议名单，现予以公示。公示期为即日起5个工作日。").type());
        assertEquals("公示", read("2022年度内地与港澳文化和旅游交流 重点项目、培育项目公布", "现将评审出的项目予以公示，公示期为5个工作日。").type());
        assertEquals("批复", read("关于通济桥水库灌区干渠清淤工作", "县水务局：", "原则同意县水务局《关于统一布置清淤工作的请示》意见。", "此复。").type());
        // the title's own type wins over any formula in the text
        assertEquals("通知", read("某县人民政府关于做好防汛工作的通知", "现将有关事项公告如下：").type());
        assertNull(read("某地新闻一则", "会议强调，要抓好落实。").type());
    }

    @Test
    void aTypeWordSpacedOutAtTheTitlesEndIsTheType() {
        PolicyDocument d = read("关于转发《市场监管总局关于开展执法专项行动 进一步激发市场主体活力的通知》的 通 知", "各县市区市场监督管理局、园区分局：",
                "现将《市场监管总局关于开展执法专项行动 进一步激发市场主体活力的通知》（国市监竞协发〔2022〕32号）转发给你们，请认真贯彻落实。",
                "衡阳市市场监督管理局", "2022年4月19日");
        assertEquals("通知", d.type());
        assertEquals("市场监管总局关于开展执法专项行动 进一步激发市场主体活力的通知", d.enclosedTitle());
        assertEquals("通知", d.enclosedType());
        assertEquals(List.of("衡阳市市场监督管理局"), d.issuers());
        // words of the title keep their spaces
        assertEquals("通知", TitleParts.typeOf("成都市发展和改革委员会 中共成都市委社会工作部关于印发实施方案的通知"));
    }

    @Test
    void aPlanHandedDownIsEnclosedLikeOneIssued() {
        PolicyDocument d = read("湖南省人民政府关于下达《湖南省2017年国民经济和社会发展计划》的通知", "湘政发〔2017〕10号");
        assertEquals("湖南省2017年国民经济和社会发展计划", d.enclosedTitle());
        assertEquals("计划", d.enclosedType());
        assertEquals(List.of("湖南省人民政府"), d.issuers());
    }

    @Test
    void aHeadlinesSubjectIsNoTitleHead() {
        assertEquals(List.of(), TitleParts.of("国务院决定于2015年开展全国1%人口抽样调查").issuers());
        // the document's own heading under the lead names the issuer
        PolicyDocument d = read("国务院决定于2015年开展全国1%人口抽样调查", "【公告全文】", "中华人民共和国国家统计局", "公告",
                "根据《全国人口普查条例》的规定，国务院决定于2015年开展全国1%人口抽样调查。现将有关事项公告如下：");
        assertEquals(List.of("中华人民共和国国家统计局"), d.issuers());
        // a title without 关于 that is a body and what it issued keeps its head
        assertEquals(List.of("镇巴县人民政府"), TitleParts.of("镇巴县人民政府工作规则").issuers());
    }

    @Test
    void aClosingFormulaRunOntoTheSignatureIsNoPartOfTheName() {
        PolicyDocument d = read("关于对汕尾体育馆周边道路实施临时交通管制的通告", "关于对汕尾体育馆周边道路实施临时交通管制的通告",
                "根据《中华人民共和国道路交通安全法》第三十九条的有关规定，我支队决定对市城区汕尾体育馆周边道路实施临时交通管制。现通告如下："
                        + " 一、临时交通管制时间 2023年1月20日 17:00-22:30 二、交通管制路段 体育支路、公园路体育馆路段双向。"
                        + " 四、其他提示 敬请广大市民积极配合公安交通管理部门工作，自觉遵守本通告。 特此通告 汕尾市公安局交通警察支队 2023年1月20日",
                "关联稿件：");
        assertEquals(List.of("汕尾市公安局交通警察支队"), d.issuers());
        assertEquals("2023-01-20", d.written());
        assertEquals(List.of("某县人民政府"), read("关于禁止燃放的通告", "为保障安全，现通告如下：", "一、全县禁止燃放。", "特此通告。某县人民政府 2023年1月5日").issuers());
    }

    @Test
    void aSignatureWithTheAttachmentsListRunOntoItsLineSignsTheDocument() {
        PolicyDocument d = read("关于国家级文化生态保护区建议名单的公示2",
                "发表时间:2023-07-18 09:05来源:文化和旅游部 为加强非物质文化遗产区域性整体保护，确定了通过验收的国家级文化生态保护区建议名单（见附件），现予以公示。",
                "文化和旅游部 2023年7月17日 附件:国家级文化生态保护区建议名单 客家文化(赣南)生态保护实验区 铜鼓文化(河池)生态保护实验区");
        assertEquals(List.of("文化和旅游部"), d.issuers());
        assertEquals("2023-07-17", d.written());
    }

    @Test
    void aListsItemEndingInAColonIsNoAddresseeLine() {
        PolicyDocument d = read("安徽省人民政府关于任免国家机关工作人员问题的通知", "皖政[1985]38号",
                "根据有关规定精神，现将我省任国家机关工作人员的有关问题通知如下：", "一、任免权限", "1、下列工作人员，由省长提请省人大常委会决定任免：",
                "省人民政府秘书长，各厅厅长、各局局长。");
        assertEquals(List.of(), d.addressees());
        assertEquals(List.of("各市、县人民政府", "省政府各部门"), read("某省人民政府关于某事的通知", "各市、县人民政府，省政府各部门：", "为做好某事，现通知如下：").addressees());
    }

    @Test
    void anAnnouncementsSerialUnderItsHeadingIsItsNumber() {
        PolicyDocument d = read("国家统计局公告", "您现在所在的位置 : 首页 > 信息公开 > 通知公告", "国家统计局公告", "2025年第1号",
                "国家统计局今年将继续组织开展劳动力调查。现将有关事项公告如下：", "国家统计局", "2025年1月1日");
        assertEquals("国家统计局公告2025年第1号", d.number());
        assertTrue(d.cites().stream().noneMatch(c -> "国家统计局公告2025年第1号".equals(c.number())), d.cites().toString());
        // right under the title too
        assertEquals("国家统计局公告2021年第3号", read("国家统计局公告", "2021年第3号", "现将有关事项公告如下：").number());
        // a year and serial under anything else is no number
        assertNull(read("关于某事的通知", "2021年第3号", "现将有关事项通知如下：").number());
    }

    @Test
    void aLeadNamingTheDocumentWithoutBookMarksNamesItsIssuer() {
        PolicyDocument d = read("2022年度内地与港澳文化和旅游交流 重点项目、培育项目公布", "中国游客网:",
                "近日，文化和旅游部发布关于2022年度内地与港澳文化和旅游交流重点项目、培育项目的公示。全文如下：",
                "关于2022年度内地与港澳文化和旅游交流重点项目、培育项目的公示",
                "经专家评审，拟确定27个申报项目为重点项目。现将评审出的项目予以公示，公示期为5个工作日。");
        assertEquals(List.of("文化和旅游部"), d.issuers());
        // a lead about another document than the one below it names no issuer of this one
        assertEquals(List.of(), read("某地新闻", "近日，某省人民政府发布关于推进某工作的意见。记者了解到，全省将加快推进。", "会议强调，要抓好落实。").issuers());
    }

    @Test
    void theAddresseesAfterTheTitleOnAPageRunIntoOneLine() {
        PolicyDocument d = read("滨州市教育局关于印发滨州市第三期名校长名教师名班主任培养工程人选培养方案(2019-2022年)的通知",
                "1、滨教函202011号滨州市教育局关于印发滨州市第三期名校长名教师名班主任培养工程人选培养方案(2019-2022年)的通知各县(市、区)教体局,"
                        + "各市属开发区教育管理机构,市直各学校:现将培养方案印发给你们,请遵照执行。 滨州市教育局 2020年1月8日");
        assertEquals(List.of("各县(市、区)教体局", "各市属开发区教育管理机构", "市直各学校"), d.addressees());
        // a sentence after the title up to a colon is no list of bodies
        assertEquals(List.of(), read("某县人民政府关于做好防汛工作的通知",
                "某县人民政府关于做好防汛工作的通知为切实做好今年防汛工作,现就有关事项通知如下:一、加强领导。").addressees());
    }

    @Test
    void aListsItemCitingADocumentIsNoNumberLineAndTakesTheListsCue() {
        PolicyDocument d = read("山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定",
                "《山东省人民政府关于废止〈山东省信访规定〉等3件省政府规章的决定》已经省政府常务会议通过，现予公布。",
                "省长 郭树清", "2016年4月15日",
                "依照《中华人民共和国行政许可法》等有关法律、法规，省政府对现行有效的省政府规章进行了清理。经过清理，省政府决定废止以下规章：",
                "一、山东省信访规定(省政府令第114号)。", "二、山东省安全生产监督管理规定(省政府令第141号)。",
                "三、山东省高等教育自学考试若干规定(鲁政发〔1983〕90号)。");
        assertNull(d.number());
        Map<String, Relation> byNumber = new LinkedHashMap<>();
        for (Citation c : d.cites()) if (c.number() != null) byNumber.put(c.number(), c.relation());
        assertEquals(Map.of("省政府令第114号", Relation.REPEALS, "省政府令第141号", Relation.REPEALS, "鲁政发〔1983〕90号", Relation.REPEALS), byNumber);
        // a list introduced without a cue leaves its items plain citations
        PolicyDocument e = read("某市人民政府关于公布规范性文件目录的通知", "市政府规范性文件目录如下：", "一、某市办法(某政发〔2015〕3号)。");
        assertEquals(Relation.CITES, e.cites().stream().filter(c -> "某政发〔2015〕3号".equals(c.number())).findFirst().orElseThrow().relation());
    }

    @Test
    void aLawDatabasesLineOfDateOfficeNumberAndProvinceIsTheNumberLine() {
        PolicyDocument d = read("山西省人民政府办公厅关于调整我省最低工资标准的通知",
                "2007-10-01 山西省人民政府办公厅 晋政办发〔2007〕120号    山西省",
                "各市、县人民政府，省人民政府各委、厅，各直属机构：", "依据《山西省最低工资规定》(省政府令第154号)，结合我省实际，经省人民政府同意，现就有关事项通知如下：");
        assertEquals("晋政办发〔2007〕120号", d.number());
        assertTrue(d.cites().stream().noneMatch(c -> "晋政办发〔2007〕120号".equals(c.number())));
    }

    @Test
    void theDateTheDocumentSignsWithOutranksACataloguesLaterDate() {
        PageFacts posted = PageFacts.NONE.with("成文日期", "2021-07-08");
        PolicyDocument d = reader.read("宁波市人民政府关于公布第六批非物质文化遗产代表性项目名录的通知",
                String.join("\n", "各区县(市)人民政府：", "现将名录予以公布。", "宁波市人民政府", "2021年6月24日"), posted);
        assertEquals("2021-06-24", d.written());
        // a lone date under the text signs it too; a date after the catalogue's is no signing date
        PolicyDocument lone = reader.read("关于印发防汛抗旱应急预案的通知",
                String.join("\n", "各乡镇人民政府：", "现将预案印发给你们，请认真执行。", "2020年6月17日"), PageFacts.NONE.with("成文日期", "2020-06-19"));
        assertEquals("2020-06-17", lone.written());
        PolicyDocument later = reader.read("关于印发防汛抗旱应急预案的通知",
                String.join("\n", "各乡镇人民政府：", "现将预案印发给你们，请认真执行。", "2020年6月25日"), PageFacts.NONE.with("成文日期", "2020-06-19"));
        assertEquals("2020-06-19", later.written());
    }

    @Test
    void aClosingFormulaRunOntoTheDateSignsTheDocument() {
        PolicyDocument d = read("梧州市人民政府关于城市供水价格调整公告", "梧州市城市供水价格调整方案已经市人民政府研究通过，现公告如下：一、调整价格。",
                "特此公告。 二○一○年七月三十日 |");
        assertEquals("2010-07-30", d.written());
    }

    @Test
    void aNewsLeadThatIssuesTheDocumentByItsNumberGivesTheNumber() {
        PolicyDocument d = read("关于重新发布中央管理的食品药品监督管理部门行政事业性收费项目的通知",
                "2015年4月21日，财政部与国家发改委联合发布财税[2015]2号通知，重新规定了食品药品监督管理部门行政事业性收费项目。",
                "记者：两部委联合发布该通知的背景是什么？");
        assertEquals("财税〔2015〕2号", d.number());
        assertTrue(d.cites().stream().noneMatch(c -> "财税〔2015〕2号".equals(c.number())));
        // a number the lead cites for another kind of document is not the page's
        PolicyDocument other = read("关于做好收费项目公示工作的通知", "近日，财政部印发财税〔2015〕2号文件的补充说明，要求各地做好收费项目的公示工作。", "各地要做好公示工作。");
        assertNull(other.number());
    }

    @Test
    void aTitleThatIsANationalBodyAndItsTypeNamesTheBodyWhole() {
        PolicyDocument d = read("国务院第六次全国人口普查领导小组办公室公告", "第六次全国人口普查现场登记工作于11月1日开始。");
        assertEquals(List.of("国务院第六次全国人口普查领导小组办公室"), d.issuers());
        assertEquals("公告", d.type());
    }

    @Test
    void anInstitutionsAdHocGroupSigningUnderItsNameIssuesTheDocument() {
        PolicyDocument d = read("湖南工学院转发《中共衡阳市委新冠肺炎疫情防控工作领导小组办公室通告》的通知", "院属各部门、各单位：",
                "现将《中共衡阳市委新冠肺炎疫情防控工作领导小组办公室通告》转发给你们，请遵照执行。", "湖南工学院新冠肺炎疫情防控工作领导小组",
                "2021年1月27日");
        assertEquals(List.of("湖南工学院新冠肺炎疫情防控工作领导小组"), d.issuers());
        // a government's office under a head naming the government stays the head's (no ad-hoc group)
        PolicyDocument g = read("某某县人民政府关于做好防汛工作的通知", "各乡镇人民政府：", "现就有关事项通知如下。", "某某县人民政府办公室", "2021年1月27日");
        assertEquals(List.of("某某县人民政府"), g.issuers());
    }

    @Test
    void bodiesOneToALineAboveADateThatLostItsYearSignTheDocument() {
        PolicyDocument d = read("禁止焚烧秸秆的通告", "为保护大气环境，现就禁止焚烧秸秆通告如下：", "一、全县范围内禁止露天焚烧秸秆。",
                "无为县环保局", "无为县农委", "年九月二日");
        assertEquals(List.of("无为县环保局", "无为县农委"), d.issuers());
        assertNull(d.written());
        PolicyDocument masked = read("关于对黑桥实施交通管制的通告", "为确保安全，决定对黑桥实施交通管制。", "特此通告",
                "重庆市涪陵区公安局交通巡逻警察支队", "重庆市涪陵区公路桥梁管理处", "二0一*年十一月二十五日");
        assertEquals(List.of("重庆市涪陵区公安局交通巡逻警察支队", "重庆市涪陵区公路桥梁管理处"), masked.issuers());
    }

    @Test
    void aContentLabelBeforeTheAddresseesIsNoAddressee() {
        PolicyDocument d = read("山西省人民政府办公厅关于调整我省最低工资标准的通知", "内容: 各市、县人民政府，省人民政府各委、厅，各直属机构：",
                "经省人民政府同意，现就调整我省最低工资标准通知如下。");
        assertEquals(List.of("各市、县人民政府", "省人民政府各委、厅", "各直属机构"), d.addressees());
    }

    @Test
    void anAddresseeLineBrokenInsideANameIsOneLine() {
        PolicyDocument d = read("关于全县禁止正月十六燃烧木柴的通知", "各乡镇人民政府,县对口有关单位、县政府有关部门、经济开发", "区管委会:",
                "进入2019年以来，我县空气质量严重恶化，为有效减少污染物排放量，现就有关事项通知如下。");
        assertEquals(List.of("各乡镇人民政府", "县对口有关单位、县政府有关部门、经济开发区管委会"), d.addressees());
    }

    @Test
    void aLandNoticeIsAddressedToTheVillageAndItsFarmers() {
        PolicyDocument d = read("固安县人民政府征收土地预公告", "固安镇南关村及有关农户:", "为了公共利益的需要，依据土地管理法律法规，现将征收土地有关事项预公告如下：");
        assertEquals(List.of("固安镇南关村及有关农户"), d.addressees());
    }

    @Test
    void aGlossedTitleIsReadWithoutItsGlosses() {
        PolicyDocument d = read("某县人民政府关(guān)于印发(fā)《某县县级储备粮管理办法》的通知", "某政发〔2023〕5号");
        assertEquals("某县人民政府关于印发《某县县级储备粮管理办法》的通知", d.title());
        assertEquals(List.of("某县人民政府"), d.issuers());
        assertEquals("某县县级储备粮管理办法", d.enclosedTitle());
        // a page may leave a space before a gloss's closing bracket
        assertEquals("创新发展", PinyinGlosses.strip("创(chuàng )新发(fā)展").text());
    }

    @Test
    void aBodysOfficeAfterItsNameIsTheIssuer() {
        // a spam brand replaced 关于: the shortest name stops at the bureau, its office follows
        assertEquals(List.of("某省教育厅办公室"), TitleParts.of("某省教育厅办公室开云(中国)核实2016年秋季教科书使用情况的通知").issuers());
    }

    @Test
    void aQuestionMarkWhereAPageLostTheSeparatorSplitsTwoNames() {
        assertEquals(List.of("国家发展改革委", "国家数据局"), TitleParts.of("国家发展改革委?国家数据局关于印发《某某管理暂行办法》的通知").issuers());
    }

    @Test
    void aTitleBeforeWhatTheSentenceIssuesIsNotIssued() {
        PolicyDocument d = read("某办公室关于印发某规划实施分工方案的通知", "各有关单位：",
                "为贯彻落实《国务院关于印发某规划的通知》（国发〔2016〕15号），经同意，现将实施分工方案印发给你们，请认真落实。");
        assertEquals(Relation.IMPLEMENTS, d.cites().stream().filter(c -> "国发〔2016〕15号".equals(c.number())).findFirst().orElseThrow().relation());
        // the title the covering sentence issues stays issued
        PolicyDocument e = read("某县人民政府关于印发某方案的通知", "各乡镇：", "《某县某工作方案》已经县人民政府同意，现印发给你们。");
        assertEquals(Relation.ISSUES, e.cites().get(0).relation());
    }

    @Test
    void aPlacesLevelWrittenTwiceInTheHeadIsWrittenOnce() {
        assertEquals(List.of("江苏省人民政府办公厅"), read("江苏省省政府办公厅关于深入推进数字经济发展的意见", "各市、县人民政府：").issuers());
    }

    @Test
    void aHeadThatNamesAProvinceByItsLevelTakesTheOneProvinceTheTextNames() {
        PolicyDocument d = read("省政府关于促进全省建筑业高质量发展的意见正式发布", "发布时间:2023-11-20",
                "为深入贯彻党的二十大精神，全面落实对江苏工作重要讲话精神，加快推进建筑业高质量发展，现提出如下意见。");
        assertEquals("意见", d.type());
        assertEquals(List.of("江苏省人民政府"), d.issuers());
        // two provinces named: neither is the head's
        assertEquals(List.of("省政府"), read("省政府关于某某工作的意见", "学习江苏、浙江的经验，现提出如下意见。").issuers());
    }

    @Test
    void aNewsStorysDateAboveItsLeadIsNoWrittenDate() {
        PolicyDocument d = read("福建部署全面推行林长制", "某某日报", "2021-03-03",
                "本报讯 福建省委办公厅、省政府办公厅近日印发《关于全面推行林长制的实施意见》，明确到年底全面建立林长制。");
        assertNull(d.written());
        // a notice's lone date above its text still dates it when none stands under it
        assertEquals("2021-03-03", read("关于做好某工作的通知", "2021-03-03", "各乡镇：", "现将有关事项通知如下。").written());
    }

    @Test
    void aNumberOnALineOfItsOwnUnderTheSignatureIsTheNumber() {
        PolicyDocument d = read("关于做好某工作的通知", "各乡镇人民政府：", "现将有关事项通知如下。", "一、加强领导。", "二、落实责任。",
                "三、强化督查。", "四、及时报送。", "某县人民政府办公室", "2021年3月5日", "（某政办发〔2021〕3号）");
        assertEquals("某政办发〔2021〕3号", d.number());
        // a number inside a sentence is a citation, not the document's
        assertNull(read("关于做好某工作的通知", "各乡镇：", "现将有关事项通知如下。", "一、加强领导。", "二、落实责任。", "三、强化督查。",
                "四、按照某政发〔2020〕1号要求做好工作。", "某县人民政府办公室", "2021年3月5日").number());
    }

    @Test
    void aLeadThatHandsTheDocumentDownNamesItsIssuers() {
        // 下发 as 印发: the lead's bodies issue the document the page is titled with
        PolicyDocument d = read("关于开展某某专项行动的通知", "近日，某某市教育局下发《关于开展某某专项行动的通知》，全文如下：",
                "各区教育局：", "现将有关事项通知如下。");
        assertEquals(List.of("某某市教育局"), d.issuers());
    }

    @Test
    void aGroupJoinedByEnumerationCommasIsOneAddresseeThoughAStrayCommaStandsBeforeOne() {
        // session 14's ruling (2): one item per group as ， or ； separate them; a 、 inside a group keeps it whole, and a
        // comma a page slips in right before a 、 (国有农,、林场) breaks no group
        PolicyDocument d = read("某县人民政府关于印发某县县级储备粮管理办法的通知", "某政发〔2023〕8号",
                "各乡、镇人民政府,国有农,、林场,县政府各局办、各直属机构,,省,、市驻某县单位:", "《某县县级储备粮管理办法》已经县人民政府同意，现印发给你们。");
        assertEquals(List.of("各乡、镇人民政府", "国有农、林场", "县政府各局办、各直属机构", "省、市驻某县单位"), d.addressees());
        PolicyDocument e = read("某镇人民政府关于开展规范性文件清理的通知", "各有关单位、村(居)委会:", "为做好清理工作，现就有关事项通知如下。");
        assertEquals(List.of("各有关单位、村(居)委会"), e.addressees());
    }

    private static String cites(PolicyDocument d) {
        StringBuilder b = new StringBuilder();
        for (Citation c : d.cites()) b.append(c.title()).append('|').append(c.number()).append('|').append(c.relation()).append("; ");
        return b.toString();
    }

    @Test
    void aShortSentenceThatCitesANumberIsNoNumberLine() {
        // a document without a number of its own: the number its opening sentence cites stays a citation
        PolicyDocument d = read("关于做好安全检查工作的通知", "各单位：", "按照国办发〔2018〕5号文件要求，现就有关事项通知如下。");
        assertNull(d.number());
        assertEquals("null|国办发〔2018〕5号|BASIS; ", cites(d));
        // a number after a 特此通知。 in its brackets is a line of its own sentence: the document's
        assertEquals("某政发〔2020〕5号", read("某市人民政府关于加强安全生产工作的通知", "各区人民政府：", "为加强安全生产工作，现就有关事项通知如下。",
                "一、落实责任。", "特此通知。（某政发〔2020〕5号）", "某市人民政府", "2020年3月1日").number());
    }

    @Test
    void aCitedTitleSplitByALineBreakIsOneTitle() {
        PolicyDocument d = read("关于做好安全检查工作的通知", "各单位：", "根据《国务院关于加强安全生产", "监管工作的意见》（国发〔2019〕3号），现就有关事项通知如下。");
        assertNull(d.number());
        assertEquals("国务院关于加强安全生产监管工作的意见|国发〔2019〕3号|BASIS; ", cites(d));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "根据《国务院关于加强安全生产监管工作的意见》【国发〔2019〕3号】，现就有关事项通知如下。",
            "根据《国务院关于加强安全生产监管工作的意见》[国发〔2019〕3号]，现就有关事项通知如下。",
            "根据《国务院关于加强安全生产监管工作的意见》国发〔2019〕3号，现就有关事项通知如下。",
            "根据国发〔2019〕3号《国务院关于加强安全生产监管工作的意见》，现就有关事项通知如下。"})
    void aCitedNumberBesideItsTitleInOtherBracketsOrNoneIsTheTitles(String sentence) {
        assertEquals("国务院关于加强安全生产监管工作的意见|国发〔2019〕3号|BASIS; ", cites(read("关于做好安全检查工作的通知", "各单位：", sentence)));
    }

    @Test
    void citationListsTakeTheirSentencesRelation() {
        assertEquals("某市危险化学品管理办法|某政发〔2019〕1号|BASIS; 某市安全生产条例|某政发〔2019〕2号|BASIS; 某市消防管理规定|null|BASIS; ",
                cites(read("关于做好安全检查工作的通知", "各单位：",
                        "根据《某市危险化学品管理办法》（某政发〔2019〕1号）、《某市安全生产条例》（某政发〔2019〕2号）和《某市消防管理规定》等有关规定，现就有关事项通知如下。")));
        assertEquals("某省关于推进甲事的意见|某发〔2019〕1号|IMPLEMENTS; 某省关于推进乙事的意见|某发〔2019〕2号|IMPLEMENTS; ",
                cites(read("关于做好安全检查工作的通知", "各单位：",
                        "为贯彻落实《某省关于推进甲事的意见》（某发〔2019〕1号）和《某省关于推进乙事的意见》（某发〔2019〕2号）精神，现就有关事项通知如下。")));
        assertEquals("某市甲类物资管理办法|某政发〔2010〕1号|REPEALS; 某市乙类物资管理办法|某政发〔2011〕2号|REPEALS; ",
                cites(read("关于印发某市物资管理办法的通知", "各单位：",
                        "本办法自印发之日起施行，《某市甲类物资管理办法》（某政发〔2010〕1号）和《某市乙类物资管理办法》（某政发〔2011〕2号）同时废止。")));
    }

    @Test
    void aNewsLeadNamesTheNumberAfterTheTitleItIssues() {
        PolicyDocument d = read("某市出台安全生产新政", "近日，某市人民政府印发《关于加强安全生产工作的通知》（某政发〔2020〕5号），明确了各区的责任。",
                "通知指出，要落实安全生产责任。");
        assertEquals("某政发〔2020〕5号", d.number());
        // a notice's own text that names what another body issued cites it
        PolicyDocument e = read("关于做好安全检查工作的通知", "各单位：", "近日，省人民政府印发《关于加强安全生产工作的通知》（某政发〔2020〕5号），现就贯彻落实有关事项通知如下。");
        assertNull(e.number());
    }

    @Test
    void theNumberAfterThePagesOwnTitleInTheTextIsTheNumber() {
        // a repost that names the document by its whole title with its number, below a lead or under the signature
        assertEquals("某政发〔2020〕5号", read("某市人民政府关于加强安全生产工作的通知", "各区人民政府：",
                "为加强安全生产工作，现将《某市人民政府关于加强安全生产工作的通知》（某政发〔2020〕5号）全文转载如下。", "一、落实责任。").number());
        assertEquals("某政发〔2020〕5号", read("某市人民政府关于加强安全生产工作的通知", "各区人民政府：", "为加强安全生产工作，现就有关事项通知如下。",
                "某市人民政府", "2020年3月1日", "某市人民政府关于加强安全生产工作的通知 【某政发〔2020〕5号】").number());
        // the number written right before the title on a line further down
        assertEquals("某政发〔2010〕22号", read("某市人民政府关于表彰竞赛优胜单位的决定", "首页", "政务公开", "政策文件", "市政府文件",
                "打印本页", "关闭窗口", "分享到微信", "某政发〔2010〕22号 某市人民政府关于表彰竞赛优胜单位的决定", "各县、区人民政府:").number());
        // another document's title with its number is a citation
        assertNull(read("某市人民政府关于加强安全生产工作的通知", "各区人民政府：",
                "根据《某省人民政府关于加强安全生产工作的通知》（某政发〔2019〕5号），现就有关事项通知如下。").number());
    }

    @Test
    void aSitesLabelOrANumberRunIntoTheTitleIsNoPartOfTheIssuer() {
        assertEquals(List.of("某市人民政府办公厅"), read("【规范性文件】某市人民政府办公厅关于印发某市稳定经济运行实施方案的通知", "各区人民政府：").issuers());
        assertEquals(List.of("某省人民政府办公厅"), read("某政办发〔2016〕85号某省政府办公厅关于全面治理拖欠工资问题的实施意见", "各市人民政府：").issuers());
        assertEquals(List.of("住房和城乡建设部"), read("建城〔2019〕56号|住房和城乡建设部关于全面开展生活垃圾分类工作的通知", "各省住房和城乡建设厅：").issuers());
    }

    @Test
    void aCataloguesRowKeptInTheTextGivesTheNumberAfterItsLabel() {
        assertEquals("某政发〔2020〕110号", read("某县人民政府关于印发某县总体应急预案的通知", "当前位置: 首页>>政府信息公开>>政府文件",
                "某县人民政府关于印发某县总体应急预案的通知", "索引号 620722087/2020-00915 发文字号 某政发〔2020〕110号", "发布机构 某县政府办",
                "各镇人民政府：", "《某县总体应急预案》已经县政府同意，现印发你们。某政发〔2012〕118号文件同时废止。").number());
        assertEquals("某府发〔2021〕17号", read("某区“十四五”科技创新规划", "[ 索引号 ] | 11500104009286420B/2021-00103 | [ 发文字号 ] | 某府发〔2021〕17号 |",
                "[ 成文日期 ] | 2021-08-17 |", "某区“十四五”科技创新规划").number());
    }

    @Test
    void addresseesUnderACataloguesRowsWrittenWithSpaces() {
        PolicyDocument d = read("某区人民政府办公室关于印发《某区老旧小区改造三年行动方案》的通知", "索引号 2950798/2020-38134",
                "组配分类 区府办文件 发布机构 某区政府办", "生成日期 2020-05-08 公开方式 主动公开", "某区人民政府办公室关于印发《某区老旧小区改造三年行动方案》的通知",
                "文件有效性 有效", "文件编号 某区政办发〔2020〕11号", "文章正文", "各街道办事处、某镇人民政府,区政府各部门、直属单位:",
                "《某区老旧小区改造三年行动方案》已经区政府同意，现予以印发。");
        assertEquals(List.of("各街道办事处、某镇人民政府", "区政府各部门、直属单位"), d.addressees());
        assertEquals("某区政办发〔2020〕11号", d.number());
    }

    @Test
    void addresseesRunIntoTheTextNameCompaniesAndColleges() {
        PolicyDocument d = read("某市人民政府关于进一步做好就业创业工作的意见", "某市人民政府 关于进一步做好就业创业工作的意见",
                "各县(市、区)人民政府,某高新区、某新区管委会,市政府各部门,各大企业,各高等院校: 为贯彻落实国务院《关于进一步做好就业创业工作的意见》，现提出以下意见：");
        assertEquals(List.of("各县(市、区)人民政府", "某高新区、某新区管委会", "市政府各部门", "各大企业", "各高等院校"), d.addressees());
    }

    @Test
    void aTitleWithoutBookMarksBeforeACitedNumberLendsItsWordsToNoRelation() {
        PolicyDocument d = read("某县2018年政务公开工作要点实施方案",
                "某县2018年政务公开工作要点实施方案为深入贯彻落实某省人民政府办公厅关于印发2018年全省政务公开工作要点的通知(某政办发201835号)和某市人民政府办公室关于印发某市贯彻落实2018年政务公开工作要点分工方案的通知(某市政办发201823号)精神,结合我县实际,制定本方案。");
        assertEquals("null|某政办发〔2018〕35号|IMPLEMENTS; null|某市政办发〔2018〕23号|IMPLEMENTS; ", cites(d));
    }

    @Test
    void aDateInDigitsAndDashesUnderTheTextIsTheSitesStampNotTheWrittenDate() {
        assertNull(read("某部等部门关于全面开展生活垃圾分类工作的通知", "为深入贯彻落实有关精神，现就全面开展生活垃圾分类工作通知如下。", "2019-04-27").written());
        // a signature's 年月日 under the text is
        assertEquals("2019-04-26", read("某部关于全面开展生活垃圾分类工作的通知", "为深入贯彻落实有关精神，现就有关工作通知如下。", "2019年4月26日").written());
    }

    @Test
    void aTitleCitedAfterTheSentenceThatForwardsToYouIsNoReply() {
        PolicyDocument d = read("某省安委会办公室转发某通报的通知", "各设区市人民政府:",
                "现将通报转发给你们,请结合《某省安委会关于切实抓好当前安全生产工作的通知》(某安明电〔2018〕1号)要求,认真贯彻落实。");
        assertEquals("某省安委会关于切实抓好当前安全生产工作的通知|某安明电〔2018〕1号|CITES; ", cites(d));
        // 你们 right before what the asker sent still replies to it
        PolicyDocument e = read("某市人民政府关于同意设立某园区的批复", "某区人民政府:", "你们《关于设立某园区的请示》(某区文〔2020〕3号)已悉。经研究,批复如下:");
        assertEquals("关于设立某园区的请示|某区文〔2020〕3号|REPLIES; ", cites(e));
    }
}
