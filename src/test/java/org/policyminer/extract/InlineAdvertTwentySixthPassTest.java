package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, twenty-sixth pass: the shapes heldout23 leaked by, on lines of our own (not the dev file's) on a port
 * report page: an English advert run in with no mark whose sentence's tail leans a little to an advert; a claim set in
 * 《》; a phishing notice; a mixed-script testimony with spaced digits. Each positive was kept by main's jar (51a7c43b).
 */
class InlineAdvertTwentySixthPassTest {
    /** A port's half-year report: the news clauses below are about it. */
    private static final List<String> PORT = List.of(
            "今年上半年，全市港口完成货物吞吐量3.2亿吨，同比增长6.8%，集装箱吞吐量突破860万标箱。",
            "市交通运输局表示，港口集疏运体系建设加快推进，新开通国际集装箱航线12条，海铁联运业务量稳步增长。",
            "下一步，全市将继续深化港口资源整合，推动港口与产业、城市融合发展，打造国际一流强港。",
            "The port handled 8.6 million containers in the first half of the year, up 6.8 percent, the city's transport bureau said.");

    /**
     * Main's code kept it: the run of advert words was drawn on to "expected to double" (a pair the English model leans to
     * an advert's) and so ended the sentence, which is never read; and a sentence with no mark at all did not pass the gate.
     */
    @Test
    void anEnglishInsertWithNoMarkBeforeATailThatLeansIsCut() {
        String line = "The port handled 8.6 million containers in the first half of the year cheap tramadol and valium no prescription"
                + " required fast delivery worldwide and its throughput is expected to double by 2030.";
        SpamDetector.Cut cut = cut(line);
        assertNotNull(cut, line);
        String removed = String.join("", cut.removed());
        assertTrue(removed.contains("tramadol"), removed);
    }

    /** The run found leaves the sentence going on: it stops before the news clause's tail. */
    @Test
    void theEnglishRunLeavesTheSentenceGoingOn() {
        String line = "The port handled 8.6 million containers in the first half of the year cheap tramadol and valium no prescription"
                + " required fast delivery worldwide and its throughput is expected to double by 2030.";
        int[] span = EnglishInsert.find(line, 0, line.length() - 1, line.length() - 1);
        assertNotNull(span);
        String run = line.substring(span[0], span[1]);
        assertFalse(run.contains("double"), run);
        assertTrue(run.contains("valium"), run);
    }

    /** An English news sentence with no mark and no advert stays whole. */
    @Test
    void anEnglishSentenceWithNoMarkStays() {
        String line = "The port handled 8.6 million containers in the first half of the year and its throughput is expected to double by 2030 as new berths open.";
        assertNull(cut(line), line);
    }

    /**
     * Main's code kept it: a 《》 was a title whatever it held. (A claim the advert model does not lean to, 风水名师…, is
     * no candidate run: the run is still the model's pick.)
     */
    @Test
    void aClaimInTitleMarksIsCut() {
        for (String line : List.of(
                "市交通运输局表示，今年港口完成建设投资86亿元，《易经大师亲算姻缘财运》新开通国际集装箱航线达十二条。",
                "市交通運輸局表示，今年港口完成建設投資86億元，《易經大師親算姻緣財運》新開通國際集裝箱航線達十二條。")) {
            assertNotNull(cut(line), line);
        }
    }

    /** A title that ends in its genre, or names no offer, stays: the marks vouch for it. */
    @Test
    void aTitleInTitleMarksStays() {
        assertNull(cut("市交通运输局表示，今年港口完成建设投资86亿元，《港口集疏运体系建设三年行动方案》明确新开通国际集装箱航线十二条。"));
        assertNull(cut("市交通运输局表示，今年港口完成建设投资86亿元，《大海的女儿》摄制组新开通的国际集装箱航线上取景十二天。"));
        assertTrue(TitleMarks.endsInGenre("关于加快港口建设的通知"));
        assertFalse(TitleMarks.endsInGenre("易经大师亲算姻缘财运"));
        assertTrue(TitleMarks.offers("易经大师亲算姻缘财运"));
        assertFalse(TitleMarks.offers("大海的女儿"));
    }

    /** Main's code scored them 0: a scam report's words (涉嫌…案件) excused them (ScamReport). */
    @Test
    void aPhishingNoticeIsSpam() {
        for (String line : List.of(
                "【税务稽查提示】您名下企业涉嫌一起虚开发票案件，对公账户即将被冻结，请于12小时内登录 tax-jicha[.]vip 提交说明材料，逾期后果自负。",
                "【法院通知】您涉嫌一起合同诈骗案件，名下银行卡将被冻结，请于今日内致电 010-6688 2277 配合核查，逾期将强制执行。")) {
            assertTrue(PhishingNotice.reads(SpamDetector.foldWidth(line)), line);
            assertTrue(score(line) >= SpamDetector.SPAM, line + " " + score(line));
        }
    }

    /** A warning that tells of the shape names no address to act at: it stays, excused as before. */
    @Test
    void aWarningAboutPhishingStays() {
        String line = "公安机关提醒：凡是自称公检法、要求您在24小时内登录网址核查资金、否则冻结账户的，都是诈骗，请拨打110核实。";
        assertFalse(PhishingNotice.reads(SpamDetector.foldWidth(line)));
        assertTrue(score(line) < SpamDetector.SPAM, line + " " + score(line));
    }

    /** Main's code scored it under the cut: "才 1 0 天" was no number, and the writer's urging was no family. */
    @Test
    void aMixedScriptTestimonyWithSpacedDigitsIsSpam() {
        String line = "我吃了 SlimKey 酵素 powder 才 1 0 天，小肚子就没了，真的 crazy！！姐妹们冲就对了";
        assertEquals(ChineseTestimony.POINTS, ChineseTestimony.points(SpamDetector.foldWidth(line)));
        assertTrue(score(line) >= SpamDetector.SPAM, line + " " + score(line));
    }

    /** A report quoting a user tells a short time and a result, and urges nobody: one family. */
    @Test
    void aReportQuotingAUserStays() {
        String line = "王女士说，她吃了这种减肥药才1 0天就瘦了5斤，但随后出现心慌，医生提醒减肥药不可乱用。";
        assertEquals(0.0, ChineseTestimony.points(SpamDetector.foldWidth(line)));
    }

    private static Topic topic(String line) {
        return LineOnPage.topic(PORT, line);
    }

    private static double score(String line) {
        return LineOnPage.score(PORT, line);
    }

    private static SpamDetector.Cut cut(String line) {
        return LineOnPage.cut(PORT, line);
    }
}
