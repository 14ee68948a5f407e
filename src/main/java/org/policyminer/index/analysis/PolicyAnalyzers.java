package org.policyminer.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The two views of converted (simplified) text: words from HanLP for precision, CJK bigrams for recall on
 * words the dictionary lacks. Both analyse simplified text: conversion happens once, before analysis.
 */
public final class PolicyAnalyzers {
    private PolicyAnalyzers() {}

    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new HanLPTokenizer();
                return new TokenStreamComponents(t, t);
            }
        };
    }

    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                // Lucene's standard, cjkWidth, lowercase and cjkBigram stages in one (see BigramTokenizer)
                Tokenizer t = new BigramTokenizer();
                return new TokenStreamComponents(t, t);
            }
        };
    }
}
