package org.policyminer.watch;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.policyminer.fetch.ChallengeDetector;
import org.policyminer.fetch.ChallengeException;
import org.policyminer.fetch.FetchException;
import org.policyminer.fetch.FetchRequest;
import org.policyminer.fetch.FetchResult;
import org.policyminer.fetch.Fetcher;
import org.policyminer.fetch.Hosts;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.HttpStatusException;

/**
 * The watcher's one way to the network: the project {@link Fetcher} (robots.txt, per-host delay, retries,
 * conditional GET, trust checks, and with {@code solveChallenges} the JavaScript challenge solved) plus what a
 * challenge that was not passed means for a poll. Every request is "discovered" with the source's own host trusted,
 * since the user named that host (default or {@code --base-url}); links to other hosts get the fetcher's usual guard.
 *
 * <p>A host whose challenge was not passed is not asked again in the same poll: a 加速乐 front end challenges the
 * session, not a page, so every further request would meet the same script. Those requests fail at once with a
 * {@linkplain ChallengeException#repeated() repeated} challenge, which the watcher does not report again: one error
 * per poll, not one per article.
 */
public final class SiteClient {
    /**
     * MIIT's unit API answers 403 to clients that do not look like a browser. The product token at the end still
     * names us, so a site operator reading logs can tell who we are.
     */
    public static final String BROWSER_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/126.0 Safari/537.36 PolicyMiner/0.1 (+https://github.com/policyminer)";

    /** What a user can do when the challenge is not passed: paste the clearance cookie a browser got. */
    static final String COOKIE_HINT = "; pass a browser's cookie for the site with watch --cookie NAME=VALUE (or --header 'Cookie: …')";
    static final String LEFT_FOR_NEXT_POLL = "; the host's other pages are left for the next poll";

    private final Fetcher fetcher;
    private final Set<String> trustedHosts;
    private final ChallengeDetector challenges = new ChallengeDetector();
    private final boolean solving;
    private final Map<String, ChallengeException> blocked = new ConcurrentHashMap<>();

    public SiteClient(Fetcher fetcher, String... namedUrls) {
        this.fetcher = fetcher;
        this.solving = fetcher instanceof HttpFetcher h && h.options().solveChallenges();
        java.util.Set<String> hosts = new java.util.HashSet<>();
        for (String u : namedUrls) {
            if (u != null) hosts.add(Hosts.key(URI.create(u)));
        }
        this.trustedHosts = Set.copyOf(hosts);
    }

    /** A new poll: hosts blocked by a challenge in the last one are asked again (the cookie or the site may have changed). */
    public void startPoll() {
        blocked.clear();
    }

    /** A plain GET with a Referer (null for none). */
    public FetchResult.Page get(String url, String referer) throws FetchException {
        FetchResult r = get(url, referer, null, null);
        if (r instanceof FetchResult.Page p) return p;
        throw new FetchException(url, 304, "unexpected 304 to an unconditional request");
    }

    /** A GET, conditional when an ETag or Last-Modified is given: the answer may then be {@link FetchResult.NotModified}. */
    public FetchResult get(String url, String referer, String etag, String lastModified) throws FetchException {
        String host = Hosts.keyOrNull(url);
        ChallengeException before = host == null ? null : blocked.get(host);
        if (before != null) throw new ChallengeException(url, before.status(), before.reason(), true);
        FetchRequest req = FetchRequest.discovered(url, trustedHosts).withReferer(referer).withValidators(etag, lastModified);
        FetchResult r;
        try {
            r = fetcher.fetch(req);
        } catch (ChallengeException e) {
            throw block(host, url, e.status(), e.reason()); // the solver ran and failed
        } catch (HttpStatusException e) {
            if (ChallengeDetector.isChallengeStatus(e.status())) {
                throw block(host, url, e.status(), "blocked by an anti-bot JavaScript challenge (HTTP " + e.status() + ")" + notSolved());
            }
            throw e;
        }
        if (r instanceof FetchResult.Page p && challenges.isChallenge(p.page().body())) {
            throw block(host, url, 200, "blocked by an anti-bot JavaScript challenge (a script-only page)" + notSolved());
        }
        return r;
    }

    private String notSolved() {
        return solving ? " that the solver could not run" : " and solving it is off (--no-solve-challenge)";
    }

    private ChallengeException block(String host, String url, int status, String reason) {
        String hint = reason.contains("--cookie") ? "" : COOKIE_HINT; // a 瑞数 reason already says what to do
        ChallengeException e = new ChallengeException(url, status, reason + hint + LEFT_FOR_NEXT_POLL);
        if (host != null) blocked.put(host, e);
        return e;
    }
}
