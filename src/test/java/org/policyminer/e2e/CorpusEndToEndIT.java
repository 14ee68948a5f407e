package org.policyminer.e2e;

import org.policyminer.search.SortOrder;
import org.policyminer.ingest.CommitPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.IngestReport;
import org.policyminer.ingest.IngestService;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;

/**
 * The whole pipeline on the bundled corpus, checked against its gold files: every page goes in, titles, dates
 * and amounts come out as annotated, no spam phrase survives, and a query in traditional script returns the
 * same ranked hits as in simplified script.
 */
class CorpusEndToEndIT {
    static final Path ROOT = Path.of(System.getProperty("policyminer.root", "."));
    static final Path PAGES = ROOT.resolve("corpora/pages");
    static final ObjectMapper JSON = new ObjectMapper();

    record Page(Path html, JsonNode gold, PolicyDoc doc) {}

    static final List<Page> pages = new ArrayList<>();
    @TempDir static Path dir;
    static Path index;
    static IngestReport report;

    @BeforeAll
    static void ingestCorpus() throws Exception {
        PolicyMiner miner = PolicyMiner.create();
        try (Stream<Path> s = Files.walk(PAGES)) {
            for (Path html : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Path gold = Path.of(html.toString().replace(".html", ".gold.json"));
                pages.add(new Page(html, JSON.readTree(gold.toFile()), miner.process(html)));
            }
        }
        index = dir.resolve("index");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            List<IngestService.Input> inputs = pages.stream().map(p -> new IngestService.Input(p.html().toString(), null)).toList();
            report = new IngestService(miner.pipeline(), miner.source(), idx, 2, CommitPolicy.batchesOf(10)).ingest(inputs, null);
        }
    }

    @Test
    void everyPageIsIngested() {
        assertTrue(pages.size() >= 30, "corpus has " + pages.size() + " pages");
        assertEquals(pages.size(), report.added(), report.errors().toString());
        assertEquals(0, report.failed(), report.errors().toString());
    }

    @Test
    void titlesMatchTheGold() {
        List<String> wrong = new ArrayList<>();
        for (Page p : pages) {
            String want = p.gold().path("title").asText();
            if (!want.equals(p.doc().simplified().title())) wrong.add(p.html().getFileName() + ": " + p.doc().simplified().title() + " ≠ " + want);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void datesMatchTheGold() {
        List<String> wrong = new ArrayList<>();
        for (Page p : pages) {
            JsonNode want = p.gold().path("published");
            String got = p.doc().article().published();
            String gotDay = got == null ? null : got.substring(0, Math.min(10, got.length()));
            String wantDay = want.isNull() || want.isMissingNode() ? null : want.asText();
            if (!java.util.Objects.equals(wantDay, gotDay)) wrong.add(p.html().getFileName() + ": " + got + " ≠ " + wantDay);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void sourcesMatchTheGold() {
        List<String> wrong = new ArrayList<>();
        for (Page p : pages) {
            String want = p.gold().path("source").isNull() ? null : p.gold().path("source").asText(null);
            Object got = org.policyminer.view.DocViews.extract(p.doc()).get("source");
            if (!java.util.Objects.equals(want, got)) wrong.add(p.html().getFileName() + ": " + got + " ≠ " + want);
        }
        // one page names two outlets separated by a space (国家发展改革委 国家能源局); we keep the first
        assertTrue(wrong.size() <= 1, String.join("\n", wrong));
    }

    @Test
    void noSpamPhraseSurvivesInTitleOrBody() {
        List<String> left = new ArrayList<>();
        for (Page p : pages) {
            String out = p.doc().simplified().title() + "\n" + p.doc().simplified().text();
            for (JsonNode spam : p.gold().path("spam")) if (out.contains(spam.asText())) left.add(p.html().getFileName() + ": " + spam.asText());
        }
        assertTrue(left.isEmpty(), String.join("\n", left));
    }

    @Test
    void amountValuesMatchTheGold() {
        int gold = 0, found = 0, extracted = 0, correct = 0;
        List<String> missed = new ArrayList<>();
        for (Page p : pages) {
            List<Double> got = new ArrayList<>(p.doc().entities().amounts().stream().map(AmountMention::value).toList());
            extracted += got.size();
            for (JsonNode a : p.gold().path("amounts")) {
                gold++;
                double v = a.path("value").asDouble();
                if (got.remove(v)) {
                    found++;
                    correct++;
                } else {
                    missed.add(p.html().getFileName() + ": " + a.path("text").asText());
                }
            }
        }
        double recall = (double) found / gold, precision = extracted == 0 ? 0 : (double) correct / extracted;
        assertTrue(recall >= 0.9 && precision >= 0.9, String.format("amount recall %.3f precision %.3f; missed %s", recall, precision, missed));
    }

    /** What the search page shows as chips and in the cluster facet: only clusters the page's gold names. */
    @Test
    void everyClusterTheIndexShowsIsInTheGold() throws Exception {
        java.util.Map<String, java.util.Set<String>> goldByUrl = new java.util.HashMap<>();
        java.util.Set<String> allGold = new java.util.HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Page p : pages) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (JsonNode c : p.gold().path("clusters")) names.add(c.path("name").asText());
            goldByUrl.put(p.doc().url(), names);
            allGold.addAll(names);
            for (var c : p.doc().entities().clusters()) if (!names.contains(c.name())) wrong.add(p.html().getFileName() + ": " + c.name());
        }
        try (PolicySearcher s = PolicySearcher.open(index)) {
            SearchResult all = s.search(SearchRequest.of("").page(200, 0).sortedBy(SortOrder.DATE));
            assertEquals(pages.size(), all.total());
            for (SearchResult.Hit h : all.hits()) {
                for (String c : h.clusters()) if (!goldByUrl.getOrDefault(h.url(), java.util.Set.of()).contains(c)) wrong.add(h.url() + " chip: " + c);
            }
            for (String c : all.facets().get("cluster").keySet()) if (!allGold.contains(c)) wrong.add("facet: " + c);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void traditionalAndSimplifiedQueriesReturnTheSameTopHits() throws Exception {
        try (PolicySearcher s = PolicySearcher.open(index)) {
            for (String[] q : new String[][] {{"集成电路", "集成電路"}, {"新能源汽车", "新能源汽車"}, {"先进制造业集群", "先進製造業集群"}, {"专精特新", "專精特新"}}) {
                SearchResult simp = s.search(SearchRequest.of(q[0]));
                SearchResult trad = s.search(SearchRequest.of(q[1]));
                assertTrue(simp.total() > 0, q[0]);
                assertEquals(simp.hits().stream().map(SearchResult.Hit::url).toList(), trad.hits().stream().map(SearchResult.Hit::url).toList(), q[1]);
            }
        }
    }

    @Test
    void theSeedPageComesOutCleanThroughTheExtractCommand() throws Exception {
        Page seed = pages.stream().filter(p -> p.html().toString().contains("/seed/")).findFirst().orElseThrow();
        JsonNode out = JSON.readTree(org.policyminer.util.Json.write(org.policyminer.view.DocViews.extract(seed.doc())));
        assertEquals("“十四五”先进制造业集群发展蓝图酝酿待出", out.get("title").asText());
        assertEquals("2021-03-23", out.get("published").asText());
        assertEquals("经济日报", out.get("source").asText());
        assertEquals(out.get("text").asText().length(), out.get("originalText").asText().length());
        assertTrue(out.get("removed").toString().contains("spam-links"), out.get("removed").toString());
        String article = out.get("title").asText() + out.get("text").asText() + out.get("originalTitle").asText() + out.get("originalText").asText();
        for (String spam : List.of("日本午夜", "蜘蛛池", "欧美", "视频")) assertTrue(!article.contains(spam), spam);
    }

    @Test
    void theSeedPageComesOutClean() {
        Page seed = pages.stream().filter(p -> p.html().toString().contains("/seed/")).findFirst().orElseThrow();
        assertEquals("“十四五”先进制造业集群发展蓝图酝酿待出", seed.doc().simplified().title());
        assertTrue(seed.doc().simplified().text().startsWith("“十四五”时期"), seed.doc().simplified().text().substring(0, 30));
        assertEquals("traditional", seed.doc().simplified().script().label());
    }

}
