package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, nineteenth pass: classes the eighteenth pass's held-out file (now dev19) leaked, tested on siblings of
 * the dev lines (not the lines themselves): English replica goods, forged degrees in other words, betting's claims with
 * no address, an outcall escort advert; a game cheat's run (辅助, 永久卡, 防封); a loan's words (免保人, 免照会, 当日拨款)
 *. And real lines of the same words that must stay.
 */
class InlineAdvertNineteenthPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final List<String> NOTICE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。");

    /** Main's jar: no pitch words (replica, 1:1, identical to the original, worldwide shipping were none). */
    @Test
    void englishReplicaGoodsAreCaught() {
        for (String line : List.of("AAA quality 1:1 replica Rolex and Omega watches, identical to the original, only 15% of retail price, worldwide shipping. Order now!",
                "Mirror-grade replica designer bags and sneakers, identical to the originals, discreet shipping worldwide. Shop today!")) {
            assertTrue(caught(NO_LEXICON, line), line);
        }
        // no call but the shop's address after "shipping from": the address is the call
        for (String line : List.of("Premium 1:1 replica designer handbags and watches, identical to the originals, at 8% of retail with discreet shipping from bagvault【.】shop",
                "Mirror-grade replica sneakers, identical to the originals, 90% off retail, worldwide shipping from kicksmirror(.)top")) {
            assertTrue(caught(NO_LEXICON, line), line);
        }
        assertFalse(caught(NO_LEXICON, "The new export rules apply to goods shipping from Shanghai and Ningbo, the ministry said in a statement."));
    }

    /** Main's jar: the forged-papers words wanted "degree certificates" or "diplomas". */
    @Test
    void forgedDegreesInOtherWordsAreCaught() {
        for (String line : List.of("Buy a verifiable university degree in 10 days: bachelor's and master's certificates with transcripts. Contact registrar[at]quickdiploma[dot]top",
                "Get an accredited PhD degree without exams, verifiable online, delivered in 14 days. Email info[at]degreefast[dot]xyz")) {
            assertTrue(caught(NO_LEXICON, line), line);
        }
    }

    /** Main's jar: 1.5 from a call and two pitch words; betting's claims (pays out N%, no ID checks, no limits on winners) were no claim family. */
    @Test
    void bettingClaimsWithNoAddressAreCaught() {
        for (String line : List.of("GoalKing pays out 97.5% on every Champions League game, a 150% welcome bonus, no ID checks and no limits on winners. Sign up tonight!",
                "NetBet365 pays out 99% on all NBA games with no KYC, no ID checks and no limits on winners. Join the winning side!")) {
            assertTrue(caught(NO_LEXICON, line), line);
        }
    }

    /** Main's jar: outcall, companionship, pay on arrival were no pitch words. */
    @Test
    void anOutcallEscortAdvertIsCaught() {
        for (String line : List.of("Outcall companionship in Guangzhou: young models to your hotel within 40 minutes, real photos, pay on arrival. Book now!",
                "Incall and outcall massage girls in Shanghai, 24/7, real pictures, pay on arrival. Call today!")) {
            assertTrue(caught(NO_LEXICON, line), line);
        }
    }

    /** Main's jar: a casino's name and 线上开户 alone had no contact, price nor call. */
    @Test
    void aCasinoNameWithOnlineSignUpIsCaught() {
        for (String line : scripts(List.of("澳门永利娱乐线上开户", "新葡京官方在线注册", "澳门太阳城网上投注"))) {
            assertTrue(caught(NO_LEXICON, line), line);
        }
        for (String line : scripts(List.of("中国银行澳门分行推出线上开户服务", "澳门国际银行线上开户", "皇冠街道社区线上注册志愿者"))) {
            assertFalse(caught(NO_LEXICON, line), line);
        }
    }

    /** Main's jar: a bare "at" was joined only after Email / Mail / Write to. */
    @Test
    void aBookingThroughASpelledAddressIsJoined() {
        assertTrue(SpamDetector.fold("Book through rosegirls at silkmail dot xyz").contains("rosegirls@silkmail.xyz"));
        assertTrue(SpamDetector.fold("Reach us via vipdates at lovepost dot top").contains("vipdates@lovepost.top"));
        // prose's "at" stays the word
        assertFalse(SpamDetector.fold("Book through the portal at www.miit.gov.cn").contains("@"));
    }

    /** Main's jar: 透视自瞄 alone (weight 1) under the cut; 永久卡, 防封号 and 辅助 sold as a cheat were no entries. */
    @Test
    void aGameCheatRunIsCaught() {
        for (String line : scripts(List.of("今年前三季度全省数字经济核心产业实现营业收入三千二百亿元王者荣耀自瞄辅助永久卡防封稳定同比增长百分之十二点五。",
                "全市软件业务收入达到八百六十亿元绝地求生透视辅助永久卡防封号占全省比重进一步提高。"))) {
            assertTrue(caught(SpamDetector.standard(), line), line);
        }
    }

    /** Main's jar: a loan's words (免保人, 免照会, 当日拨款, 月息…起) were no entries. */
    @Test
    void aLoanPitchIsCaught() {
        for (String line : scripts(List.of("经济部今日公布中小企业融资保证办法修正草案（免保人、免照会，上班族信贷最快当日拨款，月息零点六起），将扩大保证对象。",
                "立法院今日三读通过产业创新条例修正案（军公教信贷免保人免照会，当日拨款），将延长投资抵减期限。"))) {
            assertTrue(caught(SpamDetector.standard(), line), line);
        }
    }

    /** Real lines: a game-industry report, a bank's loan notice, a university's degree notice, English news. */
    @Test
    void realLinesStay() {
        for (String line : List.of("银行推出普惠小微贷款，审批流程简化，符合条件的企业最快当日放款。",
                                "辅助驾驶系统的国家标准将于明年实施。")) {
            assertFalse(caught(SpamDetector.standard(), line), line);
        }
        for (String line : List.of("The university awards bachelor's and master's degrees to 4,000 graduates each year, the ministry said.",
                "Customs seized 3,000 replica watches at the port, officials said.",
                "The ministry said the new rules place no limits on foreign investment in manufacturing.")) {
            assertFalse(caught(NO_LEXICON, line), line);
        }
    }

    private static boolean caught(SpamDetector d, String line) {
        Topic t = Topic.of(with(line));
        if (d.spamScore(line, t, true) >= SpamDetector.SPAM) return true;
        return d.withoutSpamAsides(line, () -> t, true) != null;
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
