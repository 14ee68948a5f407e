package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * {@link GluedAdvert#mayHold}, the screen {@link InsertedAsides#find} asks before the model is read for a glued advert,
 * is a necessary condition of both searches' reading of the model: where it says no, they find only what
 * {@link GluedAdvert#byForm} finds by its form. And it is tight: lines with
 * exactly {@code MIN_HAN + 4} Han characters are found, so a screen asking one more would lose them.
 */
class GluedAdvertScreenTest {
    @Test
    void whereTheScreenSaysNoNeitherSearchFindsAnything() throws IOException {
        List<String> lines = lines();
        int screened = 0;
        for (String l : lines) {
            if (GluedAdvert.mayHold(l)) continue;
            screened++;
            // what the form finds (a betting call, an English run) is read on every line, screened or not
            assertEquals(GluedAdvert.byForm(l), GluedAdvert.find(l), l);
            assertNull(GluedAdvert.findClauses(l), l);
        }
        assertTrue(screened > 1_000, "the screen was asked on lines it turns away: " + screened);
    }

    /** A short line the screen turns away still has its betting call or English run found and read as an aside. */
    @Test
    void whatTheFormFindsIsAnAsideOfAShortLineToo() throws IOException {
        int found = 0;
        List<String> lines = lines();
        // short lines made up to hold an English run pasted between Han characters, so that the test does not depend on
        // the random mixes below finding one (they shift whenever a spam file is added)
        lines.addAll(List.of("新闻稿Play now and win big cash today今日", "會議指出Sign up now and get free spins立即"));
        for (String l : lines) {
            if (GluedAdvert.mayHold(l)) continue;
            InsertedAsides.Aside byForm = GluedAdvert.byForm(l);
            if (byForm == null || InsertedAsides.marked(l).stream().anyMatch(a -> a.from() < byForm.to() && byForm.from() < a.to())) continue;
            found++;
            assertTrue(InsertedAsides.find(l, null).contains(byForm), l);
        }
        assertTrue(found > 0, "no short line holds a form-found span: the test could not fail");
    }

    @Test
    void theScreenIsTight() {
        int found = 0;
        List<String> boundary = boundaryLines();
        for (String l : boundary) {
            assertTrue(GluedAdvert.mayHold(l), l);
            if (GluedAdvert.find(l) != null || GluedAdvert.findClauses(l) != null) found++;
        }
        assertTrue(found > 0, "no line with exactly MIN_HAN + 4 Han characters is found: the test could not fail a stricter screen");
    }

    /** The leans both searches read are each position's character and bigram log-odds, summed as each search summed them. */
    @Test
    void leansAreTheModelsValuesAtEachPosition() throws IOException {
        AdvertWords words = AdvertWords.standard();
        for (String l : lines()) {
            if (l.length() > GluedAdvert.MAX_PARAGRAPH) continue;
            double[] expected = new double[l.length()];
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (!Chars.isCjk(c)) continue;
                double v = words.value(c);
                if (i + 1 < l.length() && Chars.isCjk(l.charAt(i + 1))) v += words.value((c << 16) | l.charAt(i + 1));
                expected[i] = v;
            }
            assertArrayEquals(expected, GluedAdvert.leans(l), l);
        }
    }

    /**
     * A line's reading ({@link AdvertWords.Reading}: its features looked up once, for the paragraph's check and then its
     * glued-advert search) gives, to the bit, the evidence {@link AdvertWords#evidence} sums and the leans
     * {@link GluedAdvert#leans} reads, each on its own.
     */
    @Test
    void aReadingGivesWhatEachCheckReadsAlone() throws IOException {
        AdvertWords words = AdvertWords.standard();
        List<String> lines = lines();
        lines.add("");
        lines.add("一二三四五六七八九十".repeat(300)); // past the length the sum in any order is exact to: the sorted sum
        for (String l : lines) {
            AdvertWords.Reading read = words.read(l);
            org.junit.jupiter.api.Assertions.assertEquals(Double.doubleToLongBits(words.evidence(l)), Double.doubleToLongBits(read.evidence()), l);
            assertArrayEquals(GluedAdvert.leans(l), read.leans(), l);
        }
    }

    /**
     * A part of a line's reading ({@link AdvertWords.Reading#part}: an aside's words read from its paragraph's) gives,
     * to the bit, the evidence and the leans of the part read alone: at every cut of the advert lines and the corpus
     * pages' paragraphs (their traditional forms and mixes), the part's last bigram, with a character past it, left out.
     */
    @Test
    void aPartOfAReadingIsThePartRead() throws IOException {
        AdvertWords words = AdvertWords.standard();
        Random random = new Random(17);
        int parts = 0, endsBeforeHan = 0;
        for (String l : lines()) {
            if (l.isEmpty()) continue;
            AdvertWords.Reading read = words.read(l);
            for (int k = 0; k < 3; k++) {
                int from = random.nextInt(l.length()), length = random.nextInt(l.length() - from + 1);
                String part = l.substring(from, from + length);
                AdvertWords.Reading sub = read.part(from, length);
                org.junit.jupiter.api.Assertions.assertEquals(Double.doubleToLongBits(words.evidence(part)), Double.doubleToLongBits(sub.evidence()), part);
                assertArrayEquals(GluedAdvert.leans(part), sub.leans(), part);
                parts++;
                if (length > 0 && from + length < l.length() && Chars.isCjk(l.charAt(from + length - 1)) && Chars.isCjk(l.charAt(from + length))) endsBeforeHan++;
            }
        }
        assertTrue(parts > 50_000 && endsBeforeHan > 10_000, parts + " parts, " + endsBeforeHan + " ending before a Han character");
    }

    /**
     * Random lines of exactly {@code MIN_HAN + 4} Han characters: four from a clean sentence, ten from an advert line
     * of the dev files, joined in one clause or across a comma, with marks between as the adverts have them.
     */
    private static List<String> boundaryLines() {
        List<String> adverts;
        try {
            adverts = advertLines();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        Random random = new Random(13);
        String[] heads = {"会议指出", "据悉今年", "该市近期", "记者了解", "项目建成"};
        for (String a : adverts) {
            String han = a.chars().filter(c -> Chars.isCjk((char) c)).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            for (int from = 0; from + GluedAdvert.MIN_HAN <= han.length(); from += 3) {
                String span = han.substring(from, from + GluedAdvert.MIN_HAN);
                String head = heads[random.nextInt(heads.length)];
                out.add(head + span);
                out.add(head + "，" + span.substring(0, 5) + "，" + span.substring(5));
                out.add(span + head);
            }
        }
        for (String l : out) assertTrue(Chars.cjk(l) == GluedAdvert.MIN_HAN + 4, l);
        return out;
    }

    private static List<String> advertLines() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpora/spam"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!l.isBlank()) out.add(l.strip());
            }
        }
        assertTrue(out.size() > 200, "corpora/spam missing");
        return out;
    }

    /** The advert lines, the corpus pages' paragraphs, their traditional forms, and random cuts and mixes of them. */
    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(advertLines());
        int adverts = lines.size();
        try (Stream<Path> s = Files.walk(Path.of("corpora/pages"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(new CharsetSniffer().decode(Files.readAllBytes(f), java.util.Optional.empty(), "https://example.org/").text());
                if (doc.body() != null) for (ParagraphCollector.Para p : ParagraphCollector.collect(doc.body(), List.of())) lines.add(p.text());
            }
        }
        for (String l : new ArrayList<>(lines)) lines.add(SpamLexicon.traditional(l));
        Random random = new Random(31);
        int all = lines.size();
        for (int n = 0; n < 20_000; n++) {
            // a clean line's piece and an advert's, cut at random: short ones too, around the screen's bound
            String clean = lines.get(adverts + random.nextInt(all - adverts));
            String advert = lines.get(random.nextInt(adverts));
            int a = random.nextInt(clean.length() + 1), b = random.nextInt(advert.length() + 1);
            String mixed = clean.substring(0, Math.min(a, 12)) + advert.substring(Math.min(b, advert.length() / 2));
            lines.add(mixed.substring(0, Math.min(mixed.length(), 4 + random.nextInt(30))));
        }
        return lines;
    }
}
