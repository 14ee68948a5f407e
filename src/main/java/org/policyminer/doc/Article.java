package org.policyminer.doc;

import java.util.List;

/**
 * The article found in a page, in the page's own script: title, publication date (YYYY-MM-DD or ISO-8601 with
 * offset, or null), source outlet, body paragraphs, the charset the bytes were decoded with, and what was removed.
 */
public record Article(String title, String published, String source, List<String> paragraphs,
                      String charset, List<Removal> removed) {
    public Article {
        title = title == null ? "" : title;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    /** The body as one string, paragraphs separated by a newline. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
