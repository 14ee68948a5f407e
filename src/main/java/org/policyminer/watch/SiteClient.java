package org.policyminer.watch;

import java.net.URI;
import java.util.Set;
import org.policyminer.fetch.FetchException;
import org.policyminer.fetch.FetchRequest;
import org.policyminer.fetch.FetchResult;
import org.policyminer.fetch.Fetcher;
import org.policyminer.fetch.Hosts;
import org.policyminer.fetch.HttpStatusException;

/**
 * The watcher's one way to the network: the project {@link Fetcher} (robots.txt, per-host delay, retries,
 * conditional GET, trust checks) plus challenge detection. Every request is "discovered" with the source's own
 * host trusted, since the user named that host (default or {@code --base-url}); links to other hosts get the
 * fetcher's usual guard.
 */
public final class SiteClient {
    /**
     * MIIT's unit API answers 403 to clients that do not look like a browser. The product token at the end still
     * names us, so a site operator reading logs can tell who we are.
     */
    public static final String BROWSER_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/126.0 Safari/537.36 PolicyMiner/0.1 (+https://github.com/policyminer)";

    /** What a user can do about a challenge today: paste the clearance cookie a browser got. */
    static final String COOKIE_HINT = "; pass a browser's cookie for the site with watch --cookie NAME=VALUE (or --header 'Cookie: …')";

    private final Fetcher fetcher;
    private final Set<String> trustedHosts;
    private final ChallengeDetector challenges = new ChallengeDetector();

    public SiteClient(Fetcher fetcher, String... namedUrls) {
        this.fetcher = fetcher;
        java.util.Set<String> hosts = new java.util.HashSet<>();
        for (String u : namedUrls) {
            if (u != null) hosts.add(Hosts.key(URI.create(u)));
        }
        this.trustedHosts = Set.copyOf(hosts);
    }

    /** A plain GET with a Referer (null for none). */
    public FetchResult.Page get(String url, String referer) throws FetchException {
        FetchResult r = get(url, referer, null, null);
        if (r instanceof FetchResult.Page p) return p;
        throw new FetchException(url, 304, "unexpected 304 to an unconditional request");
    }

    /** A GET, conditional when an ETag or Last-Modified is given: the answer may then be {@link FetchResult.NotModified}. */
    public FetchResult get(String url, String referer, String etag, String lastModified) throws FetchException {
        FetchRequest req = FetchRequest.discovered(url, trustedHosts).withReferer(referer).withValidators(etag, lastModified);
        FetchResult r;
        try {
            r = fetcher.fetch(req);
        } catch (HttpStatusException e) {
            if (ChallengeDetector.isChallengeStatus(e.status())) {
                throw new ChallengeException(url, e.status(), "blocked by an anti-bot JavaScript challenge (HTTP " + e.status() + ")" + COOKIE_HINT);
            }
            throw e;
        }
        if (r instanceof FetchResult.Page p && challenges.isChallenge(p.page().body())) {
            throw new ChallengeException(url, 200, "blocked by an anti-bot JavaScript challenge (a script-only page)" + COOKIE_HINT);
        }
        return r;
    }
}
