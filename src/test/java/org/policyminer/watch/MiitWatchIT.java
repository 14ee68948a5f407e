package org.policyminer.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.search.Searcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;

/** The acceptance scenario of issue 6 against the fixture MIIT site. */
class MiitWatchIT {
    @TempDir Path dir;
    MiitFixtureSite site;
    WatchHarness watch;

    @BeforeEach
    void start() throws Exception {
        site = MiitFixtureSite.start();
        site.rowsPerPage = 3; // 通知 then spans two list pages
        watch = new WatchHarness(dir, site.base(), backend());
    }

    /** Where the articles go: the local index here, a SolrCloud collection in {@link MiitWatchOnSolrIT}. */
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

    /** Three articles added, one edited, one re-listed in a second column. */
    private void changeSite() {
        site.publish(MiitFixtureSite.TZ, "n1");
        site.publish(MiitFixtureSite.ZCJD, "n2");
        site.publish(MiitFixtureSite.SJDT, "n3");
        site.edit("a1", "（2026年5月19日更新：报送截止时间延长至2026年7月15日。）");
        site.publish(MiitFixtureSite.TZ, "a5");
    }

    @Test
    void firstRunReportsEveryListedArticleOnceAsNew() throws Exception {
        List<WatchEvent> first = watch.run();
        assertEquals(Set.of(), urls(first, WatchEvent.ERROR), () -> "errors: " + first);
        assertEquals(7, first.size(), () -> "events: " + first);
        Set<String> expected = Set.of("a1", "a2", "a3", "a4", "a5", "a6", "a7").stream().map(site::url).collect(Collectors.toSet());
        assertEquals(expected, urls(first, WatchEvent.NEW));
        // a4 sits on the second page of 通知 (3 rows per page): paging went through paramJson.
        assertTrue(site.log.stream().anyMatch(l -> l.contains("%22pageNo%22%3A2")), "second list page requested");
        WatchEvent a1 = first.stream().filter(e -> e.url().equals(site.url("a1"))).findFirst().orElseThrow();
        assertEquals("miit", a1.source());
        assertEquals("工业和信息化部关于组织开展2026年度先进制造业集群培育提升专项行动的通知", a1.title());
        assertEquals("2026-05-18", a1.published());
    }

    @Test
    void secondRunReportsThreeNewAndOneUpdatedThenNothing() throws Exception {
        watch.run();
        changeSite();
        watch.time.advance(Duration.ofMinutes(30)); // the first re-check is due an hour after an article was first seen
        List<WatchEvent> second = watch.run();
        assertEquals(0, WatchHarness.count(second, WatchEvent.ERROR), () -> "errors: " + second);
        assertEquals(Set.of(site.url("n1"), site.url("n2"), site.url("n3")), urls(second, WatchEvent.NEW));
        assertEquals(3, WatchHarness.count(second, WatchEvent.NEW));
        assertEquals(List.of(site.url("a1")), second.stream().filter(e -> e.event().equals(WatchEvent.UPDATED)).map(WatchEvent::url).toList());
        assertEquals(4, second.size(), () -> "events: " + second);
        // The unchanged a5, now also listed in 通知, was re-checked once, at the URL first seen, with a conditional GET.
        List<String> a5 = site.log.stream().filter(l -> l.contains("art_" + site.hex("a5"))).toList();
        assertEquals(2, a5.size(), () -> "requests for a5: " + a5);
        assertTrue(a5.get(1).startsWith("GET " + MiitFixtureSite.ZCJD) && a5.get(1).contains("If-None-Match=\""), a5.get(1));

        List<WatchEvent> third = watch.run();
        assertEquals(List.of(), third);
    }

