package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, twenty-fourth pass: the shapes of what heldout21 (now dev24) leaked. Tested on lines of our own, not
 * the file's, each kept by main's code; beside them, lines that must stay.
 */
class InlineAdvertTwentyFourthPassTest {
    private static final List<String> NOTICE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。");

    /**
     * Main's code: an advert glued to a news clause by a lone dash was kept whole: no doubled mark closes it, and the
     * glued search reads one clause at a time, where the news words outweigh the trade's. Each side of a lone dash is
     * an aside now ({@link DashTail}); the news side stays.
     */
    @Test
    void anAdvertGluedAfterALoneDashIsCut() {
        String news = "工業和信息化部今日公布第八批專精特新「小巨人」企業名單，各省級中小企業主管部門共推薦企業三千餘家，"
                + "經審核後予以公示，公示無異議後認定為專精特新企業";
        for (String advert : List.of("——足球外圍賽事全場開盤，賠率全網最高，飛機搜尋 @ fb_ku_ 777",
                "——電競賽事外圍全場開盤，賠率全網最高，飛機搜尋 @ dj_ku_ 666")) {
            String line = news + advert;
            SpamDetector.Cut cut = cut(line, NOTICE);
            assertNotNull(cut, line);
            assertTrue(cut.rest().startsWith("工業和信息化部今日公布"), cut.rest());
            assertFalse(cut.rest().contains("開盤") || cut.rest().contains("飛機"), cut.rest());
        }
        // a writer's own dash, an explanation, stays
        for (String line : List.of(
                "佛山市政府今日发布装备制造业集群培育方案——这是该市首次以集群为单位统筹产业政策，涉及企业三百余家。",
                "会议强调，要抓住三个关键——项目、人才和资金，推动中小企业专精特新发展。")) {
            assertEquals(null, cut(line, NOTICE), line);
        }
    }

    /**
     * Main's code: a product's testimony in Chinese (tried it, a result within weeks, friends ask for the secret) was kept:
     * it gives no contact and its words are a review's. Two of its families are a testimony ({@link ChineseTestimony}).
     */
    @Test
    void aChineseProductTestimonyIsAnAdvert() {
        // kept by main's code (2.25 on this page)
        String kept = "親測有效！用了 Capilo 養髮液才 4 週，頭頂就長 出 新 髮 1 5 0 0 多 根，朋友都問我秘訣，真的 highly recommend！";
        assertTrue(caught(kept, NOTICE), kept);
        for (String line : List.of(kept,
                "亲测有效！用了 Lumiva 美白精华才两周，脸上的斑就淡了一大半，同事都问我用的什么，真心推荐给大家！",
                "本人親測，喝了纖姿酵素才 10 天就瘦了 6 斤，閨蜜都問我秘訣，已經回購三盒了。")) {
            assertTrue(ChineseTestimony.points(SpamDetector.foldWidth(line)) > 0, line);
        }
        // a report quoting a patient, a firm's survey: one family at most
        for (String line : List.of(
                "王女士告诉记者，她用了这种药膏才三天，手臂上就出现了大片红疹，随后到医院就诊。",
                "调查显示，超过六成受访企业表示，数字化改造完成后才三个月就看到了效益。")) {
            assertEquals(0, ChineseTestimony.points(SpamDetector.foldWidth(line)), line);
        }
        assertFalse(caught("调查显示，超过六成受访企业表示，数字化改造完成后才三个月就看到了效益。", NOTICE));
    }

    /**
     * Main's code: English offers whose words the English model reads under its cut (a saving with a booking call; a
     * recruiter's pitch of others' earnings) had one pitch point. A saving against the usual price, a crowd that got the
     * result and the recruiter's words are English claim families now ({@link AdvertShape#englishPitch}).
     */
    @Test
    void anEnglishSavingOrRecruitingPitchIsAnAdvert() {
        for (String line : List.of(
                "Dental implants at half the price! Our Budapest clinic bundles flights, a hotel stay and aftercare, trusted by over 8,000 happy patients. Book your free assessment now.",
                "Tired of your boss? Become a Lumera Beauty partner, where 900 new members made their first $3,000 in weeks. Be your own boss, message me today!")) {
            assertTrue(caught(line, NOTICE), line);
        }
        for (String line : List.of(
                "The hospital said knee replacements cost half the price they did a decade ago, and over 12,000 patients were treated last year.",
                "Register for the forum at www.sme-forum.org; over 1,000 members attended last year.")) {
            assertFalse(caught(line, NOTICE), line);
        }
    }

    /**
     * Main's code: a four-character keyword line of counterfeit goods was kept: the Han model reads it under the
     * keyword line's cut, and the bare offers knew only papers. Counterfeit goods by their grade are a bare offer now.
     */
    @Test
    void aCounterfeitGoodsKeywordLineIsABareOffer() {
        for (String line : List.of("精仿名牌包包", "復刻手錶", "A货奢侈品")) {
            assertTrue(BareOffers.chinese(line), line);
            assertTrue(caught(line, NOTICE), line);
        }
        for (String line : List.of("名表展销会", "奢侈品消费税", "仿真机器人")) {
            assertFalse(caught(line, NOTICE), line);
        }
    }

    /**
     * Main's code: a lender's advert dressed as a fraud warning (近期诈骗猖獗…请认准官方唯一合作平台「…」) was excused as a
     * report on a scam. A warning that names one platform in quotes to trust asks the reader to act.
     */
    @Test
    void aLenderDressedAsAFraudWarningIsAnAdvert() {
        String line = "友情提醒：最近网贷诈骗频发，如需办理信用借款、分期周转，请认准官方指定平台「安盈借呗」，额度一千至十万，当天放款。";
        assertTrue(caught(line, NOTICE), line);
        for (String warning : List.of(
                "警方提醒：近期冒充客服的诈骗案件多发，请认准官方客服电话，切勿向陌生账户转账。",
                "近期网络贷款诈骗多发，市民办理贷款请通过银行等正规渠道，不要轻信陌生来电。")) {
            assertFalse(caught(warning, NOTICE), warning);
        }
    }

    private static SpamDetector.Cut cut(String line, List<String> page) {
        SpamDetector d = SpamDetector.standard();
        List<String> all = new ArrayList<>(page);
        all.add(line);
        Topic t = Topic.of(all);
        return d.withoutSpamAsides(line, () -> t, true);
    }

    private static boolean caught(String line, List<String> page) {
        SpamDetector d = SpamDetector.standard();
        List<String> all = new ArrayList<>(page);
        all.add(line);
        Topic t = Topic.of(all);
        if (d.spamScore(line, t, true) >= SpamDetector.SPAM) return true;
        return d.withoutSpamAsides(line, () -> t, true) != null;
    }
}
