package org.policyminer.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 20 item 3: every shipped site profile against a loopback site serving list pages in the shape that site
 * serves. The first poll reports every listed article once as new, the second nothing.
 */
class ProfilesIT {
    @TempDir Path dir;

    /** Where the articles go: the local index here, a SolrCloud collection in {@link ProfilesOnSolrIT}. */
    WatchBackend backend() throws Exception {
        return WatchBackend.LOCAL;
    }

    /** How the CLI names the same backend; the watch's state goes beside {@code index} either way. */
    List<String> backendArgs(Path index) throws Exception {
        return List.of("--index", index.toString());
    }

    private String[] args(List<String> backend, String... rest) {
        List<String> out = new ArrayList<>(List.of(rest).subList(0, 1));
        out.addAll(backend);
        out.addAll(List.of(rest).subList(1, rest.length));
        return out.toArray(String[]::new);
    }

    private static List<WatchSource> profile(SiteClient client, String name, String base) {
        List<WatchSource> out = new ArrayList<>();
        for (SiteProfile p : SiteProfiles.load(name)) out.add(new ProfileSource(client, p.rebased(base), 10));
        return out;
    }

    private static Set<String> urls(List<WatchEvent> events, String kind) {
        return events.stream().filter(e -> e.event().equals(kind)).map(WatchEvent::url).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}: {1} articles")
    @CsvSource({
        "govcn-zhengceku, 5",
        "ndrc-zcfb, 4",
        "guangdong-gdii, 5",
        "jiangsu-gxt, 5",
        "zhejiang-jxt, 3",
        "shandong-gxt, 3",
        "hubei-jxt, 3",
        "miit-zcwjk, 3",
    })
    void everyListedArticleOnceAsNewThenNothing(String name, int articles) throws Exception {
        try (ProfileFixtureSite site = ProfileFixtureSite.start(name)) {
            WatchHarness watch = new WatchHarness(dir, site.base(), backend());
            watch.sources = c -> profile(c, name, site.base());
            List<WatchEvent> first = watch.run();
            assertEquals(Set.of(), urls(first, WatchEvent.ERROR), () -> "errors: " + first);
            assertEquals(articles, first.size(), () -> "events: " + first);
            Set<String> news = urls(first, WatchEvent.NEW);
            assertEquals(articles, news.size(), () -> "events: " + first);
            for (WatchEvent e : first) {
                assertEquals(name, e.source());
                assertTrue(e.url().startsWith(site.base() + "/"), e.url());
            }
            List<WatchEvent> second = watch.run();
            assertEquals(List.of(), second);
        }
    }

    /** Listed dates in each site's own writing: 2026/05/18, 发布时间：2026-05-19, 2026-05-18 09:17, epoch milliseconds (China time). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ndrc-zcfb, 2026-05-18",
        "hubei-jxt, 2026-05-19",
        "shandong-gxt, 2026-05-18",
        "miit-zcwjk, 2026-05-18",
        "jiangsu-gxt, 2026-05-18",
        "govcn-zhengceku, 2026-05-18",
    })
    void theFirstRowsListedDateIsRead(String name, String day) throws Exception {
        try (ProfileFixtureSite site = ProfileFixtureSite.start(name)) {
            org.policyminer.fetch.HttpFetcher fetcher = new org.policyminer.fetch.HttpFetcher(org.policyminer.fetch.FetchOptions.builder()
                    .userAgent(SiteClient.BROWSER_USER_AGENT).politenessDelay(java.time.Duration.ZERO).build());
            SiteClient client = new SiteClient(fetcher, site.base());
            Listing l = profile(client, name, site.base()).get(0).list(i -> false);
            assertEquals(List.of(), l.problems());
            assertEquals(day, l.items().get(0).listed(), () -> l.items().toString());
            assertTrue(l.items().stream().allMatch(i -> i.listed() != null && !i.title().isBlank()), () -> l.items().toString());
        }
    }

    /** The JPaaS profile reads MIIT's unit API exactly as the built-in source does. */
    @Test
    void miitColumnsProfileReadsTheUnitApi() throws Exception {
        try (MiitFixtureSite site = MiitFixtureSite.start()) {
            site.rowsPerPage = 3;
            WatchHarness watch = new WatchHarness(dir, site.base(), backend());
            watch.sources = c -> profile(c, "miit-columns", site.base());
            List<WatchEvent> first = watch.run();
            assertEquals(Set.of(), urls(first, WatchEvent.ERROR), () -> "errors: " + first);
            Set<String> expected = Set.of("a1", "a2", "a3", "a4", "a5", "a6", "a7").stream().map(site::url).collect(Collectors.toSet());
            assertEquals(expected, urls(first, WatchEvent.NEW));
            assertEquals(7, first.size());
            assertTrue(site.log.stream().anyMatch(l -> l.contains("%22pageNo%22%3A2")), "second list page requested");
            assertEquals(List.of(), watch.run());
        }
    }

    /** A column redesigned under the same URL: the page loads, no row matches, and the poll says so. */
    @Test
    void aProfileThatStopsMatchingIsAnErrorEvent() throws Exception {
        try (ProfileFixtureSite site = ProfileFixtureSite.start("govcn-zhengceku")) {
            WatchHarness watch = new WatchHarness(dir, site.base(), backend());
            watch.sources = c -> profile(c, "govcn-zhengceku", site.base());
            assertEquals(5, watch.run().size());
            site.replace("/zhengce/zhengceku/gwywj/", site.file("redesigned.html"));
            List<WatchEvent> after = watch.run();
            assertEquals(1, after.size(), () -> "events: " + after);
            WatchEvent e = after.get(0);
            assertEquals(WatchEvent.ERROR, e.event());
            assertEquals("govcn-zhengceku", e.source());
            assertEquals(site.base() + "/zhengce/zhengceku/gwywj/", e.url());
            assertTrue(e.error().contains("stopped matching") && e.error().contains("国务院文件"), e.error());
        }
    }

