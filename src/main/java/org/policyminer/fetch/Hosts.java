package org.policyminer.fetch;

import java.net.URI;
import java.util.Locale;

/**
 * The key that trust and politeness are counted by: lower-case host plus effective port ("127.0.0.1:8080").
 * The port belongs to it because two services on one machine are two different things to trust:
 * naming {@code http://127.0.0.1:8080/} does not vouch for whatever listens on 127.0.0.1:6379.
 */
public final class Hosts {
    private Hosts() {}

    public static String key(URI uri) {
        String host = uri.getHost();
        if (host == null) throw new IllegalArgumentException("URL has no host: " + uri);
        return host.toLowerCase(Locale.ROOT) + ":" + port(uri);
    }

    /** Key of a URL string, or null when it is not an absolute URL with a host. */
    public static String keyOrNull(String url) {
        try {
            URI u = new URI(url);
            return u.getHost() == null ? null : key(u);
        } catch (Exception e) {
            return null;
        }
    }

    /** The lower-case host of an absolute URL, or null when it is none (a file path, a bare name). */
    public static String ofUrl(String url) {
        try {
            String h = url == null ? null : new URI(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return null;
        }
    }

    static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
