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
}
