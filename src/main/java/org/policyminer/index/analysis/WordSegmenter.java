package org.policyminer.index.analysis;

import static org.policyminer.index.analysis.HanLPTokenizer.isDigit;
import static org.policyminer.index.analysis.HanLPTokenizer.isSeparator;

import org.policyminer.index.analysis.HanLPTokenizer.Spans;

/**
 * A text's word tokens as spans: HanLP's dictionary words ({@link DictionaryWords}), digit and Latin runs joined,
 * punctuation dropped, amounts merged ({@link AmountSpans}). One instance per thread: it keeps a scratch array.
 */
final class WordSegmenter {
    /**
     * Longest run of digits or letters joined into one token, as Lucene's standard tokenizer (the bigram view) cuts
     * its tokens: a page holding a megabyte of digits made one term that Lucene refuses (over 32 766 bytes), failing
     * the page.
     */
    static final int MAX_RUN = 255;

    private final DictionaryWords dictionary;
    private int[] lengths = new int[0];

    WordSegmenter(DictionaryWords dictionary) {
        this.dictionary = dictionary;
    }

    /** Drops the scratch array a long text grew. */
    void shrink() {
        if (lengths.length > BigramTokenizer.KEEP_CHARS) lengths = new int[0];
    }

    /** Replaces {@code out}'s spans with the word tokens of {@code text}. */
    void segment(char[] text, Spans out) {
        if (lengths.length < text.length) lengths = new int[Math.max(text.length, 2 * lengths.length)];
        dictionary.lengths(text, lengths);
        out.clear();
        words(text, lengths, out);
        AmountSpans.merge(text, out);
    }

    /**
     * The words of the segmentation ({@code lengths[i]}: the word starting at {@code i}) as spans, with runs of
     * digits or Latin letters joined and the words without a letter or digit (punctuation, spaces) dropped.
     */
    static void words(char[] text, int[] lengths, Spans out) {
        int i = 0;
        while (i < text.length) {
            int end = i + lengths[i];
            if (isRunText(text, i, end)) {
                while (end < text.length && end - i < MAX_RUN && continuesRun(text, i, end, end + lengths[end])) end += lengths[end];
            }
            // A run cannot end in a separator: "2025." is the year and a full stop.
            int stop = end - i > 1 && isSeparator(text[end - 1]) ? end - 1 : end;
            if (hasLetterOrDigit(text, i, stop)) out.add(i, stop);
            i = end;
        }
    }

    /**
     * Whether the word {@code [end, nextEnd)} continues the run {@code [start, end)}: digits with digits and
     * separators (3,000 and 1.5, but a separator only after a digit that follows another), Latin letters with
     * Latin letters; a digit next to a letter stays apart (5G → 5 G), as in HanLP's statistical segmenter.
     */
    private static boolean continuesRun(char[] text, int start, int end, int nextEnd) {
        if (!isRunText(text, end, nextEnd)) return false;
        char a = text[end - 1];
        char b = text[end];
        if (isDigit(a) && (isDigit(b) || isSeparator(b))) return true;
        if (isSeparator(a) && isDigit(b)) return end - start > 1 && isDigit(text[end - 2]);
        return isLatin(a) && isLatin(b);
    }

    private static boolean isRunText(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (!isDigit(c) && !isLatin(c) && !isSeparator(c)) return false;
        }
        return true;
    }

    private static boolean hasLetterOrDigit(char[] text, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(text[i])) return true;
        return false;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }
}
