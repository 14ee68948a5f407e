package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A testimony whose families start on characters a hand-kept screen did not list (亲身体验, 朋友都说我) was scored 0
 * before any family was read; the families' own start characters decide now.
 */
class ChineseTestimonyScreenTest {
    @Test
    void aTestimonyOfFamiliesOutsideTheOldScreenScores() {
        assertTrue(ChineseTestimony.points("我亲身体验了这款精华液效果很好，现在朋友都说我脸色亮了很多呢") > 0);
    }
}
