package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyminer.cli.PolicyMinerCommand;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.PolicyIndex;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * The JSON API and the server's HTTP behaviour, over a real index, with the JDK's HTTP client; {@link WebApiOnSolrIT}
 * runs the same tests over a SolrCloud collection.
 */
class WebApiIT {
    @TempDir static Path dir;
    static TestServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dir.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(out), new PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(0, code, "CLI failed: " + err);
        return out.toString();
    }

    @Test
    void searchAnswersTheSameJsonAsTheCli() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("集成電路") + "&limit=5");
        assertEquals(200, r.statusCode());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode api = JSON.readTree(r.body());
        JsonNode cli = JSON.readTree(cli(server.cli("search", "--json", "--limit", "5", "集成電路")));
        assertEquals(cli, api);
        assertEquals(16, api.get("total").asInt());
        assertEquals(List.of("id", "url", "title", "published", "source", "score", "snippet", "cities", "clusters", "group", "copies"),
                fieldNames(api.get("hits").get(0)));
        JsonNode all = JSON.readTree(get("/api/search?q=" + enc("集成電路") + "&limit=5&allCopies=true").body());
        assertEquals(List.of("id", "url", "title", "published", "source", "score", "snippet", "cities", "clusters"), fieldNames(all.get("hits").get(0)));
        assertEquals(all.get("documents"), all.get("total"));
        assertTrue(api.get("hits").get(1).get("snippet").asText().contains("<em>集成电路</em>"), api.toString());
        assertEquals(List.of("city", "province", "cluster", "source", "year", "issuer", "type"), fieldNames(api.get("facets")));
    }

    @Test
    void documentsExportIsWhatTheCliPrintsAndListsASeriesByNumberPrefix() throws Exception {
        HttpResponse<String> csv = get("/api/documents?format=csv&q=" + enc("number:国办发[2016]"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("documents.csv"));
        assertEquals(cli(server.cli("documents", "--format", "csv", "--number", "国办发[2016]")), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals(2, lines.size(), csv.body());
        assertTrue(lines.get(1).startsWith("国办发〔2016〕82号,国务院办公厅,2016-11-10,2016-11-15,通知,"), lines.get(1));
        JsonNode all = JSON.readTree(get("/api/documents?q=" + enc("issuer:国务院办公厅")).body());
        assertEquals(List.of("国办发〔2016〕82号", "国办发〔2022〕9号"), all.get("documents").findValuesAsText("number"), "oldest written first");
        JsonNode facetLink = JSON.readTree(get("/api/search?issuer=" + enc("国务院办公厅") + "&type=" + enc("通知")).body());
        assertEquals(2, facetLink.get("total").asInt(), "the search page's issuer and type facet links are filters the API takes");
        JsonNode citing = JSON.readTree(get("/api/documents?q=" + enc("cites:国办发〔2016〕82号")).body());
        assertEquals(List.of("国办发〔2022〕9号"), citing.get("documents").findValuesAsText("number"));
    }

    @Test
    void articleShowsWhatRepealsItAndASearchByNumberFindsTheDocumentFirst() throws Exception {
        JsonNode old = JSON.readTree(get("/api/articles/" + org.policyminer.doc.PolicyDoc.idFor(TestCorpus.OLD_RULE_URL)).body());
        assertEquals("国办发〔2016〕82号", old.get("document").get("number").asText());
        JsonNode repealedBy = old.get("links").get("repealedBy");
        assertEquals(1, repealedBy.size(), old.toString());
        assertEquals(org.policyminer.doc.PolicyDoc.idFor(TestCorpus.NEW_RULE_URL), repealedBy.get(0).get("id").asText());
        JsonNode search = JSON.readTree(get("/api/search?q=" + enc("国办发（2016）82号")).body());
        assertEquals(2, search.get("total").asInt(), "the document and the one that cites it");
        assertEquals(org.policyminer.doc.PolicyDoc.idFor(TestCorpus.OLD_RULE_URL), search.get("hits").get(0).get("id").asText());
        JsonNode seed = JSON.readTree(get("/api/articles/" + TestCorpus.seedId()).body());
        assertTrue(seed.get("document").isNull(), "a news article is no official document");
    }

    @Test
    void filtersAndPagingNarrowTheSearch() throws Exception {
        JsonNode city = JSON.readTree(get("/api/search?q=" + enc("集成电路") + "&city=" + enc("上海市")).body());
        assertEquals(1, city.get("total").asInt());
        assertEquals(TestCorpus.seedId(), city.get("hits").get(0).get("id").asText());
        JsonNode page2 = JSON.readTree(get("/api/search?q=" + enc("集成电路") + "&limit=10&offset=10&sort=date").body());
        assertEquals(6, page2.get("hits").size());
        JsonNode amount = JSON.readTree(get("/api/search?minAmount=" + enc("2500亿") + "&year=2027").body());
        assertEquals(1, amount.get("total").asInt());
        JsonNode dates = JSON.readTree(get("/api/search?from=2021-01-01&to=2021-12-31").body());
        assertEquals(1, dates.get("total").asInt());
    }

    @Test
    void targetsCsvAndJsonlAreWhatTheCliPrints() throws Exception {
        HttpResponse<String> csv = get("/api/targets?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("targets.csv"));
        assertEquals(cli(server.cli("targets", "--format", "csv")), csv.body());
        HttpResponse<String> jsonl = get("/api/targets?format=jsonl&kind=target");
        assertEquals(cli(server.cli("targets", "--format", "jsonl", "--kind", "target")), jsonl.body());
        assertEquals(2, jsonl.body().lines().count());
    }

    @Test
    void targetsJsonWrapsTheCliRows() throws Exception {
        JsonNode t = JSON.readTree(get("/api/targets?city=" + enc("深圳市")).body());
        assertEquals(t.get("targets").size(), t.get("count").asInt());
        JsonNode first = t.get("targets").get(0);
        String cliFirst = cli(server.cli("targets", "--format", "jsonl", "--city", "深圳市")).lines().findFirst().orElseThrow();
        assertEquals(JSON.readTree(cliFirst), first);
        assertNotNull(first.get("docId"));
        assertNotNull(first.get("sentence"));
    }

    @Test
    void articleCarriesEntitiesAndRemovedSpam() throws Exception {
        HttpResponse<String> r = get("/api/articles/" + TestCorpus.seedId());
        assertEquals(200, r.statusCode());
        JsonNode a = JSON.readTree(r.body());
        assertEquals("“十四五”先进制造业集群发展蓝图酝酿待出", a.get("title").asText());
        assertEquals("“十四五”先進製造業集群發展藍圖醞釀待出", a.get("originalTitle").asText());
        assertEquals(a.get("text").asText().length(), a.get("originalText").asText().length());
        assertEquals(2, a.get("entities").get("clusters").size());
        assertEquals(2, a.get("entities").get("amounts").size());
        assertEquals("spam-links", a.get("removed").get(0).get("reason").asText());
        JsonNode amount = a.get("entities").get("amounts").get(0);
        String analysed = a.get("title").asText() + "\n" + a.get("text").asText();
        assertEquals("4000亿元", analysed.substring(amount.get("start").asInt(), amount.get("end").asInt()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdef", "not-an-id", "%3Cscript%3E"})
    void unknownArticleIs404WithAnErrorBody(String id) throws Exception {
        HttpResponse<String> r = get("/api/articles/" + id);
        assertEquals(404, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("error").asText().startsWith("no article with id"), r.body());
    }

    @Test
    void clusterInEitherScriptHasCitiesFiguresAndArticles() throws Exception {
        HttpResponse<String> r = get("/api/clusters/" + enc("深廣高端醫療器械集群").replace("+", "%20"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode c = JSON.readTree(r.body());
        assertEquals(TestCorpus.MEDICAL, c.get("name").asText());
        assertTrue(c.get("national").asBoolean());
        assertEquals("[\"深圳市\",\"广州市\"]", c.get("cities").toString());
        assertEquals(1, c.get("articleCount").asInt());
        // The 50亿 investment in the same article belongs to 深圳市, not to the cluster.
        assertEquals(2, c.get("figures").size());
        assertEquals("[{\"year\":2022,\"count\":1,\"sum\":200000000000},{\"year\":2027,\"count\":1,\"sum\":300000000000}]", c.get("byYear").toString());
        assertEquals(404, get("/api/clusters/" + enc("不存在的集群")).statusCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/search?q=x&bogus=1          | unknown parameter 'bogus'",
        "/api/search?limit=abc            | parameter 'limit' must be a whole number",
        "/api/search?limit=1000           | parameter 'limit' must be between 0 and 100",
        "/api/search?offset=-1            | parameter 'offset' must be between",
        "/api/search?from=2021-13-01      | bad date for from",
        "/api/search?from=2022-01-01&to=2021-01-01 | is after",
        "/api/search?minAmount=lots       | bad amount 'lots'",
        "/api/search?year=twenty          | bad year",
        "/api/search?kind=wish            | kind must be target, actual, investment, threshold, scale or unknown",
        "/api/search?sort=random          | sort must be relevance or date",
        "/api/search?original=maybe       | parameter 'original' must be true or false",
        "/api/search?q=%22open            | unbalanced quote",
        "/api/search?q=a&q=b              | parameter 'q' is given twice",
        "/api/search?q=%C3%28             | not valid UTF-8",
        "/api/targets?format=xml          | format must be json, jsonl or csv",
        "/api/articles/0123456789abcdef?x=1 | unknown parameter 'x'",
    })
    void badParameterIs400WithAMessage(String url, String message) throws Exception {
        HttpResponse<String> r = get(url.strip());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        String error = JSON.readTree(r.body()).get("error").asText();
        assertTrue(error.contains(message.strip()), error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void onlyGetAndHeadAreAllowed(String method) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri("/api/search"))
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("read-only"));
    }

    @Test
    void oversizedRequestsAre414And413() throws Exception {
        HttpResponse<String> longUri = get("/api/search?q=" + "a".repeat(Router.MAX_URI_LENGTH));
        assertEquals(414, longUri.statusCode());
        assertTrue(JSON.readTree(longUri.body()).has("error"));
        HttpResponse<String> body = HTTP.send(HttpRequest.newBuilder(server.uri("/api/search"))
                .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(64 * 1024))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, body.statusCode());
        assertTrue(JSON.readTree(body.body()).get("error").asText().contains("larger than"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/targets", "/latest", "/api/search?q=x", "/static/app.css", "/no/such/page", "/api/nothing", "/feed.xml"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> r = get(path);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.startsWith("default-src 'self'"), path + ": " + csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void unknownPathsAre404() throws Exception {
        HttpResponse<String> page = get("/no/such/%3Cpage%3E");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("&lt;page&gt;"), "the path is echoed escaped: " + page.body());
        assertFalse(page.body().contains("<page>"));
        HttpResponse<String> api = get("/api/nothing");
        assertEquals(404, api.statusCode());
        assertTrue(JSON.readTree(api.body()).has("error"));
        assertEquals(404, get("/static/../pom.xml").statusCode());
        assertEquals(404, get("/static/app.css/x").statusCode());
    }

    @Test
    void staticAssetsRevalidateWithTheirEtag() throws Exception {
        HttpResponse<String> first = get("/static/common.js");
        assertEquals(200, first.statusCode());
        assertEquals("text/javascript; charset=utf-8", first.headers().firstValue("Content-Type").orElse(""));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(server.uri("/static/common.js")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> stale = HTTP.send(HttpRequest.newBuilder(server.uri("/static/common.js")).header("If-None-Match", "\"old\"").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stale.statusCode());
    }

    @Test
    void pagesLoadScriptsFromFilesOnly() throws Exception {
        for (String page : List.of("/", "/targets", "/latest", "/articles/" + TestCorpus.seedId(), "/clusters/x")) {
            HttpResponse<String> r = get(page);
            assertEquals(200, r.statusCode(), page);
            assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
            String[] parts = r.body().split("<script");
            assertTrue(parts.length > 1, page + " loads no script");
            for (int i = 1; i < parts.length; i++) {
                assertTrue(parts[i].startsWith(" src=\"/static/"), page + " has an inline script: <script" + parts[i]);
            }
            assertFalse(r.body().contains("style="), page + " has an inline style");
            assertFalse(r.body().contains("http://") || r.body().contains("https://"), page + " loads something from elsewhere");
        }
    }

    @Test
    void foreignHostNameIsRefusedOnLoopback() throws Exception {
        // DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 sends its own Host header.
        try (java.net.Socket sock = new java.net.Socket("127.0.0.1", server.server.port())) {
            sock.getOutputStream().write(("GET /api/search?q=x HTTP/1.1\r\nHost: evil.example:" + server.server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(sock.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
            assertTrue(answer.contains("localhost / 127.0.0.1 only"), answer);
        }
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.server.port() + "/api/search?q=x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void headAnswersHeadersWithoutBody() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri("/api/search?q=x")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertTrue(Long.parseLong(r.headers().firstValue("Content-Length").orElse("0")) > 0);
    }

    @Test
    void atomFeedIsWellFormedAndEscapesPageContent() throws Exception {
        HttpResponse<String> r = get("/feed.xml");
        assertEquals(200, r.statusCode());
        assertEquals("application/atom+xml; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertTrue(entries.getLength() >= TestCorpus.docs().size(), "entries: " + entries.getLength());
        List<String> titles = new ArrayList<>();
        NodeList t = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        for (int i = 0; i < t.getLength(); i++) titles.add(t.item(i).getTextContent());
        assertTrue(titles.contains(TestCorpus.XSS_TITLE), titles.toString());
        assertEquals(0, feed.getElementsByTagName("script").getLength());
        // Newest first: the 2022 article leads.
        assertEquals("深圳推进高端医疗器械集群建设", entries.item(0).getFirstChild().getNextSibling().getTextContent());
    }

    @Test
    void newCommitsShowUpWithoutRestart() throws Exception {
        String word = "氢能源重卡";
        assertEquals(0, JSON.readTree(get("/api/search?q=" + enc(word)).body()).get("total").asInt());
        TestCorpus.Builder b = new TestCorpus.Builder("https://www.example.cn/new.html", "新增文章", word + "示范运营启动。", "2018-05-05", "新华网", List.of());
        PolicyDoc doc = b.build();
        try (org.policyminer.index.DocumentStore idx = server.store.open()) {
            idx.upsert(doc);
            idx.commit();
        }
        JsonNode after = JSON.readTree(get("/api/search?q=" + enc(word)).body());
        assertEquals(1, after.get("total").asInt());
        assertEquals(200, get("/api/articles/" + doc.id()).statusCode());
    }

    @Test
    void serveRefusesABadPortAsUsageError() {
        StringWriter err = new StringWriter();
        int code = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(server.cli("serve", "--port", "70000"));
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("policyminer: port must be between 0 and 65535"), err.toString());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static URI base() {
        return server.server.uri();
    }

    @Test
    void fromAndToMatchEitherTheWrittenOrThePublishedDay() throws Exception {
        // 国办发〔2016〕82号 was written on 2016-11-10 and published on 2016-11-15
        assertTrue(urls("政务公开 from:2016-11-09 to:2016-11-11").contains(TestCorpus.OLD_RULE_URL), "its written day is in range");
        assertTrue(urls("政务公开 from:2016-11-14 to:2016-11-16").contains(TestCorpus.OLD_RULE_URL), "its published day is in range");
        assertFalse(urls("政务公开 from:2016-11-12 to:2016-11-13").contains(TestCorpus.OLD_RULE_URL), "neither day is in range");
        assertFalse(urls("政务公开 written:2016-11-14..2016-11-16").contains(TestCorpus.OLD_RULE_URL), "written: is the written day only");
    }

    private static List<String> urls(String q) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc(q));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("hits").findValuesAsText("url");
    }

    @Test
    void aHitFoundThroughAnAttachmentNamesItAndTheArticleListsEveryAttachment() throws Exception {
        JsonNode hit = JSON.readTree(get("/api/search?q=" + enc(TestCorpus.ONLY_IN_ATTACHMENT)).body()).get("hits").get(0);
        assertEquals(TestCorpus.LIST_URL, hit.get("url").asText());
        assertEquals("示范企业名单.xlsx", hit.get("matchedAttachment").get("name").asText());
        assertEquals(TestCorpus.LIST_XLSX, hit.get("matchedAttachment").get("url").asText());
        JsonNode article = JSON.readTree(get("/api/articles/" + hit.get("id").asText()).body());
        assertEquals(List.of("示范企业名单.xlsx", "评审说明.pdf"), article.get("attachments").findValuesAsText("name"));
        assertEquals("encrypted PDF", article.get("attachments").get(1).get("error").asText());
    }
}
