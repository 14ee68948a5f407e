package org.policyminer.doc;

import java.util.List;

/**
 * The article found in a page, in the page's own script: title, publication date (YYYY-MM-DD or ISO-8601 with
 * offset, or null), source outlet, body paragraphs, the charset the bytes were decoded with, what was removed, and
 * what the page says of the document outside the text ({@link PageFacts}).
 */
public record Article(String title, String published, String source, List<String> paragraphs,
                      String charset, List<Removal> removed, PageFacts facts) {
    public Article {
        title = title == null ? "" : title;
        facts = facts == null ? PageFacts.NONE : facts;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    /** An article of a page that showed no metadata table, file links nor document-number meta tag. */
    public Article(String title, String published, String source, List<String> paragraphs, String charset, List<Removal> removed) {
        this(title, published, source, paragraphs, charset, removed, PageFacts.NONE);
    }

    /** The body as one string, paragraphs separated by a newline. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
