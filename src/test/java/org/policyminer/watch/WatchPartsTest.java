package org.policyminer.watch;

import org.policyminer.fetch.ChallengeDetector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.FakeTime;
import org.policyminer.fetch.FetchException;
import org.policyminer.search.InvalidQueryException;
import org.policyminer.testing.Docs;

/** Fast tests of the watch parts that need no network, index or NLP models. */
class WatchPartsTest {
    @TempDir Path dir;

    @Test
    void readsLoaderParametersFromColumnShellInPageOrder() throws Exception {
        String html = "<html><head><title>通知</title></head><body><div class=\"clist_con\"><script id=\"abc\" parseType=\"buildstatic\" "
                + "url=\"/api-gateway/jpaas-publish-server/front/page/build/unit\" queryData=\"{'parseType':'buildstatic','webId':'w1',"
                + "'tplSetId':'t1','pageType':'column','tagId':'右侧内容','editType':'null','pageId':'0123456789abcdef0123456789abcdef'}\"></script></div></body></html>";
        ColumnShell s = ColumnShell.require(html, "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/index.html");
        assertEquals("通知", s.name());
        assertEquals("/api-gateway/jpaas-publish-server/front/page/build/unit", s.apiPath());
        assertEquals(List.of("parseType", "webId", "tplSetId", "pageType", "tagId", "editType", "pageId"), new ArrayList<>(s.queryData().keySet()));
        assertEquals("0123456789abcdef0123456789abcdef", s.pageId());
        String url = UnitApi.pageUrl("https://www.miit.gov.cn", s, 2);
        assertTrue(url.contains("tagId=%E5%8F%B3%E4%BE%A7%E5%86%85%E5%AE%B9"), url);
        assertTrue(url.endsWith("paramJson=%7B%22pageNo%22%3A2%2C%22pageSize%22%3A%2224%22%7D"), url);
    }

    @Test
    void columnPageWithoutLoaderIsAnErrorNamingThePage() {
        FetchException e = assertThrows(FetchException.class, () -> ColumnShell.require("<html><body><ul><li>x</li></ul></body></html>", "https://x/a/"));
        assertTrue(e.getMessage().startsWith("https://x/a/: no unit-build loader"), e.getMessage());
    }

