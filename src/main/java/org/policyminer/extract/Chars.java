package org.policyminer.extract;

/** Character classes the scorers count in: extraction measures Chinese text in characters, never in words. */
final class Chars {
    private Chars() {}

    /** An ASCII letter, either case. */
    static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** An ASCII letter or digit. */
    static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || isAsciiLetter(c);
    }

    static boolean isCjk(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** Punctuation that ends or splits a sentence, Chinese and ASCII: a mark of prose, not of menus. */
    static boolean isProsePunct(char c) {
        switch (c) {
            case '，', '。', '；', '：', '！', '？', '、', '“', '”', '‘', '’', '（', '）', '《', '》', '…',
                 ',', '.', ';', ':', '!', '?', '"', '(', ')':
                return true;
            default:
                return false;
        }
    }

    /** Joiners of keyword lists and link farms ({@code 甲|乙_丙·丁}): the separators that are never prose punctuation. */
    static boolean isKeywordJoiner(char c) {
        switch (c) {
            case '-', '|', '_', '｜', '/', '·', '•', '~', '～':
                return true;
            default:
                return false;
        }
    }

    /** What separates the items of a list of any kind: keyword joiners, dashes, commas, semicolons and white space. */
    static boolean isListSeparator(char c) {
        if (isKeywordJoiner(c)) return true;
        switch (c) {
            case '\\', '、', ',', '，', ';', '；', ' ', '\t', '\n', '\u000B', '\f', '\r', '—', '–':
                return true;
            default:
                return false;
        }
    }

    /** Bars and spaces between the items of a link list, as one separator. */
    static final java.util.regex.Pattern LINK_LIST_SEPARATORS = java.util.regex.Pattern.compile("[|｜\\s]+");

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
    }

    /** Spaces as HTML renders them, including the no-break and ideographic spaces of Chinese indentation. */
    static boolean isSpace(char c) {
        if (c > '\u3000') return c == '\uFEFF'; // Han text, the common case, answers with one comparison
        if (c <= ' ') return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        return c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u200B';
    }

    static int nonSpace(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) n++;
        return n;
    }

    /**
     * {@link #nonSpace} of a {@link #squash squashed} string (or one that lost spaces since): its only spaces are plain
     * ones, found with String.indexOf instead of asking every character (each paragraph of every page is counted).
     */
    static int nonSpaceOfSquashed(String squashed) {
        int spaces = 0;
        for (int i = squashed.indexOf(' '); i >= 0; i = squashed.indexOf(' ', i + 1)) spaces++;
        return squashed.length() - spaces;
    }

    static int cjk(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (isCjk(s.charAt(i))) n++;
        return n;
    }

    /** Collapses runs of spaces to one and trims; Chinese paragraphs keep no leading indentation. */
    static String squash(String s) {
        return squash((CharSequence) s);
    }

    /** A line being built: squashed on a copy of its characters, without appending one by one. */
    static String squash(StringBuilder s) {
        int n = s.length();
        char[] buf = new char[n];
        s.getChars(0, n, buf, 0);
        int w = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = buf[i];
            if (isSpace(c)) {
                space = w > 0;
            } else {
                // w < i whenever a space is pending, so the writes never pass the read position
                if (space) buf[w++] = ' ';
                space = false;
                buf[w++] = c;
            }
        }
        return new String(buf, 0, w);
    }

    static String squash(CharSequence s) {
        if (isSquashed(s)) return s.toString();
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Already what {@link #squash} returns: no space at either end, only single plain spaces inside. */
    private static boolean isSquashed(CharSequence s) {
        int n = s.length();
        if (n == 0) return true;
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) return false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || s.charAt(i - 1) == ' ')) return false;
        }
        return true;
    }
}
