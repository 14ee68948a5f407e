package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The screen before the file-link regex never turns away a path the regex matches, and turns away the pages' own endings. */
class FactsCollectorScreenTest {
    @Test
    void screenPassesEveryPathTheRegexMatches() {
        String[] pieces = {"/", "a", "b", "x", ".", "..", "pdf", "doc", "docx", "xls", "xlsx", "et", "wps", "ofd", "zip", "rar", "7z", "ppt",
                "pptx", "txt", "csv", "html", "htm", "shtml", "jsp", "php", "aspx", "\n", "\r\n", "\r", "\u2028", "\u0085", " ", "附件", "k", "\u212a"};
        Random random = new Random(19);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(7); i >= 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String path = b.toString().toLowerCase(java.util.Locale.ROOT);
            boolean regex = FactsCollector.FILE.matcher(path).find();
            if (regex) {
                matched++;
                assertTrue(FactsCollector.mayNameFile(path), path);
            }
        }
        assertTrue(matched > 1000, "the random paths hardly named a file: the test checks nothing");
        for (String ext : List.of("pdf", "doc", "docx", "xls", "xlsx", "et", "wps", "ofd", "zip", "rar", "7z", "ppt", "pptx", "txt", "csv")) {
            assertTrue(FactsCollector.mayNameFile("/files/a." + ext), ext);
            assertTrue(FactsCollector.mayNameFile("/files/a." + ext + "\n"), ext);
        }
        for (String page : List.of("/a/b.html", "/a/b.htm", "/a/b.shtml", "/a/b/"))
            assertFalse(FactsCollector.mayNameFile(page), page);
    }
}
