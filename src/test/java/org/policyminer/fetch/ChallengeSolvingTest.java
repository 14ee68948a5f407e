package org.policyminer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 加速乐-style two-round challenge solved by running its scripts (Rhino + browser shim), over loopback HTTP. */
class ChallengeSolvingTest {
    private final FakeTime time = new FakeTime();
    private final JslChallengeGate gate = new JslChallengeGate(Duration.ofHours(1));
    private final List<String> solved = new ArrayList<>();
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        gate.clock = time;
        server = TestServer.start().gate(ex -> {
            try {
                if (ex.getRequestURI().getPath().equals("/robots.txt")) return true;
                JslChallengeGate.Answer a = gate.check(ex.getRequestHeaders().getFirst("Cookie"));
                if (a == null) return true;
                if (a.setCookie() != null) ex.getResponseHeaders().add("Set-Cookie", a.setCookie());
                TestServer.send(ex, a.status(), "text/html", a.body().getBytes(StandardCharsets.UTF_8));
                return false;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        server.route("/robots.txt", ex -> TestServer.send(ex, 200, "text/plain", "User-agent: *\n".getBytes(StandardCharsets.UTF_8)));
        server.route("/page.html", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8",
                "<html><body><h1>通知</h1><p>正文</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher(boolean solve) {
        return new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO).solveChallenges(solve).build(), time.env())
                .onChallengeSolved((url, round, cookies) -> solved.add(round + ":" + String.join(",", cookies)));
    }

    private String page() {
        return server.url("/page.html");
    }

    @Test
    void bothRoundsAreSolvedAndThePageComesThroughWithTheSessionCookies() throws Exception {
        HttpFetcher f = fetcher(true);
        String body = new String(f.fetch(page()).body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("正文"), body);
        assertEquals(List.of("1:" + JslChallengeGate.CLEARANCE, "2:" + JslChallengeGate.CLEARANCE), solved);
        assertEquals(1, gate.firstRounds.get());
        assertEquals(1, gate.secondRounds.get());
        // the same session goes on with the normal client: no challenge while the clearance lives
        f.fetch(page());
        f.fetch(page());
        assertEquals(3, gate.passed.get());
        assertEquals(1, gate.firstRounds.get());
    }

    @Test
    void anExpiredClearanceIsSolvedAgain() throws Exception {
        HttpFetcher f = fetcher(true);
        f.fetch(page());
        time.advance(Duration.ofMinutes(61)); // past the clearance's max-age: the jar drops it, the site wants a new one
        f.fetch(page());
        assertEquals(2, gate.firstRounds.get());
        assertEquals(2, gate.secondRounds.get()); // one SHA-1 session round and one SHA-256
        assertEquals(2, gate.passed.get());
        assertEquals(4, solved.size(), solved::toString);
    }

    @Test
    void withSolvingOffTheChallengeIsAStatusError() {
        HttpStatusException e = assertThrows(HttpStatusException.class, () -> fetcher(false).fetch(page()));
        assertEquals(521, e.status());
        assertEquals(List.of(), solved);
    }

    @Test
    void aPastedBrowserCookieNeedsNoSolving() throws Exception {
        HttpFetcher f = new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO).header("Cookie", gate.browserCookies()).build(), time.env());
        assertTrue(new String(f.fetch(page()).body(), StandardCharsets.UTF_8).contains("正文"));
        assertEquals(0, gate.firstRounds.get());
    }

    @Test
    void aChallengeThatRefusesEveryAnswerEndsAfterThreeRounds() throws Exception {
        server.gate(ex -> {
            if (ex.getRequestURI().getPath().equals("/robots.txt")) return true;
            try {
                TestServer.send(ex, 521, "text/html", "<script>document.cookie='x=1';location.reload()</script>".getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return false;
        });
        ChallengeException e = assertThrows(ChallengeException.class, () -> fetcher(true).fetch(page()));
        assertTrue(e.getMessage().contains("still challenged after solving 3 rounds"), e.getMessage());
    }

    /**
     * Issue 20: a 瑞数-style page (HTTP 412, a meta token opening "{qqqq", an external VM script and an inline state
     * script marked r='m'; our own imitation of the shape, not a copied page) is not run, with solving on or off: one
     * error that names it and says to pass a browser's cookie with --cookie. Before, solving on gave "the challenge script
     * ran but set no cookie" and solving off a bare HTTP 412.
     */
    @Test
    void aRuishuChallengeSaysWhatItIsAndToPasteABrowsersCookie() {
        String token = "{qqqq" + "x7Hc0pLr9aQ2".repeat(40);
        String page = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                + "<meta content=\"" + token + "\" r='m'><script type=\"text/javascript\" charset=\"utf-8\" src=\"/aB3dE9fG/kL2mN8pQ.js\" r='m'></script>"
                + "<script r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=48213;$_ts.cd=\"qEmrr\"+\"AqlqGqkElAqmLq\".repeat(30);</script>"
                + "</head><body></body></html>";
        server.gate(ex -> {
            if (ex.getRequestURI().getPath().equals("/robots.txt")) return true;
            try {
                TestServer.send(ex, 412, "text/html", page.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return false;
        });
        for (boolean solve : new boolean[] {true, false}) {
            ChallengeException e = assertThrows(ChallengeException.class, () -> fetcher(solve).fetch(page()));
            assertEquals(412, e.status());
            assertTrue(e.getMessage().contains("瑞数 (Ruishu) anti-bot challenge (HTTP 412") && e.getMessage().contains("--cookie NAME=VALUE"),
                    e.getMessage());
        }
        assertEquals(List.of(), solved, "nothing was run");
        assertTrue(ChallengeDetector.isRuishu(page.getBytes(StandardCharsets.UTF_8)));
        assertTrue(!ChallengeDetector.isRuishu(gate.check(null).body().getBytes(StandardCharsets.UTF_8)), "加速乐's page is not 瑞数's");
    }

    @Test
    void scriptsThatFailOrLoopAreOneLineErrors() {
        ChallengeSolver solver = new ChallengeSolver("Mozilla/5.0");
        URI u = URI.create("http://127.0.0.1:9/x");
        ChallengeException broken = assertThrows(ChallengeException.class,
                () -> solver.solve(u, 521, "<script>document.cookie=nothing.here</script>".getBytes(StandardCharsets.UTF_8), null));
        assertTrue(broken.getMessage().contains("could not solve the JavaScript challenge (the challenge script failed: "), broken.getMessage());
        ChallengeException none = assertThrows(ChallengeException.class,
                () -> solver.solve(u, 521, "<script>var a=1;</script>".getBytes(StandardCharsets.UTF_8), null));
        assertTrue(none.getMessage().contains("set no cookie"), none.getMessage());
        ChallengeException loop = assertThrows(ChallengeException.class,
                () -> solver.solve(u, 521, "<script>try{while(true){}}catch(e){}</script>".getBytes(StandardCharsets.UTF_8), null));
        assertTrue(loop.getMessage().contains("budget"), loop.getMessage());
    }

    @Test
    void theShimGivesWhatChallengeScriptsRead() throws Exception {
        ChallengeSolver solver = new ChallengeSolver("Mozilla/5.0 Test");
        String script = "<script>var v=window.location.pathname+'|'+location.search+'|'+navigator.userAgent.length+'|'+document.cookie;"
                + "setTimeout(function(){document.cookie='late='+encodeURIComponent(v)+'; max-age=60';location.replace('/');},1000);"
                + "setTimeout(\"document.cookie='early=1'\",10);</script>";
        ChallengeSolver.Solution s = solver.solve(URI.create("http://127.0.0.1:9/a/b.html?x=1"), 521, script.getBytes(StandardCharsets.UTF_8), "sid=7");
        assertEquals(List.of("early=1", "late=%2Fa%2Fb.html%7C%3Fx%3D1%7C16%7Csid%3D7; max-age=60"), s.cookies());
        assertTrue(s.navigated());
        ChallengeSolver.Solution b64 = solver.solve(URI.create("http://127.0.0.1:9/"), 200,
                "<script>document.cookie='k='+atob('cG9saWN5')+btoa('ab')+'|'+(typeof window.document.createElement('div'))</script>".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("k=policyYWI=|object"), b64.cookies());
        assertTrue(!b64.navigated());
    }
}
