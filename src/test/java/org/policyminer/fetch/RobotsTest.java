package org.policyminer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** robots.txt per RFC 9309, Crawl-delay and the per-host politeness delay. */
class RobotsTest {
    private TestServer server;
    private FakeTime time;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start();
        server.html("/a.html", "a");
        server.html("/b.html", "b");
        server.html("/private/x.html", "x");
        time = new FakeTime();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher(FetchOptions.Builder b) {
        return new HttpFetcher(b.build(), time.env());
    }

    private HttpFetcher fetcher() {
        return fetcher(FetchOptions.builder().politenessDelay(Duration.ZERO));
    }

    @Test
    void refusesADisallowedPathWithoutRequestingIt() throws Exception {
        server.text("/robots.txt", "User-agent: *\nDisallow: /private/\n");
        HttpFetcher f = fetcher();
        assertThrows(RobotsDeniedException.class, () -> f.fetch(server.url("/private/x.html")));
        assertEquals(0, server.count("/private/x.html"));
        f.fetch(server.url("/a.html"));
        assertEquals(1, server.count("/a.html"));
    }

    @Test
    void obeysTheGroupNamingOurProductToken() throws Exception {
        server.text("/robots.txt", "User-agent: *\nDisallow:\n\nUser-agent: policyminer\nDisallow: /b.html\n");
        HttpFetcher f = fetcher();
        assertThrows(RobotsDeniedException.class, () -> f.fetch(server.url("/b.html")));
        f.fetch(server.url("/a.html"));
    }

    @Test
    void aMissingRobotsFileAllowsEverything() throws Exception {
        server.status("/robots.txt", 404);
        fetcher().fetch(server.url("/private/x.html"));
        assertEquals(1, server.count("/private/x.html"));
    }

    @Test
    void aServerErrorOnRobotsClosesTheHostUntilItIsRetried() throws Exception {
        server.status("/robots.txt", 503);
        HttpFetcher f = fetcher();
        RobotsUnavailableException e = assertThrows(RobotsUnavailableException.class, () -> f.fetch(server.url("/a.html")));
        assertTrue(e.getMessage().contains("503"));
        assertThrows(RobotsUnavailableException.class, () -> f.fetch(server.url("/b.html")));
        assertEquals(1, server.count("/robots.txt"), "cached while the host is closed");
        assertEquals(0, server.count("/a.html"));

        server.text("/robots.txt", "User-agent: *\nDisallow:\n");
        time.advance(Duration.ofMinutes(11));
        f.fetch(server.url("/a.html"));
        assertEquals(2, server.count("/robots.txt"));
    }

    @Test
    void anUnreachableRobotsFileClosesTheHost() throws Exception {
        String url;
        try (TestServer gone = TestServer.start()) {
            url = gone.url("/a.html");
        }
        assertThrows(RobotsUnavailableException.class, () -> fetcher().fetch(url));
    }

    @Test
    void cachesRobotsPerHostAndRefreshesAfterItsLifetime() throws Exception {
        server.text("/robots.txt", "User-agent: *\nDisallow: /private/\n");
        HttpFetcher f = fetcher();
        f.fetch(server.url("/a.html"));
        f.fetch(server.url("/b.html"));
        assertEquals(1, server.count("/robots.txt"));
        time.advance(Duration.ofHours(25));
        f.fetch(server.url("/a.html"));
        assertEquals(2, server.count("/robots.txt"));
    }

    @Test
    void followsARedirectedRobotsFile() throws Exception {
        server.redirect("/robots.txt", 301, "/real-robots.txt");
        server.text("/real-robots.txt", "User-agent: *\nDisallow: /b.html\n");
        assertThrows(RobotsDeniedException.class, () -> fetcher().fetch(server.url("/b.html")));
    }

    @Test
    void declaresSitemapsFromRobots() throws Exception {
        server.text("/robots.txt", "User-agent: *\nDisallow:\nSitemap: " + server.url("/sm.xml") + "\n");
        assertEquals(List.of(server.url("/sm.xml")), fetcher().declaredSitemaps(server.url("/")));
    }

    @Test
    void waitsThePolitenessDelayBetweenRequestsToOneHost() throws Exception {
        server.status("/robots.txt", 404);
        HttpFetcher f = fetcher(FetchOptions.builder().politenessDelay(Duration.ofSeconds(2)));
        f.fetch(server.url("/a.html")); // robots.txt, then a.html two seconds later
        f.fetch(server.url("/b.html"));
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), time.sleeps());
    }

    @Test
    void doesNotWaitWhenTheDelayHasAlreadyPassed() throws Exception {
        HttpFetcher f = fetcher(FetchOptions.builder().politenessDelay(Duration.ofSeconds(1)).obeyRobots(false));
        f.fetch(server.url("/a.html"));
        time.advance(Duration.ofSeconds(5));
        f.fetch(server.url("/b.html"));
        assertTrue(time.sleeps().isEmpty());
    }

    @Test
    void honoursCrawlDelayUpToTheCap() throws Exception {
        server.text("/robots.txt", "User-agent: *\nCrawl-delay: 5\n");
        HttpFetcher f = fetcher(FetchOptions.builder().politenessDelay(Duration.ZERO));
        f.fetch(server.url("/a.html"));
        f.fetch(server.url("/b.html"));
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), time.sleeps());

        FakeTime t2 = new FakeTime();
        server.text("/robots.txt", "User-agent: *\nCrawl-delay: 3600\n");
        HttpFetcher capped = new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO)
                .crawlDelayCap(Duration.ofSeconds(10)).build(), t2.env());
        capped.fetch(server.url("/a.html"));
        capped.fetch(server.url("/b.html"));
        assertEquals(Duration.ofSeconds(10), t2.sleeps().get(t2.sleeps().size() - 1));
    }
}
