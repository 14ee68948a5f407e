package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;

class SpamDetectorTest {
    private static final String PROSE = "先进制造业集群是产业分工深化和集聚发展的高级形式，各地要推动集群内企业协同创新，建设公共服务平台，"
            + "完善政策措施，强化要素保障，提升产业链供应链韧性和安全水平，培育一批具有国际竞争力的先进制造业集群。";

    @Test
    void lexiconLoadsFromTheClasspathWithItsTraditionalForms() {
        SpamLexicon lex = SpamLexicon.standard();
        assertTrue(lex.terms().size() > 100);
        assertTrue(lex.scan("日本午夜視頻在線觀看").count() >= 1, "traditional form matches");
        assertEquals(0, lex.scan(PROSE).count(), "policy prose hits nothing");
    }

    /**
     * Issue 20 part 5, third pass: contacts written to get past filters (full-width digits, 扣扣/威信/飞机号 handles, a
     * masked mobile number, spelled-out or spaced-out domains) are read as contacts; a notice's phone line is unchanged.
     */
    @Test
    void obfuscatedContactsAreFoldedAndRead() {
        assertEquals("扣扣：28765432", SpamDetector.fold("扣扣：２８７６５４３２"), "digits folded, Chinese punctuation kept");
        assertEquals("官网 cqsf66.cc", SpamDetector.fold("官网 c q s f 6 6 . c c"));
        assertEquals("最新地址 www.jinsha.vip", SpamDetector.fold("最新地址 www点jinsha点vip"));
        String notice = "联系人：王某，联系电话：010-68205000。";
        assertEquals(notice, SpamDetector.fold(notice));
        SpamDetector none = new SpamDetector(new SpamLexicon(List.of()));
        Topic topic = Topic.of(List.of(PROSE));
        // the same off-topic line, with and without a bent contact: only the contact pushes it over
        // (a line whose words are not the adverts' own. 游戏装备回收，高价秒结 was caught by its vocabulary alone with the
        // fifth pass's model; retrained with dev6 it scores 3.04, under the cut of 3.3, and is no longer asserted here)
        String plain = "旧家具旧电器回收，高价秒结";
        assertFalse(none.isSpamText(plain, topic, false), plain);
        for (String contact : List.of("威信ｈｓ８８６６", "扣扣：２８７６５４３２１", "联系飞机号＠ｓｆ９９９", "TG：@huishou666", "电话同微信",
                "王女士１３６××××８８２１", "详见 t.me/huishou", "V：ｃｈｕｈｅｉ１１", "网址 w w w . h s 6 6 . c c")) {
            assertTrue(none.isSpamText(plain + "，" + contact, topic, false), contact);
        }
        String withPhone = PROSE + "咨询电话：０５７１－８７０５１２３４。";
        assertFalse(none.isSpamText(withPhone, Topic.of(List.of(withPhone, PROSE)), true), "a notice's phone in full-width digits is no bait");
    }

    /**
     * Issue 20 part 5, fifth pass: handles the fourth pass's held-out file got through with (tg@…, 飞机 @…, circled
     * digits, a one-character channel before a colon, a domain with a middle dot or a new top-level domain) are
     * contacts, in both scripts; an e-mail address and a notice's phone are not made into more than they were.
     */
    @Test
    void handlesBentInNewWaysAreContacts() {
        SpamDetector none = new SpamDetector(new SpamLexicon(List.of()));
        Topic topic = Topic.of(List.of(PROSE));
        String plain = "旧家具旧电器回收，高价秒结";
        assertFalse(none.isSpamText(plain, topic, false), plain);
        for (String contact : List.of("客服tg@huishou_01", "飞机 @huishou_boss", "飛機 @huishou_boss", "官方LINE：@hs8866", "加微：HS-huishou",
                "微❤：hs-huishou", "咨询Q:三八六七一九零五", "企鹅群 六六五四三二一八", "扣扣：③③①⑧⑨⓪⑦", "热线壹叁伍零壹贰叁肆伍陆柒",
                "ＱＱ 2O6O4417", "网址 HS6·com", "hs⑧⑧.tv", "最新地址 hs8866.app")) {
            assertTrue(none.isSpamText(plain + "，" + contact, topic, false), contact);
        }
        String mail = PROSE + "联系邮箱：zhangsan@miit.gov.cn。";
        assertFalse(none.isSpamText(mail, Topic.of(List.of(mail, PROSE)), true), "an e-mail address in a notice");
    }

