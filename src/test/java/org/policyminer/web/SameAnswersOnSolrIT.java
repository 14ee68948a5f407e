package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.solr.SharedSolrCluster;

/**
 * The web tests' corpus (official documents that cite and repeal each other, a notice whose names are only in its
 * spreadsheet attachment) served from a local index and from a SolrCloud collection side by side: the answers are
 * compared hit by hit, not only checked against what {@link WebApiIT} expects. What the main corpus (SolrCloudIT)
 * cannot show: document links that resolve to another article, and hits found only through an attachment.
 */
@ExtendWith(SharedSolrCluster.class)
class SameAnswersOnSolrIT {
    @TempDir static Path dir;
    static TestServer local;
    static TestServer solr;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        local = TestServer.start(dir.resolve("index"));
        solr = TestServer.startOnSolr(SharedSolrCluster.client(), SharedSolrCluster.zkAddress(), SharedSolrCluster.newCollection("same"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (local != null) local.close();
        if (solr != null) solr.close();
    }

    @Test
    void everyArticleWithItsDocumentLinksIsTheSame() throws Exception {
        int withLinks = 0, repealed = 0;
        for (PolicyDoc d : TestCorpus.docs()) {
            JsonNode a = same("/api/articles/" + d.id());
            JsonNode links = a.get("links");
            if (links != null && !links.isNull() && (links.get("citedBy").size() > 0 || hasResolved(links.get("cites")))) withLinks++;
            if (links != null && !links.isNull() && links.get("repealedBy").size() > 0) repealed++;
        }
        assertTrue(withLinks >= 2 && repealed == 1, "articles with resolved links: " + withLinks + ", repealed: " + repealed);
    }

    @Test
    void aDocumentNumberInTheQueryFindsTheDocumentFirstOnBoth() throws Exception {
        for (String q : List.of("国办发（2016）82号", "国办发〔2016〕82号", "国办发[2022]9号", "国办发〔2016〕82号 OR 集成电路", "政务公开 国办发〔2016〕82号",
                "國辦發〔2016〕82號", "国办发〔2099〕1号")) {
            for (String copies : List.of("", "&allCopies=true")) {
                JsonNode r = same("/api/search?q=" + enc(q) + copies);
                if (q.startsWith("国办发（2016）")) {
                    assertEquals(PolicyDoc.idFor(TestCorpus.OLD_RULE_URL), r.get("hits").get(0).get("id").asText(), q);
                }
            }
        }
    }

    @Test
    void aHitFoundOnlyThroughAnAttachmentIsTheSameWithTheSameMatchedAttachment() throws Exception {
        int matched = 0;
        for (String q : List.of(TestCorpus.ONLY_IN_ATTACHMENT, "东方精密机械", "東方精密機械", "示范企业", "\"东方精密机械有限公司\" 无锡市",
                TestCorpus.ONLY_IN_ATTACHMENT + " OR 集成电路", "示范企业 -" + TestCorpus.ONLY_IN_ATTACHMENT)) {
            for (String copies : List.of("", "&allCopies=true")) {
                JsonNode r = same("/api/search?q=" + enc(q) + copies + "&limit=50");
                for (JsonNode h : r.get("hits")) if (h.has("matchedAttachment") && !h.get("matchedAttachment").isNull()) matched++;
            }
        }
        assertTrue(matched >= 6, "hits with a matched attachment: " + matched);
        same("/api/articles/" + PolicyDoc.idFor(TestCorpus.LIST_URL));
    }

    private static boolean hasResolved(JsonNode cites) {
        for (JsonNode c : cites) if (c.hasNonNull("id")) return true;
        return false;
    }

    /** The answer of both servers to the path, after {@link #normalise}; asserts they are the same and returns it. */
    private static JsonNode same(String path) throws Exception {
        HttpResponse<String> a = get(local, path);
        HttpResponse<String> b = get(solr, path);
        assertEquals(a.statusCode(), b.statusCode(), path + ": " + b.body());
        assertEquals(200, a.statusCode(), path + ": " + a.body());
        JsonNode expected = normalise(JSON.readTree(a.body()));
        JsonNode actual = normalise(JSON.readTree(b.body()));
        assertEquals(expected.toPrettyString(), actual.toPrettyString(), path);
        return expected;
    }

    /** Scores to three digits, no time of indexing, group ids blanked (a group is named after whichever copy founded it). */
    private static JsonNode normalise(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("indexedAt");
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String f : names) {
                JsonNode v = o.get(f);
                if (f.equals("score") && v.isNumber()) o.put(f, Math.round(v.asDouble() * 1000) / 1000.0);
                else if (f.equals("group") && v.isTextual()) o.put(f, "g");
                else normalise(v);
            }
            if (o.get("hits") instanceof ArrayNode hits) {
                // hits of equal score by id: each backend breaks ties in its own index order
                List<JsonNode> sorted = new ArrayList<>();
                hits.forEach(sorted::add);
                sorted.sort(java.util.Comparator.comparingDouble((JsonNode h) -> -h.path("score").asDouble()).thenComparing(h -> h.path("id").asText()));
                hits.removeAll();
                sorted.forEach(hits::add);
            }
        } else if (n instanceof ArrayNode arr) {
            for (JsonNode v : arr) normalise(v);
        }
        return n;
    }

    private static HttpResponse<String> get(TestServer s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(s.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
