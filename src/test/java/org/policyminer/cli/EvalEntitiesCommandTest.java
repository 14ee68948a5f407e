package org.policyminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which gold sets `eval entities` scores by default, and how it names them. */
class EvalEntitiesCommandTest {
    private static final Path DEV10 = Path.of("corpora/entities/real/dev10.jsonl");

    /** dev10 (session 30, written blind) is scored by default as dev9 is, after dev9 and before the frozen halves. */
    @Test
    void theTenthDevSetIsScoredByDefault() {
        assertTrue(EvalEntitiesCommand.REAL_SETS.contains(DEV10));
        assertEquals(EvalEntitiesCommand.REAL_SETS.indexOf(Path.of("corpora/entities/real/dev9.jsonl")) + 1,
                EvalEntitiesCommand.REAL_SETS.indexOf(DEV10));
        assertTrue(EvalEntitiesCommand.REAL_SETS.indexOf(DEV10) < EvalEntitiesCommand.REAL_SETS.indexOf(EvalEntitiesCommand.REAL_TEST));
    }

    /**
     * Each later block written blind (dev11 … dev16) is scored by default right after the one before it, before the frozen
     * halves, and is named as what it is, so a reader knows it was measured blind before it was tuned on.
     */
    @ParameterizedTest
    @CsvSource({"dev10, dev11, eleventh", "dev11, dev12, twelfth", "dev12, dev13, thirteenth", "dev13, dev14, fourteenth",
            "dev14, dev15, fifteenth", "dev15, dev16, sixteenth"})
    void eachLaterDevSetIsScoredByDefaultAfterTheOneBefore(String before, String block, String ordinal) {
        Path previous = Path.of("corpora/entities/real/" + before + ".jsonl");
        Path set = Path.of("corpora/entities/real/" + block + ".jsonl");
        assertTrue(EvalEntitiesCommand.REAL_SETS.contains(set));
        assertEquals(EvalEntitiesCommand.REAL_SETS.indexOf(previous) + 1, EvalEntitiesCommand.REAL_SETS.indexOf(set));
        assertTrue(EvalEntitiesCommand.REAL_SETS.indexOf(set) < EvalEntitiesCommand.REAL_SETS.indexOf(EvalEntitiesCommand.REAL_TEST));
        assertTrue(EvalEntitiesCommand.label(set).startsWith("real text, " + ordinal + " dev set"), EvalEntitiesCommand.label(set));
    }

    /** Its block says what it is (not the generic "gold set"), so a reader knows it was measured once before tuning. */
    @Test
    void theTenthDevSetIsNamed() {
        assertTrue(EvalEntitiesCommand.label(DEV10).startsWith("real text, tenth dev set"), EvalEntitiesCommand.label(DEV10));
        assertTrue(EvalEntitiesCommand.label(Path.of("corpora/entities/real/dev9.jsonl")).startsWith("real text, ninth dev set"));
    }
}
