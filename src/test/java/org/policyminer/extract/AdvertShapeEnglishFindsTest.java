package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.util.QuickFind;

/**
 * The English patterns of {@link AdvertShape#englishCall}, {@link AdvertShape#latinPitch} and
 * {@link AdvertShape#englishPitch} are searched through {@link QuickFind} (speed14): each one's start is read (a
 * pattern read as "any start" would pass the differential while saving nothing) and finds what its pattern finds on
 * every line of {@link AdvertLinesForScreens}.
 */
class AdvertShapeEnglishFindsTest {
    @Test
    void eachEnglishPatternIsQuickAndFindsWhatItsPatternFinds() throws Exception {
        List<String> lines = AdvertLinesForScreens.lines();
        int found = 0;
        for (QuickFind q : AdvertShape.englishFinds()) {
            assertTrue(q.isQuick(), q.pattern().pattern());
            for (String l : lines) {
                boolean plain = q.pattern().matcher(l).find();
                assertEquals(plain, q.find(l), () -> q.pattern().pattern() + " on " + l);
                if (plain) found++;
            }
        }
        assertTrue(found > 2000, "the lines hold English calls and pitch words: " + found);
    }
}
