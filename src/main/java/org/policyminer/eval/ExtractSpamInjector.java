package org.policyminer.eval;

public final class ExtractSpamInjector {
    private final long seed;

    public ExtractSpamInjector(long seed) {
        this.seed = seed;
    }

    public void writeCorpus(java.util.List<ExtractCase> cases, java.nio.file.Path dir) throws java.io.IOException {
        throw new UnsupportedOperationException("todo");
    }
}
