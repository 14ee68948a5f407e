package org.policyminer.search;

import java.util.List;
import java.util.Map;

/** The answer to a search: total matching articles, the requested page of hits, and facet counts. */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    /** One matching article; {@code matchedAttachment}: the attachment that holds a query word, or null. */
    public record Hit(String id, String url, String title, String published, String source, float score, String snippet,
                      List<String> cities, List<String> clusters, AttachmentMatch matchedAttachment) {
        public Hit(String id, String url, String title, String published, String source, float score, String snippet,
                   List<String> cities, List<String> clusters) {
            this(id, url, title, published, source, score, snippet, cities, clusters, null);
        }
    }
}
