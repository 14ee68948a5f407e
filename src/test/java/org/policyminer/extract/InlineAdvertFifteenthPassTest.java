package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, fifteenth pass: the fourteenth pass's held-out file (now dev15) leaked five classes, each tested here
 * on lines that are not the dev lines (the siblings a writer would write next): a bare English keyword offer of a grey
 * trade; a bare Chinese offer of papers; a mixed-script betting or crypto pitch with its English call mid-line; emoji
 * between a channel name's characters and a handle's; an advert's claim inside 《》 in a news sentence. And the short
 * real lines of the same words that must stay (headings, an office's question, a title in 《》). The detector has an
 * empty lexicon; the article is an industrial-policy notice.
 */
class InlineAdvertFifteenthPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final List<String> NOTICE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。");

    /** Main's jar scored each 0.5 (a keyword run) and nothing else: no call, no address, no Han. */
    @Test
    void aBareEnglishKeywordOfferIsCaught() {
        for (String line : List.of("Cheap proxies fast", "Fast proxy no ban", "Best VPN fast servers", "Instant loans no credit check",
                "Escort service 24/7", "Cheap VPN unlimited bandwidth")) {
            assertTrue(BareOffers.english(line), line);
            assertTrue(caught(line), line);
        }
    }

    /** Short English lines with no grey trade, or a grey trade's word with no selling point, stay. */
    @Test
    void shortEnglishHeadingsStay() {
        for (String line : List.of("Best Practices", "Free Trade Zone", "Download PDF", "Top 10 Cheap Flights", "VPN Service Management",
                "Fast Facts", "Loans to small firms")) {
            assertFalse(BareOffers.english(line), line);
            assertFalse(caught(line), line);
        }
    }

    /** Main's jar scored each 1.0 (the vocabulary): too short for the topic's bigram bands. */
    @Test
    void aBareChineseOfferOfPapersIsCaught() {
        for (String line : scripts(List.of("代办驾照", "办理各类证件", "出售发票", "代办学历", "全国各地代办证件", "加急办护照签证"))) {
            assertTrue(BareOffers.chinese(line), line);
            assertTrue(caught(line), line);
        }
    }

    /** An office's headings and questions name the same papers: a guide, a procedure, a rule, one paper. */
    @Test
    void anOfficesHeadingsOnPapersStay() {
        for (String line : scripts(List.of("证件办理指南", "营业执照办理流程", "发票管理办法", "办理居住证需要哪些材料", "驾驶证业务办理指南"))) {
            assertFalse(BareOffers.chinese(line), line);
            assertFalse(caught(line), line);
        }
    }

    /** Main's jar gave these half-English pitches no shape (the English call mid-line, after Han). */
    @Test
    void aMixedScriptPitchWithAnEnglishCallMidLineIsCaught() {
        for (String line : List.of("热门 crypto trading 平台，合约 100 倍杠杆，join now 送 50 USDT",
                "顶级 casino 平台，百家乐、轮盘 24 小时，sign up now 首存送 100%",
                "足球 betting 专家，英超、西甲 全场赔率最高，register today 送 20 USDT")) {
            assertTrue(AdvertShape.latinPitch(SpamDetector.foldWidth(line)) >= AdvertShape.MIXED_PITCH, line);
            assertTrue(caught(line), line);
        }
        // the stakes' words without a call: a report's line keeps its old cap
        assertTrue(AdvertShape.latinPitch("USDT 与 BTC 的价格波动加大，监管部门提示投资者注意风险") < AdvertShape.MIXED_PITCH);
    }

    /** Emoji inside a channel's name and between a handle's characters: the name and the handle are read whole. */
    @Test
    void emojiInsideAChannelAndAHandleAreReadThrough() {
        assertEquals("同城约会 微信：ab520", SpamDetector.fold("同城约会 微🌹信：🌹a🌹b🌹5🌹2🌹0"));
        for (String line : List.of("同城约会 上门服务 微🌹信：🌹a🌹b🌹5🌹2🌹0", "💋高端模特💋 企🔥鹅：8🔥8🔥6🔥2🔥0🔥1", "包夜 全套 V💗信：m💗m💗6💗6💗9"))
            assertTrue(SpamDetector.holdsHandle(line), line);
        for (String line : List.of("同城约会 上门服务 微🌹信：🌹a🌹b🌹5🌹2🌹0", "🔥高端私人会所🔥 佳丽 包夜套餐 微✨信：✨k✨k✨9✨9✨0✨1"))
            assertTrue(caught(line), line);
        // an emoji between two characters once, or a score in a caption, is no handle
        for (String line : List.of("比分 3🔥2，主队逆转", "A❤B 组合 发布新歌", "🎉 2026 新年快乐"))
            assertFalse(SpamDetector.holdsHandle(line), line);
    }

    /** An advert's claim inside 《》 in a news sentence is cut out; a book's or a paper's title in 《》 stays. */
    @Test
    void aClaimInsideTitleMarksIsAnAside() {
        for (String line : scripts(List.of("市政府召开安全生产会议，《祖传秘方 三天根治糖尿病》会议要求各部门压实责任。",
                "疾控中心提醒市民做好防暑降温，《纤体神茶 一个月瘦二十斤》同时呼吁老人减少外出。"))) {
            SpamDetector.Cut cut = NO_LEXICON.withoutSpamAsides(line, () -> Topic.of(with(line)), true);
            assertNotNull(cut, line);
        }
        for (String line : scripts(List.of("据报道，《人民日报》发表评论员文章，指出要压实责任。", "学习《七天学会Python》一书的读者表示收获很大。",
                "会议传达学习了《关于促进中小企业发展的意见》，要求各部门抓好落实。")))
            assertFalse(caught(line), line);
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
