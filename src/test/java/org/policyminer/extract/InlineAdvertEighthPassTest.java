package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, eighth pass: the seventh pass's held-out file leaked a casino brand in 《》 (《永利皇宮》官方直營…), a
 * punctuated forex tipster's pitch with no contact (外匯黃金喊單，資深老師帶單，月收益30%以上…), a diet-pill line in two
 * chunks (瘦身神药 一个月瘦三十斤不反弹不节食) and a handle after 加 and a word (加助理薇 ysg_888). Each is caught here as a
 * class, with lines of the same genres in other words; the detector has an empty lexicon, so what catches them is
 * their shape and vocabulary.
 */
class InlineAdvertEighthPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final List<String> ARTICLE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。");

    /**
     * The forex pitch as its writer typed it (traditional, with 群) on the corpus page it leaked on, and its OpenCC copy
     * (羣): 2.5 before this pass on every corpus page (進群 was no call to action, 羣 only; its words leaned clean).
     */
    @Test
    void theForexPitchThatLeakedIsSpamOnTheCorpusPage() throws Exception {
        Topic topic = Topic.of(goldParagraphs("corpora/pages/govcn/scio-industry-2022-briefing.gold.json"));
        String pitch = "外匯黃金喊單，資深老師帶單，月收益30%以上，免費進群學習";
        assertTrue(NO_LEXICON.isSpamText(pitch, topic, false), pitch);
        assertTrue(NO_LEXICON.isSpamText(ZhConverterUtil.toTraditional(pitch), topic, false));
    }

    /**
     * The other three on zh-cwced pages they scored 2.25–2.5 on before this pass (the eval's pages 068 and 064); skipped
     * when the shared dataset is absent.
     */
    @Test
    void theHeldOutLinesThatLeakedAreSpamOnTheZhCwcedPagesTheyLeakedOn() throws Exception {
        java.nio.file.Path cleaned = java.nio.file.Path.of("/work/shared/datasets/zh-cwced/cleaned");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(cleaned), "zh-cwced not at " + cleaned + ": skipped");
        Topic brandPage = Topic.of(lines(cleaned.resolve("fddcb19c-c3c1-4e39-a61d-9bf096a5f390.txt")));
        Topic powerPage = Topic.of(lines(cleaned.resolve("ecbe8d49-c640-4a08-b46d-f8b795f836ba.txt")));
        String brand = "《永利皇宮》官方直營，AG旗艦廳、BBIN視訊，大額無憂出款";
        assertTrue(NO_LEXICON.isSpamText(brand, brandPage, false), brand);
        for (String advert : List.of("瘦身神药 一个月瘦三十斤不反弹不节食", "瘦身神药一个月瘦三十斤不反弹不节食",
                "原始股内部认购通道今日开放！某新能源科技集团明年即将登陆港交所，现价一元一股，上市后保守估值翻十倍，仅限前两百名，认购请加助理薇 ysg_888 备注“原始股”，错过再无机会")) {
            assertTrue(NO_LEXICON.isSpamText(advert, powerPage, false), advert);
            String traditional = ZhConverterUtil.toTraditional(advert);
            assertTrue(NO_LEXICON.isSpamText(traditional, powerPage, false), traditional);
        }
    }

    private static List<String> goldParagraphs(String path) throws Exception {
        var gold = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of(path).toFile());
        List<String> paragraphs = new java.util.ArrayList<>();
        for (var n : gold.path("paragraphs")) paragraphs.add(n.asText());
        return paragraphs;
    }

    private static List<String> lines(java.nio.file.Path file) throws Exception {
        return java.nio.file.Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Lines of the same genres in words no dev file has: what a next blind writer may produce. */
    @Test
    void theSameGenresInOtherWordsAreSpamOnAnUnrelatedPage() {
        Topic topic = Topic.of(ARTICLE);
        for (String advert : List.of("《金沙皇宫》官方直营，真人视讯、电子游艺，大额出款无忧", "「雷霆电竞」英雄联盟滚球盘口，每日返水",
                "期货原油喊单，分析师一对一带单，周收益20%，免费进群", "比特币合约带单，日收益百分之十，老师带你翻身",
                "减肥神器 七天瘦十斤 不节食不运动", "前列腺克星 一个疗程根治", "糖尿病特效药，三天降糖，告别胰岛素",
                "加小雅薇 xy5566 看更多照片", "认购请加经理微 jl_2024", "四六级答案 考前一小时发送 保过", "減肥神藥 一個月瘦二十斤不反彈")) {
            assertTrue(NO_LEXICON.isSpamText(advert, topic, false), advert);
            assertTrue(NO_LEXICON.isSpamText(ParagraphCollector.joinCjk(advert), topic, false), "glued: " + advert);
        }
    }

    @Test
    void aCommercialNameInTitleMarksIsABrandByItsHeadWord() {
        assertEquals(1.5, AdvertShape.namedVenue("《永利皇宫》官方直营，AG旗舰厅"));
        assertEquals(1.5, AdvertShape.namedVenue("《永利皇宮》官方直營"));
        assertEquals(0.75, AdvertShape.namedVenue("电竞下注就选「雷霆电竞」，每笔返水"));
        assertEquals(0.75, AdvertShape.namedVenue("《金马国际》真人视讯"));
        assertEquals(0.75, AdvertShape.namedVenue("《澳门新葡京》官网唯一入口"));
        // documents, newspapers, programmes and slogans in the same marks
        for (String clean : List.of("《国际金融报》记者从工业和信息化部获悉", "《中国制造2025》提出", "《关于加快发展先进制造业集群的意见》印发",
                "《人民日报》评论员文章", "《新闻联播》官方微博发布", "「一國兩制」方針", "据《体育报》报道", "《中华人民共和国中小企业促进法》")) {
            assertEquals(0, AdvertShape.namedVenue(clean), clean);
        }
    }

    @Test
    void aHandleMayFollowAddAndWhoIsToBeAdded() {
        for (String s : List.of("认购请加助理薇 ysg_888", "加客服V abc8899", "联系小美微 mm8899", "找老师扣 12345678", "加小雅薇：xy5566")) {
            assertTrue(ContactHandles.find(s), s);
        }
        // more than three characters between, a sentence between, or no handle after the channel
        for (String s : List.of("增加微小企业 2024年", "参加威海 abc2026", "加快推进中小企业微 abc123", "加助理薇信公众号")) {
            assertFalse(ContactHandles.find(s), s);
        }
    }

    @Test
    void claimsAreReadAsPitchFamiliesWhateverIsSold() {
        for (String s : List.of("外汇黄金喊单", "资深老师带单", "股票荐股", "导师一对一带单", "日收益5%", "每天回报百分之三", "百倍币", "免费进群学习",
                "减肥神药", "痛风克星", "三天根治", "七天见效", "一个疗程根治", "一个月瘦三十斤", "瘦二十斤", "告别胰岛素", "胰岛素不用打了", "瘦身不反弹",
                "外匯黃金喊單", "免費進羣學習", "免費進群學習")) {
            assertTrue(AdvertShape.makesClaim(s) || AdvertShape.pitchFamilies(s) > 0, s);
        }
        assertEquals(2, AdvertShape.pitchFamilies("增高神药 一个月长高五厘米"), "a wonder cure and a timed result");
        for (String clean : List.of("确保疫情不反弹", "老师带领学生参观科技馆", "提供一对一指导服务", "家庭月收入在1000元以下的学生", "年化收益率3.5%",
                "未必中国全数人都得罪了你", "各省、自治区、直辖市及计划单列市", "根治欠薪", "专家指导委员会", "核酸检测6小时出结果", "确保过渡期平稳")) {
            assertFalse(AdvertShape.makesClaim(clean), clean);
            assertEquals(0, AdvertShape.pitchFamilies(clean), clean);
        }
    }

    /**
     * The model is trained on one script: its traditional copy of an advert reads as the simplified one. Trained on
     * both, traditional lines of the clean corpus had made 資, 費, 進 lean clean, and the forex pitch scored 2.34
     * traditional against 5.33 simplified.
     */
    @Test
    void anAdvertsTraditionalCopyHasItsVocabulary() {
        for (String advert : List.of("外汇黄金喊单，资深老师带单，月收益30%以上，免费进群学习", "私人放款无前期费用，有需要的私信", "专业调查小三包取证联系我")) {
            double simplified = AdvertWords.standard().evidence(advert);
            double traditional = AdvertWords.standard().evidence(ZhConverterUtil.toTraditional(advert));
            assertTrue(simplified >= SpamDetector.WORDS_CUT, advert + " " + simplified);
            assertTrue(Math.abs(simplified - traditional) < 1.0, advert + " " + simplified + " / " + traditional);
        }
    }

    @Test
    void cleanLinesOfTheArticleStayOnTheirPage() {
        List<String> page = new java.util.ArrayList<>(ARTICLE);
        List<String> lines = List.of("《国际金融报》记者从工业和信息化部获悉，第八批专精特新“小巨人”企业培育工作已经启动。",
                "附件：《优质中小企业梯度培育管理暂行办法》", "各省、自治区、直辖市及计划单列市中小企业主管部门：");
        page.addAll(lines);
        Topic topic = Topic.of(page);
        for (String clean : lines) assertFalse(NO_LEXICON.isSpamText(clean, topic, true), clean);
    }
}
