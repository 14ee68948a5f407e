package org.policyminer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of an English sentence that lean furthest to an advert's, where a paste left no mark between them and the
 * sentence: "…worth 21.6 billion yuan at the expo buy Valium and Xanax without prescription at rx… dot su covering
 * semiconductors…". Each word leans by the English model ({@link EnglishAdvertWords}: the word's log-odds and its pair's
 * with the next word), and the run of words with the highest sum is the candidate, as {@link GluedAdvert} reads Han
 * characters; {@link GluedInserts} judges it as any run of pieces (off the sentence's topic, and an advert's mark).
 */
final class EnglishInsert {
    private EnglishInsert() {}

    /** A piece needs this many words to hold an insert and the sentence around it. */
    static final int MIN_WORDS = 12;
    /** The run needs this many words. */
    static final int MIN_RUN_WORDS = 3;

    /**
     * The span {@code from}–{@code to} (in {@code text}) of the piece {@code pieceFrom}–{@code pieceTo}'s words that lean
     * furthest to an advert, when it has {@link #MIN_RUN_WORDS} and leaves {@link GluedInserts#NEWS_WORDS} words of the
     * piece beside it whose words lean clean; else null. Only a piece with no Han. The run is the best of those that leave
     * the sentence going on after them ({@link GluedInserts#goesOn}, before {@code sentenceTo}): an English run that ends
     * its sentence is not read, so a tail of the news clause that leans a little to an advert ("…and its output is
     * expected to double by 2027") must not draw the run to the sentence's end and lose the insert before it.
     */
    static int[] find(String text, int pieceFrom, int pieceTo, int sentenceTo) {
        List<int[]> words = words(text, pieceFrom, pieceTo);
        if (words == null || words.size() < MIN_WORDS) return null;
        double[] lean = leans(text, words);
        int n = words.size();
        double best = 0, run = 0;
        int bestFrom = -1, bestTo = -1, runFrom = 0;
        for (int k = 0; k < n; k++) {
            if (run <= 0) {
                run = lean[k];
                runFrom = k;
            } else {
                run += lean[k];
            }
            if (run > best && GluedInserts.goesOn(text.substring(words.get(k)[1], sentenceTo))) {
                best = run;
                bestFrom = runFrom;
                bestTo = k;
            }
        }
        if (bestFrom < 0 || bestTo - bestFrom + 1 < MIN_RUN_WORDS) return null;
        // the sentence around it: enough words, leaning clean
        int outside = n - (bestTo - bestFrom + 1);
        double outsideLean = 0;
        for (int k = 0; k < n; k++) if (k < bestFrom || k > bestTo) outsideLean += lean[k];
        if (outside < GluedInserts.NEWS_WORDS || outsideLean >= 0) return null;
        return new int[] {words.get(bestFrom)[0], words.get(bestTo)[1]};
    }

    /** The summed lean of the words of an English piece (0 for one with Han or no word): below 0, its words lean clean. */
    static double lean(String piece) {
        return lean(piece, 0, piece.length());
    }

    /** {@link #lean(String)} of the piece {@code from}–{@code to} of {@code text}. */
    static double lean(String text, int from, int to) {
        List<int[]> words = words(text, from, to);
        if (words == null) return 0;
        double sum = 0;
        for (double v : leans(text, words)) sum += v;
        return sum;
    }

    /** Each word's lean: its log-odds and its pair's with the next word ({@link EnglishAdvertWords#value}). */
    private static double[] leans(String text, List<int[]> words) {
        EnglishAdvertWords model = EnglishAdvertWords.standard();
        int n = words.size();
        String[] w = new String[n];
        for (int k = 0; k < n; k++) w[k] = text.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
        double[] lean = new double[n];
        for (int k = 0; k < n; k++) lean[k] = model.value(w[k]) + (k + 1 < n ? model.value(w[k] + " " + w[k + 1]) : 0);
        return lean;
    }

    /** The words of {@code from}–{@code to} as spans (letters and digits, an inner apostrophe, hyphen or point); null when a Han character stands there. */
    private static List<int[]> words(String text, int pieceFrom, int pieceTo) {
        List<int[]> words = new ArrayList<>();
        for (int i = pieceFrom; i < pieceTo; ) {
            char c = text.charAt(i);
            if (Chars.isCjk(c)) return null;
            if (!Chars.isAsciiAlnum(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < pieceTo && (Chars.isAsciiAlnum(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-' || text.charAt(i) == '.' && i + 1 < pieceTo && Chars.isAsciiAlnum(text.charAt(i + 1)))) i++;
            words.add(new int[] {start, i});
        }
        return words;
    }
}
