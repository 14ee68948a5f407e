package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.Fetched;
import org.policyminer.extract.ArticleExtractor;
import org.policyminer.extract.SpamLexicon;

class ExtractSpamInjectorTest {
    @TempDir Path tmp;

    @Test
    void vocabularyIsDisjointFromTheLexicon() {
        for (String phrase : ExtractSpamInjector.VOCABULARY) {
            assertEquals(0, SpamLexicon.standard().scan(phrase).count(), phrase + " is in the lexicon");
        }
    }

    private static List<ExtractCase> cases() throws Exception {
        byte[] b;
        try (InputStream in = ExtractSpamInjectorTest.class.getResourceAsStream("/extract/miit-article.html")) {
            b = in.readAllBytes();
        }
        ExtractCase c = new ExtractCase("miit", new Fetched("https://www.miit.gov.cn/a/art/2024/art_x.html", b, Map.of()),
                null, "工业和信息化部关于印发《促进先进制造业集群发展行动方案》的通知", "2024-05-08", null, null, null);
        return List.of(c, c, c);
    }

    @Test
    void isDeterministicAndItsSpamIsRemoved() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new ExtractSpamInjector(5).writeCorpus(cases(), a);
        new ExtractSpamInjector(5).writeCorpus(cases(), b);
        List<Path> files;
        try (var s = Files.list(a)) {
            files = s.sorted().toList();
        }
        assertEquals(6, files.size());
        for (Path f : files) assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())));

        List<ExtractCase> injected = ExtractDatasets.load(a);
        assertTrue(injected.stream().allMatch(c -> !c.spam().isEmpty()));
        ArticleExtractor x = new ArticleExtractor();
        ExtractEvaluator.Report r = new ExtractEvaluator().run("injected", injected, x::extract);
        assertEquals(0, r.spamSurvived(), r.results().toString());
        assertEquals(3, r.titleCorrect());
        assertFalse(r.body().f1() < 0.9);
    }
}
