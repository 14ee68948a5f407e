package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SpamDetector#mayNameAircraft}, the screen before the aircraft fold's regex: where it says no, the fold leaves
 * the line as it is, on every line of {@link AdvertLinesForScreens} and on each with an aircraft's model put in after
 * 飞机 in its four spellings (so that the fold has lines to change); and it is tight: 飞机 at the line's very start and
 * end, and as the line's last two characters before a model, is let through.
 */
class AircraftScreenTest {
    @Test
    void whereTheScreenSaysNoTheFoldChangesNothing() throws IOException {
        String[] planes = {"飞机", "飛機", "飞機", "飛机"};
        String[] models = {"波音737", "A320", " C919", "ARJ21", "空客A350"};
        int screened = 0, folded = 0, lines = 0;
        List<String> all = AdvertLinesForScreens.lines();
        for (int n = 0; n < all.size(); n++) {
            String l = all.get(n);
            int at = l.isEmpty() ? 0 : (n * 7919) % (l.length() + 1);
            for (String t : List.of(l, l.substring(0, at) + planes[n % 4] + models[n % 5] + l.substring(at), l + "机" + models[n % 5])) {
                lines++;
                String regex = SpamDetector.AIRCRAFT.matcher(t).replaceAll("客$1");
                if (!SpamDetector.mayNameAircraft(t)) {
                    screened++;
                    assertEquals(t, regex, t);
                }
                assertEquals(regex, SpamDetector.aircraft(t), t);
                if (!regex.equals(t)) folded++;
            }
        }
        assertTrue(screened > lines / 2 && folded > all.size() / 2, screened + " screened, " + folded + " folded of " + lines);
    }

    @Test
    void theScreenIsTight() {
        for (String t : List.of("飞机波音747", "飛機A320起飞", "乘坐飞机", "飞机", "航班飞機C919")) assertTrue(SpamDetector.mayNameAircraft(t), t);
        for (String t : List.of("机制改革", "飞行机组", "机飞", "飞", "", "机")) assertFalse(SpamDetector.mayNameAircraft(t), t);
        assertEquals("客机波音747", SpamDetector.aircraft("飞机波音747"));
    }
}
