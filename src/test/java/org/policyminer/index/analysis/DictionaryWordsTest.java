package org.policyminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The whole-text word lengths against HanLP's own dictionary segmenter run line by line, as the tokenizer ran it. */
class DictionaryWordsTest {
    private static final Segment HANLP = new DoubleArrayTrieSegment(CoreDictionary.trie).enableCustomDictionary(PolicyDictionary.customDictionary());

    /** HanLP's words of each line, with the line breaks as one-character words between them. */
    private static List<String> hanlpWords(String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.add("\n");
            if (!lines[i].isEmpty()) for (Term t : HANLP.seg(lines[i])) out.add(t.word);
        }
        return out;
    }

    private static List<String> words(String text) {
        char[] chars = text.toCharArray();
        int[] lengths = new int[chars.length];
        PolicyDictionary.words().lengths(chars, lengths);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chars.length; i += lengths[i]) out.add(new String(chars, i, lengths[i]));
        return out;
    }

    @Test
    void givesHanlpsWordsOnTheCorpusPages() throws IOException {
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("corpora/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Jsoup.parse(p.toFile(), null).wholeText();
                assertEquals(hanlpWords(text), words(text), p.toString());
                pages++;
            }
        }
        assertTrue(pages >= 20, "corpus pages read: " + pages);
    }

    @Test
    void givesHanlpsWordsOnRandomText() {
        Random r = new Random(7);
        String alphabet = "集成电路产业集群专精特新粤港澳大湾区南京市上海1234567890.亿万元，。\n <>&abcXYZ（）";
        for (int n = 0; n < 500; n++) {
            String text = HanLPTokenizerTest.randomText(r, alphabet, 120);
            assertEquals(hanlpWords(text), words(text), text);
        }
    }

    @Test
    void theProjectsTermsWinOverTheCoreDictionarysShorterWords() {
        assertTrue(words("培育专精特新企业").contains("专精特新"), words("培育专精特新企业").toString());
    }
}
