package org.policyminer.search;

import java.util.List;
import org.policyminer.doc.Entities;
import org.policyminer.doc.Removal;

/**
 * One article as the index holds it: simplified title and text with their originals (the same where the page was
 * simplified already), the facet values, the entities with offsets into {@code title + "\n" + text}, what extraction
 * removed, when it was indexed, and its attachments as read (name, URL, type, simplified text and rows, or error).
 */
public record StoredArticle(String id, String url, String title, String originalTitle, String published, String source,
                            String script, String text, String originalText, List<String> cities, List<String> provinces,
                            List<String> clusters, Entities entities, List<Removal> removed, String indexedAt,
                            List<org.policyminer.doc.AttachmentText> attachments) {
    public StoredArticle {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An article without read attachments. */
    public StoredArticle(String id, String url, String title, String originalTitle, String published, String source,
                         String script, String text, String originalText, List<String> cities, List<String> provinces,
                         List<String> clusters, Entities entities, List<Removal> removed, String indexedAt) {
        this(id, url, title, originalTitle, published, source, script, text, originalText, cities, provinces, clusters,
                entities, removed, indexedAt, List.of());
    }
}
