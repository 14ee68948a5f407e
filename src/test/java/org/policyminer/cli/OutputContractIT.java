package org.policyminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.search.PolicySearcher;
import org.policyminer.util.Json;
import org.policyminer.web.WebConfig;
import org.policyminer.web.WebServer;

/**
 * The output contract, byte for byte: what {@code extract}, {@code search}, {@code targets}, {@code entities} and the
 * web API print for the bundled corpus is compared with {@code src/test/resources/golden/}. A refactoring must leave
 * every file unchanged; a change meant to alter the output (better entities, a new field) rewrites them with
 * {@code mvn verify -Dit.test=OutputContractIT -Dgolden.update=true} and the diff is reviewed with the change.
 * The index is built by one ingest on one thread (one segment) so that equal scores come out in one order.
 */
class OutputContractIT {
    static final Path ROOT = Path.of(System.getProperty("policyminer.root", ".")).toAbsolutePath().normalize();
    static final Path GOLDEN = ROOT.resolve("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final List<String> QUERIES = List.of("集成电路", "集成電路", "集群", "\"先进制造业集群\"", "产值 -集成电路", "新能源汽车");

    @TempDir static Path dir;
    static Path index;

    @BeforeAll
    static void ingestTheCorpusOnOneThread() {
        index = dir.resolve("index");
        CliIT.Run r = CliIT.run(null, "ingest", "--threads", "1", "--index", index.toString(), "--url-prefix", "https://corpus.example/",
                ROOT.resolve("corpora/pages").toString());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void extractPrintsWhatItPrinted() throws IOException {
        List<String> args = new ArrayList<>(List.of("extract", "--jsonl"));
        try (Stream<Path> pages = Files.walk(ROOT.resolve("corpora/pages"))) {
            pages.filter(p -> p.toString().endsWith(".html")).map(p -> ROOT.relativize(p).toString()).sorted().forEach(args::add);
        }
        check("extract.jsonl", out(args.toArray(String[]::new)));
    }

    @Test
    void searchAndTargetsPrintWhatTheyPrinted() throws IOException {
        StringBuilder json = new StringBuilder(), table = new StringBuilder();
        for (String q : QUERIES) {
            json.append(out("search", "--index", index.toString(), "--json", "--limit", "20", q));
            table.append(out("search", "--index", index.toString(), "--limit", "20", q));
        }
        json.append(out("search", "--index", index.toString(), "--json", "--year", "2025", "--min-amount", "1000亿", "集群"));
        json.append(out("search", "--index", index.toString(), "--json", "--city", "南京市", "集群"));
        json.append(out("search", "--index", index.toString(), "--json", "--all-copies", "--city", "南京市", "集群"));
        check("search.json", json.toString());
        check("search.txt", table.toString());
        for (String f : List.of("jsonl", "csv", "table")) check("targets." + f, out("targets", "--index", index.toString(), "--format", f));
        check("targets-filtered.jsonl", out("targets", "--index", index.toString(), "--format", "jsonl", "--year", "2025", "--city", "南京市"));
        for (String f : List.of("jsonl", "csv", "table")) check("targets-facts." + f, out("targets", "--index", index.toString(), "--facts", "--format", f));
        CliIT.Run e = CliIT.run("南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元。\n", "entities");
        check("entities.json", e.out());
    }

    @Test
    void theApiAnswersWhatItAnswered() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (PolicySearcher s = PolicySearcher.open(index); WebServer w = WebServer.start(s, new WebConfig("127.0.0.1", 0, 4, Duration.ZERO))) {
            String search = get(http, w.uri(), "api/search?q=" + URLEncoder.encode("集群", StandardCharsets.UTF_8) + "&limit=20");
            check("api-search.json", search);
            check("api-targets.json", get(http, w.uri(), "api/targets?limit=50"));
            check("api-targets.csv", get(http, w.uri(), "api/targets?limit=50&format=csv"));
            check("api-targets-facts.json", get(http, w.uri(), "api/targets?limit=50&facts=true"));
            StringBuilder articles = new StringBuilder();
            for (JsonNode h : Json.MAPPER.readTree(search).get("hits")) articles.append(get(http, w.uri(), "api/articles/" + h.get("id").asText())).append('\n');
            check("api-articles.jsonl", articles.toString());
        }
    }

    private static String get(HttpClient http, URI base, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static String out(String... args) {
        CliIT.Run r = CliIT.run(null, args);
        assertEquals(0, r.status(), String.join(" ", args) + ": " + r.err());
        return r.out();
    }

    /** Compares with the golden file, the checkout's absolute path written as /ROOT/ and the indexing time as …. */
    private static void check(String name, String actual) throws IOException {
        String normalised = actual.replace("file://" + ROOT + "/", "file:///ROOT/").replace("file:" + ROOT + "/", "file:/ROOT/").replaceAll("\"indexedAt\":\"[^\"]*\"", "\"indexedAt\":\"…\"");
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(golden, normalised, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(normalised)) Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "actual-" + name), normalised);
        if (!expected.equals(normalised)) {
            int at = 0;
            while (at < Math.min(expected.length(), normalised.length()) && expected.charAt(at) == normalised.charAt(at)) at++;
            fail(name + " differs from " + golden + " at character " + at + ": expected …" + around(expected, at) + "… but got …"
                    + around(normalised, at) + "… (if the change is meant, rerun with -Dgolden.update=true and review the diff)");
        }
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60));
    }
}