    /** Issue 20: an edit in place 12 days after listing (a 补充通知 paragraph, a new PubDate) is found and described. */
    @Test
    void anEditTwelveDaysAfterListingIsReportedWithWhatChanged() throws Exception {
        watch.run();
        watch.time.advance(Duration.ofMinutes(30));
        assertEquals(List.of(), watch.run(), "1 h: re-checked, nothing changed");
        watch.time.advance(Duration.ofDays(12));
        String notice = "补充通知：经研究，报送截止时间延长至2026年7月15日，其他事项不变。";
        site.edit("a1", notice);
        List<WatchEvent> late = watch.run();
        assertEquals(1, late.size(), () -> "events: " + late);
        WatchEvent u = late.get(0);
        assertEquals(WatchEvent.UPDATED, u.event());
        assertEquals(site.url("a1"), u.url());
        assertEquals(List.of(notice), u.changes().paragraphsAdded());
        assertEquals(List.of(), u.changes().paragraphsRemoved());
        assertTrue(org.policyminer.util.Json.write(u).contains("\"paragraphsAdded\":[\"" + notice + "\"]"), org.policyminer.util.Json.write(u));
        // first GET, the 1 h check, one check for every step passed by day 12: three requests, each after the first conditional
        List<String> a1 = site.log.stream().filter(l -> l.contains("art_" + site.hex("a1"))).toList();
        assertEquals(3, a1.size(), () -> "requests for a1: " + a1);
        assertTrue(a1.get(1).contains("If-None-Match=\"") && a1.get(2).contains("If-None-Match=\""), a1.toString());
        assertEquals(List.of(), watch.run(), "the next poll: nothing");
    }

    /** Issue 20's done-when site: 34 articles on the first poll (a1–a7 and 27 corpus pages), 3 rows a list page. */
    private void useTheDoneWhenSite() throws Exception {
        site.close();
        site = MiitFixtureSite.startWithCorpus();
        site.rowsPerPage = 3;
        watch = new WatchHarness(dir, site.base(), backend());
    }

    private Set<String> urlsOf(Set<String> ids) {
        return ids.stream().map(site::url).collect(Collectors.toSet());
    }

    /**
     * Issue 20's done-when, the whole scenario with the site behind MIIT's two-round JavaScript challenge: 34/34 new on
     * the first poll, 3 new and 1 updated (with what changed) after the step-2 changes 12 days later, then nothing.
     * Each poll is a new session (a new process), so each meets the challenge on its first request and solves it; the
     * clearance lives 8 s of the site's time, shorter than a poll (a request per second), so it also expires within a
     * poll and is solved again, as a watch left running meets it.
     */
    @Test
    void theScenarioGetsThroughTheJavaScriptChallengeBySolvingIt() throws Exception {
        useTheDoneWhenSite();
        org.policyminer.fetch.JslChallengeGate gate = site.jsChallenge(Duration.ofSeconds(8));
        gate.clock = watch.time;
        Set<String> listed = site.listed();
        assertEquals(34, listed.size());
        List<WatchEvent> first = watch.run();
        assertEquals(0, WatchHarness.count(first, WatchEvent.ERROR), () -> "errors: " + first);
        assertEquals(urlsOf(listed), urls(first, WatchEvent.NEW));
        assertEquals(34, WatchHarness.count(first, WatchEvent.NEW), () -> "events: " + first);
        assertEquals(34, first.size(), () -> "events: " + first);
        int firstPollRounds = gate.firstRounds.get();
        assertTrue(firstPollRounds >= 2, "the clearance expired within the poll and was solved again: " + firstPollRounds);
        assertEquals(gate.firstRounds.get(), gate.secondRounds.get(), "every first round was followed by a solved second");

        watch.time.advance(Duration.ofDays(12)); // the step-2 changes, an edit in place 12 days after listing among them
        Scenario.change(site);
        List<WatchEvent> second = watch.run();
        assertEquals(0, WatchHarness.count(second, WatchEvent.ERROR), () -> "errors: " + second);
        assertEquals(Set.of(site.url("n1"), site.url("n2"), site.url("n3")), urls(second, WatchEvent.NEW));
        assertEquals(3, WatchHarness.count(second, WatchEvent.NEW));
        List<WatchEvent> updated = second.stream().filter(e -> e.event().equals(WatchEvent.UPDATED)).toList();
        assertEquals(List.of(site.url("a1")), updated.stream().map(WatchEvent::url).toList());
        WatchChanges changed = updated.get(0).changes();
        assertEquals(List.of("（2026年5月19日更新：报送截止时间延长至2026年7月15日。）"), changed.paragraphsAdded());
        assertEquals(List.of(), changed.paragraphsRemoved());
        assertEquals(null, changed.titleBefore(), "the title did not change");
        assertEquals(4, second.size(), () -> "events: " + second);

        assertEquals(List.of(), watch.run(), "the third poll: nothing");
        assertTrue(gate.firstRounds.get() > firstPollRounds + 1, "every poll solved the challenge again");
        assertEquals(2 * gate.firstRounds.get(), watch.solved.size(), () -> "rounds solved: " + watch.solved);
        try (Searcher s = watch.backend.searcher(watch.index())) {
            assertEquals(37, s.count(), "one document per article, no challenge page indexed");
        }
    }

