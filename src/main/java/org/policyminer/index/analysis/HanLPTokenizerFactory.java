package org.policyminer.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * SPI name {@value #NAME}: the HanLP word tokenizer with PolicyMiner's dictionary, for Solr or OpenSearch
 * schemas ({@code <tokenizer name="policyminerHanlp"/>}). Takes no parameters; unknown ones fail at start-up.
 */
public final class HanLPTokenizerFactory extends TokenizerFactory {
    public static final String NAME = "policyminerHanlp";

    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** SPI needs a no-arg constructor to list the factory; it is never used to create one. */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public HanLPTokenizer create(AttributeFactory factory) {
        return new HanLPTokenizer();
    }
}
