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
    private final WordSegmenter segmenter;
    private char[] text = new char[0];
    private final Spans spans = new Spans();
    private int next;

    public HanLPTokenizer() {
        this(PolicyDictionary.words());
    }

    HanLPTokenizer(DictionaryWords dictionary) {
        this.segmenter = new WordSegmenter(dictionary);
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (next >= spans.size) return false;
        copyTerm(text, spans, next, termAtt, typeAtt);
        offsetAtt.setOffset(correctOffset(spans.start(next)), correctOffset(spans.end(next)));
        next++;
        return true;
    }

    /** Sets the term (lower-cased) and type of the {@code i}-th span: shared with {@link SegmentedText}'s tokens. */
    static void copyTerm(char[] text, Spans spans, int i, CharTermAttribute termAtt, TypeAttribute typeAtt) {
        int start = spans.start(i);
        int end = spans.end(i);
        char[] term = termAtt.resizeBuffer(end - start);
        for (int k = start; k < end; k++) term[k - start] = lowerCase(text[k]);
        termAtt.setLength(end - start);
        typeAtt.setType(spans.amount(i) ? AMOUNT : WORD);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
        text = readAll();
        segmenter.segment(text, spans);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length);
        offsetAtt.setOffset(end, end);
    }

    /** Drops a long text's buffers, as {@link BigramTokenizer#close} does: the analyser keeps this tokenizer for good. */
    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > BigramTokenizer.KEEP_CHARS) text = new char[0];
        spans.shrink();
        segmenter.shrink();
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

    /** Han characters (U+3400–U+9FFF) have no case and skip the lookup; full-width Latin above them does not. */
    private static char lowerCase(char c) {
        return c >= 0x3400 && c <= 0x9FFF ? c : Character.toLowerCase(c);
    }

    /** An ASCII or full-width digit. */
    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
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

        void shrink() {
            if (data.length > 3 * BigramTokenizer.KEEP_CHARS) data = new int[3 * 256];
            clear();
        }
    }
}
