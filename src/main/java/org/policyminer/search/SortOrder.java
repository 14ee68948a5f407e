package org.policyminer.search;

import java.util.Locale;

/** The order of search hits: by relevance (the default) or newest first. */
public enum SortOrder {
    RELEVANCE, DATE;

    /** {@code relevance} or {@code date}, any case; null means relevance. */
    public static SortOrder parse(String name) {
        if (name == null) return RELEVANCE;
        for (SortOrder s : values()) if (s.label().equals(name.toLowerCase(Locale.ROOT))) return s;
        throw new InvalidQueryException("sort must be relevance or date, not '" + name + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
