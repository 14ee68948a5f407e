package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, eleventh pass: the tenth pass's held-out file (now dev11) leaked "免費VPN，翻牆看外網 ☞ tz。cc" (2.0
 * against a cut of 3.0): the spelled-out dot in its address was read as a sentence's end, which turned the short-handle
 * rule off, and its Latin letters (a brand and an address) made it "not Chinese", so its advert vocabulary was never
 * read. The detector has an empty lexicon; the article is an industrial-policy notice.
 */
class InlineAdvertEleventhPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final Topic ARTICLE = Topic.of(List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。"));

    /** An address whose dot is written 。 or 点 is one token: the short line that gives it has no sentence end. */
    @Test
    void aSpelledOutDotIsNoSentenceEnd() {
        for (String line : List.of("免費VPN，翻牆看外網 ☞ tz。cc", "正品高仿LV包包，一比一做工 ☞ lvbao。top")) {
            String folded = SpamDetector.fold(line);
            assertEquals(SpamDetector.SHORT_HANDLE, SpamDetector.shortHandleLine(line, folded, Chars.nonSpace(line), true), line);
        }
        // a real sentence end still turns the rule off: the 。 between two Han characters is not an address's
        String sentence = "欢迎来电。微信 abcd1234";
        assertEquals(0, SpamDetector.shortHandleLine(sentence, SpamDetector.fold(sentence), Chars.nonSpace(sentence), true));
    }

    /** A Chinese pitch whose Latin part is a brand and an address has its vocabulary read; an English line does not. */
    @Test
    void anAddressDoesNotMakeAChinesePitchForeign() {
        for (String line : List.of("免費VPN，翻牆看外網 ☞ tz。cc", "免费VPN，翻墙看外网 ☞ tz.cc", "正品高仿LV包包，一比一做工 ☞ lvbao。top")) {
            assertTrue(SpamDetector.hanBesideAddresses(line), line);
            assertTrue(SpamDetector.advertEvidence(line, Chars.nonSpace(line)) >= SpamDetector.WORDS_CUT, line);
        }
        assertFalse(SpamDetector.hanBesideAddresses("Read the full report at www.example.com today, in English"));
        assertFalse(SpamDetector.hanBesideAddresses("Download the app now 下载"), "no address: English words stay English");
    }

    /** A pitch with a spelled-out address, not the line that leaked: its vocabulary is read and it is spam. */
    @Test
    void anotherPitchWithASpelledOutAddress() {
        for (String line : List.of("网赌被黑？专业出款团队 ☞ chukuan。top", "网赌被黑？专业出款团队 ☞ chukuan点top")) {
            assertTrue(SpamDetector.advertEvidence(line, Chars.nonSpace(line)) > 0, line);
            assertTrue(NO_LEXICON.spamScore(line, ARTICLE, false) >= SpamDetector.SPAM, line);
        }
    }

    /** The line that leaked, in both scripts, pasted into the notice: spam (before: 2.0). */
    @Test
    void theLeakIsSpamInBothScripts() {
        for (String line : List.of("免費VPN，翻牆看外網 ☞ tz。cc", "免费VPN，翻墙看外网 ☞ tz。cc",
                "正品高仿LV包包，一比一做工 ☞ lvbao点top")) {
            assertTrue(NO_LEXICON.spamScore(line, ARTICLE, false) >= SpamDetector.SPAM, line);
        }
    }

    /** A notice's line that names its site is not read as a pitch: its words lean clean. */
    @Test
    void aNoticesAddressLineStaysClean() {
        for (String line : List.of("主办：工业和信息化部 网址：www.miit.gov.cn", "详见工业和信息化部网站 www.miit.gov.cn。",
                "来源：中国政府网 www.gov.cn")) {
            assertFalse(NO_LEXICON.isSpamText(line, ARTICLE, false), line);
        }
    }
}
