package org.policyminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The classifier jar {@code target/policyminer-*-analysis.jar} as Solr's lib directory would hold it: loaded beside
 * nothing but Lucene's two jars (what Solr brings), its factories are found by SPI name and give the local index's
 * terms, so the jar carries everything the analysis needs (HanLP and its data, OpenCC4j, the model files).
 */
class AnalysisJarIT {
    private static final String TEXT = "工业和信息化部：到2025年，新型电力（智能电网）装备集群产值突破1.5万亿元，培育专精特新“小巨人”企业。";

    @Test
    void theJarAloneWithLuceneGivesTheLocalIndexsTokens() throws Exception {
        Path jar = analysisJar();
        URL[] urls = {jar.toUri().toURL(), location(TokenizerFactory.class), location(CJKBigramFilter.class)};
        try (URLClassLoader solrLike = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            assertEquals(localTerms(PolicyAnalyzers.words(), TEXT), isolatedTerms(solrLike, HanLPTokenizerFactory.NAME, null, TEXT));
            assertEquals(localTerms(PolicyAnalyzers.bigrams(), TEXT), isolatedTerms(solrLike, BigramTokenizerFactory.NAME, null, TEXT));
            List<String> simplified = isolatedTerms(solrLike, HanLPTokenizerFactory.NAME, SimplifyFilterFactory.NAME, "新型電力裝備集群產值");
            assertTrue(simplified.contains("集群"), simplified.toString());
            // the factory classes came from the jar, not from this test's class path
            Class<?> factory = solrLike.loadClass(HanLPTokenizerFactory.class.getName());
            assertEquals(jar.toUri().toURL(), factory.getProtectionDomain().getCodeSource().getLocation());
        }
    }

    /** The figure point field's encoding (index.Figures, doc.FigureKind) travels in the jar: Solr has no PolicyMiner. */
    @Test
    void theJarAloneWithLuceneMakesTheLocalIndexsFigurePoints() throws Exception {
        Path jar = analysisJar();
        String value = "2025\t1.0E11\t1.2E11\ttarget\t南京市\t苏州市";
        URL[] urls = {jar.toUri().toURL(), location(TokenizerFactory.class), location(CJKBigramFilter.class)};
        try (URLClassLoader solrLike = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> text = solrLike.loadClass(FigurePointText.class.getName());
            Object v = text.getMethod("parse", String.class).invoke(null, value);
            Class<?> figures = solrLike.loadClass("org.policyminer.index.Figures");
            Object points = figures.getMethod("points", String.class, v.getClass()).invoke(null, FigurePointText.FIELD, v);
            assertEquals(org.policyminer.index.Figures.points(FigurePointText.FIELD, FigurePointText.parse(value)).toString(), points.toString());
            assertEquals(jar.toUri().toURL(), figures.getProtectionDomain().getCodeSource().getLocation());
        }
    }

    private static Path analysisJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "policyminer-*-analysis.jar")) {
            for (Path p : jars) return p;
        }
        throw new AssertionError("no target/policyminer-*-analysis.jar: run mvn package first");
    }

    private static URL location(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    /** The terms of a tokenizer (and filter) made by SPI name inside {@code loader}, all through reflection. */
    private static List<String> isolatedTerms(ClassLoader loader, String tokenizer, String filter, String text) throws Exception {
        Map<String, String> args = new HashMap<>(Map.of("luceneMatchVersion", "9.12.3"));
        Class<?> tokenizerFactory = loader.loadClass("org.apache.lucene.analysis.TokenizerFactory");
        Object tf = tokenizerFactory.getMethod("forName", String.class, Map.class).invoke(null, tokenizer, args);
        Object stream = tokenizerFactory.getMethod("create").invoke(tf);
        loader.loadClass("org.apache.lucene.analysis.Tokenizer").getMethod("setReader", java.io.Reader.class).invoke(stream, new StringReader(text));
        Class<?> tokenStream = loader.loadClass("org.apache.lucene.analysis.TokenStream");
        if (filter != null) {
            Class<?> filterFactory = loader.loadClass("org.apache.lucene.analysis.TokenFilterFactory");
            Object ff = filterFactory.getMethod("forName", String.class, Map.class).invoke(null, filter, new HashMap<>(args));
            stream = filterFactory.getMethod("create", tokenStream).invoke(ff, stream);
        }
        Class<?> termClass = loader.loadClass("org.apache.lucene.analysis.tokenattributes.CharTermAttribute");
        Object term = tokenStream.getMethod("addAttribute", Class.class).invoke(stream, termClass);
        Method increment = tokenStream.getMethod("incrementToken");
        tokenStream.getMethod("reset").invoke(stream);
        List<String> out = new ArrayList<>();
        while ((Boolean) increment.invoke(stream)) out.add(term.toString());
        tokenStream.getMethod("end").invoke(stream);
        tokenStream.getMethod("close").invoke(stream);
        return out;
    }

    private static List<String> localTerms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (var ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
