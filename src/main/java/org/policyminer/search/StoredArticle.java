package org.policyminer.search;

import java.util.List;
import org.policyminer.doc.Entities;
import org.policyminer.doc.Removal;

/**
 * One article as the index holds it: simplified title and text with their originals (the same where the page was
 * simplified already), the facet values, the entities with offsets into {@code title + "\n" + text}, what extraction
 * removed, and when it was indexed.
 */
public record StoredArticle(String id, String url, String title, String originalTitle, String published, String source,
                            String script, String text, String originalText, List<String> cities, List<String> provinces,
                            List<String> clusters, Entities entities, List<Removal> removed, String indexedAt) {}
