package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ReaderHook's pointer pattern opens with a look-behind holding a {@code \p} class and an intersection, and lists 👉:
 * QuickFind could not read its start and searched it the plain way at every position of every short line (a tenth of
 * extraction in speed10's profile). Now read; this checks the quick search says what {@code Pattern.find} says.
 */
class ReaderHookSearchTest {
    @Test
    void thePointerPatternIsSearchedOnlyWhereAMatchCanStart() {
        assertTrue(ReaderHook.POINT.isQuick());
        assertTrue(ReaderHook.PROMISE.isQuick());
    }

    @Test
    void theQuickSearchFindsWhatFindFinds() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpora/spam"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("inline-dev")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        try (Stream<Path> pages = Files.list(Path.of("corpora/pages"))) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String text = org.jsoup.Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8)).body().wholeText();
                for (String l : text.split("\n")) if (!l.isBlank()) lines.add(l.strip());
            }
        }
        // random lines over the pattern's own characters, prose and the look-behind's exceptions, split pairs included
        String alphabet = ReaderHook.POINT.pattern().pattern().replaceAll("[\\\\(){}?:|!<&^\\[\\]+*]", "") + "有地重的了我们，。 看点→\uD83D\uDC49";
        Random r = new Random(19);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder t = new StringBuilder();
            int len = 1 + r.nextInt(16);
            for (int i = 0; i < len; i++) t.append(alphabet.charAt(r.nextInt(alphabet.length())));
            lines.add(t.toString());
        }
        int found = 0;
        for (String l : lines) {
            boolean expected = ReaderHook.POINT.pattern().matcher(l).find();
            assertEquals(expected, ReaderHook.POINT.find(l), () -> "on " + l);
            if (expected) found++;
        }
        assertTrue(found > 1000, "the lines reach the pattern: " + found);
    }
}
