package org.policyminer.util;

/**
 * The credentials a URL may carry ({@code http://user:password@host/…}) taken out, so they are never stored in the
 * index nor printed in an error: a URL given with them was stored and shown with them. Works on the text, so a URL
 * that does not parse is cleaned too.
 */
public final class UserInfo {
    private UserInfo() {}

    /** {@code url} without the userinfo of its authority; as given when it has none. */
    public static String strip(String url) {
        if (url == null) return null;
        int scheme = url.indexOf("://");
        if (scheme < 0) return url;
        int from = scheme + 3;
        int end = url.length();
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int at = url.lastIndexOf('@', end - 1);
        return at < from ? url : url.substring(0, from) + url.substring(at + 1);
    }

    /** Every URL with userinfo inside {@code text} cleaned (for messages that quote URLs). */
    public static String stripAll(String text) {
        if (text == null || text.indexOf('@') < 0) return text;
        return text.replaceAll("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s@]*@", "$1");
    }
}
