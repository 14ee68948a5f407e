package org.policyminer.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.policyminer.fetch.Urls;

/**
 * One spelling per page, so the frontier does not fetch a page twice under two names: lower-case scheme and host,
 * no default port, no fragment, "/" for an empty path, dot segments resolved, tracking parameters (utm_*, gclid,
 * fbclid, spm …) removed and the remaining query parameters sorted by name (stable, so repeated names keep
 * their order). Sorting is safe for the static CMS pages we crawl, which read parameters by name.
 */
public final class UrlNormalizer {
    private static final Set<String> TRACKING = Set.of("gclid", "fbclid", "msclkid", "yclid", "spm", "_hsenc",
            "_hsmi", "mc_cid", "mc_eid");

    /** The normal form of an absolute http(s) URL (or a reference resolved against {@code base}), or empty. */
    public Optional<String> normalize(URI base, String ref) {
        if (ref == null) return Optional.empty();
        String r = ref.strip();
        if (r.isEmpty() || r.startsWith("#")) return Optional.empty();
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:") || lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")) {
            return Optional.empty();
        }
        try {
            URI u = base == null ? Urls.parse(r) : Urls.resolve(base, r);
            return normalize(u);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<String> normalize(String url) {
        return normalize(null, url);
    }

    private Optional<String> normalize(URI u) throws URISyntaxException {
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) return Optional.empty();
        if (u.getHost() == null) return Optional.empty();
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        int port = u.getPort();
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) port = -1;
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        // Parsed under a dummy authority so escapes stay as they are and a path starting "//" stays a path.
        path = new URI("http://h" + path).normalize().getRawPath();
        while (path.startsWith("/../")) path = path.substring(3);
        if (path.isEmpty()) path = "/";
        String query = cleanQuery(u.getRawQuery());
        StringBuilder s = new StringBuilder(scheme).append("://").append(host);
        if (port >= 0) s.append(':').append(port);
        s.append(path);
        if (query != null) s.append('?').append(query);
        return Optional.of(s.toString());
    }

    private static String cleanQuery(String raw) {
        if (raw == null || raw.isEmpty()) return null;
        List<String> kept = new ArrayList<>();
        for (String part : raw.split("&")) {
            if (part.isEmpty()) continue;
            String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) continue;
            kept.add(part);
        }
        if (kept.isEmpty()) return null;
        kept.sort(Comparator.comparing(p -> p.split("=", 2)[0]));
        return String.join("&", kept);
    }
}
