package org.policyminer.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A removal's sample read only as far as it goes is the regex-collapsed text cut to 40 characters. */
class RemovalSampleTest {
    private static String collapsedAndCut(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() > 40 ? t.substring(0, 40) : t;
    }

    @Test
    void isTheCollapsedTextCutToTheSample() {
        String alphabet = "推荐代写ab1 \t\n\u000B\f\r\u00A0\u3000\u2002\u001C\u0085\uD83D\uDE00";
        Random r = new Random(47);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder t = new StringBuilder();
            for (int i = r.nextInt(r.nextBoolean() ? 12 : 120); i > 0; i--) t.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String text = t.toString();
            assertEquals(collapsedAndCut(text), Removal.sample(text), () -> "on [" + text + "]");
        }
        assertEquals("", Removal.sample(null));
        assertEquals("a b", Removal.of(Removal.Reason.SPAM_TEXT, "  a \n\t b ").sample());
    }
}
