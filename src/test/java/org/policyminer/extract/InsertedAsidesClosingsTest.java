package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link InsertedAsides#closings}: the one-pass matching gives every open the close a forward search from it finds. */
class InsertedAsidesClosingsTest {
    private static final String OPEN = "（(【〔［[〖｛〈「『";
    private static final String CLOSE = "）)】〕］]〗｝〉」』";

    /** The forward search the one pass replaced: depth counted from the open, first return to zero. */
    private static int searched(String text, int i) {
        char open = text.charAt(i), close = CLOSE.charAt(OPEN.indexOf(open));
        int depth = 0;
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == open) depth++;
            else if (c == close && --depth == 0) return j;
        }
        return -1;
    }

    @Test
    void everyOpenGetsTheCloseAForwardSearchFinds() {
        Random random = new Random(7);
        String alphabet = OPEN + CLOSE + "文字，。 a";
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            int[] closes = InsertedAsides.closings(text);
            for (int i = 0; i < text.length(); i++) {
                if (OPEN.indexOf(text.charAt(i)) >= 0) assertEquals(searched(text, i), closes[i], text + " at " + i);
            }
        }
    }

    @Test
    void aParagraphOfUnclosedBracketsHasNoCloses() {
        String text = "正文（".repeat(10_000) + "）";
        int[] closes = InsertedAsides.closings(text);
        assertEquals(text.length() - 1, closes[text.length() - 2]);
        assertEquals(-1, closes[2]);
    }
}
