package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, ninth pass: the eighth pass's held-out file (now dev9) leaked a list of brands in 《》 with no head
 * word (本期推荐：《新濠汇》《博盈天下》《豪利七七七》), half-English pitches (LV、Gucci…Only 880 RMB; VPN free trial!) and
 * adverts dressed as news (据统计，使用宝鑫速贷的用户…; 记者从相关渠道获悉…). Each is caught as a class: a brand list by its
 * form, a half-English line by its price or pitch words, a line far from the page's topic by the advert words the page
 * does not use. The detector has an empty lexicon; the article is an industrial-policy notice.
 */
class InlineAdvertNinthPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final Topic ARTICLE = Topic.of(List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。"));

    /** Two or more names in 《》「」 picked for the reader, whatever the names: 0 before this pass (no head word). */
    @Test
    void aPickOfBrandsInTitleMarksIsABrandList() {
        for (String list : List.of("本期推荐：《新濠汇》《博盈天下》《豪利七七七》", "热门推荐 「金沙城」「云顶」「大发」", "本期热推：《聚鑫》、《万利来》")) {
            assertEquals(1.5, AdvertShape.brandList(list), list);
            assertTrue(NO_LEXICON.isSpamText(list, ARTICLE, false), list);
            String traditional = ZhConverterUtil.toTraditional(list);
            assertTrue(NO_LEXICON.isSpamText(traditional, ARTICLE, false), traditional);
        }
    }

    /** A reading or viewing list, a single name, a list with no pick: not a brand list. */
    @Test
    void documentsBooksAndFilmsAreNoBrandList() {
        for (String line : List.of("本期推荐书目：《活着》《围城》《平凡的世界》", "本期推荐：《中国制造2025》《关于促进中小企业发展的意见》",
                "热门电影推荐：《流浪地球》《满江红》", "本期推荐：《新濠汇》", "我读了《活着》和《围城》两本", "本期推荐文章：《春天》《远方》")) {
            assertEquals(0, AdvertShape.brandList(line), line);
        }
    }

    /** A half-English pitch with a price or English pitch words: 0 from the shape before this pass (not mostly Han). */
    @Test
    void halfEnglishPitchesAreAdverts() {
        for (String pitch : List.of("LV、Gucci、Chanel顶级原单包包，专柜品质，Only 880 RMB，十分之一的价格",
                "VPN free trial! 稳定翻墙 no logs, 全球节点 Netflix / YouTube 4K 秒开",
                "Rolex劳力士高仿手表 sale 50% off，全网最低 ¥599 包邮到家")) {
            assertTrue(AdvertShape.latinPitch(SpamDetector.foldWidth(pitch)) >= 1.5, pitch);
            assertTrue(NO_LEXICON.isSpamText(pitch, ARTICLE, false), pitch);
        }
    }

    /** English in a Chinese article without a pitch, or with one pitch word and no price, stays text. */
    @Test
    void englishInAChineseArticleIsNotAPitch() {
        for (String line : List.of("据Reuters报道，The sale of electric vehicles rose sharply in China this year.",
                "专家认为，Made in China 2025 计划推动了制造业升级。", "iPhone 15 Pro Max 在华发布，起售价为7999元。",
                "工信部发布 Guidelines for Small and Medium Enterprises 中英文版本")) {
            assertTrue(AdvertShape.latinPitch(SpamDetector.foldWidth(line)) <= 0.75, line);
            assertFalse(NO_LEXICON.isSpamText(line, ARTICLE, false), line);
        }
    }

    /**
     * An advert dressed as a report, far from the page: the words it does not share with the page are an advert's. On
     * a page that shares a few common words with it (审批时间, 全程, 最高), the degree line scored 2.5 before this pass
     * (topic 1.5, vocabulary 1): its own words (学历, 无需, 考试, 领证) were diluted by those it shares.
     */
    @Test
    void anAdvertToldAsAReportIsFarFromThePolicyPage() {
        Topic page = Topic.of(List.of(
                "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
                "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
                "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。",
                "各地要压缩审批时间，全程网上办理，对用户反映的问题及时处理，最高奖励二十万元。"));
        String degree = "记者从相关渠道获悉，已有超过五千名学员通过博学教育直接拿到学信网可查的本科学历，全程无需参加任何考试，最快四十天即可领证。";
        assertTrue(SpamDetector.farAdvert(degree, page, false), degree);
        assertTrue(NO_LEXICON.isSpamText(degree, page, false), degree);
        String traditional = ZhConverterUtil.toTraditional(degree);
        assertTrue(NO_LEXICON.isSpamText(traditional, page, false), traditional);
        String loan = "据统计，使用宝鑫速贷的用户平均审批时间仅为3分钟，最高额度可达20万元，全程无需任何抵押担保。";
        assertTrue(SpamDetector.farAdvert(loan, page, false), loan);
    }

    /** A real article's aside, quote or report far from its page leans clean, or speaks policy: not far. */
    @Test
    void anAsideOrAPolicyReportIsNotAFarAdvert() {
        for (String line : List.of("记者从市气象台获悉，明天起本市将迎来一次明显降温过程，最低气温降至零下五度。",
                "据统计，今年上半年全市规模以上工业增加值同比增长百分之六，增速高于全国平均水平。",
                "一位老人坐在门口晒太阳，说起年轻时在码头做工的日子，脸上满是笑意。")) {
            assertFalse(SpamDetector.farAdvert(line, ARTICLE, false), line);
            assertFalse(NO_LEXICON.isSpamText(line, ARTICLE, false), line);
        }
    }

    /** The model's pairs stand for their traditional forms as a word converts them (分钟 → 分鐘, not 分鍾). */
    @Test
    void aPairConvertedAsAWordKeepsItsWeight() {
        AdvertWords words = AdvertWords.standard();
        assertTrue(words.lean("分钟") - words.lean("钟") > 4, "the pair leans to an advert's words");
        assertEquals(words.lean("分钟") - words.lean("钟"), words.lean("分鐘") - words.lean("鐘"), 1e-6);
    }

    /**
     * A reader's recommendation of a platform that sends him to search for it: two testimony families (it had none, 0
     * shape, before this pass); a report that mentions a search or a platform has neither.
     */
    @Test
    void aRecommendedPlatformTheReaderIsSentToSearchForIsATestimony() {
        String review = "推荐一个我玩了半年、稳定提现的平台，名字叫《恒发》，你们自己搜。";
        assertEquals(2, AdvertShape.testimonyFamilies(review), review);
        assertTrue(NO_LEXICON.isSpamText(review, ARTICLE, false), review);
        for (String clean : List.of("用户可直接搜索企业名称查询认定结果。", "该平台推荐了一批优质中小企业。", "我们去搜集了各地的申报材料。")) {
            assertEquals(0, AdvertShape.testimonyFamilies(clean), clean);
        }
    }

    /** A business that takes on work in the present, and 保密第一: two pitch families; a report's 承接了 is none. */
    @Test
    void aBusinessTakingOnWorkIsAnOffer() {
        String offer = "調查公司承接婚姻調查、商業調查、人員定位，十年經驗，保密第一。";
        assertEquals(2, AdvertShape.pitchFamilies(offer), offer);
        assertEquals(0, AdvertShape.pitchFamilies("该公司承接了多项国家重点工程，工期均提前完成。"));
        assertEquals(1, AdvertShape.pitchFamilies("全程无需任何抵押担保"), "无需任何抵押: easy money, 任何 between");
        // money in minutes is a timed result; an office's days are not
        assertEquals(1, AdvertShape.pitchFamilies("用户平均审批时间仅为3分钟"));
        assertEquals(1, AdvertShape.pitchFamilies("提款五分钟内到账"));
        assertEquals(0, AdvertShape.pitchFamilies("企业开办审批时间压缩至3个工作日以内"));
    }
}
