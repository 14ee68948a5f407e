package org.policyminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The fused tokenizer against the chain of Lucene's own stages it stands for: same terms, offsets, positions, types. */
class BigramTokenizerTest {
    /** The bigram view as it was built from Lucene's stages. */
    private static final Analyzer LUCENE_CHAIN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new StandardTokenizer();
            return new TokenStreamComponents(t, new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(t))));
        }
    };

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        return TokenDump.of(a.tokenStream("f", text));
    }

    private static void assertSameTokens(String text) throws IOException {
        assertEquals(tokens(LUCENE_CHAIN, text), tokens(PolicyAnalyzers.bigrams(), text), () -> "text: " + text);
    }

    @Test
    void givesTheChainsTokensOnTheCorpusPages() throws IOException {
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("corpora/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertSameTokens(Jsoup.parse(p.toFile(), null).wholeText());
                pages++;
            }
        }
        assertTrue(pages >= 20, "corpus pages read: " + pages);
    }

    @Test
    void givesTheChainsTokensWhereTheRulesBite() throws IOException {
        for (String text : List.of("", "中", "中国", "到2025年集群产值突破4000亿元，", "5G网络", "ＡＢＣ集群１２３", "1，000亿", "1.5万亿元",
                "日本語のテキスト", "中国々", "中〇国", "集群\u0301产业", "集\u200D群", "产业\uFE0F", "𠀀中国", "中国𠀀", "한국어中文",
                "‼中国", "中国#\uFE0F\u20E3", "U.S.A.中国", "e_mail中国", "中・国", "中\u3000国", "A".repeat(300) + "中国")) {
            assertSameTokens(text);
        }
    }

    @Test
    void givesTheChainsTokensOnRandomText() throws IOException {
        // Han of the fast path and beyond it, kana, hangul, ASCII, full-width forms, Chinese and ASCII punctuation,
        // combining and format characters, pictographic punctuation, surrogate pairs.
        String[] alphabet = {"集", "成", "电", "路", "产", "业", "国", "〇", "々", "龥", "鿿", "丽", "ア", "の", "ー", "・", "한",
                "a", "Z", "5", "0", ".", ",", "'", "_", "-", "#", "*", " ", "\n", "，", "。", "：", "、", "（", "）", "“", "”",
                "—", "…", "·", "１", "Ａ", "ｱ", "\u0301", "\u200D", "\uFE0F", "\u20E3", "‼", "〰", "©", "😀", "𠀀", "$", "%"};
        Random r = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(14);
            // Mostly common Han, so that runs and their edges are exercised in every sample.
            for (int k = 0; k < len; k++) sb.append(r.nextInt(3) == 0 ? alphabet[r.nextInt(alphabet.length)] : alphabet[r.nextInt(6)]);
            assertSameTokens(sb.toString());
        }
    }

    @Test
    void isFoundBySpiName() {
        assertTrue(TokenizerFactory.forName(BigramTokenizerFactory.NAME, new HashMap<>()).create() instanceof BigramTokenizer);
    }
}
