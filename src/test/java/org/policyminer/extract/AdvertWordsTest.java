package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The advert-vocabulary model (models/advert-bigrams.tsv). The adverts here are in none of the dev files it was
 * trained on, and their form is plain: one or no call to action, no price formula, no contact.
 */
class AdvertWordsTest {
    private static final SpamDetector NO_LEXICON = new SpamDetector(new SpamLexicon(List.of()));
    private static final List<String> ARTICLE = List.of(
            "为贯彻落实制造强国战略，加快推动中小企业专精特新发展，工业和信息化部组织开展第八批专精特新“小巨人”企业培育工作。",
            "各省级中小企业主管部门要按照认定标准，组织企业在线填报申请材料，对申报企业进行审核，择优推荐。",
            "请各地于2026年6月30日前完成推荐工作，通过优质中小企业梯度培育平台报送推荐名单和相关材料。",
            "对通过审核的企业，工业和信息化部将予以公示，公示无异议后认定为专精特新“小巨人”企业，有效期三年。",
            "联系人：中小企业局王某，电话：010-68205000。欢迎咨询。");
    private static final String GAMBLING = "网上赌场新人注册送彩金，提款五分钟到账，信誉保证";
    private static final String LOAN = "小额贷款不看征信，额度当日审批，随借随还";

    private static double score(String line) {
        List<String> page = new ArrayList<>(ARTICLE);
        page.add(line);
        return NO_LEXICON.spamScore(line, Topic.of(page), true);
    }

    @Test
    void plainAdvertsAreToldByTheirVocabulary() {
        for (String advert : List.of(GAMBLING, LOAN)) {
            assertTrue(AdvertWords.standard().logOdds(advert) >= 1, advert);
            assertEquals(SpamDetector.WORDS_MAX, SpamDetector.advertWords(advert, Chars.nonSpace(advert)), advert);
            double s = score(advert);
            assertTrue(s >= SpamDetector.SPAM, advert + " " + s);
            // without the vocabulary the line stays under the threshold: shape and topic alone do not mark it (the
            // gambling line's 注册送彩金 is a sign-up bonus since the sixth pass, a pitch family: 0.75 more shape; the
            // far part, since the ninth, reads the same model over the words the page lacks: vocabulary too;
            // and 提款五分钟到账 money in minutes since the ninth: another 0.75)
            double shapeSince = advert.equals(GAMBLING) ? 1.5 : 0;
            assertTrue(SpamDetector.farAdvert(advert, Topic.of(ARTICLE), false), advert);
            assertTrue(s - SpamDetector.WORDS_MAX - SpamDetector.FAR_MOST - shapeSince < SpamDetector.SPAM, advert + " " + s);
        }
    }

    @Test
    void traditionalScriptScoresLikeSimplified() {
        // mirrors convert whole pages to traditional before extraction; the model is trained on simplified text
        assertTrue(AdvertWords.standard().logOdds("網上賭場新人註冊送彩金，提款五分鐘到賬，信譽保證") >= 1);
        assertTrue(AdvertWords.standard().logOdds("小額貸款不看徵信，額度當日審批，隨借隨還") >= 1);
    }

    @Test
    void policySentencesAndShortLinesGetNothing() {
        for (String p : ARTICLE) {
            assertTrue(AdvertWords.standard().logOdds(p) < 1, p);
            assertTrue(score(p) < SpamDetector.SPAM, p);
        }
        assertEquals(0, AdvertWords.standard().logOdds("在线"), "fewer than four known features say nothing");
        String longLine = "各省级中小企业主管部门要按照认定标准".repeat(8);
        assertEquals(0, SpamDetector.advertWords(longLine, Chars.nonSpace(longLine)), "a paragraph is prose, not an advert line");
    }

