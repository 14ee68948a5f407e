package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;

/**
 * Issue 20 part 5, twelfth pass: the eleventh pass's held-out file (now dev12) leaked one line, an advert in brackets
 * inside a news sentence, "据了解，该项目总投资约3亿元。（编者按：凤凰彩票Ⓥ ＦＨ－８０８，稳定计划群免费进）项目建成后预计年产值可观。":
 * read whole, the news sentence around it diluted its vocabulary and topic (score 0), its channel was a circled letter
 * (Ⓥ) and its handle full-width letters with a dash. Three classes, each tested on lines that are not the leak: an
 * inserted aside read as a line of its own ({@link InsertedAsides}, {@link SpamDetector#withoutSpamAsides}), enclosed
 * and styled letters folded ({@link StyledLetters}), a handle joined by dashes or dots ({@link ContactHandles}).
 * The detector has an empty lexicon; the article is an industrial-policy notice.
 */
class InlineAdvertTwelfthPassTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final List<String> NOTICE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。");
    private static final Topic ARTICLE = Topic.of(NOTICE);

    /** Adverts inserted into a short news paragraph in the shapes of the class, none of them a dev line. */
    private static final List<String> DRESSED = List.of(
            "据了解，该项目总投资约3亿元。（编者按：凤凰彩票Ⓥ ＦＨ－８０８，稳定计划群免费进）项目建成后预计年产值可观。",
            "据悉，该园区今年新增入驻企业40家。【广告】金沙娱乐城真人百家乐，首充送彩金，加Ⓠ：hj-6688。园区负责人表示将继续扩大招商。",
            "记者了解到，本次展会共吸引参展商300余家。★小编推荐：澳门新葡京在线娱乐，𝐕𝐗 xpj.2024 日结返水★展会将持续三天。",
            "业内人士认为，明年市场需求将稳步回升——网贷秒批不查征信，加威 dk-8899——相关企业已提前备货。",
            "会议指出，要持续优化营商环境。（推广）老哥稳赚计划群，带你上岸翻本，🅥🅧：sd_6677。会议还部署了下一阶段工作。");

    /**
     * Adverts with no handle inserted into a news sentence: read whole, the sentence around them dilutes their words and
     * topic and they score under the cut; read as lines of their own, they are spam.
     */
    private static final List<String> DILUTED = List.of(
            "据了解，该项目总投资约3亿元。（编者按：凤凰彩票稳定计划群，免费进群）项目建成后预计年产值可观。",
            "据悉，该园区今年新增入驻企业40家。【广告】真人视讯首充有礼，老玩家都在这里。园区负责人表示将继续扩大招商。",
            "据悉，该园区今年新增入驻企业40家。（推广：棋牌游戏上分下分，老玩家都在这里）园区负责人表示将继续扩大招商。");

    @Test
    void anAdvertDilutedByTheSentenceAroundItIsReadAlone() {
        for (String line : scripts(DILUTED)) {
            assertTrue(NO_LEXICON.spamScore(line, ARTICLE, false) < SpamDetector.SPAM, "read whole it is diluted: " + line);
            SpamDetector.Cut cut = NO_LEXICON.withoutSpamAsides(line, () -> ARTICLE, false);
            assertNotNull(cut, line);
            assertEquals("", cut.rest(), line);
        }
    }

    @Test
    void anAdvertInsertedInANewsSentenceGoesWithItsShortParagraph() {
        for (String line : scripts(DRESSED)) {
            SpamDetector.Cut cut = NO_LEXICON.withoutSpamAsides(line, () -> ARTICLE, false);
            assertNotNull(cut, line);
            assertEquals("", cut.rest(), "what is left is no article's paragraph: " + line);
        }
    }

    /** An advert pasted into an article's long paragraph is cut out; the paragraph's own text stays, word for word. */
    @Test
    void anAdvertInsideALongParagraphIsCutOutAndTheParagraphStays() {
        String own = NOTICE.get(0) + NOTICE.get(3);
        String advert = "（编者按：凤凰彩票Ⓥ ＦＨ－８０８，稳定计划群免费进）";
        String paragraph = NOTICE.get(0) + advert + NOTICE.get(3);
        SpamDetector.Cut cut = NO_LEXICON.withoutSpamAsides(paragraph, () -> Topic.of(List.of(paragraph, NOTICE.get(1), NOTICE.get(2))), true);
        assertNotNull(cut);
        assertEquals(own, cut.rest());
        assertEquals(List.of(advert), cut.removed());
    }

    /** An article's own asides (a gloss, a byline, a translator's note, a reference) are no advert, however far from the page. */
    @Test
    void anArticlesOwnAsidesStay() {
        for (String line : scripts(List.of(
                "本报讯（实习记者 樊亮 张明超 记者惠禾）13岁，正是花季的年龄。",
                "什么是净现值（NPVs，Net Present Value，指项目经济寿命期内现金流入总和与现金流出总和之差额），什么是折扣。",
                "而不得不使用 email（恐龙时代的产品，在那个时代，音乐是刻在扁扁的的圆圆的盒子上，噢，那种盒子叫cd）。",
                "根据《关于促进中小企业健康发展的指导意见》（中办发〔2019〕24号，以下简称《意见》），现就有关事项通知如下。",
                "联系人：中小企业局王某（电话：010-68205000，邮箱：zxqyj@miit.gov.cn）。欢迎咨询。",
                "第十四个五年规划（2021—2025年）提出，到2025年集群产值突破4000亿元。"))) {
            assertNull(NO_LEXICON.withoutSpamAsides(line, () -> ARTICLE, false), line);
        }
    }

    /** The asides a paragraph holds: brackets, paired marks, a bracketed or bare label to the sentence's end; a short one's sentences. */
    @Test
    void asidesAreFoundByTheirMarks() {
        assertEquals(List.of("编者按：凤凰彩票Ⓥ ＦＨ－８０８，稳定计划群免费进"),
                texts(InsertedAsides.marked("据了解，该项目总投资约3亿元。（编者按：凤凰彩票Ⓥ ＦＨ－８０８，稳定计划群免费进）项目建成后预计年产值可观。")));
        assertEquals(List.of("金沙娱乐城真人百家乐，首充送彩金"), texts(InsertedAsides.marked("园区新增企业40家。【广告】金沙娱乐城真人百家乐，首充送彩金。园区负责人表示…")));
        assertEquals(List.of("网贷秒批不查征信，加威 dk-8899"), texts(InsertedAsides.marked("需求将稳步回升——网贷秒批不查征信，加威 dk-8899——企业已提前备货。")));
        assertEquals(List.of("老哥稳赚计划群，带你上岸翻本"), texts(InsertedAsides.marked("要优化营商环境。推广：老哥稳赚计划群，带你上岸翻本。会议还部署了工作。")));
        assertEquals(List.of(), texts(InsertedAsides.marked("（一）加强组织领导（2021年）。")), "too short to hold an advert");
        assertEquals(List.of(), texts(InsertedAsides.marked("【凤凰彩票Ⓥ ＦＨ－８０８，稳定计划群免费进】")), "the whole line is read as the line");
        assertEquals(List.of(), texts(InsertedAsides.marked("二○二一年至二○二二年，全市新增企业一千余家。")), "a year's zero is no mark");
        assertEquals(List.of(), texts(InsertedAsides.marked("本贴由大卫于2005年8月12日16:12:21在〖心灵体操（在线心理咨询）〗发表.")),
                "a name in brackets is part of its sentence");
        assertEquals(List.of("据了解，该项目总投资约3亿元。", "凤凰彩票稳定计划群，免费进群。", "项目建成后预计年产值可观。"),
                texts(InsertedAsides.find("据了解，该项目总投资约3亿元。凤凰彩票稳定计划群，免费进群。项目建成后预计年产值可观。")),
                "a short paragraph's sentences, no mark needed");
        assertEquals(List.of(), texts(InsertedAsides.find("项目建成后预计年产值可观，凤凰彩票稳定计划群免费进。")), "one sentence is the line itself");
    }

    /** Enclosed, squared, mathematical and full-width letters fold to ASCII, a styled letter a token of its own. */
    @Test
    void styledLettersFoldToAscii() {
        assertEquals("凤凰彩票 V FH-808", SpamDetector.fold("凤凰彩票Ⓥ ＦＨ－８０８"));
        assertEquals("加 VX：ab-2288", SpamDetector.fold("加𝐕𝐗：ab-2288"));
        for (String v : List.of("Ⓥ", "ⓥ", "⒱", "🅥", "🄥", "🆅", "🇻", "𝑽", "𝕍", "𝖁", "𝚅", "Ｖ")) {
            assertEquals("v", SpamDetector.fold("彩票" + v).substring(2).strip().toLowerCase(), v);
        }
        assertEquals("QQ 12345", StyledLetters.fold("ℚℚ 12345").strip());
        assertEquals("28876543", StyledLetters.fold("𝟐𝟖𝟖𝟕𝟔𝟓𝟒𝟑"));
        assertEquals("FH-808", StyledLetters.fold("FH–808"), "a dash between a letter and a digit joins a handle");
        String untouched = "第十四个五年规划（2021—2025年），发展——创新，气温25℃";
        assertEquals(untouched, StyledLetters.fold(untouched), "an article's dashes and ℃ stay");
        assertTrue(untouched == StyledLetters.fold(untouched), "and the line itself comes back");
    }

    /** A channel in a styled letter, and a handle of letters and digits joined by a dash or a dot, read as a handle. */
    @Test
    void styledChannelsAndJoinedHandlesAreHandles() {
        for (String line : List.of("凤凰彩票Ⓥ ＦＨ－８０８", "凤凰彩票ⓋＦＨ．８０８", "凤凰彩票V：FH.808", "凤凰彩票V：FH—808", "加薇 fh.808",
                "金沙娱乐🅠：hj-6688", "稳赚群 𝐓𝐆：sd_66.77", "凤凰彩票Ⓥ信 fh808", "计划群ⓦⓧ：jh-2024", "看Ⓛⓘⓝⓔ：lucky-88")) {
            assertTrue(SpamDetector.holdsHandle(line), line);
        }
        for (String line : List.of("维生素C：每日100毫克", "版本V2.0发布", "工业和信息化部网站 www.miit.gov.cn", "国六B阶段排放标准",
                "型号：FH-808（国产）", "5G V2X车联网", "支持2.4GHz和5.8GHz频段")) {
            assertFalse(SpamDetector.holdsHandle(line), line);
        }
    }

    /** In a page: the dressed paragraph goes, the notice stays whole (the eval counts a clause of five characters as a leak). */
    @Test
    void onAPageTheDressedParagraphGoesAndTheNoticeStays() throws Exception {
        ArticleExtractor extractor = new ArticleExtractor(NO_LEXICON);
        List<String> all = new ArrayList<>(scripts(DRESSED));
        all.addAll(scripts(DILUTED));
        for (String line : all) {
            StringBuilder html = new StringBuilder("<html><head><title>关于开展第八批专精特新“小巨人”企业培育工作的通知</title></head>"
                    + "<body><div class=content><h1>关于开展第八批专精特新“小巨人”企业培育工作的通知</h1>");
            for (int i = 0; i < NOTICE.size(); i++) {
                html.append("<p>").append(NOTICE.get(i)).append("</p>");
                if (i == 1) html.append("<p>").append(line).append("</p>");
            }
            html.append("</div></body></html>");
            Article a = extractor.extract(new Fetched("http://x/a.html", html.toString().getBytes(StandardCharsets.UTF_8), Map.of()));
            assertEquals(NOTICE, a.paragraphs(), line);
        }
    }

    private static List<String> scripts(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (String l : lines) out.add(ZhConverterUtil.toTraditional(l));
        return out;
    }

    private static List<String> texts(List<InsertedAsides.Aside> asides) {
        return asides.stream().map(InsertedAsides.Aside::text).toList();
    }
}
