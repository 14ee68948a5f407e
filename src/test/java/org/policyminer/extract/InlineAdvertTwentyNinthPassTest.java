package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, twenty-ninth pass: the shapes heldout26 leaked by, on lines of our own (not the dev file's) on a
 * new-energy vehicle report page: a Latin brand with a lucky number alone; the quick-rank trade and a private server's
 * listing site by their sold names; the link trade's graded links; a lexicon term on a traditional page as OpenCC
 * writes it (發佈); a sure return and the last places counted down; a recruit's pitch with a bounty per head. Each
 * positive was kept, or read with fewer families, by main's jar (adv30 merged) on this page; each guard is a news or
 * product shape that stays.
 */
class InlineAdvertTwentyNinthPassTest {
    /** A city's new-energy vehicle report: over 200 characters, so that a Latin line on it is foreign. */
    private static final List<String> PAGE = List.of(
            "今年上半年，全市新能源汽车产量达到38.6万辆，同比增长21.4%，产业规模突破两千亿元，整车企业达到12家。",
            "市工业和信息化局表示，将加快推进整车和关键零部件项目建设，完善充电基础设施，推动产业链上下游协同发展。",
            "截至6月底，全市已建成公共充电桩4.8万个、换电站120座，新能源汽车推广应用水平持续提升，公共领域车辆电动化比例超过八成。",
            "在动力电池领域，全市已形成从正负极材料、隔膜、电解液到电芯和电池包的完整产业链，本地配套率达到六成以上。",
            "下一步，全市将围绕动力电池、智能网联等重点领域，实施一批强链补链项目，打造具有全国影响力的新能源汽车产业集群。",
            "市发展改革委同时提出，将加大财政资金和产业基金支持力度，引导金融机构为产业链企业提供中长期贷款。");

    /** Main's code scored them 0.5: an ASCII name with a number was no brand it read (only full-width ones). */
    @Test
    void aLatinBrandWithALuckyNumberAloneIsSpam() {
        for (String line : List.of("GoldenBay99", "StarWin777", "LuckyAce88")) {
            assertTrue(LoneKeywordLine.luckyBrand(line), line);
            assertTrue(score(line) >= SpamDetector.SPAM, line + " " + score(line));
        }
    }

    /** A product's, a version's or a standard's number is no lucky digit repeated. */
    @Test
    void aProductsOrAVersionsNumberStays() {
        for (String line : List.of("iPhone15", "Windows11", "Mate60", "GB2312", "Model3", "COVID19")) {
            assertFalse(LoneKeywordLine.luckyBrand(line), line);
            assertTrue(score(line) < SpamDetector.SPAM, line + " " + score(line));
        }
        assertFalse(LoneKeywordLine.luckyBrand("Top 88"));
    }

    /** Main's code scored them 0 and 2: 快排 and 发布网 were in no list, rightly alone. */
    @Test
    void theQuickRankTradeAndAPrivateServersListingAreSpam() {
        for (String line : List.of("360快排按天扣费", "魔域私服发布网", "新闻源外链长期有货", "高权重外链批发")) {
            assertTrue(score(line) >= SpamDetector.SPAM, line + " " + score(line));
        }
    }

    /** A sort algorithm, a press site's name and a police report on the domain trade stay. */
    @Test
    void aSortAPressSiteAndAReportStay() {
        for (String line : List.of("该系统采用快排算法对订单数据进行排序。", "中国新闻发布网", "該系統採用快排算法對訂單進行排序",
                "近日，某地警方破获一起出售老域名的网络黑产案件，涉案金额三百万元。")) {
            assertTrue(score(line) < SpamDetector.SPAM, line + " " + score(line));
        }
    }

    /**
     * Main's lexicon held each term character by character in traditional script (發布), while OpenCC converts a page
     * word by word (發佈): a traditional page's 軟文發佈 hit nothing (score 0).
     */
    @Test
    void aLexiconTermMatchesAsOpenCcWritesItOnATraditionalPage() {
        assertTrue(score("專業軟文發佈") >= SpamDetector.SPAM, "專業軟文發佈 " + score("專業軟文發佈"));
        assertTrue(SpamDetector.standard().lexicon().scan("專業軟文發佈").weight() >= 2);
    }

    /** Main's code read no family in either: a steady or floor return, the principal guaranteed, the last places. */
    @Test
    void aSureReturnAndTheLastPlacesArePitchFamilies() {
        assertEquals(1, AdvertShape.families("据知情人士透露，某私募产品年化回报稳定在36%以上，本金由银行担保。"));
        assertEquals(2, AdvertShape.families("该理财计划收益保底12%，本金无忧，额度仅剩最后一批名额。"));
        assertTrue(score("据悉，该理财计划收益保底12%，本金无忧，额度仅剩最后一批名额。") >= SpamDetector.SPAM);
    }

    /** A fund's reported return, a police warning that quotes the promise, and a training's last places stay. */
    @Test
    void aFundsReturnAWarningAndATrainingStay() {
        assertEquals(0, AdvertShape.families("该基金过去三年年化收益率为4.2%，业绩比较基准不代表未来收益。"));
        for (String line : List.of("该基金过去三年年化收益率为4.2%，业绩比较基准不代表未来收益。",
                "警方提醒，不法分子常以“保本保息、高额回报”为诱饵实施非法集资，市民切勿轻信。",
                "本次培训名额仅剩最后20个，请各企业尽快报名。")) {
            assertTrue(score(line) < SpamDetector.SPAM, line + " " + score(line));
        }
    }

    /** Main's code scored it 2.5 with no family but 零成本's: the recruit and the bounty per head are two more. */
    @Test
    void aRecruitsPitchWithABountyPerHeadIsSpam() {
        String line = "火热招募城市合伙人，零成本开店，推荐一人奖励30元。";
        assertEquals(3, AdvertShape.families(line));
        assertTrue(score(line) >= SpamDetector.SPAM, line + " " + score(line));
    }

    /** A bureau recruiting mentors, and a company signing its named partner, are no recruit's pitch. */
    @Test
    void aBureauOrACompanysPartnershipStays() {
        for (String line : List.of("市人社局面向社会招募100名创业导师，为新能源企业提供咨询服务。",
                "公司与本地电池企业签署战略合作协议，双方将共同招募产业链合作伙伴。")) {
            assertEquals(0, AdvertShape.families(line), line);
            assertTrue(score(line) < SpamDetector.SPAM, line + " " + score(line));
        }
    }

    private static Topic topic(String line) {
        return LineOnPage.topic(PAGE, line);
    }

    private static double score(String line) {
        return LineOnPage.score(PAGE, line);
    }
}
