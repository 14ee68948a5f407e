package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policyminer.util.QuickFind;

/** The hiding declarations are searched only where one can start, and find what the plain search finds. */
class HiddenElementsScreenTest {
    private static final List<String> PARTS = List.of("display:", "none", "block", "visibility:", "hidden", "visible",
            "font-size:", "0", "0px", "0pt", "12px", "em", "rem", "opacity:", "0.0", ".5", "1", "text-indent:", "-999",
            "-99", "left:", "top:", "margin-left:", "margin-top:", "-1000px", "height:", "width:", "max-height:",
            "overflow:", ";", "!important", "color:red", "d", "t", "m", "l", "-", ":", " ");

    @Test
    void bothPatternsAreSearchedQuickly() {
        // they were plain regex searches at every position of every declaration (HiddenElements.hidesBox, 1 % of extraction)
        assertTrue(HiddenElements.INLINE_HIDDEN.isQuick());
        assertTrue(HiddenElements.ZERO_BOX.isQuick());
    }

    @Test
    void findsWhatThePlainSearchFinds() {
        Random r = new Random(5);
        int hidden = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder d = new StringBuilder();
            int k = r.nextInt(9);
            for (int i = 0; i < k; i++) d.append(PARTS.get(r.nextInt(PARTS.size())));
            String decl = d.toString();
            for (QuickFind q : List.of(HiddenElements.INLINE_HIDDEN, HiddenElements.ZERO_BOX)) {
                boolean plain = q.pattern().matcher(decl).find();
                assertEquals(plain, q.find(decl), () -> q.pattern() + " on " + decl);
                if (plain) hidden++;
            }
        }
        assertTrue(hidden > 1000, "the declarations met the patterns often enough to test them: " + hidden);
        assertTrue(HiddenElements.hidesBox("height:0;overflow:hidden"));
        assertTrue(HiddenElements.hidesBox("color:red;text-indent:-9999px"));
    }
}
