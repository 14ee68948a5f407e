package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.cli.CrawlCommand;
import org.policyminer.cli.DurationConverter;
import org.policyminer.cli.PolicyMinerCommand;
import org.policyminer.doc.PolicyDoc;
import picocli.CommandLine;

class CrawlCommandTest {
    @TempDir Path tmp;
    private TestSite site;
    private final List<PolicyDoc> ingested = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private boolean closed;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private int run(String... args) {
        CrawlCommand cmd = new CrawlCommand(index -> new CrawlCommand.Sink() {
            @Override
            public void accept(PolicyDoc doc) {
                ingested.add(doc);
            }

            @Override
            public void close() {
                closed = true;
            }
        });
        CommandLine cl = PolicyMinerCommand.configure(new CommandLine(cmd), new PrintWriter(out, true), new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void crawlsTheSiteAndPrintsAJsonSummary() throws Exception {
        int status = run("--index", tmp.resolve("index").toString(), "--delay", "0", "--retries", "0", "--json", site.url("/"));
        assertEquals(0, status, err.toString());
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertEquals(10, summary.get("articles").asInt());
        assertEquals(6, summary.get("lists").asInt());
        assertEquals(1, summary.get("failed").asInt());
        assertEquals(10, ingested.size());
        assertTrue(closed, "the sink is closed at the end");
        assertTrue(err.toString().contains("article"), "progress on stderr");
        assertTrue(Files.isDirectory(tmp.resolve("index.crawl")), "state kept beside the index");
    }

    /** Issue 20: the site behind MIIT's two-round JavaScript challenge is crawled as it is without (solved by default). */
    @Test
    void aSiteBehindTheJavaScriptChallengeIsCrawledBySolvingIt() throws Exception {
        org.policyminer.fetch.JslChallengeGate gate = new org.policyminer.fetch.JslChallengeGate(Duration.ofHours(1));
        site.server.gate(ex -> {
            if (ex.getRequestURI().getPath().equals("/robots.txt")) return true;
            org.policyminer.fetch.JslChallengeGate.Answer a = gate.check(ex.getRequestHeaders().getFirst("Cookie"));
            if (a == null) return true;
            try {
                if (a.setCookie() != null) ex.getResponseHeaders().add("Set-Cookie", a.setCookie());
                org.policyminer.fetch.TestServer.send(ex, a.status(), "text/html", a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return false;
        });
        int status = run("--index", tmp.resolve("index").toString(), "--delay", "0", "--retries", "0", "--json", site.url("/"));
        assertEquals(0, status, err.toString());
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertEquals(10, summary.get("articles").asInt(), out::toString);
        assertEquals(6, summary.get("lists").asInt());
        assertEquals(1, gate.firstRounds.get(), "one session, solved once");
        assertTrue(err.toString().contains("solved the JavaScript cookie challenge of " + site.url("/") + " (round 2"), err.toString());

        out.getBuffer().setLength(0);
        ingested.clear();
        int off = run("--index", tmp.resolve("off").toString(), "--delay", "0", "--retries", "0", "--json", "--no-solve-challenge", site.url("/"));
        assertEquals(1, off, "nothing fetched: " + out);
        assertEquals(0, ingested.size());
    }

    /**
     * Issue 20: a site that answers every page but robots.txt with 403 unless the request carries a session cookie and a
     * token header (what a user pastes from a browser): crawled as it is without the gate with --cookie and --header
     * (repeatable, as watch's), nothing without them, a malformed one a usage error.
     */
    @Test
    void aPastedCookieAndHeaderGetThroughASiteThatDemandsThem() throws Exception {
        site.server.gate(ex -> {
            if (ex.getRequestURI().getPath().equals("/robots.txt")) return true;
            String cookie = String.valueOf(ex.getRequestHeaders().getFirst("Cookie"));
            boolean through = cookie.matches("(.*; )?sid=s3cr3t(;.*)?") && cookie.matches("(.*; )?lang=zh(;.*)?")
                    && "t0ken".equals(ex.getRequestHeaders().getFirst("X-Token"));
            if (through) return true;
            try {
                org.policyminer.fetch.TestServer.send(ex, 403, "text/html", "<html><body>403 Forbidden</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return false;
        });
        int blocked = run("--index", tmp.resolve("blocked").toString(), "--delay", "0", "--retries", "0", "--json", site.url("/"));
        assertEquals(1, blocked, "nothing fetched without the cookie: " + out);
        assertEquals(0, ingested.size());

        out.getBuffer().setLength(0);
        int status = run("--index", tmp.resolve("index").toString(), "--delay", "0", "--retries", "0", "--json",
                "--cookie", "sid=s3cr3t", "--cookie", "lang=zh", "--header", "X-Token: t0ken", site.url("/"));
        assertEquals(0, status, err.toString());
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertEquals(10, summary.get("articles").asInt(), out::toString);
        assertEquals(6, summary.get("lists").asInt());
        assertEquals(10, ingested.size());

        assertEquals(2, run("--index", tmp.resolve("bad").toString(), "--cookie", "no-equals-sign", site.url("/")));
        assertTrue(err.toString().contains("--cookie no-equals-sign: expected NAME=VALUE"), err.toString());
        assertEquals(2, run("--index", tmp.resolve("bad").toString(), "--header", "no colon", site.url("/")));
    }

    @Test
    void printsAOneLineSummaryWithoutJson() {
        assertEquals(0, run("--index", tmp.resolve("index").toString(), "--delay", "0ms", "--retries", "0", "--max-pages", "2", site.url("/")));
        assertTrue(out.toString().startsWith("2 pages fetched"), out.toString());
    }

    @Test
    void aBadRegexIsAUsageError() {
        assertEquals(2, run("--index", tmp.resolve("index").toString(), "--include", "([", site.url("/")));
        assertTrue(err.toString().startsWith("policyminer: "), err.toString());
    }

    @Test
    void aSeedThatIsNotAUrlIsAUsageError() {
        assertEquals(2, run("--index", tmp.resolve("index").toString(), "corpora/page.html"));
    }

    @Test
    void failsWhenNoPageCanBeFetched() throws Exception {
        String gone;
        try (TestSite other = new TestSite()) {
            gone = other.url("/");
        }
        assertEquals(1, run("--index", tmp.resolve("index").toString(), "--delay", "0", "--retries", "0", gone));
    }

    @Test
    void readsDurationsInShortAndIsoForms() {
        DurationConverter c = new DurationConverter();
        assertEquals(Duration.ofMillis(500), c.convert("500ms"));
        assertEquals(Duration.ofMillis(1500), c.convert("1.5s"));
        assertEquals(Duration.ofMinutes(2), c.convert("2m"));
        assertEquals(Duration.ofSeconds(3), c.convert("3"));
        assertEquals(Duration.ofSeconds(3), c.convert("PT3S"));
        assertEquals(Duration.ofMinutes(90), c.convert("1h30m"), "the grammar of --every, too");
        assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("soon"));
    }
}
