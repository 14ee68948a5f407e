package org.policyminer.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * robots.txt per origin, following RFC 9309: a 2xx is parsed (first {@link FetchOptions#maxRobotsBytes()} bytes),
 * a 4xx means no rules (allow all), a 5xx, 429 or network failure means "unreachable": everything is disallowed
 * until {@link FetchOptions#robotsRetry()} has passed, then the file is asked for again. Parsed rules are kept for
 * {@link FetchOptions#robotsTtl()}.
 */
final class RobotsCache {
    /** Fetches robots.txt (following redirects); {@link IOException} means unreachable. */
    interface Loader {
        Loaded load(String robotsUrl) throws IOException, FetchException;
    }

    record Loaded(int status, byte[] body, String contentType) {}

    private record Entry(BaseRobotRules rules, Instant expires, String unreachable) {}

    private final FetchOptions options;
    private final Clock clock;
    private final Loader loader;
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    RobotsCache(FetchOptions options, Clock clock, Loader loader) {
        this.options = options;
        this.clock = clock;
        this.loader = loader;
    }

    /** Throws unless robots.txt allows the URL. */
    void check(String url, URI uri) throws FetchException {
        Entry e = entry(uri);
        if (e.unreachable != null) throw new RobotsUnavailableException(url, e.unreachable, e.expires);
        if (!e.rules.isAllowed(uri.toString())) throw new RobotsDeniedException(url);
    }

    /** The host's Crawl-delay, capped; zero when there is none or robots.txt is not known yet. */
    Duration crawlDelay(URI uri) {
        Entry e = entries.get(origin(uri));
        if (e == null || e.rules == null) return Duration.ZERO;
        long ms = e.rules.getCrawlDelay();
        if (ms <= 0) return Duration.ZERO;
        Duration d = Duration.ofMillis(ms);
        return d.compareTo(options.crawlDelayCap()) > 0 ? options.crawlDelayCap() : d;
    }

    /** Sitemap URLs declared in the host's robots.txt (empty when unreachable or none). */
    List<String> sitemaps(URI uri) {
        Entry e = entry(uri);
        return e.rules == null ? List.of() : List.copyOf(e.rules.getSitemaps());
    }

    private Entry entry(URI uri) {
        String origin = origin(uri);
        Entry e = entries.get(origin);
        if (fresh(e)) return e;
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
            e = entries.get(origin);
            if (fresh(e)) return e;
            e = load(origin + "/robots.txt");
            entries.put(origin, e);
            return e;
        }
    }

    private boolean fresh(Entry e) {
        return e != null && clock.instant().isBefore(e.expires);
    }

    private Entry load(String robotsUrl) {
        Instant now = clock.instant();
        Loaded r;
        try {
            r = loader.load(robotsUrl);
        } catch (IOException ex) {
            return unreachable(now, ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        } catch (FetchException ex) {
            // Refused redirects, redirect loops: the file is unavailable to us, which RFC 9309 treats like a 4xx.
            return new Entry(allowAll(), now.plus(options.robotsTtl()), null);
        }
        if (r.status() == 429 || r.status() >= 500) return unreachable(now, "HTTP " + r.status());
        if (r.status() >= 400) return new Entry(allowAll(), now.plus(options.robotsTtl()), null);
        if (r.status() < 200 || r.status() >= 300) return unreachable(now, "HTTP " + r.status());
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        // The parser would turn a long Crawl-delay into "disallow all"; we cap the delay instead.
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        String type = r.contentType() == null ? "text/plain" : r.contentType();
        BaseRobotRules rules = parser.parseContent(robotsUrl, r.body(), type,
                List.of(options.robotName().toLowerCase(Locale.ROOT)));
        return new Entry(rules, now.plus(options.robotsTtl()), null);
    }

    private Entry unreachable(Instant now, String why) {
        return new Entry(null, now.plus(options.robotsRetry()), why);
    }

    private static SimpleRobotRules allowAll() {
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }
}
