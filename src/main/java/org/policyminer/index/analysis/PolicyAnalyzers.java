package org.policyminer.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

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
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(t);
                s = new LowerCaseFilter(s);
                s = new CJKBigramFilter(s);
                return new TokenStreamComponents(t, s);
            }
        };
    }
}