    /** A column that moved away (404 on its first page) is an error too, and the other columns still go through. */
    @Test
    void aColumnThatMovedIsAnErrorAndTheRestGoThrough() throws Exception {
        try (ProfileFixtureSite site = ProfileFixtureSite.start("ndrc-zcfb")) {
            Path file = dir.resolve("ndrc.json");
            Files.writeString(file, new String(SiteProfiles.class.getResourceAsStream("/profiles/ndrc-zcfb.json").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("/xxgk/zcfb/gg/index.html", "/xxgk/zcfb/gonggao/index.html"));
            WatchHarness watch = new WatchHarness(dir, site.base(), backend());
            watch.sources = c -> profile(c, file.toString(), site.base());
            List<WatchEvent> first = watch.run();
            assertEquals(3, urls(first, WatchEvent.NEW).size(), () -> "events: " + first);
            assertEquals(Set.of(site.base() + "/xxgk/zcfb/gonggao/index.html"), urls(first, WatchEvent.ERROR));
        }
    }

    /** A user's own file holding two sites, through the CLI as a user runs it. */
    @Test
    void watchProfileWithAUsersFile() throws Exception {
        try (ProfileFixtureSite site = ProfileFixtureSite.start("ndrc-zcfb")) {
            Path file = dir.resolve("mine.json");
            Files.writeString(file, """
                    {"profiles": [
                      {"name": "ndrc-tz", "comment": "NDRC 通知, TRS paging", "type": "trs",
                       "columns": [{"name": "通知", "url": "https://www.ndrc.gov.cn/xxgk/zcfb/tz/index.html"}],
                       "item": "ul.u-list li", "date": "span"},
                      {"name": "ndrc-gg", "type": "html",
                       "columns": ["https://www.ndrc.gov.cn/xxgk/zcfb/gg/index.html"], "item": "ul.u-list > li"}
                    ]}
                    """);
            List<String> backend = backendArgs(dir.resolve("index"));
            String[] watch = args(backend, "watch", "--profile", file.toString(), "--base-url", site.base(), "--once", "--json", "--delay", "0s");
            WatchCommandIT.Result first = WatchCommandIT.cli(watch);
            assertEquals(0, first.status(), first.out() + first.err());
            List<String> lines = first.out().strip().lines().toList();
            assertEquals(4, lines.size(), first.out());
            assertEquals(3, lines.stream().filter(l -> l.contains("\"source\":\"ndrc-tz\"") && l.contains("\"event\":\"new\"")).count(), first.out());
            assertEquals(1, lines.stream().filter(l -> l.contains("\"source\":\"ndrc-gg\"") && l.contains("\"event\":\"new\"")).count(), first.out());
            WatchCommandIT.Result again = WatchCommandIT.cli(watch);
            assertEquals(0, again.status(), again.err());
            assertEquals("", again.out());

            WatchCommandIT.Result unknown = WatchCommandIT.cli(args(backend, "watch", "--profile", "no-such-site", "--once"));
            assertEquals(2, unknown.status());
            assertTrue(unknown.err().contains("no profile file or shipped profile named 'no-such-site'"), unknown.err());
            Files.writeString(file, "{\"name\":\"x\",\"type\":\"html\",\"columns\":[\"https://a.gov.cn/\"]}");
            WatchCommandIT.Result bad = WatchCommandIT.cli(args(backend, "watch", "--profile", file.toString(), "--once"));
            assertEquals(2, bad.status());
            assertTrue(bad.err().contains("field 'item'"), bad.err());
        }
    }

    @Test
    void aBadProfileIsOneLineNamingTheField() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[{\"name\":\"ok-site\",\"type\":\"html\",\"columns\":[\"https://example.gov.cn/list/\"],\"item\":\"li\"},"
                + "{\"name\":\"broken\",\"type\":\"html\",\"columns\":[{\"url\":\"https://example.gov.cn/\"}],\"item\":\"ul > > li\"}]");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SiteProfiles.load(file.toString()));
        assertTrue(e.getMessage().contains("(broken)") && e.getMessage().contains("field 'item'"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        Files.writeString(file, "{\"name\":\"x\",\"type\":\"rss\",\"columns\":[\"https://a.gov.cn/\"]}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteProfiles.load(file.toString())).getMessage().contains("field 'type'"));
        Files.writeString(file, "{\"name\":\"x\",\"type\":\"trs\",\"columns\":[\"ftp://a.gov.cn/\"],\"item\":\"li\"}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteProfiles.load(file.toString())).getMessage().contains("field 'columns[0].url'"));
        Files.writeString(file, "{\"name\":\"x\",\"type\":\"html\",\"columns\":[\"https://a.gov.cn/\"],\"item\":\"li\",\"nextPage\":\"index_2.html\"}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteProfiles.load(file.toString())).getMessage().contains("field 'nextPage'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SiteProfiles.load("no-such-profile")).getMessage().contains("shipped: miit-columns"));
    }

    @Test
    void everyShippedProfileLoadsAndSaysWhatItKnows() {
        List<String> names = SiteProfiles.shipped();
        assertEquals(9, names.size(), names.toString());
        for (String n : names) {
            SiteProfile p = SiteProfiles.load(n).get(0);
            assertEquals(n, p.name());
            assertTrue(p.comment() != null && p.comment().length() > 80, n + ": comment states the list format");
        }
    }
}