    @Test
    void keysMiitItemsOnTheirHexIdAcrossColumns() {
        String a = UnitApi.keyOf("https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2026/art_3F6C2B9E0D4A4C1F8E7B5A2D9C0E1F47.html");
        String b = UnitApi.keyOf("https://www.miit.gov.cn/xwfb/zxzc/art/2026/art_3f6c2b9e0d4a4c1f8e7b5a2d9c0e1f47.html");
        assertEquals("3f6c2b9e0d4a4c1f8e7b5a2d9c0e1f47", a);
        assertEquals(a, b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<html><body><script>document.cookie='__jsl_clearance=1';location.href=location.pathname</script></body></html>|true",
        "<html><head><meta content=\"{qqqqabc.\"></head><body><script>var _$a=1;</script></body></html>|true",
        "<html><body><h1>标题</h1><p>正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文正文</p><script>document.cookie='a=1'</script></body></html>|false",
        "{\"success\":true}|false",
        "<html><body><p>短</p></body></html>|false"})
    void tellsChallengeScriptsFromPages(String body, boolean challenge) {
        assertEquals(challenge, new ChallengeDetector().isChallenge(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsRss2WithRfc822DatesAndGuids() throws Exception {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>工信部政策文件</title>"
                + "<item><title>关于A的通知</title><link>/zwgk/zcwj/wjfb/tz/art/2026/art_0123456789abcdef0123456789abcdef.html</link>"
                + "<guid>g-1</guid><pubDate>Tue, 19 May 2026 18:30:00 GMT</pubDate></item>"
                + "<item><title>B</title><link>https://www.miit.gov.cn/b.html</link></item></channel></rss>";
        List<ListedItem> items = FeedSource.parse("https://www.miit.gov.cn/rss", rss.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, items.size());
        assertEquals("g-1", items.get(0).key());
        assertEquals("https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2026/art_0123456789abcdef0123456789abcdef.html", items.get(0).url());
        assertEquals("2026-05-20", items.get(0).listed(), "18:30 GMT is the next day in China");
        assertEquals("工信部政策文件", items.get(0).column());
        assertEquals("https://www.miit.gov.cn/b.html", items.get(1).key());
    }

    @Test
    void readsAtomEntries() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><id>urn:x:1</id><title>标题</title>"
                + "<link rel=\"alternate\" href=\"https://example.org/a.html\"/><updated>2026-05-19T08:00:00+08:00</updated></entry></feed>";
        List<ListedItem> items = FeedSource.parse("https://example.org/feed", atom.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new ListedItem("urn:x:1", "https://example.org/a.html", "标题", "2026-05-19", "T", null)), items);
    }

    @Test
    void refusesFeedsWithADoctypeSoNoEntityIsEverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title><link>https://e.org/a</link></item></channel></rss>";
        FetchException e = assertThrows(FetchException.class, () -> FeedSource.parse("https://e.org/feed", xxe.getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><rss><channel><title>&lol2;</title></channel></rss>";
        assertThrows(FetchException.class, () -> FeedSource.parse("https://e.org/feed", bomb.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsGovCnFeedWithBomAndMovesItsLinksOntoTheBaseHost() throws Exception {
        String json = "\uFEFF[{\"TITLE\":\"国务院关于印发《X》的通知\",\"URL\":\"https://www.gov.cn/zhengce/content/202605/content_7012345.htm\","
                + "\"DOCRELPUBTIME\":\"2026-05-19 17:05:00\"},{\"TITLE\":\"Y\",\"URL\":\"/zhengce/content/202605/content_7012346.htm\",\"DOCRELPUBTIME\":1779181200000}]";
        List<ListedItem> items = GovCnSource.parse("http://127.0.0.1:9/zhengce/zuixin/ZUIXINZHENGCE.json",
                json.getBytes(StandardCharsets.UTF_8), "http://127.0.0.1:9", "http://127.0.0.1:9/zhengce/zuixin/");
        assertEquals("http://127.0.0.1:9/zhengce/content/202605/content_7012345.htm", items.get(0).url());
        assertEquals("2026-05-19", items.get(0).listed());
        assertEquals("/zhengce/content/202605/content_7012345.htm", items.get(0).key());
        assertEquals("http://127.0.0.1:9/zhengce/content/202605/content_7012346.htm", items.get(1).url());
        assertEquals("2026-05-19", items.get(1).listed());
        assertEquals("https://www.gov.cn/a.htm", GovCnSource.rebase(java.net.URI.create("https://www.gov.cn/a.htm"), "https://www.gov.cn"));
    }

    @Test
    void statePersistsArticlesPendingEventsAndDeliveries() throws Exception {
        Path file = dir.resolve("index.watch/state.json");
        WatchState s = WatchState.load(file);
        s.put(new WatchState.Article("miit:abc", "https://x/a.html", "标题", "2026-05-19", "2026-05-19", "h1", "\"e1\"", null, "2026-05-20T02:00:00Z", null));
        WatchEvent ev = new WatchEvent(WatchEvent.NEW, "miit", "https://x/a.html", "标题", "2026-05-19", List.of("ic"), "id1", null);
        long seq = s.nextSeq();
        s.addPending(new WatchState.Pending(seq, "miit:abc", "h1", ev, Set.of()));
        s.markDone(seq, "stdout");
        s.recordDelivery("ic|miit:abc|h1|atom");
        s.save();
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        WatchState r = WatchState.load(file);
        assertEquals("h1", r.article("miit:abc").orElseThrow().hash());
        assertEquals("\"e1\"", r.article("miit:abc").orElseThrow().etag());
        assertEquals("miit:abc", r.keyWithHash("h1").orElseThrow());
        assertEquals(1, r.pending().size());
        assertEquals(ev, r.pending().get(0).event());
        assertEquals(Set.of("stdout"), r.pending().get(0).done());
        assertTrue(r.delivered("ic|miit:abc|h1|atom"));
        assertEquals(seq + 1, r.nextSeq());
    }

    @Test
    void eventJsonHasTheContractFieldsInOrder() throws Exception {
        WatchEvent ev = new WatchEvent(WatchEvent.NEW, "miit", "https://x/a.html", "标题", "2026-05-19", List.of("ic"), "id1", null);
        assertEquals("{\"event\":\"new\",\"source\":\"miit\",\"url\":\"https://x/a.html\",\"title\":\"标题\",\"published\":\"2026-05-19\",\"alerts\":[\"ic\"],\"id\":\"id1\"}",
                new ObjectMapper().writeValueAsString(ev));
        assertEquals("{\"event\":\"error\",\"source\":\"miit\",\"url\":\"u\",\"alerts\":[],\"error\":\"HTTP 503\"}",
                new ObjectMapper().writeValueAsString(WatchEvent.error("miit", "u", "HTTP 503")));
    }

    @Test
    void atomFileKeepsOneEntryPerDeliveryKey() throws Exception {
        Path atom = dir.resolve("alerts.atom");
        AtomFeedWriter w = new AtomFeedWriter(atom, 2, new FakeTime());
        WatchEvent ev = new WatchEvent(WatchEvent.NEW, "miit", "https://x/a.html", "标题", null, List.of("ic"), "id1", null);
        w.deliver(new Alert("ic", Alert.key("ic", "miit:a", "h1"), ev));
        w.deliver(new Alert("ic", Alert.key("ic", "miit:a", "h1"), ev));
        assertEquals(List.of("https://x/a.html"), AlertsIT.atomLinks(atom, "ic"));
        w.deliver(new Alert("ic", Alert.key("ic", "miit:b", "h2"), ev));
        w.deliver(new Alert("ic", Alert.key("ic", "miit:c", "h3"), ev));
        assertEquals(2, AlertsIT.atomLinks(atom, "ic").size(), "trimmed to maxEntries");
    }

    @Test
    void savedSearchesAreStoredReplacedAndRemoved() throws Exception {
        SavedSearches s = new SavedSearches(dir.resolve("i.watch/alerts.json"));
        assertFalse(s.put(new SavedSearch("ic", "集成电路", null, null, null, null, null, null)));
        assertTrue(s.put(new SavedSearch("ic", "集成电路 芯片", "上海市", null, null, null, "2026-01-01", null)));
        assertEquals(List.of(new SavedSearch("ic", "集成电路 芯片", "上海市", null, null, null, "2026-01-01", null)), s.list());
        assertTrue(s.remove("ic"));
        assertFalse(s.remove("ic"));
        assertEquals(List.of(), s.list());
    }

    @Test
    void figureFiltersOfAnAlertHoldForOneFigureOfTheArticle() throws Exception {
        // 南京's figure is 4000亿 for 2025; the article's other figure, 2000亿 for 2020, is 上海's.
        String title = "南京集群发展";
        String body = "南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元。\n上海市集成电路集群2020年产值为2000亿元。";
        int off = title.length() + 1;
        int sh = off + body.indexOf("上海市");
        PolicyDoc doc = Docs.doc("https://example.gov.cn/a.html", title, "2021-03-23", "经济日报", body, Docs.entities(
                List.of(Docs.cluster("南京市新型电力（智能电网）装备集群", off + 10, "南京市"), Docs.cluster("上海市集成电路集群", sh, "上海市")),
                List.of(Docs.city("南京市", "江苏省", "320100", off), Docs.city("上海市", "上海市", "310000", sh)),
                List.of(Docs.amount("4000亿元", off + body.indexOf("4000"), 4e11, 2025, "target", "南京市新型电力（智能电网）装备集群"),
                        Docs.amount("2000亿元", off + body.indexOf("2000"), 2e11, 2020, "actual", "上海市集成电路集群"))));
        AlertMatcher m = new AlertMatcher(List.of(
                new SavedSearch("nj2025", "集群 year:2025 amount>=1000亿 city:南京市", null, null, null, null, null, null),
                new SavedSearch("nj2020", "集群 year:2020 city:南京市", null, null, null, null, null, null),
                new SavedSearch("sh2020", "year:2020 city:上海市", null, null, null, null, null, null),
                new SavedSearch("big", "amount>=5000亿", null, null, null, null, null, null)), x -> x);
        assertEquals(List.of("nj2025", "sh2020"), m.match(doc));
    }

    @Test
    void savedSearchesRefuseEmptyQueries() {
        assertThrows(InvalidQueryException.class, () -> new SavedSearch("a", "", null, null, null, null, null, null).compile(x -> x));
        assertThrows(IllegalArgumentException.class, () -> new SavedSearch("a b", "集群", null, null, null, null, null, null));
    }

    @Test
    void loopRepeatsWithJitterAndStopsWhenAsked() throws Exception {
        FakeTime time = new FakeTime();
        List<Integer> runs = new ArrayList<>();
        WatchLoop loop = new WatchLoop(() -> {
            runs.add(runs.size());
            return new RunReport(0, 0, 0, 0);
        }, Duration.ofMinutes(30), 0.1, time, new Random(3), () -> runs.size() >= 4);
        assertEquals(4, loop.run(0));
        assertEquals(3, time.sleeps().size());
        for (Duration d : time.sleeps()) {
            assertTrue(d.compareTo(Duration.ofMinutes(27)) >= 0 && d.compareTo(Duration.ofMinutes(33)) <= 0, d.toString());
        }
        assertEquals(3, new java.util.HashSet<>(time.sleeps()).size(), "jittered, not all the same");
    }

    @Test
    void recheckScheduleDecaysAndAPollThatComesLateMakesOneRequest() {
        FakeTime time = new FakeTime();
        java.time.Instant first = java.time.Instant.parse("2026-05-20T01:00:00Z");
        time.advance(Duration.between(time.instant(), first.plus(Duration.ofMinutes(30))));
        Watcher w = Watcher.builder(List.of(), null, null, null).clock(time).build();
        WatchState.Article a = new WatchState.Article("k", "u", "t", null, null, "h", null, null, first.toString(), null);
        assertFalse(w.due(a), "not before the first hour");
        time.advance(Duration.ofMinutes(30));
        assertTrue(w.due(a));
        assertTrue(w.due(a.checked(0)));
        assertFalse(w.due(a.checked(1)), "checked at 1 h: next at 6 h");
        time.advance(Duration.ofDays(12));
        assertEquals(5, RecheckSchedule.stepsPassed(first, time.instant()), "12 d: 1 h, 6 h, 1 d, 3 d and 7 d passed");
        assertTrue(w.due(a.checked(1)), "a late poll: one request covers every step passed");
        assertFalse(w.due(a.checked(5)));
        time.advance(Duration.ofDays(30));
        assertFalse(w.due(a.checked(7)), "after 30 d never again");
        assertNull(WatchEvent.error("s", null, "x").title());
    }

    @Test
    void changesListParagraphsAddedAndRemovedAndTheTitleAndDateBefore() {
        List<String> before = WatchChanges.remembered(List.of("第一段。", "第二段说明了申报条件。", "第三段。"));
        WatchChanges c = WatchChanges.between(before, "旧标题", "2026-05-18", List.of("第一段。", "第三段。", "补充通知：截止时间延长。"),
                "新标题", "2026-05-19 20:00");
        assertEquals(List.of("补充通知：截止时间延长。"), c.paragraphsAdded());
        assertEquals(List.of("第二段说明了申报条件。"), c.paragraphsRemoved());
        assertEquals("旧标题", c.titleBefore());
        assertEquals("2026-05-18", c.publishedBefore());
        WatchChanges same = WatchChanges.between(before, "t", "d", List.of("第一段。", "第二段说明了申报条件。", "第三段。"), "t", "d");
        assertEquals("{}", org.policyminer.util.Json.write(same));
    }
}
