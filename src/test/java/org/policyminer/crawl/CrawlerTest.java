package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.FakeTime;
import org.policyminer.fetch.FetchOptions;
import org.policyminer.fetch.HttpFetcher;

class CrawlerTest {
    @TempDir Path tmp;
    private TestSite site;
    private FakeTime time;
    private final List<PolicyDoc> sink = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        time = new FakeTime();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private CrawlSummary crawl(UnaryOperator<CrawlOptions> opts) throws Exception {
        HttpFetcher http = new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO).build(), time.env());
        try (CrawlState state = CrawlState.open(tmp.resolve("index.crawl"))) {
            Crawler c = new Crawler(http, http::declaredSitemaps, sink::add, state,
                    (url, outcome, detail, fetched, pending) -> events.add(outcome + " " + url), time);
            return c.run(opts.apply(CrawlOptions.of(List.of(site.url("/")))));
        }
    }

    private Set<String> articlePaths() {
        Set<String> out = new TreeSet<>();
        for (PolicyDoc d : sink) out.add(URI.create(d.url()).getPath());
        return out;
    }

    @Test
    void handsOnlyArticlesToTheSinkAndFollowsLists() throws Exception {
        CrawlSummary s = crawl(o -> o);
        assertEquals(TestSite.linkedArticles(), articlePaths());
        assertEquals(10, s.articles());
        assertEquals(6, s.lists(), events.toString());
        assertEquals(1, s.failed());
        assertEquals(2, s.skipped());
        assertEquals(0, s.pending());
    }

    @Test
    void sinkReceivesRawBytesWithTheFinalUrlOfARedirect() throws Exception {
        crawl(o -> o);
        PolicyDoc redirected = sink.stream().filter(d -> d.url().endsWith(TestSite.AR)).findFirst().orElseThrow();
        assertTrue(new String(redirected.fetched().body(), java.nio.charset.StandardCharsets.UTF_8).contains("con_con"));
        assertEquals(1, site.server.count("/old/story.html"));
    }

    @Test
    void neverRequestsAPathRobotsDisallows() throws Exception {
        crawl(o -> o);
        assertEquals(0, site.server.count(TestSite.SECRET));
        assertTrue(events.contains("skipped " + site.url(TestSite.SECRET)));
    }

    @Test
    void refusesLinkToInternalAddressOnAnotherHost() throws Exception {
        crawl(o -> o);
        assertEquals(0, site.internal.total());
        assertTrue(events.contains("skipped " + site.internal.url("/ext.html")), events.toString());
    }

    @Test
    void sameHostDoesNotEvenTryOtherHosts() throws Exception {
        CrawlSummary s = crawl(o -> o.withSameHost(true));
        assertEquals(1, s.skipped());
        assertFalse(events.stream().anyMatch(e -> e.contains("127.0.0.2")));
        assertEquals(10, s.articles());
    }

    @Test
    void fetchesEveryPageOnceDespiteFragmentsTrackingParametersAndRedirects() throws Exception {
        crawl(o -> o);
        site.server.counts().forEach((path, n) -> {
            if (path.equals(TestSite.BROKEN)) assertEquals(4, n.get(), "a 500 is tried four times");
            else assertEquals(1, n.get(), path);
        });
        assertEquals(0, site.server.count("/files/notice.pdf"), "attachments are not pages");
    }

    @Test
    void aServerErrorFailsThatPageAloneAfterRetries() throws Exception {
        CrawlSummary s = crawl(o -> o);
        assertEquals(1, s.failed());
        assertTrue(events.contains("failed " + site.url(TestSite.BROKEN)));
        assertEquals(3, time.sleeps().size(), "three backoff waits, spent on the fake clock");
        assertEquals(10, s.articles());
    }

    @Test
    void readsTheSitemapOnlyWhenAsked() throws Exception {
        crawl(o -> o);
        assertEquals(0, site.server.count(TestSite.HIDDEN));
        sink.clear();
        CrawlSummary s = crawl(o -> o.withSitemaps(true));
        assertTrue(articlePaths().contains(TestSite.HIDDEN), articlePaths().toString());
        assertEquals(1, s.sitemaps());
        assertEquals(11, s.articles());
    }

    @Test
    void excludeKeepsTheCrawlOutOfASection() throws Exception {
        CrawlSummary s = crawl(o -> o.withExclude("/policy/"));
        site.server.counts().keySet().forEach(p -> assertFalse(p.startsWith("/policy/"), p));
        assertEquals(6, s.articles());
    }

    @Test
    void includeFollowsOnlyMatchingUrls() throws Exception {
        crawl(o -> o.withInclude("/news/"));
        Set<String> expected = new TreeSet<>(List.of(TestSite.A1, TestSite.A2, TestSite.A3, TestSite.A4, TestSite.A5, TestSite.AR));
        assertEquals(expected, articlePaths());
        assertEquals(0, site.server.count("/policy/"));
    }

    @Test
    void stopsAfterMaxPages() throws Exception {
        CrawlSummary s = crawl(o -> o.withMaxPages(3));
        assertEquals(3, s.fetched());
        int pageRequests = site.server.total() - site.server.count("/robots.txt");
        assertEquals(3, pageRequests);
    }

    @Test
    void maxDepthLimitsHowFarLinksAreFollowed() throws Exception {
        crawl(o -> o.withMaxDepth(1));
        assertEquals(1, site.server.count("/news/index.html"));
        assertEquals(0, site.server.count("/news/index_1.html"), "two links away from the seed");
        assertEquals(0, site.server.count(TestSite.A1));
    }

    @Test
    void aFinishedCrawlStartsAfreshNextTime() throws Exception {
        crawl(o -> o);
        sink.clear();
        CrawlSummary again = crawl(o -> o);
        assertFalse(again.resumed());
        assertEquals(10, again.articles());
    }

    @Test
    void defersAHostWhoseRobotsTxtIsUnreachableAndRetriesNextRun() throws Exception {
        site.server.status("/robots.txt", 503);
        CrawlSummary first = crawl(o -> o);
        assertEquals(1, first.deferred());
        assertEquals(0, first.fetched());
        assertEquals(1, first.pending());

        site.server.text("/robots.txt", "User-agent: *\nDisallow: /private/\n");
        CrawlSummary second = crawl(o -> o);
        assertTrue(second.resumed());
        assertEquals(10, second.articles());
    }

    @Test
    void honoursNoindexAndNofollowInThePageRobotsMeta() throws Exception {
        site.server.html("/news/index.html", TestSite.list("新闻", TestSite.A1).replace("<head>",
                "<head><meta name=\"robots\" content=\"nofollow\">"));
        site.server.html(TestSite.P1, TestSite.article("不收录").replace("<head>", "<head><meta name=\"robots\" content=\"noindex\">"));
        crawl(o -> o);
        assertEquals(1, site.server.count(TestSite.P1));
        assertFalse(articlePaths().contains(TestSite.P1));
        assertEquals(0, site.server.count("/news/index_1.html"), "nofollow: the next page is not linked elsewhere");
    }
}
