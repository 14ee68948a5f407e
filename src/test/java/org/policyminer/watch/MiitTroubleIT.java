package org.policyminer.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.fetch.FetchException;

/** What the site does on a bad day: 403 to non-browsers, challenges, 5xx; and the unit API's quirks. */
class MiitTroubleIT {
    @TempDir Path dir;
    MiitFixtureSite site;
    WatchHarness watch;

    @BeforeEach
    void start() throws Exception {
        site = MiitFixtureSite.start();
        watch = new WatchHarness(dir, site.base(), backend());
    }

    /** Where the articles go: the local index here, a SolrCloud collection in {@link MiitTroubleOnSolrIT}. */
    WatchBackend backend() throws Exception {
        return WatchBackend.LOCAL;
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static Set<String> urls(List<WatchEvent> events, String kind) {
        return events.stream().filter(e -> e.event().equals(kind)).map(WatchEvent::url).collect(Collectors.toSet());
    }

    @Test
    void unitApiAnswers403WithoutBrowserHeadersAndEachColumnReportsAnError() throws Exception {
        watch.userAgent = "PolicyMiner/0.1 (+https://github.com/policyminer)";
        List<WatchEvent> first = watch.run();
        assertEquals(3, first.size(), first::toString);
        for (WatchEvent e : first) {
            assertEquals(WatchEvent.ERROR, e.event());
            assertTrue(e.url().contains(MiitFixtureSite.UNIT), e.url());
            assertTrue(e.error().contains("403"), e.error());
        }
        watch.userAgent = SiteClient.BROWSER_USER_AGENT;
        assertEquals(7, WatchHarness.count(watch.run(), WatchEvent.NEW));
    }

    /**
     * A challenge that no answer passes (the same script again after each solved round) is an error, never an
     * article; the host is not asked again in that poll (a 加速乐 front end challenges the session, not a page), so
     * the poll gives one error, and the articles come through on later polls.
     */
    @Test
    void challengePagesAreErrorsNeverArticlesAndTheArticlesComeThroughLater() throws Exception {
        site.challenge(site.path("a2"));
        List<WatchEvent> first = watch.run();
        assertEquals(Set.of(site.url("a2")), urls(first, WatchEvent.ERROR), first::toString);
        WatchEvent error = first.stream().filter(e -> e.event().equals(WatchEvent.ERROR)).findFirst().orElseThrow();
        assertTrue(error.error().contains("still challenged after solving 3 rounds") && error.error().contains("left for the next poll"), error.error());
        assertEquals(Set.of(site.url("a1")), urls(first, WatchEvent.NEW), "a3-a7 wait: the host was not asked again this poll");
        assertEquals(2, first.size(), first::toString);

        site.clearTrouble();
        site.scriptChallenge(site.path("a3")); // a 200 page that is nothing but a cookie script
        List<WatchEvent> second = watch.run();
        assertEquals(Set.of(site.url("a3")), urls(second, WatchEvent.ERROR), second::toString);
        assertEquals(Set.of(site.url("a2")), urls(second, WatchEvent.NEW), second::toString);
        assertFalse(watch.backend.contains(watch.index(), site.url("a3")));
        site.clearTrouble();
        List<WatchEvent> third = watch.run();
        assertEquals(Set.of("a3", "a4", "a5", "a6", "a7").stream().map(site::url).collect(java.util.stream.Collectors.toSet()), urls(third, WatchEvent.NEW));
        assertEquals(5, third.size(), third::toString);
    }

    @Test
    void serverErrorsAreRetriedThenReportedAndTheNextRunRecovers() throws Exception {
        site.failNext(site.path("a7"), 1); // within the fetcher's retries: no error at all
        site.failNext(site.path("a6"), 50); // outlasts them: an error this run
        site.failNext(MiitFixtureSite.TZ + "index.html", 50); // a whole column shell down
        List<WatchEvent> first = watch.run();
        assertEquals(Set.of(site.url("a6"), site.base() + MiitFixtureSite.TZ + "index.html"), urls(first, WatchEvent.ERROR));
        assertEquals(Set.of(site.url("a5"), site.url("a7")), urls(first, WatchEvent.NEW));
        site.clearTrouble();
        List<WatchEvent> second = watch.run();
        assertEquals(Set.of(site.url("a1"), site.url("a2"), site.url("a3"), site.url("a4"), site.url("a6")), urls(second, WatchEvent.NEW));
        assertEquals(5, second.size(), second::toString);
    }

    @Test
    void unitApiPagesOnlyThroughParamJsonRefusesPostAndWrongParameters() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String column = site.base() + MiitFixtureSite.TZ;
        ColumnShell shell = ColumnShell.require(get(http, column + "index.html", column).body(), column + "index.html");
        assertEquals("3e3ad1a3bec74939890a0d3e54815141", shell.pageId());
        site.rowsPerPage = 2;

        String page2 = UnitApi.pageUrl(site.base(), shell, 2);
        List<ListedItem> viaParamJson = UnitApi.parse(page2, get(http, page2, column).body().getBytes(StandardCharsets.UTF_8), column, "通知");
        assertEquals(List.of(site.hex("a3"), site.hex("a4")), viaParamJson.stream().map(ListedItem::key).toList());

        String bare = UnitApi.pageUrl(site.base(), shell, 1).replaceAll("&paramJson=.*", "") + "&pageNo=2";
        List<ListedItem> viaBare = UnitApi.parse(bare, get(http, bare, column).body().getBytes(StandardCharsets.UTF_8), column, "通知");
        assertEquals(List.of(site.hex("a1"), site.hex("a2")), viaBare.stream().map(ListedItem::key).toList(), "a bare pageNo is ignored");

        String past = UnitApi.pageUrl(site.base(), shell, 3);
        assertEquals(List.of(), UnitApi.parse(past, get(http, past, column).body().getBytes(StandardCharsets.UTF_8), column, "通知"));

        ColumnShell wrong = new ColumnShell("通知", shell.apiPath(), new java.util.LinkedHashMap<>(shell.queryData()) {{ put("tagId", "右侧"); }});
        String bad = UnitApi.pageUrl(site.base(), wrong, 1);
        HttpResponse<String> refused = get(http, bad, column);
        assertEquals(200, refused.statusCode(), "failures keep status 200");
        FetchException e = assertThrows(FetchException.class, () -> UnitApi.parse(bad, refused.body().getBytes(StandardCharsets.UTF_8), column, "通知"));
        assertTrue(e.getMessage().contains("success:false"), e.getMessage());

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(page2)).header("User-Agent", SiteClient.BROWSER_USER_AGENT)
                .header("Referer", column).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, post.statusCode());

        assertEquals(403, get(http, page2, null).statusCode(), "no Referer");
    }

    private static HttpResponse<String> get(HttpClient http, String url, String referer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("User-Agent", SiteClient.BROWSER_USER_AGENT);
        if (referer != null) b.header("Referer", referer);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

}
