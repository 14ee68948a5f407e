package org.policyminer.extract;

import java.util.List;

/**
 * An advert glued to a news clause by a lone dash: "臺中市政府今日公布…擴建計畫，預計新增投資四百億元——電競投注全場開盤，賠率
 * 最高，飛機搜尋 @ …", "…产值首次突破千亿元 —— 代写论文…". A pair of dashes (——…——) is {@link InsertedAsides}' doubled mark;
 * a lone one in a sentence opens no aside there, and the model's glued search ({@link GluedAdvert}) reads one clause at a
 * time, where the trade's clauses are short and the news sentence's words, summed with them, keep the line clean. A
 * writer's own dash joins a clause to what explains it; a paste joins two texts that share nothing. Each side of a lone
 * dash (from the sentence's start to the dash, from the dash to the sentence's end) is an aside, read as any aside is
 * ({@link SpamDetector#withoutSpamAsides}): cut only when it speaks an advert and is spam as a line against the page, so
 * a report's "——這是市府首次…" stays.
 */
final class DashTail {
    private DashTail() {}

    /** Each side of a lone dash needs this many non-space characters: fewer is a label or a dash opening the line. */
    static final int MIN_SIDE = 4;

    /**
     * Adds to {@code out} each side of each lone dash that crosses none of its asides, in place of those it holds
     * (screen: a dash in the text).
     */
    static void addSides(String text, List<InsertedAsides.Aside> out) {
        if (text.length() > GluedAdvert.MAX_PARAGRAPH || (text.indexOf('—') < 0 && !text.contains("--"))) return;
        int n = text.length();
        int sentenceFrom = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Chars.isSentenceEnd(c)) {
                sentenceFrom = i + 1;
                continue;
            }
            int run = dashRun(text, i);
            if (run == 0) continue;
            int sentenceTo = i + run;
            while (sentenceTo < n && !Chars.isSentenceEnd(text.charAt(sentenceTo))) sentenceTo++;
            String dash = text.substring(i, i + run);
            // a pair in the same sentence is the doubled mark's aside, not a lone dash
            boolean paired = text.substring(sentenceFrom, i).contains(dash) || text.substring(i + run, sentenceTo).contains(dash);
            if (!paired && Chars.nonSpace(text.substring(sentenceFrom, i)) >= MIN_SIDE
                    && Chars.nonSpace(text.substring(i + run, sentenceTo)) >= MIN_SIDE) {
                int to = sentenceTo < n ? sentenceTo + 1 : n;
                add(text, sentenceFrom, i, out);
                add(text, i + run, to, out);
            }
            i += run - 1;
        }
    }

    /** The length of the dash at {@code i}: one or more em dashes, or two or more hyphens; 0 when none starts there. */
    private static int dashRun(String text, int i) {
        char c = text.charAt(i);
        if (c != '—' && c != '-') return 0;
        int j = i;
        while (j < text.length() && text.charAt(j) == c) j++;
        return c == '-' && j - i < 2 ? 0 : j - i;
    }

    private static void add(String text, int from, int to, List<InsertedAsides.Aside> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (Chars.nonSpace(text.substring(from, to)) < InsertedAsides.MIN_CHARS) return;
        // an aside inside the side (the glued search's clause, "代写论文…知网可查，微") gives way to it: the side runs to the
        // sentence's end and takes the handle after the clause with it; one that crosses the side's edge keeps its place
        for (InsertedAsides.Aside a : out) if (a.from() < to && from < a.to() && (a.from() < from || a.to() > to)) return;
        final int f = from, t = to;
        out.removeIf(a -> a.from() >= f && a.to() <= t);
        out.add(new InsertedAsides.Aside(from, to, text.substring(from, to)));
    }
}
