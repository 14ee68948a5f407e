package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.fetch.FakeTime;
import org.policyminer.fetch.FetchOptions;
import org.policyminer.fetch.HttpFetcher;

/** An interrupted crawl resumes where it stopped: no page fetched twice, none lost. */
class CrawlResumeTest {
    @TempDir Path tmp;
    private TestSite site;
    private final FakeTime time = new FakeTime();
    /** Requests that were answered, per path (a request dropped while the client died is not counted). */
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private CrawlSummary crawl(ArticleSink sink) throws Exception {
        HttpFetcher http = new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO).build(), time.env());
        try (CrawlState state = CrawlState.open(tmp.resolve("index.crawl"))) {
            return new Crawler(http, http::declaredSitemaps, sink, state, CrawlListener.none(), time)
                    .run(CrawlOptions.of(List.of(site.url("/"))));
        }
    }

    private static Set<String> paths(List<String> urls) {
        Set<String> out = new TreeSet<>();
        for (String u : urls) out.add(URI.create(u).getPath());
        return out;
    }

    private void assertNoPageServedTwice() {
        served.forEach((path, n) -> {
            if (path.equals(TestSite.BROKEN)) assertEquals(4, n.get(), "one fetch with three retries");
            else if (!path.equals("/robots.txt")) assertEquals(1, n.get(), path);
        });
    }

    private void countServed() {
        site.server.gate(ex -> {
            served.computeIfAbsent(ex.getRequestURI().getRawPath(), k -> new AtomicInteger()).incrementAndGet();
            return true;
        });
    }

    @Test
    void resumesAfterTheSinkFailsWithoutFetchingAnyPageTwice() throws Exception {
        countServed();
        List<String> accepted = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        ArticleSink crashing = doc -> {
            if (calls.incrementAndGet() == 3) throw new IllegalStateException("index disk full");
            accepted.add(doc.url());
        };
        assertThrows(IllegalStateException.class, () -> crawl(crashing));
        assertEquals(2, accepted.size());

        CrawlSummary resumed = crawl(doc -> accepted.add(doc.url()));
        assertTrue(resumed.resumed());
        assertEquals(accepted.size(), new TreeSet<>(accepted).size(), "no article handed over twice: " + accepted);
        assertEquals(TestSite.linkedArticles(), paths(accepted));
        assertNoPageServedTwice();
    }

    @Test
    void resumesAfterTheCrawlerProcessIsKilledWithoutFetchingAnyPageTwice() throws Exception {
        int killAt = 9;
        AtomicInteger pageRequests = new AtomicInteger();
        CountDownLatch hung = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        site.server.gate(ex -> {
            String path = ex.getRequestURI().getRawPath();
            if (!path.equals("/robots.txt") && pageRequests.incrementAndGet() == killAt) {
                // Hold this request until the crawler is dead: every earlier page is then fully recorded.
                hung.countDown();
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            served.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            return true;
        });
        Path state = tmp.resolve("index.crawl");
        Path sinkFile = tmp.resolve("articles.txt");
        Path log = tmp.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrawlChild.class.getName(),
                site.url("/"), state.toString(), sinkFile.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(hung.await(2, TimeUnit.MINUTES) || !child.isAlive(), "the child never reached page " + killAt);
            assertTrue(child.isAlive(), () -> "the child ended early: " + read(log));
            child.destroyForcibly().waitFor();
        } finally {
            child.destroyForcibly();
            release.countDown();
        }
        List<String> accepted = new ArrayList<>(Files.exists(sinkFile)
                ? Files.readAllLines(sinkFile, StandardCharsets.UTF_8) : List.of());
        int beforeKill = accepted.size();
        assertTrue(beforeKill > 0 && beforeKill < 10, "killed mid-way: " + accepted);

        CrawlSummary resumed = crawl(doc -> accepted.add(doc.url()));
        assertTrue(resumed.resumed());
        assertEquals(accepted.size(), new TreeSet<>(accepted).size(), "no article handed over twice: " + accepted);
        assertEquals(TestSite.linkedArticles(), paths(accepted));
        assertNoPageServedTwice();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "(no log)";
        }
    }

}
