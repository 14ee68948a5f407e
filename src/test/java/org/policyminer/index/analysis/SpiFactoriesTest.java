package org.policyminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.convert.ScriptConverter;

/**
 * The factories as a Solr schema builds them (by SPI name, with the arguments Solr passes, informed through a
 * resource loader) against the local index's analysers: the same terms, offsets, positions and types on every
 * corpus page, so a Solr collection matches and scores what the local index does.
 */
class SpiFactoriesTest {
    @TempDir Path conf;

    /** An analyser of one tokenizer made the way Solr makes it: by name, args as in a schema, then inform(). */
    private Analyzer bySpiName(String name, Map<String, String> schemaArgs) throws IOException {
        Map<String, String> args = new HashMap<>(schemaArgs);
        args.put("luceneMatchVersion", "9.12.3"); // Solr adds it to every factory's arguments
        TokenizerFactory f = TokenizerFactory.forName(name, args);
        if (f instanceof ResourceLoaderAware aware) aware.inform(new FilesystemResourceLoader(conf, getClass().getClassLoader()));
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = f.create();
                return new TokenStreamComponents(t, t);
            }
        };
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        return TokenDump.of(a.tokenStream("f", text));
    }

    private static List<String> corpusTexts() throws IOException {
        ScriptConverter converter = new ScriptConverter();
        try (Stream<Path> files = Files.walk(Path.of("corpora/pages"))) {
            // The index analyses converted text: so does the collection (PolicyMiner sends the simplified views).
            return files.filter(f -> f.toString().endsWith(".html")).sorted()
                    .map(p -> {
                        try {
                            return converter.toSimplified(Jsoup.parse(p.toFile(), null).wholeText());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

    @Test
    void spiNamedFactoriesGiveTheLocalIndexsTokensOnTheCorpus() throws IOException {
        Analyzer words = bySpiName(HanLPTokenizerFactory.NAME, Map.of());
        Analyzer bigrams = bySpiName(BigramTokenizerFactory.NAME, Map.of());
        List<String> texts = corpusTexts();
        assertTrue(texts.size() >= 20, "corpus pages read: " + texts.size());
        long compared = 0;
        for (String text : texts) {
            List<String> local = tokens(PolicyAnalyzers.words(), text);
            assertEquals(local, tokens(words, text));
            assertEquals(tokens(PolicyAnalyzers.bigrams(), text), tokens(bigrams, text));
            compared += local.size();
        }
        assertTrue(compared > 10_000, "word tokens compared: " + compared);
    }

    @Test
    void aUserDictionaryFileKeepsItsWordsWholeAndPolicyTermsStay() throws IOException {
        String text = "推进鸿雁星座工程和专精特新企业培育";
        Files.writeString(conf.resolve("words.txt"), "# comment\n鸿雁星座 nz 1024\n\n星座工程\n", StandardCharsets.UTF_8);
        List<String> plain = terms(bySpiName(HanLPTokenizerFactory.NAME, Map.of()), text);
        List<String> withDict = terms(bySpiName(HanLPTokenizerFactory.NAME, Map.of("userDictionary", "words.txt")), text);
        assertFalse(plain.contains("鸿雁星座"), plain.toString());
        assertTrue(withDict.contains("鸿雁星座"), withDict.toString());
        assertTrue(withDict.contains("专精特新"), withDict.toString());
        // the shared dictionary of the local index is not changed by a schema's words
        assertEquals(plain, terms(PolicyAnalyzers.words(), text));
        List<String> noTerms = terms(bySpiName(HanLPTokenizerFactory.NAME, Map.of("policyTerms", "false")), text);
        assertNotEquals(plain, noTerms);
        assertFalse(noTerms.contains("专精特新"), noTerms.toString());
    }

    @Test
    void aMissingDictionaryFileOrAnUnknownParameterFailsAtStartUp() {
        assertThrows(IOException.class, () -> bySpiName(HanLPTokenizerFactory.NAME, Map.of("userDictionary", "absent.txt")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bySpiName(BigramTokenizerFactory.NAME, Map.of("outputUnigram", "true")));
        assertTrue(e.getMessage().contains("Unknown parameters"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TokenFilterFactory.forName(SimplifyFilterFactory.NAME,
                new HashMap<>(Map.of("luceneMatchVersion", "9.12.3", "tables", "tw"))));
    }

    private static List<String> terms(Analyzer a, String text) throws IOException {
        return tokens(a, text).stream().filter(t -> !t.startsWith("end ")).map(t -> t.substring(0, t.indexOf(' '))).toList();
    }
}
