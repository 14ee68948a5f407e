package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyminer.entities.EntityRecognizer;

class EntitiesEvaluationTest {
    @Test
    void goldSetMeetsTheIssueThresholds() {
        Path gold = Path.of(System.getProperty("policyminer.root", "."), "corpora", "entities", "gold.jsonl");
        EntitiesEvaluation.Result r = new EntitiesEvaluation(new EntityRecognizer()).evaluate(GoldSentence.read(gold));
        for (EntitiesEvaluation.Scores s : new EntitiesEvaluation.Scores[] {r.overall(), r.traditional()}) {
            assertTrue(s.amounts().f1() >= 0.95, () -> "amount F1 " + s.amounts().f1() + " " + r.errors());
            assertTrue(s.year().value() >= 0.95 && s.period().value() >= 0.95, () -> "year/period " + r.errors());
            assertTrue(s.kind().value() >= 0.90, () -> "kind " + r.errors());
            assertTrue(s.cities().f1() >= 0.95, () -> "cities " + r.errors());
            assertTrue(s.clusters().f1() >= 0.90, () -> "clusters " + r.errors());
        }
    }
}
