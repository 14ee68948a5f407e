package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A squashed line's characters counted by its plain spaces, as the character-by-character count gives. */
class CharsSquashedCountTest {
    private static final String ALPHABET = "工业和信息化部 集群abc12，。\u3000\u00A0\t\n\r\f\u2002\u2003\u200B\uFEFF  ";

    @Test
    void countsAsNonSpaceDoesAfterSquashAndJoin() {
        Random r = new Random(31);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) line.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            String squashed = Chars.squash(line);
            String joined = ParagraphCollector.joinCjk(squashed);
            assertEquals(Chars.nonSpace(squashed), Chars.nonSpaceOfSquashed(squashed), () -> "squashed: " + squashed);
            assertEquals(Chars.nonSpace(joined), Chars.nonSpaceOfSquashed(joined), () -> "joined: " + joined);
        }
    }
}
