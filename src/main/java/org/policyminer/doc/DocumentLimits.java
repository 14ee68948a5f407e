package org.policyminer.doc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one document may cost, so that one bad input fails alone instead of taking the heap of the whole run: a
 * 30 MB page of one paragraph ingested beside six others under {@code -Xmx512m} ran out of memory in the bigram
 * tokenizer and nothing was indexed. A document over a cap fails with {@link Exceeded}, whose message names it.
 *
 * <p>The caps sit well above any real page (the longest of the corpus and the shared datasets' pages has 22 411
 * characters of text) and above the synthetic 8 MB page the bench times (2.6 million characters, 17 700 figures,
 * 71 000 mentions, 19 700 figure-city points). Tokens need no cap of their own: each view has at most one token per
 * character of text.
 */
public final class DocumentLimits {
    private DocumentLimits() {}

    /** Bytes of a page: extraction reads no more (and cuts a longer page there); the index takes no cut page. */
    public static final int MAX_PAGE_BYTES = 8 << 20;
    /** Characters of article text (title and body) after extraction. */
    public static final int MAX_TEXT_CHARS = 3_000_000;
    /** City and cluster mentions. */
    public static final int MAX_MENTIONS = 200_000;
    /** Monetary figures. */
    public static final int MAX_FIGURES = 50_000;
    /** Figure-city pairs: each is a point in the index. */
    public static final int MAX_FIGURE_POINTS = 200_000;

    /** A document over one of the caps. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded(String what, long count, long cap) {
            super(String.format("%,d %s, over the cap of %,d on one document", count, what, cap));
        }
    }

    /** Fails when {@code count} of {@code what} is over {@code cap}. */
    public static void check(String what, long count, long cap) {
        if (count > cap) throw new Exceeded(what, count, cap);
    }

    /** The article's text against {@link #MAX_TEXT_CHARS}. */
    public static void checkText(Article a) {
        long chars = a.title().length();
        for (String p : a.paragraphs()) chars += p.length() + 1;
        check("characters of text", chars, MAX_TEXT_CHARS);
    }

    private static final Pattern CUT = Pattern.compile("of (\\d+) bytes");

    /**
     * Refuses to index an article that extraction cut short (a page over its cap of 8 MB): its first 8 MB indexed as
     * if they were the whole article would answer searches as if the rest did not exist.
     */
    public static void checkWhole(Article a) {
        for (Removal r : a.removed()) {
            if (!r.reason().equals("truncated")) continue;
            Matcher m = CUT.matcher(r.sample());
            throw new Exceeded("bytes in the page", m.find() ? Long.parseLong(m.group(1)) : MAX_PAGE_BYTES + 1L, MAX_PAGE_BYTES);
        }
    }
}
