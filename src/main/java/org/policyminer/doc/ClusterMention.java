package org.policyminer.doc;

import java.util.List;

/** An industrial-cluster mention; {@code name} is the canonical simplified name, {@code national} marks MIIT's list. */
public record ClusterMention(String text, String name, int start, int end, List<String> cities, boolean national) {
    public ClusterMention {
        Span.check(start, end);
        cities = cities == null ? List.of() : List.copyOf(cities);
    }
}
