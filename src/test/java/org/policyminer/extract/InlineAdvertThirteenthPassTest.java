package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, thirteenth pass: the twelfth pass's held-out file (now dev13) leaked four classes, each tested here
 * on lines that are not the dev lines (the siblings a writer would write next): keycap and emoji digits and emoji
 * channels ({@link DisguisedDigits}, {@link SpamDetector#EMOJI_CHANNEL}); an English advert on a Chinese page
 * ({@link AdvertShape#englishPitch}, {@link Topic#isForeignLatin}), with look-alike channel names and spelled dots in
 * English ("(dot)", "[.]", " . ", a spaced-out name before its TLD); asides in brackets whose clauses are joined as
 * keywords and between doubled ASCII marks ({@link InsertedAsides}). The detector has an empty lexicon; the article is
 * an industrial-policy notice.
 */
class InlineAdvertThirteenthPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final List<String> NOTICE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。");

    /** Handles in keycap or emoji digits, or after an emoji channel: none of them a handle to main's rules. */
    private static final List<String> EMOJI_HANDLES = List.of(
            "兼职刷单日结，加🐧：1️⃣5️⃣7️⃣3️⃣2️⃣9️⃣8️⃣",
            "代开发票 全国可查 1⃣3⃣9⃣8⃣8⃣7⃣6⃣5⃣4⃣3⃣2⃣",
            "上分下分秒到账 ✈️：shangfen_kf",
            "高价回收游戏账号 💬 wx_huishou",
            "私人借贷当天放款，🛩 daikuan_vip",
            "裸聊一对一，🐧 🔟8️⃣6️⃣6️⃣5️⃣");

    /** The same kind of advert set inside a news sentence or alone: caught as a line or cut out as an aside. */
    private static final List<String> EMOJI_ADVERTS = List.of(
            "夜场KTV高端模特陪玩，包夜价格优惠，私信🐧：5️⃣2️⃣0️⃣1️⃣3️⃣1️⃣4️⃣",
            "足球外围代投，稳赚不赔，带你上岸，✈️：@waiwei_touzhu",
            "网贷逾期不用怕，专业停催，一站式处理，📱：1️⃣3️⃣6️⃣0️⃣0️⃣1️⃣3️⃣8️⃣0️⃣0️⃣0️⃣");

    /** English adverts in the shapes of the class (a call to action, a price or pitch words, an address or a handle bent). */
    private static final List<String> ENGLISH_ADVERTS = List.of(
            "Earn $500 a day from home, no experience needed! Sign up now at easyjobs [.] click",
            "Best online casino bonus, 200% on your first deposit — claim yours today on VVhatsApp: casino_vip88",
            "Cheap replica watches, only $59, free shipping worldwide. Order now via Te1egram: replica_king",
            "Guaranteed 30% monthly profit with our trading signals. Join now: w w w . p r o f i t 9 9 . vip",
            "Lonely tonight? Hot singles near you, 100% free. Chat now at hookup-zone (dot) xxx");

    /** English lines a Chinese page may hold: a source, an abstract's sentence, a link, a caption. Kept. */
    private static final List<String> ENGLISH_CLEAN = List.of(
            "Source: Ministry of Industry and Information Technology. Reporter: Zhang Wei, Beijing.",
            "Abstract: This paper examines the free trade zone policy and finds that only large firms gain from it.",
            "Click here to read the full report in English.",
            "Photo: Xinhua / Li Ming. The new plant opened in Suzhou in May 2026.",
            "For more information, visit the official website of the State Council at www.gov.cn.");

    /** Selling points joined by keyword joiners in a bracket, or between doubled ASCII marks, inside a news sentence. */
    private static final List<String> MARKED_ASIDES = List.of(
            "会议强调要统筹推进各项重点任务〔百家乐·龙虎斗·彩金秒送〕各地区各部门要抓好落实。",
            "省发改委日前印发实施方案【代孕 | 包成功 | 包性别】方案明确了今后三年的目标任务。",
            "市场监管总局开展专项检查##网赌被黑出款 专业团队 先出款后收费##检查覆盖全省各地市。",
            "市政府召开常务会议==外围女 上门服务 包夜 微❤ mm8866==会议研究了下一阶段工作。",
            "据了解，今年以来全市新增市场主体1.2万户（棋牌上分/首充送彩金/提现秒到）同比增长8%。");

    @Test
    void keycapAndEmojiDigitsAndEmojiChannelsAreHandles() {
        for (String line : EMOJI_HANDLES) assertTrue(SpamDetector.holdsHandle(line), line);
        // folded as digits: the number is read in ASCII
        assertTrue(SpamDetector.fold("加🐧：1️⃣5️⃣7️⃣3️⃣2️⃣9️⃣8️⃣").contains("1573298"));
        assertTrue(SpamDetector.fold("🔟8️⃣6️⃣6️⃣5️⃣").contains("108665"));
    }

    @Test
    void keycapsInAStepOrAYearAndAnEmojiAloneAreNoHandle() {
        for (String line : List.of("第3️⃣步：提交申报材料", "2️⃣0️⃣2️⃣6️⃣年工作要点", "✈️ 今年春运客流量再创新高", "📱 手机扫码即可查看全文",
                "📞 咨询电话请见通知附件"))
            assertFalse(SpamDetector.holdsHandle(line), line);
    }

    @Test
    void emojiAdvertsAreCaught() {
        for (String line : scripts(EMOJI_ADVERTS)) assertTrue(caught(line), line);
    }

    @Test
    void englishAdvertsOnAChinesePageAreCaught() {
        for (String line : ENGLISH_ADVERTS) assertTrue(caught(line), line);
    }

    @Test
    void englishLinesThatSendNobodyToAnAdvertStay() {
        for (String line : ENGLISH_CLEAN) assertFalse(caught(line), line);
    }

    @Test
    void englishSpelledDotsJoinAnAddress() {
        assertEquals("apply at quick-cash.loan", SpamDetector.fold("apply at quick-cash (dot) loan"));
        assertEquals("go to abc.vip now", SpamDetector.fold("go to abc[.]vip now"));
        assertEquals("visit meetme88.live", SpamDetector.fold("visit m e e t m e 8 8 . live"));
        // a sentence's end is no spelled dot
        assertEquals("It grew 5%. In 2025 it fell.", SpamDetector.fold("It grew 5%. In 2025 it fell."));
    }

    @Test
    void lookAlikeChannelNamesAreChannels() {
        for (String line : List.of("TeIegram: cryptoking88", "VVechat: mm5201314", "Te1egram id: fx_signals", "VVhatsApp：casino_vip88"))
            assertTrue(SpamDetector.holdsHandle(line), line);
        assertFalse(SpamDetector.holdsHandle("Telegraph: the report was published in London"));
    }

    @Test
    void sellingPointsJoinedAsKeywordsOrBetweenDoubledMarksAreCutOut() {
        for (String line : scripts(MARKED_ASIDES)) assertTrue(caught(line), line);
    }

    /** Brackets that hold a name or a source joined by · or /, and ** round a heading: kept whole. */
    @Test
    void bracketsOfNamesAndSourcesStay() {
        for (String line : List.of("据美联社报道（记者约翰·史密斯 华盛顿电），美国联邦储备委员会当天宣布维持利率不变。",
                "全年规模以上工业增加值增长6.1%（数据来源：国家统计局/海关总署）。",
                "**一、总体要求**全面贯彻党的二十大精神，坚持稳中求进工作总基调。")) {
            Topic t = Topic.of(with(line));
            assertTrue(NO_LEXICON.spamScore(line, t, true) < SpamDetector.SPAM, line);
            assertNull(NO_LEXICON.withoutSpamAsides(line, () -> t, true), line);
        }
    }

    /** Spam as a line, or a paragraph whose inserted advert is cut out (or that goes whole with it), on the notice. */
    private static boolean caught(String line) {
        Topic t = Topic.of(with(line));
        if (NO_LEXICON.spamScore(line, t, true) >= SpamDetector.SPAM) return true;
        return NO_LEXICON.withoutSpamAsides(line, () -> t, true) != null;
    }

    private static List<String> with(String line) {
        List<String> all = new ArrayList<>(NOTICE);
        all.add(line);
        return all;
    }

    private static List<String> scripts(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (String l : lines) out.add(ZhConverterUtil.toTraditional(l));
        return out;
    }
}
