package org.policyminer.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.policyminer.convert.ScriptConverter;

/** SPI name {@value #NAME}: traditional → simplified per token. Takes no parameters. */
public final class SimplifyFilterFactory extends TokenFilterFactory {
    public static final String NAME = "policyminerSimplify";
    private final ScriptConverter converter = new ScriptConverter();

    public SimplifyFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    public SimplifyFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SimplifyFilter(input, converter);
    }
}
