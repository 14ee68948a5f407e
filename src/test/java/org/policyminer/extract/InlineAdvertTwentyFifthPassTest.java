package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 part 5, twenty-fifth pass: an advert glued between the clauses of a news sentence, read by the sentence's
 * shape ({@link GluedInserts}, {@link ClausePieces}, {@link EnglishInsert}). Sentences of our own, not the dev file's,
 * on a page whose subject is the news sentence's own (so the line as a whole shares the page's words, and main's code
 * kept each positive whole: checked with main's jar); beside them, sentences with an aside of their own that stay.
 */
class InlineAdvertTwentyFifthPassTest {
    /** An exhibition report: the news clauses of the lines below are about it. */
    private static final List<String> EXPO = List.of(
            "第七届中国国际进口博览会今日在上海开幕，来自全球的企业和机构携最新产品参展，展览面积再创新高。",
            "本届进博会共吸引来自58个国家和地区的3400余家企业参展，其中世界500强和行业龙头企业超过290家。",
            "在新能源汽车、集成电路和生物医药展区，参展企业集中发布了一批新产品、新技术和新服务。",
            "据了解，本届进博会期间还将举办多场配套活动，推动参展企业与采购商精准对接，促进贸易投资合作。");

    /** Main's code kept it: each clause of the betting advert is short, and no bracket holds them (「」 holds a name). */
    @Test
    void anInsertBetweenCommasIsCut() {
        String line = "本届进博会共吸引3400余家企业参展，王者荣耀电竞竞猜就来「星耀电竞」，滚球盘口即时更新，推动参展企业与采购商精准对接。";
        SpamDetector.Cut cut = cut(line);
        assertNotNull(cut, line);
        assertTrue(String.join("", cut.removed()).contains("滚球盘口"), cut.removed().toString());
        assertTrue(caught("本屆進博會共吸引3400餘家企業參展，王者榮耀電競競猜就來「星耀電競」，滾球盤口即時更新，推動參展企業與採購商精準對接。"));
    }

    /** Main's code kept it: DashTail reads a lone dash; a pair of dashes with a short advert inside leaned too little. */
    @Test
    void anInsertBetweenTwoDashesIsCut() {
        for (String line : List.of(
                "本届进博会共吸引3400余家企业参展——数字货币暴富就跟“牛牛财经”社群，千倍币提前埋伏——展览面积再创新高。",
                "本屆進博會共吸引3400餘家企業參展——數字貨幣暴富就跟「牛牛財經」社群，千倍幣提前埋伏——展覽面積再創新高。")) {
            SpamDetector.Cut cut = cut(line);
            assertNotNull(cut, line);
            assertTrue(String.join("", cut.removed()).contains("埋伏"), cut.removed().toString());
        }
    }

    /** Main's code kept it: the bracket's advert, its spaces dropped as extraction drops them, was no spam as a line here. */
    @Test
    void anInsertInBracketsBeforeTheSentenceIsCut() {
        String line = "【美国留学签证代办拒签也能过加急五天出签】据了解，本届进博会共吸引3400余家企业参展。";
        assertNotNull(cut(line), line);
        // as GluedInserts reads it: the bracket's run, the news piece after it
        List<InsertedAsides.Aside> inserts = GluedInserts.find(line, () -> topic(line), true, SpamDetector.standard()::speaksAdvert);
        assertEquals(1, inserts.size(), inserts.toString());
        assertEquals("【美国留学签证代办拒签也能过加急五天出签】", inserts.get(0).text());
    }

    /** Main's code kept it: an advert taking the sentence's last clauses, after a statistic. */
    @Test
    void anInsertEndingTheSentenceIsCut() {
        String line = "据了解，本届进博会共吸引3400余家企业参展，其中不少家庭主妇加入\"悦享优品\"社群团购实现月入两万，零成本零囤货，点击下方链接即可免费开店。";
        assertNotNull(cut(line), line);
    }

    /** Main's code kept them: an English advert in an English sentence, with a comma, in brackets, or with no mark at all. */
    @Test
    void anEnglishInsertInAnEnglishSentenceIsCut() {
        for (String line : List.of(
                "The fair drew 3,400 exhibitors from 58 countries, get cheap Ozempic online without a prescription at slimfast-rx dot shop, the organisers said on Tuesday.",
                "The fair drew 3,400 exhibitors from 58 countries (get cheap Ozempic online without a prescription at slimfast-rx dot shop), the organisers said on Tuesday.",
                "The city signed 12 supply agreements worth 4.2 billion yuan at the fair order Tramadol and Adderall with no prescription at pillsnow-direct dot ru covering batteries, chips and solar glass.")) {
            SpamDetector.Cut cut = cut(line);
            assertNotNull(cut, line);
            assertTrue(String.join("", cut.removed()).contains("prescription"), cut.removed().toString());
        }
    }

