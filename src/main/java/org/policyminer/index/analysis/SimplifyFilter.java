package org.policyminer.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.policyminer.convert.ScriptConverter;

/**
 * Converts each token to simplified script (same length, so offsets stay right). PolicyMiner converts whole
 * texts before analysis, which is more accurate (phrase context); this filter serves other deployments (Solr,
 * OpenSearch) that feed raw text to the analyzer.
 */
public final class SimplifyFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final ScriptConverter converter;

    public SimplifyFilter(TokenStream in, ScriptConverter converter) {
        super(in);
        this.converter = converter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String s = converter.toSimplified(termAtt.toString());
        termAtt.setEmpty().append(s);
        return true;
    }
}
