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
 * Issue 20 part 5, seventeenth pass: the sixteenth pass's held-out file (now dev17) leaked four classes, each tested here
 * on lines that are not the dev lines (the siblings a writer would write next): an English service for hire told as a
 * question, its address spelled "x at y dot z"; an English claim advert; a reader's half-English testimony with spaced
 * figures; an advert run into a news sentence with no mark at all, in both scripts. And the real lines of the same
 * shapes that must stay (English quotes, reports and abstracts; a report on a crackdown; an aircraft's model after 飞机).
 * The detector has an empty lexicon unless a test says so; the article is an industrial-policy notice.
 */
class InlineAdvertSeventeenthPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final List<String> NOTICE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。");

    /** Main's jar: 2.0 each (an address, no call: a hook question and "Email:" sent nobody anywhere, hacking was no pitch). */
    @Test
    void anEnglishServiceForHireToldAsAQuestionIsCaught() {
        for (String line : List.of("Lost access to your Instagram? We hack back any account in 2 hours, no upfront fee. Email: recoverpro at mailbox dot ru",
                "Tired of bad reviews? We delete negative reviews and post 5-star ones, 100% safe. Write to reviewfix at gmail dot com",
                "Need your exam grades changed before graduation? Hacker for hire, discreet, pay only after the job is done. E-mail: gradefix (at) cyberpost [dot] io")) {
            assertTrue(caught(line), line);
        }
        // the spelled address reads as one e-mail address
        assertTrue(SpamDetector.fold("Email: recoverpro at mailbox dot ru").contains("recoverpro@mailbox.ru"));
        assertTrue(SpamDetector.fold("E-mail: gradefix (at) cyberpost [dot] io").contains("gradefix@cyberpost.io"));
        // a bare "at" in prose is the word: apply at a site, available at the ministry's
        assertEquals("apply at quick-cash.loan", SpamDetector.fold("apply at quick-cash dot loan"));
        assertEquals("available at www.miit.gov.cn", SpamDetector.fold("available at www dot miit dot gov dot cn"));
    }

    /** Main's jar: 1.25, 0.5, 1.25 (a call and one pitch word at most; the claims were read in Chinese only). */
    @Test
    void anEnglishClaimAdvertIsCaught() {
        for (String line : List.of("Burn belly fat in 7 days without exercise! Doctors hate this one weird trick. Click below and get your free bottle today!",
                "Grow 3 inches taller in 60 days with HeightMax, clinically proven, no side effects. Order now and save 50%!",
                "Reverse diabetes in 2 weeks without insulin! The natural cure Big Pharma doesn't want you to know. Buy now, free shipping!")) {
            assertTrue(AdvertShape.score(SpamDetector.foldWidth(line)) >= 2.0, line);
            assertTrue(caught(line), line);
        }
    }

    /** Main's jar: 2.0 each (the testimony wanted the sum unspaced; the half-English pitch read no English pitch word). */
    @Test
    void aHalfEnglishTestimonyWithSpacedFiguresIsCaught() {
        for (String line : scripts(List.of("看完了，顺便说下我在 QuickLoan 贷了 3 万，放款超快，no credit check，大家可以试试，link 在我主页",
                "我朋友在 LuckyWin 赢了 5 千，payout 超快，兄弟们冲，link in bio"))) {
            assertTrue(AdvertShape.score(SpamDetector.foldWidth(line)) >= 1.5, line);
            assertTrue(caught(line), line);
        }
    }

    /**
     * A half-English pitch at its most (an English call and the stakes) whose Chinese half shares only common words with
     * the page (大家, 可以, 朋友: a quarter to a half of its bigrams) is foreign by its English half: main's jar gave the
     * topic nothing in that band.
     */
    @Test
    void aHalfEnglishPitchSharingOnlyCommonWordsIsForeign() {
        List<String> page = List.of("座谈会上，企业代表说，大家可以看到，近年来园区的营商环境越来越好，很多朋友都愿意来这里投资。",
                "他表示，写得很好的规划还要落到实处，大家可以试试把政策用足用好，推动项目早日投产。",
                "据介绍，园区今年新签约项目42个，总投资超过300亿元，其中先进制造业项目占比超过七成。");
        String line = "说得很对！顺便说下我在 MoneyGo 借了 5 千，approve 很快，no credit check，大家可以试试，DM me";
        List<String> all = new ArrayList<>(page);
        all.add(line);
        Topic t = Topic.of(all);
        double shared = t.sharedFraction(line, true);
        assertTrue(shared >= 0.25 && shared <= 0.5, "shared " + shared);
        assertTrue(NO_LEXICON.spamScore(line, t, true) >= SpamDetector.SPAM, line);
    }

    /**
     * An English advert at the shape's most (a call and the claims) on a short Chinese page (under the 200 characters the
     * English rule asked of the page) is foreign to it; an English quote on the same page stays.
     */
    @Test
    void anEnglishAdvertAtItsMostIsForeignOnAShortChinesePage() {
        List<String> page = List.of(NOTICE.get(0), NOTICE.get(1));
        // over 120 characters: no keyword-run half point to carry it
        String advert = "Reverse type 2 diabetes in just 2 weeks without insulin or pills! This natural cure is the secret formula Big Pharma "
                + "doesn't want you to know about. Buy now and get free shipping worldwide!";
        List<String> all = new ArrayList<>(page);
        all.add(advert);
        Topic t = Topic.of(all);
        assertTrue(NO_LEXICON.spamScore(advert, t, true) >= SpamDetector.SPAM, advert);
        String quote = "\"We will help small firms grow,\" the minister said at the meeting in Beijing on Tuesday.";
        List<String> withQuote = new ArrayList<>(page);
        withQuote.add(quote);
        Topic q = Topic.of(withQuote);
        assertTrue(NO_LEXICON.spamScore(quote, q, true) < SpamDetector.SPAM, quote);
    }

    /** Main's jar found no aside in any (no mark sets the advert apart) and each line stayed under the threshold. */
    @Test
    void anAdvertRunIntoASentenceIsCut() {
        for (String line : scripts(List.of("会议强调要抓好安全生产工作出售微信实名账号批量低价工作室直供确保全年目标任务完成。",
                "今年一季度全市外贸进出口总额增长百分之九点五吃鸡透视辅助永久卡只要九十九元不封号各类产品出口均保持增长。",
                "该市今年前十个月工业投资增长百分之十二代办信用卡大额套现秒到账不看征信全市规上工业企业达到三千二百家。"))) {
            assertTrue(caught(line), line);
        }
    }

    /** The grey trade's words are in the lexicon (weight 1: a report on a crackdown names them too). */
    @Test
    void aGreyTradesWordsAreInTheLexicon() {
        SpamLexicon lexicon = SpamLexicon.standard();
        for (String word : List.of("收购银行卡", "收購對公賬戶", "透視自瞄", "自瞄外挂", "不封號")) assertEquals(1, lexicon.scan(word).weight(), word);
    }

    /** English prose on a Chinese page stays: a quote, a report, an abstract, a study's result, a question a report asks. */
    @Test
    void englishProseStays() {
        for (String line : List.of("\"We will continue to open up and welcome foreign investment,\" he said at the press conference in Beijing on Tuesday.",
                "Abstract: This paper studies the effect of industrial policy on firm productivity in China. We find that subsidies raise output by 15% in 3 years without crowding out private investment.",
                "The report says the cluster could lose 15% of its output in 2 years without new orders, and asks firms to contact the ministry at info at miit dot gov dot cn.",
                "Do you know how the new rules affect exporters? Read the full guide at the ministry's website.",
                "Researchers at Tsinghua found that the drug reduced weight by 15 kg in 30 weeks in a clinical trial, without serious side effects.",
                "Need more capacity? The ministry said new plants in Hefei and Xi'an will add 2 million vehicles a year by 2027.")) {
            assertFalse(caught(line), line);
        }
    }

    /** A news sentence whose words lean nowhere, and a report on a crackdown on its own page, hold no glued advert. */
    @Test
    void realSentencesHoldNoGluedAdvert() {
        for (String line : scripts(NOTICE)) {
            Topic t = Topic.of(NOTICE);
            assertNull(SpamDetector.standard().withoutSpamAsides(line, () -> t, true), line);
        }
        List<String> crackdown = List.of("公安机关依法打击高价收购银行卡、对公账户等违法犯罪活动，共查获涉案银行卡三千余张。",
                "网络游戏外挂、透视自瞄等作弊程序严重破坏游戏公平，警方已依法查处。",
                "警方提醒，出租出借银行卡和对公账户涉嫌违法，游戏玩家不要购买外挂。");
        Topic t = Topic.of(crackdown);
        for (String line : crackdown) {
            assertTrue(SpamDetector.standard().spamScore(line, t, true) < SpamDetector.SPAM, line);
            assertNull(SpamDetector.standard().withoutSpamAsides(line, () -> t, true), line);
        }
    }

    /** 飞机 before an aircraft's model is an aircraft, not Telegram; before a handle it is still the channel. */
    @Test
    void anAircraftsModelIsNoHandle() {
        for (String line : scripts(List.of("该航线投入波音飞机 737 800 机型执飞，每周三班。", "航班号 CA 1831 于 8 时 30 分起飞，飞机 A320 执飞。",
                "首架国产飞机 C919 交付东航"))) {
            assertFalse(SpamDetector.holdsHandle(line), line);
        }
        for (String line : List.of("进群请加飞机 @wangbo_coin", "飞机：kaodaan_tw", "飛機 @sim_king_hk")) assertTrue(SpamDetector.holdsHandle(line), line);
    }

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
