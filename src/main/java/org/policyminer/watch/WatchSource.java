package org.policyminer.watch;

import java.util.function.Predicate;

/**
 * A place that lists articles: MIIT columns, the State Council feed, any RSS/Atom feed. Sources only list; the
 * {@link Watcher} fetches, processes and decides what is new. Adding a source means one class implementing this.
 */
public interface WatchSource {
    /** Short name used in events and as the namespace of item keys in the watch state ("miit", "govcn", "rss"). */
    String name();

    /**
     * Lists items newest first. A paged source stops paging once a page holds an item for which {@code known} is
     * true (older pages were seen on earlier runs), and never throws for one bad page: failures are reported in
     * {@link Listing#problems()} so the rest of the source still goes through.
     */
    Listing list(Predicate<ListedItem> known) throws InterruptedException;

    /**
     * As {@link #list(Predicate)}, but a paged column in {@code atLeast} (column URL → pages) is read to at least that
     * page whatever it holds: an earlier poll listed that far and ended before processing everything it listed.
     * Sources that are not paged ignore it.
     */
    default Listing list(Predicate<ListedItem> known, java.util.Map<String, Integer> atLeast) throws InterruptedException {
        return list(known);
    }
}
