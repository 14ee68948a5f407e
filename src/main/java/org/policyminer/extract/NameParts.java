package org.policyminer.extract;

import java.util.List;

/**
 * Words (ASCII, as written in class and id names: "content", "breadcrumb", "trs_editor") looked for inside a string in
 * one pass, trying at each character only the words that start with it: the same answer as a {@code contains} for
 * each word, which was a search of the whole string a word, for every named element of every page.
 */
final class NameParts {
    private final String[][] byFirst = new String[128][];

    NameParts(List<String> words) {
        for (String w : words) {
            char c = w.charAt(0);
            if (c >= 128) throw new IllegalArgumentException("a word must start with an ASCII character: " + w);
            String[] those = byFirst[c];
            String[] more = those == null ? new String[1] : java.util.Arrays.copyOf(those, those.length + 1);
            more[more.length - 1] = w;
            byFirst[c] = more;
        }
    }

    /** Whether one of the words is in {@code s}. */
    boolean inside(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) continue;
            String[] words = byFirst[c];
            if (words == null) continue;
            for (String w : words) if (s.startsWith(w, i)) return true;
        }
        return false;
    }
}
