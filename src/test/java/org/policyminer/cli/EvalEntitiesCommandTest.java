package org.policyminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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

    /** dev11 (session 32, written blind) follows dev10, before the frozen halves, and is named as what it is. */
    @Test
    void theEleventhDevSetIsScoredByDefaultAfterTheTenth() {
        Path dev11 = Path.of("corpora/entities/real/dev11.jsonl");
        assertTrue(EvalEntitiesCommand.REAL_SETS.contains(dev11));
        assertEquals(EvalEntitiesCommand.REAL_SETS.indexOf(DEV10) + 1, EvalEntitiesCommand.REAL_SETS.indexOf(dev11));
        assertTrue(EvalEntitiesCommand.REAL_SETS.indexOf(dev11) < EvalEntitiesCommand.REAL_SETS.indexOf(EvalEntitiesCommand.REAL_TEST));
        assertTrue(EvalEntitiesCommand.label(dev11).startsWith("real text, eleventh dev set"), EvalEntitiesCommand.label(dev11));
    }

    /** dev12 (session 12, written blind, read once before tuning) follows dev11, before the frozen halves, named as such. */
    @Test
    void theTwelfthDevSetIsScoredByDefaultAfterTheEleventh() {
        Path dev11 = Path.of("corpora/entities/real/dev11.jsonl");
        Path dev12 = Path.of("corpora/entities/real/dev12.jsonl");
        assertEquals(EvalEntitiesCommand.REAL_SETS.indexOf(dev11) + 1, EvalEntitiesCommand.REAL_SETS.indexOf(dev12));
        assertTrue(EvalEntitiesCommand.REAL_SETS.indexOf(dev12) < EvalEntitiesCommand.REAL_SETS.indexOf(EvalEntitiesCommand.REAL_TEST));
        assertTrue(EvalEntitiesCommand.label(dev12).startsWith("real text, twelfth dev set"), EvalEntitiesCommand.label(dev12));
    }

    /** dev15 (session 15, written blind for measuring) follows dev14, before the frozen halves, named as such. */
    @Test
    void theFifteenthDevSetIsScoredByDefaultAfterTheFourteenth() {
        Path dev14 = Path.of("corpora/entities/real/dev14.jsonl");
        Path dev15 = Path.of("corpora/entities/real/dev15.jsonl");
        assertEquals(EvalEntitiesCommand.REAL_SETS.indexOf(dev14) + 1, EvalEntitiesCommand.REAL_SETS.indexOf(dev15));
        assertTrue(EvalEntitiesCommand.REAL_SETS.indexOf(dev15) < EvalEntitiesCommand.REAL_SETS.indexOf(EvalEntitiesCommand.REAL_TEST));
        assertTrue(EvalEntitiesCommand.label(dev15).startsWith("real text, fifteenth dev set"), EvalEntitiesCommand.label(dev15));
    }

    /** dev14 (session 14, written blind for measuring) follows dev13, before the frozen halves, named as such. */
    @Test
    void theFourteenthDevSetIsScoredByDefaultAfterTheThirteenth() {
        Path dev13 = Path.of("corpora/entities/real/dev13.jsonl");
        Path dev14 = Path.of("corpora/entities/real/dev14.jsonl");
        assertEquals(EvalEntitiesCommand.REAL_SETS.indexOf(dev13) + 1, EvalEntitiesCommand.REAL_SETS.indexOf(dev14));
        assertTrue(EvalEntitiesCommand.REAL_SETS.indexOf(dev14) < EvalEntitiesCommand.REAL_SETS.indexOf(EvalEntitiesCommand.REAL_TEST));
        assertTrue(EvalEntitiesCommand.label(dev14).startsWith("real text, fourteenth dev set"), EvalEntitiesCommand.label(dev14));
    }

    /** dev13 (session 13, written blind for measuring) follows dev12, before the frozen halves, named as such. */
    @Test
    void theThirteenthDevSetIsScoredByDefaultAfterTheTwelfth() {
        Path dev12 = Path.of("corpora/entities/real/dev12.jsonl");
        Path dev13 = Path.of("corpora/entities/real/dev13.jsonl");
        assertEquals(EvalEntitiesCommand.REAL_SETS.indexOf(dev12) + 1, EvalEntitiesCommand.REAL_SETS.indexOf(dev13));
        assertTrue(EvalEntitiesCommand.REAL_SETS.indexOf(dev13) < EvalEntitiesCommand.REAL_SETS.indexOf(EvalEntitiesCommand.REAL_TEST));
        assertTrue(EvalEntitiesCommand.label(dev13).startsWith("real text, thirteenth dev set"), EvalEntitiesCommand.label(dev13));
    }

    /** Its block says what it is (not the generic "gold set"), so a reader knows it was measured once before tuning. */
    @Test
    void theTenthDevSetIsNamed() {
        assertTrue(EvalEntitiesCommand.label(DEV10).startsWith("real text, tenth dev set"), EvalEntitiesCommand.label(DEV10));
        assertTrue(EvalEntitiesCommand.label(Path.of("corpora/entities/real/dev9.jsonl")).startsWith("real text, ninth dev set"));
    }
}
