package org.policyminer.ingest;

/**
 * When an ingest makes its writes durable. Batches are for bulk ingests: a commit flushes one segment per indexing
 * thread, and large segments cost less a document to flush, so a crash loses at most the batch in flight. Callers that
 * record a document as done elsewhere (the crawl journal, the watch state) commit every document first, so that what
 * they record is already in the index.
 */
public record CommitPolicy(int batchSize) {
    /**
     * Documents per commit of a bulk ingest: a flush has a fixed cost per segment, so larger segments cost less a
     * document (docs/benchmarks.md: commit size); 8 000 gives segments of 4 000 on two cores.
     */
    public static final int DEFAULT_BATCH = 8000;

    public static final CommitPolicy EVERY_DOCUMENT = new CommitPolicy(1);

    public CommitPolicy {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }

    public static CommitPolicy batchesOf(int documents) {
        return new CommitPolicy(documents);
    }

    public static CommitPolicy bulk() {
        return new CommitPolicy(DEFAULT_BATCH);
    }
}
