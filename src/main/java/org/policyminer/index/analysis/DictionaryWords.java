package org.policyminer.index.analysis;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.util.Arrays;

/**
 * The words of HanLP's dictionary segmenter over a whole text at once, given as the length of the word that starts at
 * each character (the words tile the text). It makes the segmenter's own three passes through HanLP's own tries:
 * longest match in the core dictionary, then in the custom dictionary's double-array trie and in its dynamic trie,
 * each word found by a later pass replacing the one that starts at the same character. What it leaves out is the
 * packaging of {@code DoubleArrayTrieSegment.seg}: a string, a char array and a word array per line, a string, a
 * {@code Term} and a linked-list node per word, which the tokenizer then searched back into the text for offsets;
 * that was over a third of the word view's time. No dictionary word holds a line break, so one pass over the
 * text gives the words of one pass per line.
 */
final class DictionaryWords {
    private final DoubleArrayTrie<CoreDictionary.Attribute> core;
    private final DynamicCustomDictionary custom;

    DictionaryWords(DoubleArrayTrie<CoreDictionary.Attribute> core, DynamicCustomDictionary custom) {
        this.core = core;
        this.custom = custom;
    }

    /** Fills {@code lengths[0..text.length)} with the length of the word that starts at each character. */
    void lengths(char[] text, int[] lengths) {
        Arrays.fill(lengths, 0, text.length, 1);
        longest(core, text, lengths);
        if (custom.dat != null) longest(custom.dat, text, lengths);
        if (custom.trie != null) custom.trie.parseLongestText(text, (begin, end, value) -> lengths[begin] = end - begin);
    }

    private static void longest(DoubleArrayTrie<CoreDictionary.Attribute> trie, char[] text, int[] lengths) {
        DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher s = trie.getLongestSearcher(text, 0);
        while (s.next()) lengths[s.begin] = s.length;
    }
}
