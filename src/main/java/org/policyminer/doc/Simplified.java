package org.policyminer.doc;

/**
 * The article converted to simplified script. {@code title} and {@code text} have exactly the length of the
 * original title and body, so an offset into one is an offset into the other.
 */
public record Simplified(Script script, String title, String text) {
    public Simplified {
        org.policyminer.util.Validate.notNull(script, "script");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
