package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;

/** Adverts told by their shape and topic alone: the detector here has an empty lexicon. */
class AdvertShapeTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final List<String> ARTICLE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。",
            "联系人：中小企业局王某，电话：010-68205000。欢迎咨询。");

    /** The two lines quoted in issue 20 and adverts of the same shapes, none of them in the project lexicon files. */
    private static final List<String> ADVERTS = List.of(
            "推荐：某某娱乐官网，私人借贷电话，某某在线玩法。进入官网",
            "【某某最新版】真人荷官、小额极速贷一站式平台，日赚千元不是梦。点击注册",
            "【火龙影音极速版】海量影片每日更新，高清流畅不卡顿，立即下载",
            "手续简单当天放款，无需抵押，额度最高十万，扫码申请",
            "金牌代理火热招募中，零门槛加盟，佣金日结，马上加入");

    @Test
    void shapeScoresCallsToActionBracketedBrandsAndSellingPoints() {
        assertTrue(AdvertShape.hasCallToAction("新人首单立减，点击注册"));
        assertTrue(AdvertShape.hasCallToAction("好礼相送，馬上下載"), "traditional script");
        assertFalse(AdvertShape.hasCallToAction(ARTICLE.get(1)));
        assertTrue(AdvertShape.hasServiceRun("提供代办信用卡、大额信用贷、企业过桥垫资、车辆抵押"));
        assertTrue(AdvertShape.isChoppy("高清无码，每日更新，不卡顿，立即观看"));
        assertFalse(AdvertShape.isChoppy(ARTICLE.get(0)));
        assertEquals(0, AdvertShape.score(ARTICLE.get(0)));
        // an English line is read by the English pitch only (thirteenth pass: a call to action with a price or pitch words)
        assertEquals(1.5, AdvertShape.score("Click here to sign up now, free bonus, limited time"), "an English advert: a call and pitch words");
        assertEquals(0, AdvertShape.score("The committee will sign up new members next year, a bonus for the club"), "English prose sends nobody anywhere");
        for (String a : ADVERTS) assertTrue(AdvertShape.score(a) >= 2, a);
        // never spam on shape alone
        for (String a : ADVERTS) assertTrue(AdvertShape.score(a) < SpamDetector.SPAM, a);
    }

    /** Issue 20 part 5: private-channel calls, closing urges and selling-point strings; policy phrases that look alike are not. */
    @Test
    void contactCallsClosingUrgesAndSellingPointStringsAreAdvertShapes() {
        for (String cta : List.of("价格优惠，加微信详谈", "想要资料的加我", "私聊要优惠价", "客服微信在主页", "联系方式见头像",
                "有意者速联系", "名额不多，马上预订", "专业团队，电话咨询", "好玩刺激，赶紧来玩", "扫码入群")) {
            assertTrue(AdvertShape.score(cta) >= 1.5 || AdvertShape.hasCallToAction(cta), cta);
        }
        for (String policy : List.of("联系人：中小企业局王某，联系电话：010-68205000", "切实增加群众获得感，提升服务水平",
                "请参加我市组织的培训，加快推进数字化转型", "加强部门间协调联系，加速成果转化应用", "重点这些企业申请的项目要优先审核")) {
            assertFalse(AdvertShape.hasCallToAction(policy), policy);
        }
        assertEquals(0.75, AdvertShape.score("〔某某优选〕好物天天低价"), "a brand in 〔〕 opens the line as one in 【】 does");
        assertEquals(2.5, AdvertShape.score("正品特供，假一赔十，全国包邮，货到付款，隐私发货"), "five short selling points (1.5), a trade term and a guarantee (包邮): at the cap");
        assertTrue(AdvertShape.score("坚持创新驱动发展战略，推动产业转型升级，促进经济高质量发展") < 1, "policy clauses are not selling points");
    }

    /**
     * Issue 20 part 5, third pass: the formulae of a sales pitch (a guarantee, trade terms, easy money, a sum per day),
     * in whatever trade, count as shape; the same words in policy and news prose do not.
     */
    /**
     * Fifth pass: a service promised round the clock is a pitch (the dev4 line 北京地区上门按摩服务…二十四小时在线预约 leaked
     * on 16 pages), and a closing clause that ends in a channel and an action is a call to action up to ten characters;
     * a deadline (24小时内报告) and a notice's own appointment sentence are neither.
     */
    @Test
    void roundTheClockServiceAndALongerChannelCloseAreAdvertShapes() {
        assertEquals(1, AdvertShape.pitchFamilies("家政保洁，全天候接单"));
        assertEquals(1, AdvertShape.pitchFamilies("二十四小时上门开锁"));
        assertEquals(1, AdvertShape.pitchFamilies("7×24客服"));
        assertEquals(0, AdvertShape.pitchFamilies("发生事故应于24小时内报告属地应急管理部门"));
        assertTrue(AdvertShape.hasCallToAction("同城家政，专业保洁，全天候在线预约"));
        assertTrue(AdvertShape.hasCallToAction("老中医坐诊，疑难杂症，节假日照常电话咨询"));
        assertFalse(AdvertShape.hasCallToAction("市民可通过政务服务网预约办理，也可以到窗口现场办理有关业务"));
        // a service's unit price and a promised rate (left out of the model, dev3's 驾照销分 and 代孕 lines leaked for want of them)
        assertEquals(1, AdvertShape.pitchFamilies("上门修锁，一次八十元"));
        assertEquals(1, AdvertShape.pitchFamilies("论文发表，过审率高达百分之九十五"));
        assertEquals(1, AdvertShape.pitchFamilies("本店推荐，命中率九成"));
        assertEquals(0, AdvertShape.pitchFamilies("每户发放一次性补助五千元"));
        assertEquals(0, AdvertShape.pitchFamilies("每家一套10万元的红木家具"));
    }

    @Test
    void salesPitchFormulaeCountWhateverIsSold() {
        assertEquals(1, AdvertShape.pitchFamilies("论文查重降重，包通过，不过全额退款"), "two guarantees: one family");
        assertEquals(2, AdvertShape.pitchFamilies("各类证书代办，全国可查，先办理后付款"), "a trade term and a guarantee");
        assertEquals(1, AdvertShape.pitchFamilies("手游代理，佣金日结"));
        assertEquals(1, AdvertShape.pitchFamilies("在家做手工，每天轻松赚两百元"));
        assertEquals(1, AdvertShape.pitchFamilies("會員卡價格美麗"), "traditional script");
        assertEquals(1, AdvertShape.pitchFamilies("出售二手游戏账号，安全可靠"), "an offer");
        assertEquals(1, AdvertShape.pitchFamilies("专业代写各类文书"), "a 代-service");
        assertEquals(1, AdvertShape.pitchFamilies("海外服务器租用，稳定高防"), "a clause closed by what is offered");
        for (String prose : List.of("市人大代表视察现代化产业园", "代码开源后取代了原有系统", "由银行代发工资", "为了出租，租客一般看重楼层")) {
            assertEquals(0, AdvertShape.pitchFamilies(prose), prose);
        }
        assertTrue(AdvertShape.isChoppy("⭐高端定制⭐全国配送⭐限时特价⭐"), "emoji separate selling points as commas do");
        for (String prose : List.of("2008年5月23日结束长达两年多的公益役", "家庭月收入在1000元以下的学生", "全国人民代表大会常务委员会",
                "先试点后推广，逐步扩大覆盖范围", "包括集成电路、软件和信息服务业", "政务服务一站式办理，企业开办当天办结",
                "有着千丝万缕的利益联系，形成“一条龙垄断”")) {
            assertEquals(0, AdvertShape.pitchFamilies(prose), prose);
        }
        assertTrue(AdvertShape.score("代写毕业论文，包过，先写后付，全国可做") >= 2);
        assertTrue(AdvertShape.score("代写毕业论文，包过，先写后付，全国可做") < SpamDetector.SPAM, "never spam on shape alone");
    }

    @Test
    void advertsInsideAnArticleAreRemovedAndTheArticleStaysWhole() throws Exception {
        ArticleExtractor extractor = new ArticleExtractor(NO_LEXICON);
        for (String advert : ADVERTS) {
            for (boolean ownParagraph : new boolean[] {true, false}) {
                StringBuilder html = new StringBuilder("<html><head><title>关于开展第八批专精特新“小巨人”企业培育工作的通知</title></head>"
                        + "<body><div class=content><h1>关于开展第八批专精特新“小巨人”企业培育工作的通知</h1>");
                for (int i = 0; i < ARTICLE.size(); i++) {
                    html.append("<p>").append(ARTICLE.get(i));
                    if (i == 2 && !ownParagraph) html.append("<br>").append(advert);
                    html.append("</p>");
                    if (i == 1 && ownParagraph) html.append("<p>").append(advert).append("</p>");
                }
                html.append("</div></body></html>");
                Article a = extractor.extract(new Fetched("http://x/a.html", html.toString().getBytes(StandardCharsets.UTF_8), Map.of()));
                assertFalse(a.text().contains(advert), advert + " left in " + a.text());
                assertEquals(ARTICLE, a.paragraphs(), "article lost text next to " + advert);
            }
        }
    }

    /** An advert pasted as a {@code <br>} line under the subtitle of a title block does not join the title. */
    @Test
    void anAdvertLineUnderTheSubtitleStaysOutOfTheTitle() throws Exception {
        ArticleExtractor extractor = new ArticleExtractor(NO_LEXICON);
        String html = "<html><head></head><body><div class=totalTitle><h2 id=Title>关于开展第八批专精特新企业培育工作的通知</h2>"
                + "<p class=subtitle>工信部中小企业局发布<br>推荐：某某娱乐官网，私人借贷电话，某某在线玩法。进入官网</p></div><div class=content>";
        for (String p : ARTICLE) html += "<p>" + p + "</p>";
        Article a = extractor.extract(new Fetched("http://x/a.html", (html + "</div></body></html>").getBytes(StandardCharsets.UTF_8), Map.of()));
        assertEquals("关于开展第八批专精特新企业培育工作的通知 工信部中小企业局发布", a.title());
    }

    @Test
    void everyPitchFamilyIsTriedOnlyWhereItCanStart() {
        // a family whose start cannot be read from its source is searched at every position of every short line
        for (var family : AdvertShape.PITCH) assertTrue(family.isQuick(), family.pattern().pattern());
    }

    @Test
    void clausesSplitAsTheClauseRegexDoes() {
        String alphabet = "点击注册，。！？；：,.!?;: \t\n…~～|｜★☎🔥𠀀a1、";
        java.util.Random r = new java.util.Random(11);
        for (int n = 0; n < 20000; n++) {
            StringBuilder t = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) t.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            String line = t.toString();
            org.junit.jupiter.api.Assertions.assertArrayEquals(AdvertShape.CLAUSES.split(line), AdvertShape.clauses(line), line);
        }
    }
}
