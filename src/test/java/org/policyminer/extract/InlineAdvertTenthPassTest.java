package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, tenth pass: the ninth pass's held-out file (now dev10) leaked "寂寞了？点这里 → 蜜桃交友，今晚就能约"
 * (pasted into a heading, it joined the title): a question put to the reader, a pointer and a promise, with no
 * handle and no known brand. dev9 still leaked a loan advert in traditional script whose "3分鐘" the claim patterns
 * (written with 钟's other form, 鍾) did not read. The detector has an empty lexicon; the article is an
 * industrial-policy notice.
 */
class InlineAdvertTenthPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final Topic ARTICLE = Topic.of(List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。"));

    /** Two of a question put to the reader, a pointer and a promise: no call to action, no brand before this pass. */
    @Test
    void aHookAimedAtTheReaderAsksToAct() {
        for (String hook : List.of("寂寞了？点这里 → 蜜桃交友，今晚就能约", "缺钱？戳这里 → 速融宝，当天到账",
                "还在为资金周转发愁？👉 鑫融快贷，秒批", "兄弟们，猛戳 ☞ 金鼎娱乐，稳赚不赔", "失眠了吗？看下方，今晚就能睡个好觉",
                "借钱应急？戳这里，马上就能借", "网贷被黑不给出款怎么办？看下方 👉 追款联盟", "想赚钱的朋友看过来：日赚五百不是梦")) {
            assertTrue(ReaderHook.hooks(hook), hook);
            assertTrue(AdvertShape.asksToAct(hook), hook);
            assertTrue(NO_LEXICON.isSpamText(hook, ARTICLE, false), hook);
            String traditional = ZhConverterUtil.toTraditional(hook);
            assertTrue(AdvertShape.asksToAct(traditional), traditional);
            assertTrue(NO_LEXICON.isSpamText(traditional, ARTICLE, false), traditional);
        }
    }

    /** One family alone is an article's: a quoted question, a flow chart's arrow, a report's 当天到账, a sentence's 有点我. */
    @Test
    void oneFamilyAloneIsAnArticles() {
        for (String line : List.of("记者问：你们今年的目标是什么？", "如何破解中小企业融资难？", "企业申报→部门审核→结果公示",
                "你还在为孩子上学发愁吗？今年起，义务教育入学可在网上报名。", "补贴资金当天到账，企业反映良好。",
                "这让我有点我行我素的感觉", "具体要求见下方附件。", "“永生的神是你的居所！祂永久的膀臂在你以下。”",
                "申报地点进行了调整，详见通知。", "为什么？因为政策落地需要时间。", "结果呢？只要坚持，就能看到成效。",
                "忘记密码？", "借鉴国外经验，就能借助市场力量降低成本。")) {
            assertFalse(ReaderHook.hooks(line), line);
            assertFalse(ReaderHook.hooks(ZhConverterUtil.toTraditional(line)), line);
        }
    }

    /** The opening must be short and about the reader: a long question, or one about the subject, is a sentence. */
    @Test
    void theAddressIsAShortQuestionAboutTheReader() {
        assertTrue(ReaderHook.addresses("寂寞了？点这里"));
        assertTrue(ReaderHook.addresses("兄弟，缺钱吗？"));
        assertTrue(ReaderHook.addresses("想月入过万吗？"));
        assertFalse(ReaderHook.addresses("怎样才能让学生保持良好状态，做好居家练习？"));
        assertFalse(ReaderHook.addresses("产业政策如何落地？"));
        assertTrue(ReaderHook.addresses("借钱应急？"), "a bare want, a few characters");
        assertFalse(ReaderHook.addresses("为什么？"), "a question word: the writer's own question");
        assertFalse(ReaderHook.addresses("这一政策将惠及更多的中小企业吗？"), "over twelve characters");
    }

    /**
     * The heading of a page with an advert pasted as its first line (as the injector put it: a div foster-parented out
     * of the table inside h1): the heading is the title without it. Before this pass the line neither asked to act nor
     * gave a handle, and the title was "寂寞了？點這裏 → 蜜桃交友，今晚就能約 拿起跨界…".
     */
    @Test
    void aHookPastedIntoAHeadingDoesNotJoinTheTitle() {
        var doc = Jsoup.parse("<html><body><h1><table><tr><td>拿起跨界“指揮棒”她跟學生“較着勁兒”成長</td></tr>"
                + "<tr><td>年過五十的她帶領學校民樂團的孩子們一路快樂前行</td><div>寂寞了？點這裏 → 蜜桃交友，今晚就能約</div></tr></table></h1>"
                + "<p>正文</p></body></html>");
        List<String> headings = TitleFinder.headings(doc);
        assertEquals(1, headings.size(), headings.toString());
        assertFalse(headings.get(0).contains("蜜桃"), headings.get(0));
        assertTrue(headings.get(0).startsWith("拿起跨界"), headings.get(0));
    }

    /**
     * A claim word with a character of two traditional forms, as OpenCC converts the word (分钟 → 分鐘; 钟 alone → 鍾):
     * the patterns held the character's form only, and a page in traditional script was not read.
     */
    @Test
    void claimsAreReadInTheWordsTraditionalForm() {
        assertTrue(SpamLexicon.scriptForms("分钟").contains("分鐘"));
        assertTrue(AdvertShape.makesClaim("審批時間僅爲3分鐘"));
        String loan = "據統計，使用寶鑫速貸的用戶平均審批時間僅爲3分鐘，最高額度可達20萬元，全程無需任何抵押擔保。";
        assertEquals(AdvertShape.score(ZhConverterUtil.toSimple(loan)), AdvertShape.score(loan), loan);
        assertTrue(NO_LEXICON.isSpamText(loan, ARTICLE, false), loan);
    }

    /** holdsHandle skips the digit fold when the screen finds nothing: the same answers (a refactor, kept by this test). */
    @Test
    void holdsHandleAnswersAsBefore() {
        for (String handle : List.of("微信：ab⑧⑧cd", "客服 四零零九二八一", "加薇 ly520", "QQ：3124567", "tg@pgmj_kf")) {
            assertTrue(SpamDetector.holdsHandle(handle), handle);
        }
        for (String office : List.of("联系电话：010-68205000", "一九九八年一月，全县完成投资三千五百万元", "请关注微信公众号")) {
            assertFalse(SpamDetector.holdsHandle(office), office);
        }
    }
}
