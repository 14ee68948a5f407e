package org.policyminer.doc;

/** Which script a text is written in. */
public enum Script {
    SIMPLIFIED, TRADITIONAL, MIXED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
