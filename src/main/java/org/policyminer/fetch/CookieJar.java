package org.policyminer.fetch;

import java.net.HttpCookie;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cookies of one fetcher's session, per host key (host and port): what servers set with Set-Cookie and what a
 * challenge script set through {@code document.cookie}, each dropped when its Max-Age or Expires has passed (by the
 * fetcher's clock, so tests can let a clearance cookie expire without waiting). Path and Domain attributes are not
 * honoured: a session cookie of a policy site is sent to every path of that host, which is what the challenge
 * cookies ({@code path=/}) ask for anyway. Thread-safe.
 */
public final class CookieJar {
    private record Entry(String value, Instant expires) {}

    private final Clock clock;
    private final Map<String, LinkedHashMap<String, Entry>> byHost = new HashMap<>();

    public CookieJar(Clock clock) {
        this.clock = clock;
    }

    /** Stores the Set-Cookie headers of a response from {@code uri}; malformed ones are ignored as a browser does. */
    public void storeResponse(URI uri, List<String> setCookieHeaders) {
        for (String h : setCookieHeaders) store(uri, h);
    }

    /** Stores one cookie in Set-Cookie or {@code document.cookie} syntax ("name=value; max-age=3600; path=/"). Returns its name, or null. */
    public String store(URI uri, String cookie) {
        List<HttpCookie> parsed;
        try {
            parsed = HttpCookie.parse(cookie);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (parsed.isEmpty()) return null;
        HttpCookie c = parsed.get(0);
        long maxAge = c.getMaxAge();
        Instant expires = maxAge < 0 ? null : clock.instant().plusSeconds(maxAge);
        synchronized (this) {
            LinkedHashMap<String, Entry> jar = byHost.computeIfAbsent(Hosts.key(uri), k -> new LinkedHashMap<>());
            jar.remove(c.getName()); // a cookie set again moves to the end, as browsers order by creation
            if (maxAge != 0) jar.put(c.getName(), new Entry(c.getValue(), expires));
        }
        return c.getName();
    }

    /** The Cookie header for a request to {@code uri} ("a=1; b=2"), or null when no live cookie is held. */
    public synchronized String header(URI uri) {
        LinkedHashMap<String, Entry> jar = byHost.get(Hosts.key(uri));
        if (jar == null) return null;
        Instant now = clock.instant();
        jar.values().removeIf(e -> e.expires() != null && !now.isBefore(e.expires()));
        List<String> out = new ArrayList<>();
        jar.forEach((name, e) -> out.add(name + "=" + e.value()));
        return out.isEmpty() ? null : String.join("; ", out);
    }
}
