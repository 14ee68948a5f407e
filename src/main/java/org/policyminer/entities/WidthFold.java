package org.policyminer.entities;

/**
 * Folds full-width ASCII forms (０-９, ．, ，, ／, －, ＋, ＾, Ｅ…) to their half-width letters, one character for one,
 * so that offsets found in the folded text are offsets in the original. Chinese typesetting mixes both widths
 * inside one figure (２.７８９０e－１, ３／５), and the number grammar is written for the half-width forms only.
 */
public final class WidthFold {
    private WidthFold() {}

    public static String fold(String t) {
        char[] out = t.toCharArray();
        for (int i = 0; i < out.length; i++) out[i] = fold(out[i]);
        return new String(out);
    }

    /** U+FF01..U+FF5E are the full-width twins of U+0021..U+007E; the ideographic comma stays as it is. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        return c;
    }
}
