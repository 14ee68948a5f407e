package org.policyminer.web;

/**
 * Escapes text from crawled pages for HTML and XML (the Atom feed). Characters XML 1.0 forbids (most C0 controls,
 * lone surrogates, U+FFFE/U+FFFF) are dropped: a page carrying them must not make the whole feed unparsable.
 */
final class HtmlEscaper {
    private HtmlEscaper() {}

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (allowedInXml(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean allowedInXml(char c) {
        if (c == '\t' || c == '\n' || c == '\r') return true;
        if (c < 0x20 || Character.isSurrogate(c)) return false;
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
