package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence (to 。！？!?…, or ；; which join two statements) cut into the pieces a writer, or a paste, joins with marks:
 * clauses between ，： (and their ASCII forms),
 * the inside and the two sides of a bracket or quote (【】[]（）()「」『』《》“”"" 〔〕［］〖〗), of a dash or a pair of dashes
 * (——, —, --, " - "), of a star or arrow run (★★, ▶, ➜, →), and a space where Han meets English. A number's own marks (2.1%, 1,200, 9:30) and a word's hyphen
 * join no pieces. Each piece knows the marks on its two sides, so a run of pieces can be cut out with the marks that
 * opened and closed it ({@link #cut}) and the sentence reads on. What the pieces say is {@link GluedInserts}' to judge.
 */
final class ClausePieces {
    private ClausePieces() {}

    /** A piece {@code from}–{@code to} of its paragraph (trimmed), in the sentence {@code sentenceFrom}–{@code sentenceTo}. */
    record Piece(int from, int to, int sentenceFrom, int sentenceTo) {}

    private static final String OPENERS = "【[（(「《“‘〔［〖『";
    private static final String CLOSERS = Brackets.closings(OPENERS);
    /** The brackets a question inside does not end its sentence in (【急用錢？車貸…】): not quotes, titles or [. */
    private static final String NESTING_OPENERS = "【（(〔［〖";
    private static final String NESTING_CLOSERS = Brackets.closings(NESTING_OPENERS);
    /** Marks that stand between two pieces as either side of an insert: dashes, stars, arrows, bars, quote marks of both ways. */
    private static final String BOTH = "—–★☆※◆◇■▲●♥❤▶►➜→⇒|｜\"";
    private static final String CLAUSE = "，：,:";

    /** Whether {@code c} at {@code i} is a mark between pieces (a number's point, comma or colon is not; a lone hyphen is not). */
    static boolean isMark(String text, int i) {
        char c = text.charAt(i);
        if (c == ',' || c == ':' || c == '.') {
            boolean digits = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if (digits) return false;
            // an English full stop is a sentence's end (read in sentences()), an address's dot (x.top) no mark
            return c != '.';
        }
        if (c == '-') {
            // two hyphens, or a hyphen with spaces on both sides, is a dash; one inside a word or a number is not
            boolean doubled = (i + 1 < text.length() && text.charAt(i + 1) == '-') || (i > 0 && text.charAt(i - 1) == '-');
            boolean spaced = i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
            return doubled || spaced;
        }
        if (c == ' ') return switchesScript(text, i);
        // an apostrophe inside a word (Ascom’s) is the word's
        if (c == '’' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) return false;
        return CLAUSE.indexOf(c) >= 0 || OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0 || BOTH.indexOf(c) >= 0;
    }

    /**
     * A space between a Han character and an English letter, either way round: where a paste of one script meets a
     * sentence of the other ("…突破两千亿元 play slots at … 占全省比重…"); a space inside either script joins its words.
     */
    private static boolean switchesScript(String text, int i) {
        if (i == 0 || i + 1 >= text.length()) return false;
        char before = text.charAt(i - 1), after = text.charAt(i + 1);
        return Chars.isCjk(before) && Chars.isAsciiLetter(after) || Chars.isAsciiLetter(before) && Chars.isCjk(after);
    }

    /** Whether {@code c} is a bracket, a quote or a title's mark the pieces are cut at, either way round, or a straight quote. */
    static boolean isBracketOrQuote(char c) {
        return OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0 || c == '"';
    }

    /** Whether the mark {@code c} opens or closes an insert (a bracket, a dash, a star): the cut takes it with the insert. */
    static boolean isInsertMark(char c) {
        return OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0 || BOTH.indexOf(c) >= 0 || c == '-';
    }

    /**
     * The pieces of each sentence of {@code text}: sentences end at 。！？!?… and at an English full stop before a space,
     * pieces at every {@link #isMark mark}; a piece with no letter, digit or Han character is dropped.
     */
    static List<List<Piece>> of(String text) {
        List<List<Piece>> out = new ArrayList<>();
        int n = text.length();
        int sentenceFrom = 0;
        int depth = 0; // brackets open: a question inside one (【急用錢？車貸…】) ends no sentence
        for (int i = 0; i <= n; i++) {
            if (i < n && NESTING_OPENERS.indexOf(text.charAt(i)) >= 0) depth++;
            else if (i < n && NESTING_CLOSERS.indexOf(text.charAt(i)) >= 0 && depth > 0) depth--;
            boolean end = i == n || depth == 0 && (Chars.isSentenceEnd(text.charAt(i)) || text.charAt(i) == '；' || text.charAt(i) == ';'
                    || (text.charAt(i) == '.' && i + 1 < n && text.charAt(i + 1) == ' ' && i > 0 && Character.isLowerCase(text.charAt(i - 1))));
            if (!end) continue;
            if (i > sentenceFrom) out.add(pieces(text, sentenceFrom, i));
            sentenceFrom = i + 1;
        }
        return out;
    }

    private static List<Piece> pieces(String text, int sentenceFrom, int sentenceTo) {
        List<Piece> out = new ArrayList<>();
        int from = sentenceFrom;
        for (int i = sentenceFrom; i <= sentenceTo; i++) {
            if (i < sentenceTo && !isMark(text, i)) continue;
            int a = from, b = i;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (holdsWord(text, a, b)) out.add(new Piece(a, b, sentenceFrom, sentenceTo));
            from = i + 1;
        }
        return out;
    }

    private static boolean holdsWord(String text, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }

    /**
     * The span to remove for the run of pieces {@code first}–{@code last} of one sentence: the pieces, the insert marks
     * that open them (a bracket, a dash) and close them, and one clause mark after them when the sentence goes on; a run
     * that ends its sentence takes the clause mark before it instead, so what is left reads "…集群，确保…" or "…4.3万户。".
     */
    static int[] cut(String text, Piece first, Piece last) {
        int from = first.from(), to = last.to();
        while (from > first.sentenceFrom() && (Character.isWhitespace(text.charAt(from - 1)) || isInsertMark(text.charAt(from - 1)) && isMark(text, from - 1))) from--;
        while (to < last.sentenceTo() && (Character.isWhitespace(text.charAt(to)) || isInsertMark(text.charAt(to)) && isMark(text, to))) to++;
        if (restHoldsWord(text, to, last.sentenceTo())) {
            if (to < last.sentenceTo() && CLAUSE.indexOf(text.charAt(to)) >= 0) to++;
        } else if (from > first.sentenceFrom() && CLAUSE.indexOf(text.charAt(from - 1)) >= 0) {
            from--;
        }
        return new int[] {from, to};
    }

    private static boolean restHoldsWord(String text, int from, int to) {
        return holdsWord(text, from, to);
    }
}
