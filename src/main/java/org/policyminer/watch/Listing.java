package org.policyminer.watch;

import java.util.List;

/** What one listing pass of a source found: items newest first, and the pages that failed (each one an error event). */
public record Listing(List<ListedItem> items, List<Problem> problems) {
    public Listing {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** A list page (or the whole source) that could not be read, with a one-line cause. */
    public record Problem(String url, String cause) {}
}
