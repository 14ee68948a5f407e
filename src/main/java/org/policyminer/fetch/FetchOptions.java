package org.policyminer.fetch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policyminer.util.Validate;

/**
 * How an {@link HttpFetcher} behaves. Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * FetchOptions o = FetchOptions.builder().userAgent("MyBot/1.0").politenessDelay(Duration.ZERO).build();
 * }</pre>
 *
 * @param connectTimeout  longest wait for a TCP/TLS connection (default 10 s)
 * @param readTimeout     longest silence while waiting for the status line or body bytes (default 30 s)
 * @param totalTimeout    longest time for one whole response, so a server dripping one byte per 29 s cannot hold a
 *                        fetch forever (default 2 min)
 * @param deadline        longest time for one whole fetch, every try, backoff and redirect included: with four tries
 *                        of two minutes each a dripping source held {@code extract} for 490 s (default 3 min)
 * @param maxRedirects    redirects followed before giving up (default 5, as RFC 9309 asks for robots.txt)
 * @param maxBytes        largest body accepted, counted while reading, after decompression (default 10 MB)
 * @param userAgent       User-Agent header; its product token (before the first '/') names us in robots.txt
 * @param referer         Referer header sent with every request unless a request names its own (default none)
 * @param headers         extra request headers (e.g. Accept), sent as given
 * @param maxRetries      retries after 429, 5xx or a timeout (default 3)
 * @param backoffBase     first retry delay; doubled each retry, then jittered to 50–150 % (default 1 s)
 * @param backoffMax      longest backoff delay before jitter (default 60 s)
 * @param retryAfterCap   longest wait a server's Retry-After can impose (default 120 s)
 * @param obeyRobots      check robots.txt before every request (default true)
 * @param robotsTtl       how long a fetched robots.txt is trusted (default 24 h, the RFC 9309 maximum)
 * @param robotsRetry     how long an unreachable robots.txt keeps its host closed before it is tried again (default 10 min)
 * @param maxRobotsBytes  robots.txt bytes parsed; the rest is ignored (default 500 KiB, RFC 9309 §2.5)
 * @param politenessDelay least time between two requests to one host (default 1 s)
 * @param crawlDelayCap   largest robots.txt Crawl-delay honoured; longer values are cut to this (default 30 s)
 * @param solveChallenges run a JavaScript cookie challenge (加速乐-style 521 page) in {@link ChallengeSolver} and go on with
 *                        the cookies it sets, keeping the session's cookies for the fetcher's life (default false:
 *                        a challenge is an {@link HttpStatusException}; watch and crawl turn it on)
 */
