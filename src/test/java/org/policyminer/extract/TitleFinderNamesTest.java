package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An element's id and class read for a title in place, as joining and lower-casing them read them. */
class TitleFinderNamesTest {
    private static boolean joinedAndLowered(String id, String cls) {
        String names = (id + " " + cls).toLowerCase(Locale.ROOT);
        return names.contains("title") && !names.contains("subtitle") && !names.contains("sub-title");
    }

    @Test
    void answersAsTheJoinedLowerCaseNames() {
        String[] pieces = {"title", "Title", "TITLE", "tItLe", "sub", "Sub", "SUB", "-", "_", " ", "subtitle", "sub-title",
                "SubTitle", "news", "main", "t", "i", "tle", "tit", "İ", "\u212A", "ｔｉｔｌｅ", "标题", "x1"};
        Random r = new Random(41);
        int titles = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder id = new StringBuilder();
            StringBuilder cls = new StringBuilder();
            for (int i = r.nextInt(3); i > 0; i--) id.append(pieces[r.nextInt(pieces.length)]);
            for (int i = r.nextInt(4); i > 0; i--) cls.append(pieces[r.nextInt(pieces.length)]);
            boolean expected = joinedAndLowered(id.toString(), cls.toString());
            if (expected) titles++;
            assertEquals(expected, TitleFinder.namesTitle(id.toString(), cls.toString()), () -> "id " + id + ", class " + cls);
        }
        assertTrue(titles > 10_000 && titles < 90_000, "both answers met: " + titles);
    }
}
