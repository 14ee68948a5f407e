package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.entities.EntityRecognizer;

/**
 * The script-invariance probe over the team's written set (eval entities --script-invariance): every line read as
 * written and in each conversion (simplified → traditional, Taiwan with its phrases, Hong Kong; traditional →
 * simplified and to Hong Kong's and Taiwan's forms) reads the same clusters, cities and figures, on every field.
 * Through Taiwan's phrases back to simplified (s-tw) is left out: that table rewrites words of the mainland's own
 * (执行 → 运行, 拨出 → 呼出), so it changes what a line says.
 */
class ScriptInvarianceProbeTest {
    @Test
    void theWrittenSetReadsAlikeInEveryScriptForm() {
        Path root = Path.of(System.getProperty("policyminer.root", "."));
        List<GoldSentence> written = GoldSentence.read(root.resolve("corpora/entities/gold.jsonl"));
        ScriptInvariance.Result r = new ScriptInvariance(new EntityRecognizer()).probe(written);
        List<ScriptInvariance.Difference> differences = r.differences().stream()
                .filter(d -> d.variant() != ScriptInvariance.Variant.SIMPLIFIED_FROM_TAIWAN).toList();
        assertEquals(List.of(), differences.stream().map(Object::toString).toList());
        assertEquals(written.size(), r.lines().get(ScriptInvariance.Variant.TAIWAN) + r.lines().get(ScriptInvariance.Variant.SIMPLIFIED));
    }
}
