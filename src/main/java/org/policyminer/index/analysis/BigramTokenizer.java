package org.policyminer.index.analysis;

import java.io.CharArrayReader;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The bigram view's tokens: exactly those of Lucene's {@code StandardTokenizer → CJKWidthFilter → LowerCaseFilter →
 * CJKBigramFilter} chain (terms, offsets, positions, types), made faster for Chinese text. That chain passes every Han
 * character through four stages as a token of its own and pairs them up at the end, about 100 ns a character. Here a
 * run of common Han characters (U+4E00–U+9FA5, U+3400–U+4DB5) whose neighbours are ASCII or punctuation becomes its
 * bigrams directly, and a run of ASCII letters and digits its one token; whatever else lies between such runs
 * (kana, full-width digits, rare ideographs, combining marks) is handed to the chain itself, as a piece of its own.
 *
 * <p>Why the pieces give the chain's tokens: Unicode word breaking (UAX #29) separates a Han character from
 * anything after it but a combining or format character, and from anything before it; the bigram filter pairs
 * only characters of CJK scripts at adjacent offsets. A run's neighbours being ASCII or punctuation (never combining,
 * never CJK), no token and no bigram crosses its edges, so each piece between runs tokenises alone as it does in
 * the whole text. {@code BigramTokenizerTest} compares the two on the corpus and on random text built from the
 * characters where the rules bite.
 */