    /** Issue 20's done-when: with a browser's cookie pasted (--cookie) the watch gets through without solving. */
    @Test
    void aPastedBrowserCookieGetsThroughWithoutSolving() throws Exception {
        useTheDoneWhenSite();
        org.policyminer.fetch.JslChallengeGate gate = site.jsChallenge(Duration.ofDays(30));
        gate.clock = watch.time;
        watch.solveChallenges = false;
        watch.cookie = gate.browserCookies();
        List<WatchEvent> first = watch.run();
        assertEquals(urlsOf(site.listed()), urls(first, WatchEvent.NEW));
        assertEquals(34, first.size(), () -> "events: " + first);
        assertEquals(0, gate.firstRounds.get(), "no challenge was served");
        assertEquals(List.of(), watch.solved);
    }

    /** Issue 20's done-when: neither solving nor a cookie: one clear error per poll, not one per article. */
    @Test
    void withSolvingOffAndNoCookieEachPollGivesOneClearError() throws Exception {
        useTheDoneWhenSite();
        org.policyminer.fetch.JslChallengeGate gate = site.jsChallenge(Duration.ofHours(1));
        gate.clock = watch.time;
        watch.solveChallenges = false;
        for (int poll = 0; poll < 2; poll++) {
            List<WatchEvent> events = watch.run();
            assertEquals(1, events.size(), () -> "events: " + events);
            String error = events.get(0).error();
            assertEquals(WatchEvent.ERROR, events.get(0).event());
            assertTrue(error.contains("JavaScript challenge (HTTP 521)") && error.contains("solving it is off") && error.contains("--cookie"), error);
        }
        assertEquals(2, gate.firstRounds.get(), "one request per poll met the challenge; the host was not asked again");
    }

    @Test
    void aReprintOfAnIndexedArticleIsReportedAsACopyOfIt() throws Exception {
        watch.run();
        site.reprint("a1", "r1", "0123456789abcdef0123456789abcdef");
        site.publish(MiitFixtureSite.TZ, "r1");
        site.publish(MiitFixtureSite.TZ, "n1");
        List<WatchEvent> second = watch.run();
        assertEquals(Set.of(site.url("n1")), urls(second, WatchEvent.NEW), () -> "events: " + second);
        assertEquals(Set.of(site.url("r1")), urls(second, WatchEvent.COPY), () -> "events: " + second);
        WatchEvent copy = second.stream().filter(e -> e.event().equals(WatchEvent.COPY)).findFirst().orElseThrow();
        assertEquals(org.policyminer.doc.PolicyDoc.idFor(site.url("a1")), copy.copyOf());
        assertEquals(List.of(), copy.alerts());
        try (Searcher s = watch.searcher()) {
            SearchResult r = s.search(SearchRequest.of("先进制造业集群培育提升专项行动"));
            assertEquals(1, r.hits().size(), () -> "hits: " + r.hits());
            assertEquals(site.url("a1"), r.hits().get(0).url(), "the official copy stands for the group");
            assertEquals(2, r.copiesOf(r.hits().get(0)).count());
        }
    }

    @Test
    void newArticlesAreSearchableInEitherScript() throws Exception {
        watch.run();
        changeSite();
        watch.run();
        try (Searcher s = watch.searcher()) {
            SearchResult simplified = s.search(SearchRequest.of("集成电路"));
            SearchResult traditional = s.search(SearchRequest.of("集成電路"));
            Set<String> a = simplified.hits().stream().map(SearchResult.Hit::url).collect(Collectors.toSet());
            Set<String> b = traditional.hits().stream().map(SearchResult.Hit::url).collect(Collectors.toSet());
            assertEquals(Set.of(site.url("a4"), site.url("n3")), a);
            assertEquals(a, b);
            assertEquals(10, s.count(), "one document per article, none for the re-listing");
        }
    }

    @Test
    void browserHeadersAndColumnRefererAreSentToTheUnitApi() throws Exception {
        watch.run();
        List<String> api = site.log.stream().filter(l -> l.startsWith("GET " + MiitFixtureSite.UNIT)).toList();
        assertFalse(api.isEmpty());
        for (String l : api) {
            assertTrue(l.contains("UA=Mozilla/5.0"), l);
            assertTrue(l.contains("Referer=" + site.base() + "/"), l);
        }
        assertTrue(site.requests("GET /robots.txt") >= 1, "robots.txt was read");
    }
}