    @Test
    void seedTitleIsSpamAndAPolicyTitleIsNot() {
        SpamDetector d = SpamDetector.standard();
        Topic topic = Topic.of(List.of(PROSE));
        assertTrue(d.isSpamTitle("日本午夜视频在线观看-日本午夜视频在线-日本午夜免费福利视频-日本午夜高清视频-视频一区二区国产", topic));
        assertFalse(d.isSpamTitle("工业和信息化部关于促进先进制造业集群发展的通知", topic));
        assertFalse(d.isSpamTitle("先进制造业集群发展_新闻中心_中国经济网", topic));
    }

    /**
     * Generalisation check: the detector is built with half of the lexicon; spam made only of the other half
     * (which it has never seen) must still be removed from an article, and the article must stay whole.
     */
    @Test
    void catchesSpamBuiltFromHeldOutLexiconTerms() throws Exception {
        List<SpamLexicon.Term> all = SpamLexicon.standard().terms();
        List<SpamLexicon.Term> kept = new ArrayList<>();
        List<String> heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 2 == 0) kept.add(all.get(i));
            else if (all.get(i).text().length() >= 3) heldOut.add(all.get(i).text());
        }
        SpamLexicon reduced = new SpamLexicon(kept);
        for (String h : heldOut) assertEquals(0, reduced.scan(h).count() > 0 && reduced.scan(h).coveredChars() == h.length() ? 1 : 0, h);
        ArticleExtractor extractor = new ArticleExtractor(new SpamDetector(reduced));
        Random r = new Random(42);
        int pages = 20;
        for (int n = 0; n < pages; n++) {
            List<String> injected = new ArrayList<>();
            StringBuilder html = new StringBuilder("<html><head><title>");
            String titleSpam = String.join("-", pickN(r, heldOut, 5, injected));
            html.append(titleSpam).append("</title></head><body><div class=content><h1>关于促进先进制造业集群发展的通知</h1>");
            for (int i = 0; i < 6; i++) {
                html.append("<p>").append(PROSE, 0, 40 + i * 5).append("，第").append(i).append("条。</p>");
                if (i == 1) html.append("<p>").append(String.join(" | ", pickN(r, heldOut, 6, injected))).append("</p>");
                if (i == 3) html.append("<p>").append(String.join("，", pickN(r, heldOut, 2, injected))).append("，详情咨询QQ12345678！</p>");
            }
            html.append("</div><div>友情推荐: ");
            for (String k : pickN(r, heldOut, 10, injected)) html.append("<a href='http://s.example/'>").append(k).append("</a> | ");
            html.append("</div></body></html>");
            Article a = extractor.extract(new Fetched("http://x/" + n, html.toString().getBytes(StandardCharsets.UTF_8), Map.of()));
            for (String s : injected) {
                assertFalse(a.text().contains(s), "page " + n + ": " + s + " left in body: " + a.text());
                assertFalse(a.title().contains(s), "page " + n + ": " + s + " in title " + a.title() + " from " + titleSpam);
            }
            assertEquals(6, a.paragraphs().size(), "page " + n + ": " + a.paragraphs());
            assertEquals("关于促进先进制造业集群发展的通知", a.title());
        }
    }

    private static List<String> pickN(Random r, List<String> from, int n, List<String> used) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(from.get(r.nextInt(from.size())));
        used.addAll(out);
        return out;
    }
}
