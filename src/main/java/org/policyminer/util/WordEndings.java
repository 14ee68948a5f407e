package org.policyminer.util;

import java.util.Arrays;

/**
 * Whether one of a set of short words ends at a position of a text: the recognisers that read names leftwards ask
 * this at every character, and only the words with the character before the position as their last one are
 * compared. Immutable.
 */
public final class WordEndings {
    private final String[][] byLast = new String[Character.MAX_VALUE + 1][];

    public WordEndings(String... words) {
        for (String w : words) {
            if (w.isEmpty()) continue;
            char last = w.charAt(w.length() - 1);
            String[] old = byLast[last];
            String[] next = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            next[next.length - 1] = w;
            byLast[last] = next;
        }
    }

    /** True when a word ends just before {@code end}, i.e. occupies {@code [end - length, end)}. */
    public boolean endsAt(String t, int end) {
        if (end <= 0 || end > t.length()) return false;
        String[] candidates = byLast[t.charAt(end - 1)];
        if (candidates == null) return false;
        for (String w : candidates) if (end >= w.length() && t.startsWith(w, end - w.length())) return true;
        return false;
    }
}