    /** Main's code kept it: an English advert set between two Han clauses by spaces, where the scripts meet. */
    @Test
    void anInsertWhereTheScriptsMeetIsCut() {
        String line = "本届进博会共吸引3400余家企业参展 play real money slots and get free spins at spinwin dot bet 展览面积再创新高。";
        assertNotNull(cut(line), line);
    }

    /** A news sentence's own asides stay: a wire heading, a dash before an explanation, a title, figures in brackets, a name quoted. */
    @Test
    void aNewsSentencesOwnAsidesStay() {
        for (String line : List.of(
                "【新华社上海11月5日电】第七届中国国际进口博览会今日开幕，本届进博会共吸引3400余家企业参展。",
                "本届进博会共吸引3400余家企业参展——这是进博会举办以来规模最大的一次，展览面积再创新高。",
                "在新能源汽车展区，参展企业发布了《2024年全球新能源汽车产业发展报告》，展示了一批新产品。",
                "本届进博会参展企业超过3400家（较上届增加200家），其中世界500强企业超过290家。",
                "本届进博会期间还将举办多场配套活动，详情请登录进博会官方网站查询。",
                "The fair drew 3,400 exhibitors from 58 countries (up from 2,900 last year), the organisers said on Tuesday.",
                "For more details on the exhibitors and the forums, please visit the fair's website, the organisers said.")) {
            assertFalse(caught(line), line);
        }
        // a name in quotes is its sentence's word, whatever it leans and whatever marks it carries
        String quoted = "本届进博会发布的“金多宝40周年”纪念邮票，首日销量达到12万套。";
        assertTrue(GluedInserts.find(quoted, () -> topic(quoted), true, s -> true).isEmpty());
    }

    /** Each half alone cuts nothing: an off-topic clause with no advert's mark, and an advert's mark in the sentence's own words. */
    @Test
    void eachHalfAloneCutsNothing() {
        // off the page's topic and leaning to an advert's words, but no mark of an advert: the fair's own invitation
        String off = "本届进博会共吸引3400余家企业参展，欢迎广大市民登录进博会官方网站预约参观，展览面积再创新高。";
        assertEquals(List.of(false), halves(off, true));
        assertFalse(caught(off), off);
        // an advert's mark (a handle), in the page's own words: the fair's own account
        String marked = "本届进博会共吸引3400余家企业参展，参展企业可关注进博会官方微信号jinbohui2024对接采购商，展览面积再创新高。";
        assertEquals(List.of(false), halves(marked, false));
        assertFalse(caught(marked), marked);
    }

    /** The pieces of a sentence: marks cut it, a number's own marks and a word's apostrophe do not. */
    @Test
    void piecesAreCutAtMarksNotInsideNumbers() {
        String text = "产值增长2.1%（同比1,200家）——新能源 play slots，Ascom’s team";
        List<String> pieces = new ArrayList<>();
        for (List<ClausePieces.Piece> sentence : ClausePieces.of(text)) {
            for (ClausePieces.Piece p : sentence) pieces.add(text.substring(p.from(), p.to()));
        }
        assertEquals(List.of("产值增长2.1%", "同比1,200家", "新能源", "play slots", "Ascom’s team"), pieces);
        // a question inside a bracket ends no sentence
        assertEquals(1, ClausePieces.of("公布纲领【急用钱？车贷不押车】，提出目标。").size());
    }

    /** For each run: whether the half asked for ({@code offTopic} or marked) holds, and the run is no insert. */
    private static List<Boolean> halves(String line, boolean offTopic) {
        List<Boolean> out = new ArrayList<>();
        for (GluedInserts.Verdict v : GluedInserts.judge(line, () -> topic(line), true, s -> SpamDetector.holdsHandle(s), true)) {
            assertTrue(offTopic ? v.offTopic() : v.marked(), v.toString());
            out.add(v.insert());
        }
        return out;
    }

    private static Topic topic(String line) {
        return LineOnPage.topic(EXPO, line);
    }

    private static SpamDetector.Cut cut(String line) {
        return LineOnPage.cut(EXPO, line);
    }

    private static boolean caught(String line) {
        Topic t = topic(line);
        SpamDetector d = SpamDetector.standard();
        return d.spamScore(line, t, true) >= SpamDetector.SPAM || d.withoutSpamAsides(line, () -> t, true) != null;
    }
}
