package org.policyminer.cli;

import org.policyminer.util.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command contract of docs/contract.md: exit codes, one-line errors, JSON on stdout only. */
class CliIT {
    @TempDir Path dir;

    record Run(int status, String out, String err) {
        List<JsonNode> jsonLines() throws Exception {
            List<JsonNode> l = new java.util.ArrayList<>();
            for (String line : out.strip().split("\n")) if (!line.isBlank()) l.add(Json.MAPPER.readTree(line));
            return l;
        }
    }

    static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        InputStream oldIn = System.in;
        try {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cl = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(cl.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void verbosePrintsTheTraceBeforeOrAfterTheSubcommand() {
        String missing = dir.resolve("no-such-index").toString();
        for (List<String> args : List.of(List.of("--verbose", "search", "--index", missing, "集群"),
                List.of("search", "--index", missing, "集群", "--verbose"))) {
            Run r = run(null, args.toArray(String[]::new));
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().startsWith("policyminer: "), r.err());
            assertTrue(r.err().contains("\tat "), args + " prints a stack trace: " + r.err());
        }
        Run quiet = run(null, "search", "--index", missing, "集群");
        assertFalse(quiet.err().contains("\tat "), quiet.err());
    }

    @Test
    void versionAndHelp() {
        Run v = run(null, "--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("policyminer "), v.out());
        for (String cmd : List.of("extract", "entities", "ingest", "search", "targets", "bench", "demo", "remove", "eval")) {
            Run h = run(null, cmd, "--help");
            assertEquals(0, h.status(), cmd);
            assertTrue(h.out().contains("Usage: policyminer " + cmd), h.out());
        }
    }

    @Test
    void benchReportsEveryStageWithItsBaselineAndEveryQueryType() throws Exception {
        Path root = Path.of(System.getProperty("policyminer.root", "."));
        Run r = run(null, "bench", "--docs", "60", "--stage-docs", "30", "--queries", "5", "--warmup-docs", "30", "--baseline-seconds", "0", "--page-mb", "0.1,0.2", "--json",
                "--corpus", root.resolve("corpora/pages").toString(), "--extract-dataset", dir.resolve("none").toString());
        assertEquals(0, r.status(), r.err());
        JsonNode b = r.jsonLines().get(0);
        for (String stage : List.of("extract", "convert", "entities")) assertTrue(b.get("stages").get(stage).get("pagesPerSec").asDouble() > 0, stage);
        assertTrue(b.get("stages").get("hanlpSegmentCharsPerSec").asDouble() > 0);
        assertTrue(b.get("ingest").get("docsPerSec").asDouble() > 0);
        assertEquals(0, b.get("ingest").get("failed").asInt());
        assertTrue(b.get("ingest").get("hanlpOnlyDocsPerSec").asDouble() > 0);
        // the merges an ingest slice starts are waited for and counted in its time
        assertTrue(b.get("ingest").get("mergeWaitSeconds").asDouble() >= 0);
        assertEquals(30, b.get("ingest").get("warmupDocs").asInt(), "the timed ingest follows a warm-up of at most --warmup-docs");
        // The ingest's two halves timed apart, and the rate they would give together.
        JsonNode in = b.get("ingest");
        for (String half : List.of("pipelineOnly", "indexOnly")) assertTrue(in.get(half + "DocsPerSec").asDouble() > 0, half);
        double p = in.get("pipelineOnlyVsHanlp").asDouble(), i = in.get("indexOnlyVsHanlp").asDouble();
        assertEquals(1 / (1 / p + 1 / i), in.get("halvesCombinedVsHanlp").asDouble(), 0.02);
        for (String q : List.of("term", "phrase", "filtered", "faceted")) assertTrue(b.get("search").get(q).has("p99ms"), q);
        assertTrue(b.get("peakHeapMB").asLong() > 0);
        // the ingest cost of single pages of growing size, per MB
        JsonNode pages = b.get("pageSize");
        for (String size : List.of("0.1MB", "0.2MB")) assertTrue(pages.get(size).get("cpuMsPerMB").asDouble() > 0, size);
        assertTrue(pages.get("largestVsSmallest").asDouble() > 0);
        // ingest with near-duplicate groups against without, both sides in the same run
        JsonNode g = b.get("grouping");
        assertEquals(60, g.get("docs").asInt());
        assertEquals(g.get("withGroupsDocsPerSec").asDouble() / g.get("withoutGroupsDocsPerSec").asDouble(), g.get("withVsWithout").asDouble(), 0.01);
        assertTrue(g.get("indexOnlyWithVsWithout").asDouble() > 0);
    }

    @Test
    void copiesOfOnePageAreOneHitOneFactAndOneArticleWithItsCopies() throws Exception {
        Path root = Path.of(System.getProperty("policyminer.root", "."));
        String index = dir.resolve("index").toString(), seed = root.resolve("corpora/pages/seed").toString();
        assertEquals(0, run(null, "ingest", "--quiet", "--index", index, "--url-prefix", "https://www.ce.cn/a/", seed).status());
        assertEquals(0, run(null, "ingest", "--quiet", "--index", index, "--url-prefix", "http://mirror.example/b/", seed).status());
        JsonNode collapsed = run(null, "search", "--index", index, "--json", "先进制造业集群").jsonLines().get(0);
        assertEquals(1, collapsed.get("total").asInt());
        assertEquals(2, collapsed.get("documents").asInt());
        assertEquals(2, collapsed.get("hits").get(0).get("copies").asInt());
        assertEquals("https://www.ce.cn/a/jingji-ribao-clusters.html", collapsed.get("hits").get(0).get("url").asText(), "the news portal's copy");
        assertEquals(2, run(null, "search", "--index", index, "--json", "--all-copies", "先进制造业集群").jsonLines().get(0).get("hits").size());
        JsonNode article = run(null, "article", "--index", index, "--json", "http://mirror.example/b/jingji-ribao-clusters.html").jsonLines().get(0);
        assertEquals(2, article.get("copies").size());
        assertTrue(article.get("copies").get(0).get("canonical").asBoolean());
        assertEquals("news", article.get("copies").get(0).get("sourceKind").asText());
        List<JsonNode> facts = run(null, "targets", "--index", index, "--facts", "--format", "jsonl", "广深佛莞").jsonLines();
        JsonNode trillion = facts.stream().filter(f -> f.get("value").asDouble() == 1e12).findFirst().orElseThrow();
        assertEquals(2, trillion.get("sourceCount").asInt());
        assertEquals(1, trillion.get("articles").asInt(), "two copies of one article");
        assertEquals(1, run(null, "article", "--index", index, "0123456789abcdef").status());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run r = run(null, "search", "--index", dir.toString(), "--min-amount", "lots", "集群");
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("policyminer: bad amount 'lots'"), r.err());
        for (String cmd : List.of("extract", "ingest", "crawl")) {
            Run t = run(null, cmd, "--timeout", "0", "https://example.org/");
            assertEquals(2, t.status(), cmd + ": " + t.err());
            assertTrue(t.err().startsWith("policyminer: --timeout must be longer than zero"), t.err());
        }
        Run unknown = run(null, "search", "--nope");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("policyminer: "), unknown.err());
    }

