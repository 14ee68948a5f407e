package org.policyminer.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.policyminer.doc.PolicyDoc;

/**
 * Where processed documents go: the local Lucene index ({@link PolicyIndex}) today; a remote backend implements the
 * same few calls. Writes become visible to searches, and durable, only at {@link #commit()}; a crash before it loses
 * what was written since the last commit and nothing else.
 */
public interface DocumentStore extends Closeable {
    /** What happened to one document: added, updated in place, or skipped because its content hash is unchanged. */
    enum Outcome { ADDED, UPDATED, UNCHANGED }

    /**
     * One document's outcome in {@link #upsertAll}, or the error that stopped it alone; {@code copyOf}: the id of the
     * article it was found to be a near duplicate of, or null.
     */
    record Upserted(Outcome outcome, Exception error, String copyOf) {
        public Upserted(Outcome outcome, Exception error) {
            this(outcome, error, null);
        }
    }

    /** Adds or replaces the document with the same URL: {@link #upsertAll} of one, its error thrown. */
    default Outcome upsert(PolicyDoc doc) throws IOException {
        Upserted u = upsertAll(List.of(doc)).get(0);
        if (u.error() instanceof IOException e) throw e;
        if (u.error() instanceof RuntimeException e) throw e;
        return u.outcome();
    }

    /** Adds or replaces each document; one that fails is reported in its slot and the others go on. */
    List<Upserted> upsertAll(List<PolicyDoc> docs);

    /** Deletes the document with this URL; false if there was none. */
    boolean removeByUrl(String url) throws IOException;

    /**
     * The id of the article the document at {@code url} was found to copy (a near duplicate already in the store) when
     * it was last written in this session; empty for an original, or for a store without near-duplicate groups.
     */
    default java.util.Optional<String> copyOf(String url) {
        return java.util.Optional.empty();
    }

    /** Documents in the store as of the last commit or refresh. */
    int size();

    /** Moves buffered writes towards durable storage without making them visible (may be a no-op). */
    default void flushBuffers() throws IOException {}

    /** Makes every write so far durable and visible. */
    void commit() throws IOException;
}
