package org.policyminer.index.analysis;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import org.policyminer.util.ModelFiles;

/**
 * HanLP with the project's words (policy terms from {@code models/policy-terms.txt}). A per-instance
 * {@link DynamicCustomDictionary} keeps HanLP's global dictionary untouched (its global objects are not safe to
 * change concurrently). Loaded lazily, once; the words are thread-safe and shared.
 *
 * <p>The segmenter is HanLP's dictionary one (longest match in the core dictionary plus ours), not its default
 * Viterbi one: the word view only scores what the bigram view has already matched, so it needs whole words, not
 * the statistically best path through an ambiguous sentence, and the dictionary segmenter gives the same words on
 * policy text at about a tenth of the cost (segmentation was a third of ingest time). Its one difference, digits
 * and Latin letters one character at a time, is undone by the tokenizer, which joins such runs.
 */
public final class PolicyDictionary {
    private PolicyDictionary() {}

    private static final class Holder {
        static final DynamicCustomDictionary CUSTOM = build();
        // No part-of-speech tagging: it doubles the cost, and punctuation is told by its characters anyway.
        static final DictionaryWords WORDS = new DictionaryWords(CoreDictionary.trie, CUSTOM);

        private static DynamicCustomDictionary build() {
            DynamicCustomDictionary dict = new DynamicCustomDictionary();
            for (String term : ModelFiles.dataLines("policy-terms.txt")) dict.insert(term, "nz 1024");
            return dict;
        }
    }

    /** HanLP's custom dictionary with the project's words added: what {@code DoubleArrayTrieSegment} would be given. */
    static DynamicCustomDictionary customDictionary() {
        return Holder.CUSTOM;
    }

    static DictionaryWords words() {
        return Holder.WORDS;
    }

    /**
     * A dictionary of its own: HanLP's core words, the project's terms when {@code policyTerms}, and {@code extra}
     * (a Solr schema's user dictionary); the shared one is left as it is.
     */
    static DictionaryWords withWords(java.util.Collection<String> extra, boolean policyTerms) {
        DynamicCustomDictionary dict = new DynamicCustomDictionary();
        if (policyTerms) for (String term : ModelFiles.dataLines("policy-terms.txt")) dict.insert(term, "nz 1024");
        for (String word : extra) dict.insert(word, "nz 1024");
        return new DictionaryWords(CoreDictionary.trie, dict);
    }
}
