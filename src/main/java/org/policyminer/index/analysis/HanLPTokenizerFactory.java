package org.policyminer.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * SPI name {@value #NAME}: the HanLP word tokenizer with PolicyMiner's dictionary, for Solr or OpenSearch schemas:
 * <pre>{@code
 * <tokenizer name="policyminerHanlp" userDictionary="words.txt,more-words.txt" policyTerms="true"/>
 * }</pre>
 * <ul>
 *   <li>{@code userDictionary}: comma-separated files, read through the {@link ResourceLoader} (in Solr: the
 *   configset's {@code conf/}), each line one word that the word view keeps whole; a line may go on after a blank
 *   (HanLP's custom-dictionary form {@code 词 nz 1024}: only the word counts), {@code #} starts a comment. With it the
 *   tokenizer has a dictionary of its own; without it, the one the local index uses.</li>
 *   <li>{@code policyTerms} (default true): whether PolicyMiner's own terms ({@code models/policy-terms.txt}) are in
 *   the dictionary. The local index has them: keep them for the same tokens.</li>
 * </ul>
 * Unknown parameters fail at start-up, as with Lucene's own factories.
 */
public final class HanLPTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
    public static final String NAME = "policyminerHanlp";

    private final List<String> userDictionaries;
    private final boolean policyTerms;
    /** The local index's dictionary until {@link #inform} reads other words. */
    private volatile DictionaryWords words;

    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        String files = get(args, "userDictionary");
        userDictionaries = files == null ? List.of() : splitFileNames(files);
        policyTerms = getBoolean(args, "policyTerms", true);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args
                + " (policyminerHanlp takes userDictionary and policyTerms)");
        words = userDictionaries.isEmpty() && policyTerms ? PolicyDictionary.words() : null;
    }

    /** SPI needs a no-arg constructor to list the factory; it is never used to create one. */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (userDictionaries.isEmpty() && policyTerms) return;
        List<String> extra = new ArrayList<>();
        for (String file : userDictionaries) {
            for (String line : getLines(loader, file)) {
                String word = line.strip().split("\\s+", 2)[0];
                if (!word.isEmpty()) extra.add(word);
            }
        }
        words = PolicyDictionary.withWords(extra, policyTerms);
    }

    @Override
    public HanLPTokenizer create(AttributeFactory factory) {
        DictionaryWords w = words;
        if (w == null) throw new IllegalStateException(NAME + " with a userDictionary or policyTerms=false is used only after inform(ResourceLoader)");
        return new HanLPTokenizer(w);
    }
}
