package org.policyminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Words segmented ahead of indexing are the tokens the word analyser gives the same text. */
class SegmentedTextTest {
    private static void assertSameTokens(String text) throws IOException {
        assertEquals(TokenDump.of(PolicyAnalyzers.words().tokenStream("f", text)), TokenDump.of(SegmentedText.of(text).tokens()), text);
    }

    @Test
    void givesTheAnalysersTokensOnTheCorpusPages() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("corpora/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) assertSameTokens(Jsoup.parse(p.toFile(), null).wholeText());
        }
    }

    @Test
    void givesTheAnalysersTokensOnRandomTextAndEmptyText() throws IOException {
        assertSameTokens("");
        String alphabet = "集成电路产业集群专精特新粤港澳大湾区南京市上海1234567890.亿万元，。\n ABCxyz（）İ";
        Random r = new Random(5);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            assertSameTokens(sb.toString());
        }
    }
}