    /**
     * The features summed as met (each known one once by its table slot) give the same sum and count as the sorted
     * reference, to the bit: on every line of the corpus pages and the advert files, their traditional forms, each line's
     * off-page evidence against its page, and random lines that repeat features.
     */
    @Test
    void summedAsMetEqualsTheSortedSum() throws IOException {
        AdvertWords words = AdvertWords.standard();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpora/spam"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!l.isBlank()) lines.add(l.strip());
            }
        }
        int adverts = lines.size();
        List<List<String>> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("corpora/pages"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(new CharsetSniffer().decode(Files.readAllBytes(f), java.util.Optional.empty(), "https://example.org/").text());
                List<String> page = new ArrayList<>();
                if (doc.body() != null) for (ParagraphCollector.Para p : ParagraphCollector.collect(doc.body(), List.of())) page.add(p.text());
                pages.add(page);
                lines.addAll(page);
            }
        }
        assertTrue(adverts > 200 && pages.size() >= 20, "corpora/spam or corpora/pages missing");
        for (String l : new ArrayList<>(lines)) lines.add(SpamLexicon.traditional(l));
        Random random = new Random(19);
        for (int n = 0; n < 5_000; n++) {
            String from = lines.get(random.nextInt(adverts));
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(80); i >= 0; i--) b.append(from.charAt(random.nextInt(from.length())));
            lines.add(b.toString());
        }
        for (String l : lines) {
            double[] asMet = words.sumAndCount(l, true);
            double[] sorted = words.sumAndCount(l, false);
            assertEquals(Double.doubleToLongBits(sorted[0]), Double.doubleToLongBits(asMet[0]), l);
            assertEquals(sorted[1], asMet[1], l);
        }
        for (List<String> page : pages) {
            Topic topic = Topic.of(page);
            for (String l : page) {
                int[] shared = topic.sharedBigrams(l, true);
                assertEquals(Double.doubleToLongBits(words.offPageEvidence(l, shared, false)), Double.doubleToLongBits(words.offPageEvidence(l, shared, true)), l);
            }
        }
    }

    /**
     * The table (key and value packed in one long a slot) gives each feature of the model file its value, to the bit,
     * and 0 to what no feature can be (Latin letters and digits, alone or in pairs).
     */
    @Test
    void everyFeatureOfTheModelFileIsLookedUpExactly() throws IOException {
        AdvertWords words = AdvertWords.standard();
        int features = 0;
        try (var in = AdvertWords.class.getResourceAsStream(AdvertWords.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String f = line.substring(0, tab);
                int key = f.length() == 1 ? f.charAt(0) : (f.charAt(0) << 16) | f.charAt(1);
                double expected = Float.parseFloat(line.substring(tab + 1));
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(words.value(key)), f);
                features++;
            }
        }
        assertTrue(features > 10_000, "the model file: " + features);
        String latin = "abcxyzABCXYZ0123456789";
        for (int i = 0; i < latin.length(); i++) {
            assertEquals(0, words.value(latin.charAt(i)));
            for (int j = 0; j < latin.length(); j++) assertEquals(0, words.value(latin.charAt(i) << 16 | latin.charAt(j)));
        }
    }

    /**
     * The table holds the model exactly: every feature of the model and its script forms (each character and each
     * bigram) is looked up to its value's bit, every key the model lacks is 0 (each bigram of the model reversed, each
     * model character paired with a character it never opens a bigram with, random Han pairs), and each line's evidence
     * and leans are those summed from the model itself (the sorted reference, each feature once), to the bit. It fails
     * with the screen one bit too tight, a key dropped or a value mixed up.
     */
    @Test
    void theTableScoresEveryFeatureAsTheModelDoes() throws IOException {
        AdvertWords words = AdvertWords.standard();
        java.util.Map<Integer, Float> model = AdvertWords.loadModel();
        int bigrams = 0;
        for (var e : model.entrySet()) {
            assertEquals(Double.doubleToLongBits(e.getValue()), Double.doubleToLongBits(words.value(e.getKey())), Integer.toHexString(e.getKey()));
            if (e.getKey() > 0xFFFF) bigrams++;
        }
        assertTrue(bigrams > 10_000 && model.size() > bigrams, "bigrams " + bigrams + " of " + model.size());
        int absent = 0;
        Random random = new Random(16);
        for (int key : model.keySet()) {
            int reversed = key > 0xFFFF ? (key & 0xFFFF) << 16 | key >>> 16 : key << 16 | (0x4E00 + random.nextInt(0x5200));
            if (!model.containsKey(reversed)) {
                assertEquals(0, Double.doubleToLongBits(words.value(reversed)), Integer.toHexString(reversed));
                absent++;
            }
        }
        for (int i = 0; i < 200_000; i++) {
            int key = (0x4E00 + random.nextInt(0x5200)) << 16 | (0x4E00 + random.nextInt(0x5200));
            if (i % 4 == 0) key = 0x3400 + random.nextInt(0xC800);
            if (model.containsKey(key)) continue;
            assertEquals(0, Double.doubleToLongBits(words.value(key)), Integer.toHexString(key));
            absent++;
        }
        assertTrue(absent > 200_000, "absent keys: " + absent);
        int lines = 0;
        for (String line : AdvertLinesForScreens.lines()) {
            if (line.length() > 400) continue;
            double[] reference = referenceSum(model, line);
            double evidence = reference[1] < AdvertWords.MIN_FEATURES ? 0 : reference[0] / Math.sqrt(reference[1]);
            assertEquals(Double.doubleToLongBits(evidence), Double.doubleToLongBits(words.evidence(line)), line);
            assertEquals(Double.doubleToLongBits(evidence), Double.doubleToLongBits(words.read(line).evidence()), line);
            double[] leans = words.read(line).leans();
            for (int i = 0; i < line.length(); i++) {
                if (!Chars.isCjk(line.charAt(i))) continue;
                double lean = model.getOrDefault((int) line.charAt(i), 0f);
                if (i + 1 < line.length() && Chars.isCjk(line.charAt(i + 1))) lean += model.getOrDefault(line.charAt(i) << 16 | line.charAt(i + 1), 0f);
                assertEquals(Double.doubleToLongBits(lean), Double.doubleToLongBits(leans[i]), line + " at " + i);
            }
            lines++;
        }
        assertTrue(lines > 10_000, "lines: " + lines);
    }

    /** A line's features from the model map, each once, summed in key order (the table's sorted reference). */
    private static double[] referenceSum(java.util.Map<Integer, Float> model, String line) {
        java.util.TreeSet<Integer> features = new java.util.TreeSet<>();
        for (int i = 0; i < line.length(); i++) {
            char a = line.charAt(i);
            if (!Chars.isCjk(a)) continue;
            features.add((int) a);
            if (i + 1 < line.length() && Chars.isCjk(line.charAt(i + 1))) features.add(a << 16 | line.charAt(i + 1));
        }
        double sum = 0;
        int known = 0;
        for (int f : features) {
            Float v = model.get(f);
            if (v == null) continue;
            sum += v;
            known++;
        }
        return new double[] {sum, known};
    }
}
