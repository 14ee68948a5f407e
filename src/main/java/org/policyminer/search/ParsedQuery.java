package org.policyminer.search;

import java.util.List;

/**
 * A user query after parsing: groups of alternatives that must all match (a group of one is a plain word or
 * phrase; {@code a OR b} is a group of two), excluded words, and filters typed inline.
 */
public record ParsedQuery(List<List<String>> required, List<String> excluded, Filters filters) {
    public ParsedQuery {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    public boolean isEmpty() {
        return required.isEmpty();
    }
}
