package org.policyminer.watch;

import java.util.List;

/** What one listing pass of a source found: items newest first, and the pages that failed (each one an error event). */
public record Listing(List<ListedItem> items, List<Problem> problems, List<Column> columns) {
    public Listing {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        columns = List.copyOf(columns);
    }

    /** A listing of a source that is not paged (a feed): nothing to resume. */
    public Listing(List<ListedItem> items, List<Problem> problems) {
        this(items, problems, List.of());
    }

    /**
     * How far the listing of one paged column went: the pages read (a page that failed counts, its items unknown),
     * the keys of the items they held, and whether it ended as paging ends (not on a page that failed). A poll that ends before it has processed them all leaves the watch state
     * saying so, and the next poll reads at least as many pages again ({@link WatchState#listingDepths}).
     */
    public record Column(String url, int pages, List<String> itemKeys, boolean complete) {
        public Column {
            itemKeys = List.copyOf(itemKeys);
        }
    }

    /**
     * A list page (or the whole source) that could not be read, with a one-line cause. {@code repeated}: a challenge
     * on a host that already failed one this poll, left unreported (one error per poll, not one per page).
     */
    public record Problem(String url, String cause, boolean repeated) {
        public Problem(String url, String cause) {
            this(url, cause, false);
        }

        /** The problem a failed fetch makes, repeated when it is a challenge the host already gave this poll. */
        public static Problem of(String url, String cause, org.policyminer.fetch.FetchException e) {
            return new Problem(url, cause, e instanceof org.policyminer.fetch.ChallengeException c && c.repeated());
        }
    }
}
