package org.policyminer.extract;

/**
 * Which opening mark closes with which: the brackets, quotes and title marks of Chinese and English text, each opening
 * with its closing, in one table. The readers that cut or match at them ({@link ClausePieces}, {@link GluedInserts},
 * {@link InsertedAsides}, {@link TitleMarks}, {@link ScamReport}) each name the openings they read, for their own reason,
 * and take the closings from here. A straight double quote closes itself.
 */
final class Brackets {
    private Brackets() {}

    /** Each opening followed by its closing. */
    private static final String PAIRS = "（）()【】〔〕［］[]〖〗｛｝〈〉「」『』《》“”‘’\"\"";

    /** The mark that closes {@code open}; 0 when it opens nothing. */
    static char closing(char open) {
        for (int i = 0; i < PAIRS.length(); i += 2) if (PAIRS.charAt(i) == open) return PAIRS.charAt(i + 1);
        return 0;
    }

    /** The mark that {@code close} closes; 0 when it closes nothing. */
    static char opening(char close) {
        for (int i = 1; i < PAIRS.length(); i += 2) if (PAIRS.charAt(i) == close) return PAIRS.charAt(i - 1);
        return 0;
    }

    /**
     * The closings of {@code openings}, in their order: a reader's two tables, where the closing at an index closes the
     * opening at the same index.
     */
    static String closings(String openings) {
        StringBuilder b = new StringBuilder(openings.length());
        for (int i = 0; i < openings.length(); i++) {
            char c = closing(openings.charAt(i));
            if (c == 0) throw new IllegalArgumentException("no closing for " + openings.charAt(i));
            b.append(c);
        }
        return b.toString();
    }
}
