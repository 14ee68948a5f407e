package org.policyminer.fetch;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyminer.doc.Fetched;

/**
 * The HTTP fetcher: redirects followed one hop at a time (each hop checked for trust and robots.txt), retries with
 * backoff, a streamed size cap, gzip/deflate, per-host politeness and conditional GET. Thread-safe.
 *
 * <pre>{@code
 * Fetcher f = new HttpFetcher();                                   // FetchOptions.defaults()
 * Fetched page = f.fetch("https://www.miit.gov.cn/xwfb/gxdt/");    // bytes + headers, charset untouched
 * }</pre>
 */
public final class HttpFetcher implements Fetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final FetchOptions options;
    private final FetchEnvironment env;
    private final HttpConnector connector;
    private final AddressGuard guard;
    private final RetryPolicy retry;
    private final HostThrottle throttle;
    private final RobotsCache robots;
    /** The session's cookies and the challenge solver; both null unless {@link FetchOptions#solveChallenges()}. */
    private final CookieJar cookies;
    private final ChallengeSolver solver;
    private final ChallengeDetector challenges = new ChallengeDetector();
    private volatile ChallengeListener challengeListener = ChallengeListener.NONE;
    /** Challenge rounds solved for one fetch before giving up: 加速乐 asks twice; a third means the answer was refused. */
    static final int MAX_CHALLENGE_ROUNDS = 3;

    public HttpFetcher() {
        this(FetchOptions.defaults());
    }

    public HttpFetcher(FetchOptions options) {
        this(options, FetchEnvironment.system());
    }

    public HttpFetcher(FetchOptions options, FetchEnvironment env) {
        this.options = org.policyminer.util.Validate.notNull(options, "options");
        this.env = org.policyminer.util.Validate.notNull(env, "env");
        this.connector = new HttpConnector(options, env.clock());
        this.guard = new AddressGuard(env.resolver());
        this.retry = new RetryPolicy(options, env.clock(), env.random());
        this.throttle = new HostThrottle(env.clock(), env.sleeper());
        this.robots = new RobotsCache(options, env.clock(), this::loadRobots);
        this.cookies = options.solveChallenges() ? new CookieJar(env.clock()) : null;
        this.solver = options.solveChallenges() ? new ChallengeSolver(options.userAgent()) : null;
    }

    /** Who to tell when a challenge round was solved (a command prints a line). */
    public HttpFetcher onChallengeSolved(ChallengeListener listener) {
        this.challengeListener = listener == null ? ChallengeListener.NONE : listener;
        return this;
    }

    public FetchOptions options() {
        return options;
    }

    /** Fetches a URL the user named; its host is trusted even when it is on the user's own network. */
    @Override
    public Fetched fetch(String url) throws FetchException {
        FetchResult r = fetch(FetchRequest.named(url));
        if (r instanceof FetchResult.Page p) return p.page();
        throw new HttpStatusException(url, 304);
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws FetchException {
        String asked = request.url();
        URI uri = Urls.requireHttp(asked);
        Set<String> trusted = new HashSet<>(request.trustedHosts());
        if (request.named()) trusted.add(Hosts.key(uri));
        Map<String, String> headers = headers(request);
        long deadline = env.clock().millis() + options.deadline().toMillis();
        int redirects = 0;
        int rounds = 0;
        for (int hop = 0; ; hop++) {
            String current = hop == 0 ? asked : uri.toString();
            guard.check(current, uri, trusted);
            if (options.obeyRobots()) robots.check(current, uri);
            HttpConnector.Response r = getWithRetries(current, uri, withCookies(headers, uri), options.maxBytes(), false, deadline);
            if (cookies != null) cookies.storeResponse(uri, r.headers().getOrDefault("set-cookie", List.of()));
            if (r.isRedirect()) {
                if (redirects++ >= options.maxRedirects()) throw new TooManyRedirectsException(asked, options.maxRedirects());
                uri = redirectTarget(current, uri, r.header("location").orElseThrow());
                continue;
            }
            if (challenges.isChallenge(r.status(), r.body()) && ChallengeDetector.isRuishu(r.body())) {
                // Not worth running (its VM fingerprints a whole browser): say what it is and what to do, solving or not.
                throw new ChallengeException(current, r.status(), ChallengeDetector.ruishuReason(r.status()));
            }
            if (solver != null && challenges.isChallenge(r.status(), r.body())) {
                // Solved and asked again: the next answer is the page, the challenge's next round, or (the answer
                // refused) the same challenge again, which ends it after MAX_CHALLENGE_ROUNDS.
                if (rounds >= MAX_CHALLENGE_ROUNDS) {
                    throw new ChallengeException(current, r.status(), "still challenged after solving " + rounds
                            + " rounds of its JavaScript challenge (the site refused the cookies the script set)");
                }
                ChallengeSolver.Solution s = solver.solve(uri, r.status(), r.body(), cookies.header(uri));
                List<String> names = new ArrayList<>();
                for (String c : s.cookies()) {
                    String name = cookies.store(uri, c);
                    if (name != null) names.add(name);
                }
                rounds++;
                challengeListener.solved(current, rounds, List.copyOf(names));
                continue;
            }
            if (r.status() == 304) return new FetchResult.NotModified(uri.toString(), r.headers());
            if (r.status() >= 200 && r.status() < 300) return new FetchResult.Page(new Fetched(uri.toString(), r.body(), r.headers()));
            throw new HttpStatusException(current, r.status());
        }
    }

    /** The request headers plus the session's cookies for {@code uri}, after any Cookie header the user gave. */
    private Map<String, String> withCookies(Map<String, String> headers, URI uri) {
        String jar = cookies == null ? null : cookies.header(uri);
        if (jar == null) return headers;
        Map<String, String> h = new LinkedHashMap<>(headers);
        String given = h.get("Cookie");
        h.put("Cookie", given == null || given.isBlank() ? jar : given + "; " + jar);
        return h;
    }

    /** Sitemap URLs the host's robots.txt declares (fetching robots.txt if it is not cached). */
    public List<String> declaredSitemaps(String url) throws FetchException {
        return robots.sitemaps(Urls.requireHttp(url));
    }

    private Map<String, String> headers(FetchRequest request) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("User-Agent", options.userAgent());
        h.put("Accept", ACCEPT);
        h.put("Accept-Encoding", "gzip, deflate");
        String referer = request.referer() != null ? request.referer() : options.referer();
        if (referer != null) h.put("Referer", referer);
        h.putAll(options.headers());
        if (request.ifNoneMatch() != null) h.put("If-None-Match", request.ifNoneMatch());
        if (request.ifModifiedSince() != null) h.put("If-Modified-Since", request.ifModifiedSince());
        return h;
    }

    private static URI redirectTarget(String current, URI from, String location) throws FetchException {
        URI next;
        try {
            next = Urls.resolve(from, location);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException(current, "redirect to an invalid URL: " + location);
        }
        // Checks the scheme: a redirect must not lead to file:, ftp: or similar.
        return Urls.requireHttp(next.toString());
    }

    /** One response for {@code url}, retried as the policy says, all tries and waits within {@code deadline} (clock millis). */
    private HttpConnector.Response getWithRetries(String url, URI uri, Map<String, String> headers, long limit,
                                                  boolean truncate, long deadline) throws FetchException {
        String host = Hosts.key(uri);
        for (int attempt = 0; ; attempt++) {
            pause(url, () -> throttle.await(host, politeDelay(uri)));
            if (env.clock().millis() >= deadline) throw pastDeadline(url, attempt, null);
            try {
                HttpConnector.Response r = connector.get(url, uri, headers, limit, truncate, deadline);
                if (RetryPolicy.retryable(r.status()) && attempt < options.maxRetries()) {
                    Duration d = retry.delay(attempt, r.header("retry-after").orElse(null));
                    if (env.clock().millis() + d.toMillis() >= deadline) throw pastDeadline(url, attempt + 1, "HTTP " + r.status());
                    pause(url, () -> env.sleeper().sleep(d));
                    continue;
                }
                return r;
            } catch (SocketTimeoutException e) {
                if (attempt < options.maxRetries() && env.clock().millis() < deadline) {
                    Duration d = retry.delay(attempt, null);
                    if (env.clock().millis() + d.toMillis() >= deadline) throw pastDeadline(url, attempt + 1, e.getMessage());
                    pause(url, () -> env.sleeper().sleep(d));
                    continue;
                }
                if (env.clock().millis() >= deadline) throw pastDeadline(url, attempt + 1, e.getMessage());
                throw new FetchTimeoutException(url, "timed out (" + e.getMessage() + ") after " + (attempt + 1) + " tries", e);
            } catch (IOException e) {
                throw new FetchException(url, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
        }
    }

    private FetchTimeoutException pastDeadline(String url, int tries, String last) {
        return new FetchTimeoutException(url, "no answer within " + options.deadline().toSeconds() + " s (the fetch deadline, --timeout) after "
                + tries + (tries == 1 ? " try" : " tries") + (last == null ? "" : "; last: " + last), null);
    }

    private Duration politeDelay(URI uri) {
        Duration d = options.politenessDelay();
        if (!options.obeyRobots()) return d;
        Duration crawlDelay = robots.crawlDelay(uri);
        return crawlDelay.compareTo(d) > 0 ? crawlDelay : d;
    }

    /**
     * robots.txt over the same connector: redirects followed (at most five, RFC 9309 §2.3.1.2), one try only,
     * truncated rather than refused when long. Its own origin is trusted (the page's host passed the guard already).
     */
    private RobotsCache.Loaded loadRobots(String robotsUrl) throws IOException, FetchException {
        URI uri = Urls.requireHttp(robotsUrl);
        Set<String> trusted = Set.of(Hosts.key(uri));
        Map<String, String> headers = Map.of("User-Agent", options.userAgent(), "Accept-Encoding", "gzip, deflate");
        for (int hop = 0; ; hop++) {
            String current = uri.toString();
            guard.check(current, uri, trusted);
            String host = Hosts.key(uri);
            pause(current, () -> throttle.await(host, options.politenessDelay()));
            HttpConnector.Response r = connector.get(current, uri, headers, options.maxRobotsBytes(), true, Long.MAX_VALUE);
            if (!r.isRedirect()) return new RobotsCache.Loaded(r.status(), r.body(), r.header("content-type").orElse(null));
            if (hop >= 5) throw new TooManyRedirectsException(robotsUrl, 5);
            uri = redirectTarget(current, uri, r.header("location").orElseThrow());
        }
    }

    private interface Wait {
        void run() throws InterruptedException;
    }

    private static void pause(String url, Wait w) throws FetchException {
        try {
            w.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted", e);
        }
    }
}
