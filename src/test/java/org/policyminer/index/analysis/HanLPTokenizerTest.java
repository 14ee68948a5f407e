package org.policyminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class HanLPTokenizerTest {
    record Tok(String term, int start, int end) {}

    static List<Tok> tokens(Analyzer a, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Tok(t.toString(), o.startOffset(), o.endOffset()));
            ts.end();
        }
        return out;
    }

    @Test
    void keepsPolicyTermsAndAmountsWhole() throws IOException {
        List<String> terms = tokens(PolicyAnalyzers.words(), "培育专精特新企业，粤港澳大湾区集群规模达1.5万亿元").stream().map(Tok::term).toList();
        assertTrue(terms.contains("专精特新"), terms.toString());
        assertTrue(terms.contains("粤港澳大湾区"), terms.toString());
        assertTrue(terms.contains("集群"), terms.toString());
        assertTrue(terms.contains("1.5万亿元"), terms.toString());
    }

    @Test
    void numbersAndLatinWordsStayWholeButApartFromEachOther() throws IOException {
        List<String> terms = tokens(PolicyAnalyzers.words(), "到2025年，AI和5G产业投资3,000亿元，版本2.0。").stream().map(Tok::term).toList();
        assertEquals(List.of("到", "2025", "年", "ai", "和", "5", "g", "产业", "投资", "3,000亿元", "版本", "2.0"), terms);
    }

    @Test
    void fullWidthCapitalsAreLowerCasedLikeAsciiOnes() throws IOException {
        // Full-width letters lie above the CJK range; a word view that left ＡＩ upper case would miss ａｉ.
        List<String> terms = tokens(PolicyAnalyzers.words(), "发展ＡＩ产业").stream().map(Tok::term).toList();
        assertEquals(List.of("发展", "ａｉ", "产业"), terms);
    }

    @Test
    void offsetsPointAtTheTokenEvenAcrossNewlines() throws IOException {
        String text = "第一段集成电路\n\n第二段：新能源汽车产业\n";
        for (Tok t : tokens(PolicyAnalyzers.words(), text)) {
            assertEquals(t.term(), text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT), t.toString());
        }
        for (Tok t : tokens(PolicyAnalyzers.bigrams(), text)) {
            assertEquals(t.term(), text.substring(t.start(), t.end()), t.toString());
        }
    }

    @Test
    void aTokensTextIsItsSpanLowerCasedCharacterForCharacter() throws IOException {
        // String.toLowerCase turns İ into two characters (i and a combining dot), longer than the span it came from.
        assertEquals(List.of(new Tok("集群", 0, 2), new Tok("i", 2, 3), new Tok("abc", 4, 7)), tokens(PolicyAnalyzers.words(), "集群İ，ABC"));
    }

    @Test
    void dropsPunctuation() throws IOException {
        assertEquals(List.of(), tokens(PolicyAnalyzers.words(), "，。！？“”（）—— …"));
    }

    /** Up to {@code maxLength - 1} characters drawn from {@code alphabet}. */
    static String randomText(Random r, String alphabet, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(maxLength);
        for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }

    @Test
    void survivesRandomInputWithConsistentOffsets() throws IOException {
        Random r = new Random(42);
        String alphabet = "集成电路产业集群南京上海1234567890.亿万元，。\n <>&\"'abcXYZ（）😀";
        for (int n = 0; n < 200; n++) {
            String text = randomText(r, alphabet, 80);
            int last = 0;
            for (Tok t : tokens(PolicyAnalyzers.words(), text)) {
                assertTrue(t.start() >= last && t.end() <= text.length() && t.start() < t.end(), text + " → " + t);
                last = t.start();
            }
        }
    }

    @Test
    void factoriesAreFoundBySpiNameAndRejectUnknownParameters() {
        Tokenizer t = TokenizerFactory.forName(HanLPTokenizerFactory.NAME, new HashMap<>()).create();
        assertTrue(t instanceof HanLPTokenizer);
        assertTrue(TokenFilterFactory.availableTokenFilters().contains(SimplifyFilterFactory.NAME));
        Map<String, String> bad = new HashMap<>(Map.of("dictionry", "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenizerFactory.forName(HanLPTokenizerFactory.NAME, bad));
        assertTrue(e.getMessage().contains("Unknown parameters"), e.getMessage());
    }

    @Test
    void simplifyFilterConvertsTraditionalTokens() throws IOException {
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String f) {
                Tokenizer t = TokenizerFactory.forName(HanLPTokenizerFactory.NAME, new HashMap<>()).create();
                return new TokenStreamComponents(t, TokenFilterFactory.forName(SimplifyFilterFactory.NAME, new HashMap<>()).create(t));
            }
        };
        assertTrue(tokens(a, "集成電路").stream().allMatch(t -> "集成电路".contains(t.term())), tokens(a, "集成電路").toString());
    }
}
