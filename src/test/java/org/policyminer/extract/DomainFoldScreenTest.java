package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SpamDetector#mayFoldDomains}, the one-pass screen before the domain fold's four steps: where it says no, the
 * fold without it ({@link SpamDetector#foldDomainsUnscreened}) gives the line back unchanged. Read on every line of
 * {@link AdvertLinesForScreens} (width-folded, as the fold gets it) and on each with one thing each step folds put in at
 * random: 飞机 before an aircraft's model, a split channel (微 信, Q·Q, 飛 機), a handle strung on emoji, a spelled or
 * spaced domain. Each step's part of the screen is needed: the lines below fold, and each passes the screen by that
 * part alone.
 */
class DomainFoldScreenTest {
    private static final String[] INSERTS = {"乘坐飞机波音737前往", "加微 信abc123", "扣 扣 88990011", "T G：@kefu", "飛 機 號hg88",
            "：🌸x🌸h🌸8🌸0", "V❤信 ly520", "官网 tz。cc", "登录 abc点vip", "网址 w w w . j d 8 8 . c o m", "ghostfixer at shadowpost dot su",
            "⑧⑧。top"};

    @Test
    void whereTheScreenSaysNoTheFoldChangesNothing() throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> all = AdvertLinesForScreens.lines();
        for (int n = 0; n < all.size(); n++) {
            String l = SpamDetector.foldWidth(all.get(n));
            lines.add(l);
            int at = l.isEmpty() ? 0 : (n * 7919) % (l.length() + 1);
            lines.add(l.substring(0, at) + INSERTS[n % INSERTS.length] + l.substring(at));
        }
        int screened = 0, changed = 0;
        for (String l : lines) {
            String folded = SpamDetector.foldDomainsUnscreened(l);
            if (!folded.equals(l)) changed++;
            if (!SpamDetector.mayFoldDomains(l)) {
                screened++;
                assertEquals(l, folded, l);
            }
        }
        assertTrue(screened > lines.size() / 4 && changed > lines.size() / 10, screened + " screened, " + changed + " changed of " + lines.size());
    }

    /** A line for each step that it folds, which the screen lets through (a screen one part short says no to one of them). */
    @Test
    void eachStepsLinePassesTheScreen() {
        for (String l : List.of("乘坐飞机波音737前往", "请加微 信", "：🌸x🌸h🌸8🌸0", "官网tz。cc", "abc点vip", "hg⑧⑧。top")) {
            String w = SpamDetector.foldWidth(l);
            assertNotEquals(w, SpamDetector.foldDomainsUnscreened(w), l);
            assertTrue(SpamDetector.mayFoldDomains(w), l);
        }
    }
}
