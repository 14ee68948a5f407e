package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The spam score's bound exits ({@link SpamDetector.Tally}) against the same score with every part read: the same
 * decision (spam or not) on every line of every page set the project measures on, the advert files and random lines,
 * each against its page's topic, as a line of it and as a stranger to it. Also: a line whose check never asked for the
 * topic gets the same decision under any topic (the extractor's second round relies on that), and a part cannot add
 * more than it declares.
 */
class SpamScoreExitsTest {
    private static final SpamDetector SPAM = SpamDetector.standard();
    private static final Path DATASETS = Path.of(System.getProperty("policyminer.root", ".")).resolve("../shared/datasets");

    private int lines;
    private int exitedEarly;

    /** One line against one topic: the decision with the exits is the decision with every part read. */
    private void check(String line, Topic topic, boolean inTopic) {
        boolean[] asked = {false};
        Supplier<Topic> tracked = () -> {
            asked[0] = true;
            return topic;
        };
        double fast = SPAM.spamScore(line, tracked, inTopic, true);
        double full = SPAM.spamScore(line, () -> topic, inTopic, false);
        lines++;
        assertEquals(full >= SpamDetector.SPAM, fast >= SpamDetector.SPAM, () -> "exits changed the decision (" + fast + " against " + full + "): " + line);
        if (!asked[0]) {
            exitedEarly++;
            // decided without the topic: any other topic gives the same decision
            for (Topic other : List.of(Topic.empty(), FOREIGN)) {
                assertEquals(fast >= SpamDetector.SPAM, SPAM.spamScore(line, () -> other, false, false) >= SpamDetector.SPAM,
                        () -> "decided without the topic, but another topic decides otherwise: " + line);
            }
        }
    }

    private static final Topic FOREIGN = Topic.of(List.of("The quick brown fox jumps over the lazy dog. ".repeat(20)));

    /** Every line of the page against the page's topic, as a line of it and not. */
    private void checkPage(List<String> pageLines) {
        Topic topic = Topic.of(new LinkedHashSet<>(pageLines));
        for (String line : pageLines) {
            check(line, topic, true);
            check(line, topic, false);
        }
    }

    private static List<String> linesOf(String html) {
        Document doc = Jsoup.parse(html);
        List<String> out = new ArrayList<>();
        if (doc.body() == null) return out;
        for (ParagraphCollector.Para p : ParagraphCollector.collect(doc.body(), List.of())) out.add(p.text());
        // the page title and its headings are scored too (the link-list path asks with no topic)
        out.add(Chars.squash(doc.title()));
        return out;
    }

    private static String decode(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        return new CharsetSniffer().decode(bytes, java.util.Optional.empty(), "https://example.org/").text();
    }

    private static List<Path> htmlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
        }
    }

    @Test
    void exitsDecideAsTheFullScoreOnEveryPageLine() throws IOException {
        List<Path> pages = new ArrayList<>(htmlFiles(Path.of("corpora/pages")));
        assertTrue(pages.size() >= 20, "corpora/pages missing");
        for (String set : List.of("zh-cwced", "trafilatura-eval-zh", "readability-testpages-zh", "scrapinghub-aeb")) {
            List<Path> found = htmlFiles(DATASETS.resolve(set));
            // without ../shared/datasets the corpus pages alone are checked
            if (found.isEmpty()) System.err.println("SpamScoreExitsTest: " + DATASETS.resolve(set) + " not present, skipped");
            pages.addAll(found);
        }
        for (Path page : pages) checkPage(linesOf(decode(page)));
        System.err.printf("SpamScoreExitsTest: %d pages, %d line checks, %d decided without the topic%n", pages.size(), lines, exitedEarly);
        assertTrue(exitedEarly > 0 && exitedEarly < lines, "the exits were never taken, or always: the test checks nothing");
    }

    /** Every advert line of the dev and held-out files, pasted into a corpus page. */
    @Test
    void exitsDecideAsTheFullScoreOnEveryAdvertLine() throws IOException {
        List<String> adverts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpora/spam"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!l.isBlank() && !l.startsWith("#")) adverts.add(l.strip());
            }
        }
        assertTrue(adverts.size() > 200, "advert files missing");
        List<Path> pages = htmlFiles(Path.of("corpora/pages"));
        int spam = 0;
        for (int k = 0; k < pages.size(); k++) {
            List<String> page = linesOf(decode(pages.get(k)));
            Topic without = Topic.of(page);
            // each advert line once, on a page chosen in turn
            for (int i = k; i < adverts.size(); i += pages.size()) {
                String advert = adverts.get(i);
                List<String> with = new ArrayList<>(page);
                with.add(advert);
                check(advert, Topic.of(with), true);
                check(advert, without, false);
                if (SPAM.spamScore(advert, () -> without, false, false) >= SpamDetector.SPAM) spam++;
            }
        }
        // the files are adverts: most are spam, so the exits were tested on both sides of the threshold
        assertTrue(spam > adverts.size() / 2, spam + " of " + adverts.size());
    }

    /** Random lines over the characters the parts read: advert words, digits in disguise, contact words, punctuation. */
    @Test
    void exitsDecideAsTheFullScoreOnRandomLines() throws IOException {
        String[] pieces = {"注册", "送", "彩金", "官网", "立即", "点击", "下载", "加", "微信", "薇", "扣", "QQ", "：", ":", "，", "。", "、", " ",
                "①", "⑧", "七七三四五六", "3O6", "1", "8", "9", "139", "8876", "5432", "com", ".", "点", "vip", "www", "【", "】", "★", "🔥",
                "包过", "日结", "稳赚", "秒到", "全国", "上门", "服务", "贷款", "额度", "不成功", "不收费", "工业", "和", "信息化", "部", "企业",
                "发展", "政策", "推动", "年", "月", "日", "的", "了", "我", "朋友", "批了", "五万", "客服", "咨询", "欢迎", "-", "|", "_", "/",
                "ly520", "@pgmj_kf", "tg", "V", "飞机", "群号", "秒下", "强开", "工厂直销", "三折起", "亲测靠谱", "有需要的朋友"};
        List<Path> pages = htmlFiles(Path.of("corpora/pages"));
        Topic topic = Topic.of(linesOf(decode(pages.get(0))));
        Random random = new Random(19);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(n % 4 == 0 ? 60 : 16);
            for (int i = 0; i < len; i++) b.append(pieces[random.nextInt(pieces.length)]);
            String line = b.toString();
            check(line, topic, false);
            check(line, Topic.of(List.of(line)), true);
        }
    }

    /** The service run read in place, against the split it replaced, on random lines of 、-joined items. */
    @Test
    void serviceRunsReadInPlaceAsSplit() {
        String[] pieces = {"代办、", "信用卡、", "大额信用贷、", "企业过桥垫资、", "一、", "a、", " 、", "\u3000代办 、", "、", "，", "。", "代办", " "};
        Random random = new Random(20);
        int runs = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(14);
            for (int i = 0; i < len; i++) b.append(pieces[random.nextInt(pieces.length)]);
            String line = b.toString();
            boolean expected = false;
            for (String clause : AdvertShape.clauses(line)) {
                if (clause.indexOf('、') < 0) continue;
                int run = 0;
                for (String item : clause.split("、")) {
                    int l = item.strip().length();
                    run = l >= 2 && l <= 6 ? run + 1 : 0;
                    if (run >= 3) expected = true;
                }
            }
            if (expected) runs++;
            assertEquals(expected, AdvertShape.hasServiceRun(line), line);
        }
        assertTrue(runs > 1000 && runs < 19_000, runs + " runs: the lines test both answers");
    }

    @Test
    void aPartCannotAddMoreThanItDeclares() {
        SpamDetector.Tally t = new SpamDetector.Tally(true);
        assertThrows(IllegalStateException.class, () -> t.add(SpamDetector.Part.BAIT, 1.0));
        t.add(SpamDetector.Part.BAIT, 0.5);
        assertThrows(IllegalStateException.class, () -> t.add(SpamDetector.Part.BAIT, 0), "a part read twice");
    }

    @Test
    void everyPartDeclaresItsMostAndTheExitsReadThemAll() {
        double all = 0;
        for (SpamDetector.Part p : SpamDetector.Part.values()) {
            assertTrue(p.most > 0, p + " declares no most");
            all += p.most;
        }
        SpamDetector.Tally t = new SpamDetector.Tally(true);
        assertEquals(all, t.most(), 1e-9, "a part left out of the bound");
        assertTrue(!t.cannotReach(), "nothing read: the score can still reach the threshold");
        // every part read at 0 but one: only that part's most is left
        for (SpamDetector.Part p : SpamDetector.Part.values()) if (p != SpamDetector.Part.TOPIC) t.none(p);
        assertEquals(SpamDetector.Part.TOPIC.most, t.most(), 1e-9);
        assertTrue(t.cannotReach());
        assertTrue(!new SpamDetector.Tally(false).cannotReach(), "the reference never exits");
    }
}
