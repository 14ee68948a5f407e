package org.policyminer.doc;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Something the extractor removed from a page, why, and its first 40 characters. */
public record Removal(Reason reason, String sample) {
    /** Why something was removed; written as its label ({@code spam-links}) in JSON and in the index. */
    public enum Reason {
        SPAM_TITLE, SPAM_LINKS, SPAM_TEXT, HIDDEN, BOILERPLATE, TRUNCATED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        public static Reason of(String label) {
            for (Reason r : values()) if (r.label().equals(label)) return r;
            throw new IllegalArgumentException("unknown removal reason: " + label);
        }
    }

    public static Removal of(Reason reason, String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return new Removal(reason, t.length() > 40 ? t.substring(0, 40) : t);
    }
}