public final class BigramTokenizer extends Tokenizer {
    private static final String DOUBLE = "<DOUBLE>";
    private static final String SINGLE = "<SINGLE>";
    private static final String ALPHANUM = "<ALPHANUM>";
    private static final String NUM = "<NUM>";
    /** StandardTokenizer's default longest token; an ASCII run longer than this goes to the chain, which splits it. */
    private static final int MAX_TOKEN = org.apache.lucene.analysis.standard.StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private char[] text = new char[0];
    private int length;
    private final Tokens tokens = new Tokens();
    private int next;
    private Chain chain;

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (next >= tokens.size) return false;
        tokens.copyTo(next, text, termAtt);
        offsetAtt.setOffset(correctOffset(tokens.start(next)), correctOffset(tokens.end(next)));
        posIncAtt.setPositionIncrement(tokens.posInc(next));
        typeAtt.setType(tokens.type(next));
        next++;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        readAll();
        tokens.clear();
        next = 0;
        tokenize();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offsetAtt.setOffset(end, end);
    }

    /**
     * Drops the buffers a long text grew: the analyser keeps one tokenizer per thread for good, and after an 8 MB page
     * each held about 100 MB (the text and five ints and a type per token), which two ingest threads could not
     * afford under {@code -Xmx512m}.
     */
    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > KEEP_CHARS) text = new char[0];
        tokens.shrink();
    }

    /** Buffers up to this many characters (and tokens) stay for the next text: an ordinary page fits. */
    static final int KEEP_CHARS = 1 << 16;

    private void readAll() throws IOException {
        if (text.length < 1024) text = new char[1024];
        length = 0;
        int read;
        while ((read = input.read(text, length, text.length - length)) != -1) {
            length += read;
            if (length == text.length) text = Arrays.copyOf(text, 2 * text.length);
        }
    }

    /** Runs of common Han characters become bigrams, and the pieces between them tokens of their own. */
    private void tokenize() throws IOException {
        int pieceStart = 0;
        int i = 0;
        while (i < length) {
            if (!isCommonHan(text[i])) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < length && isCommonHan(text[runEnd])) runEnd++;
            if (isBoundary(i - 1) && isBoundary(runEnd)) {
                piece(pieceStart, i);
                bigrams(i, runEnd);
                pieceStart = runEnd;
            }
            i = runEnd;
        }
        piece(pieceStart, length);
    }

    /** A run's neighbour that no token or bigram joins to it: the text's edge, ASCII, or punctuation and spaces. */
    private boolean isBoundary(int at) {
        if (at < 0 || at >= length) return true;
        char c = text[at];
        return c < 0x80 || isQuiet(c);
    }

    private void bigrams(int start, int end) {
        if (end - start == 1) {
            tokens.add(start, end, SINGLE, 1);
            return;
        }
        for (int k = start; k + 1 < end; k++) tokens.add(k, k + 2, DOUBLE, 1);
    }

    /** The tokens of the text between two runs: none, one ASCII word, or what the chain makes of it. */
    private void piece(int start, int end) throws IOException {
        if (start >= end) return;
        boolean quiet = true;
        boolean alnum = true;
        boolean digits = true;
        for (int k = start; k < end; k++) {
            char c = text[k];
            quiet &= isQuiet(c);
            boolean digit = c >= '0' && c <= '9';
            digits &= digit;
            alnum &= digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (quiet) return;
        if (alnum && end - start <= MAX_TOKEN) {
            tokens.addLowerCase(start, end, digits ? NUM : ALPHANUM, text);
            return;
        }
        if (chain == null) chain = new Chain();
        chain.tokenize(text, start, end, tokens);
    }

    /** The common Han block and extension A, Han in every Unicode version StandardTokenizer may know. */
    private static boolean isCommonHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FA5) || (c >= 0x3400 && c <= 0x4DB5);
    }

    /**
     * Spaces, controls and punctuation: characters that never make a token on their own nor join a neighbouring Han
     * character. Kana-block punctuation (U+3030–U+30FF) and the punctuation that Unicode counts as pictographic (‼,
     * ⁉) are left to the chain.
     */
    static boolean isQuiet(char c) {
        switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> {
                return !(c >= 0x3030 && c <= 0x30FF) && c != 0x203C && c != 0x2049;
            }
            default -> {
                return false;
            }
        }
    }

    /** Lucene's own chain, for the pieces the fast paths do not take. */
    private static final class Chain {
        private final StandardTokenizer source = new StandardTokenizer();
        private final TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
        private final CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = stream.getAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posInc = stream.getAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute type = stream.getAttribute(TypeAttribute.class);

        /** Adds the chain's tokens of {@code text[start, end)}, offsets in the whole text. */
        void tokenize(char[] text, int start, int end, Tokens out) throws IOException {
            source.setReader(new CharArrayReader(text, start, end - start));
            stream.reset();
            while (stream.incrementToken()) {
                out.add(start + offset.startOffset(), start + offset.endOffset(), type.type(), posInc.getPositionIncrement(),
                        term.buffer(), term.length());
            }
            stream.end();
            stream.close();
        }
    }

    /**
     * The text's tokens in order: offsets, type and position increment, and the term's characters when they are not
     * the text's own (a lower-cased or width-folded term).
     */
    private static final class Tokens {
        private int[] ints = new int[5 * 512];
        private String[] types = new String[512];
        private char[] terms = new char[256];
        private int termsUsed;
        int size;

        void clear() {
            size = 0;
            termsUsed = 0;
        }

        void shrink() {
            if (types.length > KEEP_CHARS) {
                ints = new int[5 * 512];
                types = new String[512];
            }
            if (terms.length > KEEP_CHARS) terms = new char[256];
            clear();
        }

        /** A token whose term is the text between its offsets. */
        void add(int start, int end, String type, int posInc) {
            put(start, end, type, posInc, -1, 0);
        }

        /** A token with a term of its own. */
        void add(int start, int end, String type, int posInc, char[] term, int termLength) {
            ensureTerms(termLength);
            System.arraycopy(term, 0, terms, termsUsed, termLength);
            put(start, end, type, posInc, termsUsed, termLength);
            termsUsed += termLength;
        }

        /** A token whose term is the text between its offsets, ASCII letters lower-cased. */
        void addLowerCase(int start, int end, String type, char[] text) {
            int n = end - start;
            ensureTerms(n);
            for (int k = 0; k < n; k++) {
                char c = text[start + k];
                terms[termsUsed + k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            put(start, end, type, 1, termsUsed, n);
            termsUsed += n;
        }

        /** {@code termAt} -1: the term is the text between the offsets. */
        private void put(int start, int end, String type, int posInc, int termAt, int termLength) {
            if (size == types.length) {
                types = Arrays.copyOf(types, 2 * size);
                ints = Arrays.copyOf(ints, 10 * size);
            }
            int at = 5 * size;
            ints[at] = start;
            ints[at + 1] = end;
            ints[at + 2] = posInc;
            ints[at + 3] = termAt;
            ints[at + 4] = termLength;
            types[size++] = type;
        }

        int start(int i) {
            return ints[5 * i];
        }

        int end(int i) {
            return ints[5 * i + 1];
        }

        int posInc(int i) {
            return ints[5 * i + 2];
        }

        String type(int i) {
            return types[i];
        }

        void copyTo(int i, char[] text, CharTermAttribute term) {
            int at = 5 * i;
            if (ints[at + 3] < 0) term.copyBuffer(text, ints[at], ints[at + 1] - ints[at]);
            else term.copyBuffer(terms, ints[at + 3], ints[at + 4]);
        }

        private void ensureTerms(int n) {
            if (termsUsed + n > terms.length) terms = Arrays.copyOf(terms, Math.max(2 * terms.length, termsUsed + n));
        }
    }
}