public record FetchOptions(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, Duration deadline, int maxRedirects,
                           long maxBytes, String userAgent, String referer, Map<String, String> headers,
                           int maxRetries, Duration backoffBase, Duration backoffMax, Duration retryAfterCap,
                           boolean obeyRobots, Duration robotsTtl, Duration robotsRetry, long maxRobotsBytes,
                           Duration politenessDelay, Duration crawlDelayCap, boolean solveChallenges) {

    public static final String DEFAULT_USER_AGENT = "PolicyMiner/0.1 (+https://github.com/policyminer)";

    public FetchOptions {
        Validate.notNull(connectTimeout, "connectTimeout");
        Validate.notNull(readTimeout, "readTimeout");
        Validate.notNull(totalTimeout, "totalTimeout");
        Validate.notNull(deadline, "deadline");
        Validate.isTrue(deadline.toMillis() > 0, "deadline must be positive");
        Validate.notNull(userAgent, "userAgent");
        Validate.notNull(backoffBase, "backoffBase");
        Validate.notNull(backoffMax, "backoffMax");
        Validate.notNull(retryAfterCap, "retryAfterCap");
        Validate.notNull(robotsTtl, "robotsTtl");
        Validate.notNull(robotsRetry, "robotsRetry");
        Validate.notNull(politenessDelay, "politenessDelay");
        Validate.notNull(crawlDelayCap, "crawlDelayCap");
        Validate.isTrue(maxRedirects >= 0, "maxRedirects must not be negative");
        Validate.isTrue(maxRetries >= 0, "maxRetries must not be negative");
        Validate.isTrue(maxBytes > 0, "maxBytes must be positive");
        Validate.isTrue(maxRobotsBytes > 0, "maxRobotsBytes must be positive");
        Validate.isTrue(!politenessDelay.isNegative(), "politenessDelay must not be negative");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static FetchOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.totalTimeout = totalTimeout;
        b.deadline = deadline;
        b.maxRedirects = maxRedirects;
        b.maxBytes = maxBytes;
        b.userAgent = userAgent;
        b.referer = referer;
        b.headers.putAll(headers);
        b.maxRetries = maxRetries;
        b.backoffBase = backoffBase;
        b.backoffMax = backoffMax;
        b.retryAfterCap = retryAfterCap;
        b.obeyRobots = obeyRobots;
        b.robotsTtl = robotsTtl;
        b.robotsRetry = robotsRetry;
        b.maxRobotsBytes = maxRobotsBytes;
        b.politenessDelay = politenessDelay;
        b.crawlDelayCap = crawlDelayCap;
        b.solveChallenges = solveChallenges;
        return b;
    }

    /** The robots.txt product token: the User-Agent up to its first '/' or space, e.g. "PolicyMiner". */
    public String robotName() {
        String s = userAgent.strip();
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || Character.isWhitespace(c)) {
                end = i;
                break;
            }
        }
        String token = end == 0 ? "" : s.substring(0, end);
        // A browser-like User-Agent (sent where sites refuse bots) must not make us obey rules written for browsers.
        return token.isEmpty() || token.equalsIgnoreCase("Mozilla") ? "policyminer" : token;
    }

    /** Mutable builder; every setter has the default documented on {@link FetchOptions}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration totalTimeout = Duration.ofMinutes(2);
        private Duration deadline = Duration.ofMinutes(3);
        private int maxRedirects = 5;
        private long maxBytes = 10L << 20;
        private String userAgent = DEFAULT_USER_AGENT;
        private String referer;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int maxRetries = 3;
        private Duration backoffBase = Duration.ofSeconds(1);
        private Duration backoffMax = Duration.ofSeconds(60);
        private Duration retryAfterCap = Duration.ofSeconds(120);
        private boolean obeyRobots = true;
        private Duration robotsTtl = Duration.ofHours(24);
        private Duration robotsRetry = Duration.ofMinutes(10);
        private long maxRobotsBytes = 500L << 10;
        private Duration politenessDelay = Duration.ofSeconds(1);
        private Duration crawlDelayCap = Duration.ofSeconds(30);
        private boolean solveChallenges;

        private Builder() {}

        public Builder connectTimeout(Duration d) { connectTimeout = d; return this; }
        public Builder readTimeout(Duration d) { readTimeout = d; return this; }
        public Builder totalTimeout(Duration d) { totalTimeout = d; return this; }
        public Builder deadline(Duration d) { deadline = d; return this; }
        public Builder maxRedirects(int n) { maxRedirects = n; return this; }
        public Builder maxBytes(long n) { maxBytes = n; return this; }
        public Builder userAgent(String ua) { userAgent = ua; return this; }
        public Builder referer(String r) { referer = r; return this; }
        public Builder header(String name, String value) { headers.put(name, value); return this; }
        public Builder maxRetries(int n) { maxRetries = n; return this; }
        public Builder backoffBase(Duration d) { backoffBase = d; return this; }
        public Builder backoffMax(Duration d) { backoffMax = d; return this; }
        public Builder retryAfterCap(Duration d) { retryAfterCap = d; return this; }
        public Builder obeyRobots(boolean b) { obeyRobots = b; return this; }
        public Builder robotsTtl(Duration d) { robotsTtl = d; return this; }
        public Builder robotsRetry(Duration d) { robotsRetry = d; return this; }
        public Builder maxRobotsBytes(long n) { maxRobotsBytes = n; return this; }
        public Builder politenessDelay(Duration d) { politenessDelay = d; return this; }
        public Builder crawlDelayCap(Duration d) { crawlDelayCap = d; return this; }
        public Builder solveChallenges(boolean b) { solveChallenges = b; return this; }

        public FetchOptions build() {
            return new FetchOptions(connectTimeout, readTimeout, totalTimeout, deadline, maxRedirects, maxBytes, userAgent, referer,
                    headers, maxRetries, backoffBase, backoffMax, retryAfterCap, obeyRobots, robotsTtl, robotsRetry,
                    maxRobotsBytes, politenessDelay, crawlDelayCap, solveChallenges);
        }
    }
}