    @Test
    void runtimeFailuresExitOneWithOneLineAndNoTrace() {
        Run r = run(null, "search", "--index", dir.resolve("none").toString(), "集群");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("policyminer: no index at "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void ingestSearchTargetsAndBatchSearchOnARealIndex() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.html"), "<html><head><meta charset=utf-8><title>上海集成电路</title></head><body><div id=con_con>"
                + "<p>上海市集成电路集群“十四五”期间将再投入3000亿元，推动产业发展。</p></div></body></html>");
        Files.writeString(pages.resolve("b.html"), "<html><head><meta charset=utf-8><title>新能源汽车</title></head><body><div id=con_con>"
                + "<p>合肥新能源汽车产业快速发展，产量持续增长。</p></div></body></html>");
        Files.write(pages.resolve("broken.html"), new byte[0]);
        String index = dir.resolve("index").toString();
        Run ingest = run(null, "ingest", "--index", index, pages.toString());
        assertEquals(1, ingest.status(), "a broken page fails alone: " + ingest.err());
        assertTrue(ingest.out().contains("2 added") && ingest.out().contains("1 failed"), ingest.out());
        assertTrue(ingest.err().contains("broken.html"), ingest.err());

        Run again = run(null, "ingest", "--index", index, pages.resolve("a.html").toString(), pages.resolve("b.html").toString());
        assertTrue(again.out().contains("2 unchanged"), again.out());

        Run search = run(null, "search", "--index", index, "--json", "集成電路");
        assertEquals(0, search.status(), search.err());
        JsonNode r = search.jsonLines().get(0);
        assertEquals(1, r.get("total").asInt());
        assertTrue(r.get("hits").get(0).get("snippet").asText().contains("<em>集成电路</em>"), r.toString());

        Run batch = run("{\"id\":\"q1\",\"q\":\"新能源汽車\"}\n{\"id\":\"q2\",\"q\":\"\\\"open\"}\n{\"id\":3,\"q\":\"产业\",\"limit\":1}\n",
                "search", "--index", index, "--jsonl");
        List<JsonNode> lines = batch.jsonLines();
        assertEquals(3, lines.size(), batch.out());
        assertEquals("q1", lines.get(0).get("id").asText());
        assertEquals(1, lines.get(0).get("total").asInt());
        assertTrue(lines.get(1).get("error").asText().contains("unbalanced quote"), lines.get(1).toString());
        assertEquals(3, lines.get(2).get("id").asInt());
        assertEquals(1, lines.get(2).get("hits").size());
        assertEquals(1, batch.status(), "a bad query line makes the batch exit 1");

        Run csv = run(null, "targets", "--index", index, "--format", "csv");
        assertEquals(0, csv.status(), csv.err());
        assertTrue(csv.out().startsWith("docId,published,title"), csv.out());

        Run remove = run(null, "remove", "--index", index, pages.resolve("b.html").toAbsolutePath().normalize().toUri().toString());
        assertEquals(0, remove.status(), remove.err());
        assertEquals(0, run(null, "search", "--index", index, "--json", "新能源汽车").jsonLines().get(0).get("total").asInt());
    }

