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

    /** The most of a removed text kept as its sample. */
    static final int SAMPLE_CHARS = 40;

    public static Removal of(Reason reason, String text) {
        return new Removal(reason, sample(text));
    }

    /**
     * The text stripped, each run of regex white space ({@code \s}: space, tab, line breaks, form feed) made one space,
     * its first {@link #SAMPLE_CHARS} characters: {@code strip().replaceAll("\\s+", " ")} cut to the sample, read only
     * as far as the sample goes (a removed link farm or hidden block can be many KB, and the regex was compiled a call).
     */
    static String sample(String text) {
        if (text == null) return "";
        String t = text.strip();
        StringBuilder b = new StringBuilder(Math.min(t.length(), SAMPLE_CHARS));
        boolean run = false;
        // strip() leaves no white space at either end, so a run is always followed by a character that is kept
        for (int i = 0; i < t.length() && b.length() < SAMPLE_CHARS; i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                run = true;
                continue;
            }
            if (run) {
                b.append(' ');
                run = false;
                if (b.length() == SAMPLE_CHARS) break;
            }
            b.append(c);
        }
        return b.toString();
    }
}
