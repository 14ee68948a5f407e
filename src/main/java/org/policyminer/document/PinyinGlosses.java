package org.policyminer.document;

/**
 * Pinyin glosses some reposts write after each character (直(zhi)辖(xia)市(shi), 發改地(di)區[2016]1771號(hao),
 * 印發(fā)): a site's reading aid or its way past copy filters. They split numbers (发改地(di)区 is no code), addressee
 * lines and names, so the document stage reads the text without them and maps what it finds back to the original.
 */
final class PinyinGlosses {
    private PinyinGlosses() {}

    /** The text without glosses, and for each of its characters (and its end) the index in the original. */
    record Stripped(String text, int[] origin) {
        /** The original index of {@code i} in the stripped text (an end offset maps to just after its last character). */
        int start(int i) {
            return origin == null ? i : origin[i];
        }

        int end(int i) {
            return origin == null || i == 0 ? i : origin[i - 1] + 1;
        }
    }

    /** Longest gloss: a pinyin syllable with its tone mark (zhuang, shuang). */
    private static final int MAX_SYLLABLE = 6;
    private static final String VOWELS = "aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    static Stripped strip(String text) {
        StringBuilder out = null;
        int[] origin = null;
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int len = i > 0 && isHan(text.charAt(i - 1)) || out != null && n > 0 && isHan(out.charAt(n - 1)) ? glossAt(text, i) : 0;
            if (len > 0) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                    origin = new int[text.length() + 1];
                    for (int k = 0; k < i; k++) origin[k] = k;
                    n = i;
                }
                i += len;
                continue;
            }
            if (out != null) {
                out.append(text.charAt(i));
                origin[n++] = i;
            }
            i++;
        }
        if (out == null) return new Stripped(text, null);
        origin[n] = text.length();
        return new Stripped(out.toString(), java.util.Arrays.copyOf(origin, n + 1));
    }

    /** The length of a gloss "(syllable)" at {@code i}: lowercase letters with a vowel among them, or 0. */
    private static int glossAt(String s, int i) {
        if (s.charAt(i) != '(') return 0;
        int k = i + 1;
        int letters = 0;
        boolean vowel = false;
        while (k < s.length() && letters <= MAX_SYLLABLE) {
            char c = s.charAt(k);
            if (c == ')') return letters >= 1 && vowel ? k - i + 1 : 0;
            // a page may leave a space before the closing bracket (創(chuàng )新)
            if (c == ' ' && letters >= 1 && k + 1 < s.length() && s.charAt(k + 1) == ')') {
                k++;
                continue;
            }
            if (VOWELS.indexOf(c) >= 0) vowel = true;
            else if (c < 'a' || c > 'z') return 0;
            letters++;
            k++;
        }
        return 0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