    @Test
    void entitiesReadTheNanjingTargetInEitherScriptWithOffsetsIntoTheTextAsGiven() throws Exception {
        for (String text : List.of("南京提出，到2025年新型电力（智能电网）装备集群产值突破4000亿元。", "南京提出，到2025年新型電力（智能電網）裝備集群產值突破4000億元。")) {
            Run r = run(text + "\n", "entities");
            assertEquals(0, r.status(), r.err());
            JsonNode e = r.jsonLines().get(0);
            assertEquals(1, e.get("amounts").size(), e.toString());
            JsonNode a = e.get("amounts").get(0);
            assertEquals(400000000000L, a.get("value").asLong());
            assertEquals(2025, a.get("year").asInt());
            assertEquals("产值", a.get("metric").asText());
            assertEquals("突破", a.get("comparator").asText());
            assertEquals("target", a.get("kind").asText());
            assertEquals(text.substring(a.get("start").asInt(), a.get("end").asInt()), a.get("text").asText());
            assertEquals("南京市", e.get("cities").get(0).get("name").asText());
        }
    }

    @Test
    void extractJsonlKeepsGoingPastABrokenInput() throws Exception {
        Path ok = dir.resolve("ok.html");
        Files.writeString(ok, "<html><head><meta charset=utf-8><title>标题</title></head><body><div id=con_con><p>工业和信息化部印发通知，推进集群发展。</p></div></body></html>");
        Run r = run(null, "extract", "--jsonl", dir.resolve("missing.html").toString(), ok.toString());
        List<JsonNode> lines = r.jsonLines();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).has("error"), lines.get(0).toString());
        assertTrue(lines.get(1).get("text").asText().contains("推进集群发展"), lines.get(1).toString());
        assertEquals(1, r.status());
    }
}
