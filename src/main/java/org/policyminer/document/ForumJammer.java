package org.policyminer.document;

/**
 * A forum's anti-copy jammer (Discuz and its kin): runs of short ASCII tokens, the board's address and name, put before and
 * after each line of a post (") O6 e/ U t7 y' [6 v10.1.2.3 国函〔2010〕121号", "* g6 m9 e6 z( [/ j 某某省人民政府:abc now! [; {7").
 * The head's lines are read with those runs blanked (spaces of the same length, so every offset stays the original's).
 */
final class ForumJammer {
    private ForumJammer() {}

    /** How many lines of the head are looked at: the number line and the addressees stand there. */
    private static final int HEAD_LINES = 15;
    /** How many tokens open a jammed line, each of one to three characters, two of them at least with a mark in them. */
    private static final int TOKENS = 5;

    static String blanked(String text) {
        char[] out = null;
        int lineStart = 0;
        for (int line = 0; line < HEAD_LINES && lineStart < text.length(); line++) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            // (cheap test first: a line of the text starts with a Han character, a bracket or a space)
            char c = lineEnd > lineStart ? text.charAt(lineStart) : ' ';
            if (c > ' ' && c < 128) {
                int han = firstHan(text, lineStart, lineEnd);
                if (han > lineStart && jammed(text.substring(lineStart, han))) {
                    if (out == null) out = text.toCharArray();
                    for (int k = lineStart; k < han; k++) out[k] = ' ';
                    // and the run after the line's last Han character (a colon that ends an addressee line kept)
                    int tail = lineEnd;
                    while (tail > han && text.charAt(tail - 1) < 128) tail--;
                    if (tail < lineEnd && text.charAt(tail) == ':') tail++;
                    for (int k = tail; k < lineEnd; k++) out[k] = ' ';
                }
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? text : new String(out);
    }

    private static int firstHan(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.UnicodeScript.of(text.charAt(k)) == Character.UnicodeScript.HAN) return k;
        }
        return to;
    }

    /** Whether a line's ASCII lead opens with {@link #TOKENS} short tokens, two of them at least holding a mark. */
    static boolean jammed(String lead) {
        String[] tokens = lead.strip().split(" +");
        if (tokens.length < TOKENS) return false;
        int marked = 0;
        for (int i = 0; i < TOKENS; i++) {
            String t = tokens[i];
            if (t.isEmpty() || t.length() > 3) return false;
            for (int k = 0; k < t.length(); k++) {
                if (!Character.isLetterOrDigit(t.charAt(k))) {
                    marked++;
                    break;
                }
            }
        }
        return marked >= 2;
    }
}
