package org.policyminer.doc;

/** Something the extractor removed from a page, with why (spam-title, spam-links, hidden, spam-text, boilerplate …). */
public record Removal(String reason, String sample) {
    public static Removal of(String reason, String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return new Removal(reason, t.length() > 40 ? t.substring(0, 40) : t);
    }
}
