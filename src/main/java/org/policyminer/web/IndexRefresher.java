package org.policyminer.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.policyminer.search.Searcher;

/**
 * Lets a running server see what a concurrent ingest or watch committed. Called at the start of each API request
 * but refreshes at most once per interval: checking for a new commit lists the index directory, cheap but not
 * free, and a burst of requests needs it once. The compare-and-set picks one thread; the others go on with the
 * reader they have, and {@code SearcherManager.maybeRefresh} never blocks a second caller anyway.
 */
final class IndexRefresher {
    private final Searcher searcher;
    private final long intervalNanos;
    private final AtomicLong last;

    IndexRefresher(Searcher searcher, Duration interval) {
        this.searcher = searcher;
        this.intervalNanos = interval.toNanos();
        this.last = new AtomicLong(System.nanoTime());
    }

    void maybeRefresh() throws IOException {
        long now = System.nanoTime();
        long prev = last.get();
        if (now - prev >= intervalNanos && last.compareAndSet(prev, now)) searcher.refresh();
    }
}
