package org.policyminer.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * SPI name {@value #NAME}: the bigram view's tokenizer ({@link BigramTokenizer}), the tokens of Lucene's standard,
 * cjkWidth, lowercase and cjkBigram chain in one stage ({@code <tokenizer name="policyminerBigram"/>}). Takes no
 * parameters; unknown ones fail at start-up.
 */
public final class BigramTokenizerFactory extends TokenizerFactory {
    public static final String NAME = "policyminerBigram";

    public BigramTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** SPI needs a no-arg constructor to list the factory; it is never used to create one. */
    public BigramTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public BigramTokenizer create(AttributeFactory factory) {
        return new BigramTokenizer();
    }
}
