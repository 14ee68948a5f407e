package org.policyminer.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The tables applied here give what OpenCC4j's own {@code ZhConverterUtil.toSimple} gives. */
class OpenccTablesTest {
    private final OpenccTables tables = OpenccTables.instance();

    @Test
    void convertsPhrasesBeforeCharacters() {
        // 乾隆 is a phrase kept as written; 乾 alone is 干.
        assertEquals(ZhConverterUtil.toSimple("乾隆年間乾燥"), tables.toSimplified("乾隆年間乾燥"));
        assertEquals("新型电力装备集群产值", tables.toSimplified("新型電力裝備集群產值"));
    }

    @Test
    void keepsACharacterWhoseSimplifiedFormIsLonger() {
        // 齾 → 𫜰 would take two UTF-16 units: the character stays, so offsets still point into the original.
        assertEquals("齾", tables.toSimplified("齾"));
        assertEquals(ZhConverterUtil.toSimple("殢雲尤雨"), tables.toSimplified("殢雲尤雨"));
    }

    @Test
    void agreesWithOpencc4jOnTheCorpusInBothScripts() throws Exception {
        Path pages = Path.of(System.getProperty("policyminer.root", ".")).resolve("corpora/pages");
        assumeTrue(Files.isDirectory(pages), "no corpora/pages");
        List<String> lines = new ArrayList<>();
        for (Path f : files(pages, ".html")) {
            String text = Jsoup.parse(f.toFile(), null).text();   // the page's own charset (some are GBK)
            lines.add(text);
            lines.add(ZhConverterUtil.toTraditional(text));
        }
        assertAgree(lines);
    }

    /** OpenCC's own test cases and golden texts, when ../shared/datasets is beside the project. */
    @Test
    void agreesWithOpencc4jOnOpenccsTestTexts() throws Exception {
        Path dir = Path.of(System.getProperty("policyminer.root", ".")).resolve("../shared/datasets/opencc-testcases");
        assumeTrue(Files.isDirectory(dir), "../shared/datasets/opencc-testcases not present: skipped");
        List<String> lines = new ArrayList<>();
        for (Path f : files(dir, ".txt", ".tsv")) lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        assertAgree(lines);
    }

    private static List<Path> files(Path dir, String... endings) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> Stream.of(endings).anyMatch(p.toString()::endsWith)).sorted().toList();
        }
    }

    private void assertAgree(List<String> lines) {
        assumeTrue(!lines.isEmpty(), "no text");
        int chars = 0;
        for (String line : lines) {
            assertEquals(ZhConverterUtil.toSimple(line), tables.toSimplified(line), "on: " + line.substring(0, Math.min(60, line.length())));
            chars += line.length();
        }
        assertTrue(chars > 1000, "compared only " + chars + " characters");
    }
}
