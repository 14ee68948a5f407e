package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.extract.ArticleExtractor;

/**
 * Quality floors on the project corpus (corpora/pages) and, when ../shared/datasets is present, on zh-cwced. Skips
 * with a message when the data is not there. Floors sit a little under today's scores so a regression fails.
 */
class ExtractQualityTest {
    @TempDir Path tmp;
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static Path root() {
        return Path.of(System.getProperty("policyminer.root", "."));
    }

    private ExtractEvaluator.Report run(Path dir) throws Exception {
        List<ExtractCase> cases = ExtractDatasets.load(dir);
        return new ExtractEvaluator().run(dir.toString(), cases, extractor::extract);
    }

    @Test
    void projectCorpusCleanAndSpamInjected() throws Exception {
        Path corpus = root().resolve("corpora/pages");
        assumeTrue(Files.isDirectory(corpus), "no corpora/pages under " + root().toAbsolutePath());
        ExtractEvaluator.Report clean = run(corpus);
        assertTrue(clean.body().f1() >= 0.97, "corpus F1 " + clean.body().f1());
        assertEquals(0, clean.spamSurvived(), clean.results().toString());
        assertTrue(clean.titleAccuracy() >= 0.95, "titles " + clean.titleAccuracy());
        assertTrue(clean.dateAccuracy() >= 0.95, "dates " + clean.dateAccuracy());

        new ExtractSpamInjector(20260518).writeCorpus(ExtractDatasets.load(corpus), tmp);
        ExtractEvaluator.Report injected = run(tmp);
        assertEquals(0, injected.spamSurvived(), injected.results().toString());
        assertTrue(clean.body().f1() - injected.body().f1() <= 0.02, "injected F1 " + injected.body().f1());
    }

    @Test
    void zhCwcedBody() throws Exception {
        Path cwced = root().resolve("../shared/datasets/zh-cwced");
        assumeTrue(Files.isDirectory(cwced), "../shared/datasets/zh-cwced not present: skipped");
        ExtractEvaluator.Report r = run(cwced);
        assertTrue(r.body().f1() >= 0.95, "zh-cwced F1 " + r.body().f1());
        assertTrue(r.dateAccuracy() >= 0.85, "zh-cwced dates " + r.dateAccuracy());
    }
}
