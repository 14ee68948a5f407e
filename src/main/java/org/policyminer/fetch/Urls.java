package org.policyminer.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Parsing of URLs as pages and servers write them: with spaces, Chinese characters, stray brackets. */
public final class Urls {
    private Urls() {}

    /** Parses leniently: characters URI refuses are percent-encoded as UTF-8 first. */
    public static URI parse(String url) throws URISyntaxException {
        return new URI(escapeIllegal(asciiHost(url.strip())));
    }

    /** Internationalised host names (中国政府网.政务) in their ASCII (punycode) form, which URI accepts as a host. */
    static String asciiHost(String url) {
        int sep = url.indexOf("://");
        if (sep < 0) return url;
        int start = sep + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
        String authority = url.substring(start, end);
        if (authority.chars().allMatch(c -> c < 0x80)) return url;
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        try {
            host = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return url; // not a valid name: let URI report it
        }
        return url.substring(0, start) + userInfo + host + port + url.substring(end);
    }

    /** Resolves a (possibly relative) reference against a base, leniently. */
    public static URI resolve(URI base, String ref) throws URISyntaxException {
        URI r = parse(ref);
        // URI.resolve mishandles an empty path on the base ("http://h" + "a.html" → "http://ha.html").
        if (base.getRawPath() == null || base.getRawPath().isEmpty()) base = base.resolve("/");
        return base.resolve(r);
    }

    /** An absolute http(s) URI with a host, or an {@link InvalidUrlException} naming {@code url}. */
    public static URI requireHttp(String url) throws InvalidUrlException {
        URI u;
        try {
            u = parse(url);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException(url, "not a valid URL: " + e.getReason());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidUrlException(url, "only http and https URLs can be fetched");
        }
        if (u.getHost() == null || u.getHost().isEmpty()) throw new InvalidUrlException(url, "URL has no host");
        return u;
    }

    static String escapeIllegal(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0
                    || (c == '%' && !isPercentEscape(s, i));
            if (!bad) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            int cp = s.codePointAt(i);
            if (Character.charCount(cp) == 2) i++;
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isPercentEscape(String s, int i) {
        return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
    }
}
