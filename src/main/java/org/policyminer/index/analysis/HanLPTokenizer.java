package org.policyminer.index.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Word tokens from HanLP's dictionary segmenter with the project's dictionary. Drops punctuation and whitespace,
 * joins the digits and Latin letters that the segmenter hands over one at a time (2025, 1.5, iPhone), and keeps
 * amounts such as 1.5万亿元 whole. Every token is a span of the text, lower-cased: the tokenizer works on offsets
 * and copies a token's characters only when it hands the token over.
 */
public final class HanLPTokenizer extends Tokenizer {
    static final String WORD = "x";
    static final String AMOUNT = "mq";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final DictionaryWords dictionary;
    private char[] text = new char[0];
    private int[] lengths = new int[0];
    private final Spans spans = new Spans();
    private int next;

    public HanLPTokenizer() {
        this(PolicyDictionary.words());
    }

    HanLPTokenizer(DictionaryWords dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (next >= spans.size) return false;
        int start = spans.start(next);
        int end = spans.end(next);
        char[] term = termAtt.resizeBuffer(end - start);
        for (int i = start; i < end; i++) term[i - start] = lowerCase(text[i]);
        termAtt.setLength(end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        typeAtt.setType(spans.amount(next) ? AMOUNT : WORD);
        next++;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
        text = readAll();
        if (lengths.length < text.length) lengths = new int[Math.max(text.length, 2 * lengths.length)];
        dictionary.lengths(text, lengths);
        spans.clear();
        words(text, lengths, spans);
        AmountSpans.merge(text, spans);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length);
        offsetAtt.setOffset(end, end);
    }

    /** The whole input, in an array of its exact length (HanLP's tries read to the end of the array). */
    private char[] readAll() throws IOException {
        char[] buf = new char[Math.max(1024, text.length)];
        int n = 0;
        int read;
        while ((read = input.read(buf, n, buf.length - n)) != -1) {
            n += read;
            if (n == buf.length) buf = Arrays.copyOf(buf, 2 * buf.length);
        }
        return Arrays.copyOf(buf, n);
    }

    /**
     * The words of the segmentation ({@code lengths[i]}: the word starting at {@code i}) as spans, with runs of
     * digits or Latin letters joined and the words without a letter or digit (punctuation, spaces) dropped.
     */
    private static void words(char[] text, int[] lengths, Spans out) {
        int i = 0;
        while (i < text.length) {
            int end = i + lengths[i];
            if (isRunText(text, i, end)) {
                while (end < text.length && continuesRun(text, i, end, end + lengths[end])) end += lengths[end];
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

    /** Han characters (U+3400–U+9FFF) have no case and skip the lookup; full-width Latin above them does not. */
    private static char lowerCase(char c) {
        return c >= 0x3400 && c <= 0x9FFF ? c : Character.toLowerCase(c);
    }

    /** An ASCII or full-width digit. */
    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '．';
    }

    /** Token spans in one growable array: start, end and whether the span is a merged amount, for each token. */
    static final class Spans {
        private int[] data = new int[3 * 256];
        int size;

        void add(int start, int end) {
            if (3 * size + 3 > data.length) data = Arrays.copyOf(data, 2 * data.length);
            set(size++, start, end, false);
        }

        void set(int i, int start, int end, boolean amount) {
            data[3 * i] = start;
            data[3 * i + 1] = end;
            data[3 * i + 2] = amount ? 1 : 0;
        }

        int start(int i) {
            return data[3 * i];
        }

        int end(int i) {
            return data[3 * i + 1];
        }

        boolean amount(int i) {
            return data[3 * i + 2] == 1;
        }

        void truncate(int n) {
            size = n;
        }

        void clear() {
            size = 0;
        }
    }
}
