package org.policyminer.util;

/**
 * Escapes text from crawled pages for HTML and XML (pages, snippets, Atom feeds). Characters XML 1.0 forbids (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) are dropped: a page carrying them must not make a whole feed unparsable.
 */
public final class Html {
    private Html() {}

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendEscaped(sb, s, 0, s.length());
        return sb.toString();
    }

    /** Appends {@code text[from, to)} escaped (the range clipped to the text). */
    public static void appendEscaped(StringBuilder sb, String text, int from, int to) {
        int end = Math.min(to, text.length());
        for (int i = Math.max(0, from); i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        sb.append(c);
                    }
                }
            }
        }
    }

    private static boolean allowedInXml(char c) {
        if (c == '\t' || c == '\n' || c == '\r') return true;
        if (c < 0x20 || Character.isSurrogate(c)) return false;
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
