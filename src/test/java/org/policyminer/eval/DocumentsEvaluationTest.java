package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyminer.convert.ConvertStage;
import org.policyminer.document.DocumentStage;
import org.policyminer.extract.ExtractStage;
import org.policyminer.stage.Pipeline;

class DocumentsEvaluationTest {
    private static final Path DEV = Path.of("corpora/documents/dev");

    private static long golds(String suffix) throws Exception {
        try (Stream<Path> s = Files.list(DEV)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    @Test
    void scoresOneVariantApart() throws Exception {
        Pipeline pipeline = Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).add(new DocumentStage()).build();
        DocumentsEvaluation.Report repost = DocumentsEvaluation.evaluate("dev/repost", DEV, "repost", pipeline);
        // .repost.gold.json only: the traditional repost's golds (.repost-hant.gold.json) are another variant
        assertEquals(golds(".repost.gold.json"), repost.pages());
        assertTrue(repost.pages() > 0 && repost.pages() < golds(".gold.json"));
        assertEquals(0, repost.errors(), repost.misses().toString());
        assertEquals(repost.pages(), repost.fields().get("title").total(), "every repost gold gives the title");
    }
}
