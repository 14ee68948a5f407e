package org.policyminer.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: total matching articles, the requested page of hits, and facet counts. With copies
 * collapsed (the default), {@code total} counts near-duplicate groups and each hit stands for its group, whose id and
 * size are in {@code copies} under the hit's id; {@code documents} counts the matching documents, copies included.
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Map<String, Integer>> facets,
                           long documents, Map<String, Copies> copies) {
    public SearchResult(String query, long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
        this(query, total, hits, facets, total, Map.of());
    }

    /** One matching article; {@code matchedAttachment}: the attachment that holds a query word, or null. */
    public record Hit(String id, String url, String title, String published, String source, float score, String snippet,
                      List<String> cities, List<String> clusters, AttachmentMatch matchedAttachment) {
        public Hit(String id, String url, String title, String published, String source, float score, String snippet,
                   List<String> cities, List<String> clusters) {
            this(id, url, title, published, source, score, snippet, cities, clusters, null);
        }
    }

    /** The near-duplicate group a hit stands for: its id, and how many documents it holds (the hit included). */
    public record Copies(String group, int count) {}

    /** The group of this hit, when copies were collapsed and the hit has one. */
    public Copies copiesOf(Hit h) {
        return copies.get(h.id());
    }
}
