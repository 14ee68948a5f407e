package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What {@link SpamDetector} reads once a line gives what each check made for itself: the folds ({@link SpamDetector.Folds})
 * are the folds, and a paragraph checked as a {@link SpamDetector.Line} (its words read by its own check, then handed to
 * its asides' glued search) is judged and cut as the paragraph checked as a string, step by step.
 */
class SpamDetectorLineTest {
    private static final SpamDetector DETECTOR = SpamDetector.standard();

    @Test
    void foldsAreTheFolds() throws IOException {
        for (List<String> page : pages()) {
            for (String l : page) {
                SpamDetector.Folds folds = new SpamDetector.Folds(l);
                assertEquals(SpamDetector.foldWidthAndDomains(l), folds.widthFolded(), l);
                assertEquals(SpamDetector.foldWidth(l), folds.wide(), l);
                SpamDetector.Folds given = new SpamDetector.Folds(l, SpamDetector.foldWidth(l), null);
                assertEquals(SpamDetector.foldWidthAndDomains(l), given.widthFolded(), l);
            }
        }
    }

    @Test
    void aLineIsJudgedAndCutAsItsString() throws IOException {
        int cut = 0, spam = 0, lines = 0;
        for (List<String> page : pages()) {
            Topic topic = Topic.of(page);
            for (String l : page) {
                lines++;
                SpamDetector.Line line = new SpamDetector.Line(l);
                boolean isSpam = DETECTOR.isSpamText(line, () -> topic, true);
                assertEquals(DETECTOR.isSpamText(l, () -> topic, true), isSpam, l);
                if (isSpam) {
                    spam++;
                    continue;
                }
                SpamDetector.Cut fromLine = DETECTOR.withoutSpamAsides(line, () -> topic, true);
                SpamDetector.Cut fromString = DETECTOR.withoutSpamAsides(l, () -> topic, true);
                assertEquals(fromString, fromLine, l);
                if (fromLine != null) cut++;
                if (line.wordsIfRead() != null) {
                    assertEquals(InsertedAsides.find(l), InsertedAsides.find(l, line.wordsIfRead()), l);
                }
            }
        }
        assertTrue(lines > 1_000 && spam > 100 && cut > 10, lines + " lines, " + spam + " spam, " + cut + " cut: the pages must hold adverts");
    }

    /** The corpus pages' paragraphs, each page with advert lines of the dev files put between its own. */
    private static List<List<String>> pages() throws IOException {
        List<String> adverts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpora/spam"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!l.isBlank()) adverts.add(l.strip());
            }
        }
        List<List<String>> pages = new ArrayList<>();
        int next = 0;
        try (Stream<Path> s = Files.walk(Path.of("corpora/pages"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(new CharsetSniffer().decode(Files.readAllBytes(f), java.util.Optional.empty(), "https://example.org/").text());
                if (doc.body() == null) continue;
                List<String> page = new ArrayList<>();
                for (ParagraphCollector.Para p : ParagraphCollector.collect(doc.body(), List.of())) {
                    page.add(p.text());
                    // an advert after every third paragraph, alone or glued into the paragraph's last sentence
                    if (page.size() % 3 == 0) {
                        String advert = adverts.get(next++ % adverts.size());
                        page.add(next % 2 == 0 ? advert : p.text() + advert);
                    }
                }
                pages.add(page);
            }
        }
        assertTrue(pages.size() >= 20 && adverts.size() > 200, "corpora/pages or corpora/spam missing");
        return pages;
    }
}
