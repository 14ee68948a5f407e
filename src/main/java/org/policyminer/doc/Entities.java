package org.policyminer.doc;

import java.util.List;

/** Everything the entity stage found in one text. Offsets index the text that was analysed. */
public record Entities(List<ClusterMention> clusters, List<CityMention> cities, List<AmountMention> amounts) {
    public static final Entities EMPTY = new Entities(List.of(), List.of(), List.of());

    public Entities {
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        cities = cities == null ? List.of() : List.copyOf(cities);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
    }
}
