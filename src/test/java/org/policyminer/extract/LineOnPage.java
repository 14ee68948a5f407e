package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** A line read as the standard detector reads it on a page of the given paragraphs (the line itself among them). */
final class LineOnPage {
    private LineOnPage() {
    }

    static Topic topic(List<String> page, String line) {
        List<String> all = new ArrayList<>(page);
        all.add(line);
        return Topic.of(all);
    }

    static double score(List<String> page, String line) {
        return SpamDetector.standard().spamScore(line, topic(page, line), true);
    }

    /** The asides cut from a line that is not spam as a whole (asserted first: a line removed whole is no cut). */
    static SpamDetector.Cut cut(List<String> page, String line) {
        Topic t = topic(page, line);
        SpamDetector d = SpamDetector.standard();
        assertTrue(d.spamScore(line, t, true) < SpamDetector.SPAM, "spam as a line: " + line);
        return d.withoutSpamAsides(line, () -> t, true);
    }
}
