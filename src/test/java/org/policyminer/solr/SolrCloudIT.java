package org.policyminer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyminer.cli.PolicyMinerCommand;
import org.policyminer.index.Fields;
import org.policyminer.index.analysis.PolicyAnalyzers;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.search.TargetRow;
import org.policyminer.view.SearchViews;
import picocli.CommandLine;

/**
 * The SolrCloud backend on a real cluster in this JVM: 2 Solr nodes and ZooKeeper on loopback, a collection of
 * 2 shards × 2 replicas created by {@code policyminer solr init}, the corpus ingested by {@code policyminer ingest
 * --solr} and, for comparison, into a local index.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {
    static final String COLLECTION = "policies";
    static TestCluster cluster;
    static CloudSolrClient client;
    static Path localIndex;
    static PolicySearcher local;
    static Run firstIngest;

    record Run(int status, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @BeforeAll
    static void startClusterAndIngest() throws Exception {
        cluster = TestCluster.start(2);
        Run init = cli("solr", "init", "--solr", cluster.zkAddress(), "--collection", COLLECTION, "--shards", "2", "--replicas", "2");
        assertEquals(0, init.status(), init.err());
        assertTrue(init.out().contains("2 shards x 2 replicas over 2 live nodes"), init.out());
        client = new SolrTarget(cluster.zkAddress(), COLLECTION).client();
        firstIngest = cli("ingest", "--quiet", "--solr", cluster.solrUrl(), "--collection", COLLECTION, "--json", "corpora/pages");
        localIndex = Files.createTempDirectory("pm-local-index");
        Run l = cli("ingest", "--quiet", "--index", localIndex.toString(), "--json", "corpora/pages");
        assertEquals(0, l.status(), l.err());
        local = PolicySearcher.open(localIndex);
    }

    @AfterAll
    static void stop() throws Exception {
        if (local != null) local.close();
        if (client != null) client.close();
        if (cluster != null) cluster.close();
        if (localIndex != null) org.policyminer.util.Directories.deleteTree(localIndex);
    }

    @Test
    void theCollectionHasTwoShardsOfTwoActiveReplicasSpreadOverBothNodes() {
        DocCollection c = client.getClusterState().getCollection(COLLECTION);
        assertEquals(2, c.getSlices().size());
        Set<String> nodes = new TreeSet<>();
        for (Slice s : c.getSlices()) {
            assertEquals(2, s.getReplicas().size(), s.toString());
            for (Replica r : s.getReplicas()) {
                assertEquals(Replica.State.ACTIVE, r.getState(), r.toString());
                nodes.add(r.getNodeName());
            }
        }
        assertEquals(2, nodes.size(), nodes.toString());
        assertEquals(SolrCollections.CONFIGSET, c.getConfigName());
    }

    @Test
    void everyPageOfTheCorpusIsAnArticleOnOneOfTheShards() throws Exception {
        assertEquals(0, firstIngest.status(), firstIngest.err());
        assertEquals(local.count(), new SolrDocumentStore(client, COLLECTION).size());
        assertTrue(local.count() >= 30, "articles: " + local.count());
        Set<String> solrUrls = urls(new SolrQuery("doc_type:article"));
        assertEquals(localUrls(SearchRequest.of("").withoutFacets()), solrUrls);
        // both shards hold articles (compositeId routing by id)
        for (Slice s : client.getClusterState().getCollection(COLLECTION).getSlices()) {
            SolrQuery q = new SolrQuery("doc_type:article").setRows(0);
            q.set("shards", s.getName());
            assertTrue(client.query(q).getResults().getNumFound() > 0, "shard " + s.getName() + " is empty");
        }
    }

    /** A collection not routed by group (made before groups, or by hand) is refused by every command, with what to do. */
    @Test
    void aCollectionRoutedByIdIsRefusedWithWhatToDo() throws Exception {
        org.apache.solr.client.solrj.request.CollectionAdminRequest.createCollection("byid", SolrCollections.CONFIGSET, 2, 1).process(client);
        cluster.cluster.waitForActiveCollection("byid", 2, 2);
        for (String[] args : List.of(new String[] {"ingest", "corpora/pages/govcn"}, new String[] {"search", "集群"},
                new String[] {"crawl", "--index", Files.createTempDirectory("pm-byid").resolve("state").toString(), "http://127.0.0.1:9/"})) {
            List<String> all = new ArrayList<>(List.of(args[0], "--solr", cluster.zkAddress(), "--collection", "byid"));
            all.addAll(List.of(args).subList(1, args.length));
            Run r = cli(all.toArray(String[]::new));
            assertEquals(1, r.status(), args[0] + ": " + r.out() + r.err());
            assertTrue(r.err().contains("routed by id, not by near-duplicate group") && r.err().contains("solr init"), args[0] + ": " + r.err());
        }
        assertEquals(0, client.query("byid", new SolrQuery("*:*").setRows(0)).getResults().getNumFound(), "nothing written");
    }

    /** A batch of 500 ids asked in one real-time get overflowed Jetty's 8 KB request header ("Header size 10881 > 8192"); now one POSTed query. */
    @Test
    void theHashesOfAWholeBatchAreReadBack() throws Exception {
        List<String> ids = new ArrayList<>();
        for (SearchResult.Hit h : local.search(SearchRequest.of("").page(1000, 0).withAllCopies(true)).hits()) ids.add(h.id());
        int real = ids.size();
        for (int i = 0; ids.size() < 500; i++) ids.add(String.format("%016x", 0xabcdef0000L + i));
        List<SolrDocument> found = SolrDocumentStore.byIds(client, COLLECTION, ids, List.of("id", "hash"));
        assertEquals(real, found.size());
        for (SolrDocument d : found) assertTrue(d.getFirstValue("hash") != null, d.toString());
    }

    @Test
    void aSecondIngestFindsEveryPageUnchanged() {
        Run again = cli("ingest", "--quiet", "--solr", cluster.zkAddress(), "--collection", COLLECTION, "corpora/pages");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().matches("(?s)ingested \\d+ documents in .* s: 0 added, 0 updated, \\d+ unchanged, 0 failed.*"), again.out());
    }

    @Test
    void theCollectionsFieldsAnalyseAsTheLocalIndexsViews() throws Exception {
        String text = "到2025年，新型电力（智能电网）装备集群产值突破1.5万亿元，培育专精特新“小巨人”企业";
        for (String[] field : new String[][] {{Fields.BODY, "bigrams"}, {Fields.TITLE_WORDS, "words"}, {Fields.BODY_WORDS, "words"}}) {
            FieldAnalysisRequest req = new FieldAnalysisRequest().addFieldName(field[0]).setFieldValue(text);
            FieldAnalysisResponse r = req.process(client, COLLECTION);
            List<AnalysisResponseBase.TokenInfo> tokens = null;
            for (AnalysisResponseBase.AnalysisPhase phase : r.getFieldNameAnalysis(field[0]).getIndexPhases()) tokens = phase.getTokens();
            List<String> solr = new ArrayList<>();
            for (AnalysisResponseBase.TokenInfo t : tokens) solr.add(t.getText());
            Analyzer a = field[1].equals("words") ? PolicyAnalyzers.words() : PolicyAnalyzers.bigrams();
            assertEquals(terms(a, text), solr, field[0]);
        }
    }

    /** Every figure filter this class asks (here and in its searches and targets); FigurePointsOnSolrIT asks them too. */
    static final List<Filters> FIGURE_FILTERS = List.of(
            Filters.NONE.withFigure(2025, null),
            Filters.NONE.withFigure(2025, 1e11),
            Filters.NONE.withFigure(2025, 1e10),
            Filters.NONE.withFigure(null, 1e12),
            Filters.NONE.withFigure(2025, null).withCity("南京市"),
            Filters.NONE.withFigure(2025, 1e10).withKind("target"),
            Filters.NONE.withKind("threshold"));

    @Test
    void figureFiltersHoldForOneAndTheSameFigureAsInTheLocalIndex() throws Exception {
        int nonEmpty = 0;
        for (Filters f : FIGURE_FILTERS) {
            Set<String> expected = localUrls(SearchRequest.of("").withFilters(f).withoutFacets());
            SolrQuery q = new SolrQuery("doc_type:article").addFilterQuery(SolrQueries.figureFilter(f));
            assertEquals(expected, urls(q), f.toString());
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty >= 3, "filters with hits: " + nonEmpty);
    }

    /** {@code serve} over the collection answers the API as over the local index (search, targets, article, cluster). */
    @Test
    void serveAnswersTheApiAsOverTheLocalIndex() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        // one hit per near-duplicate group (the default) and every copy
        List<String> paths = List.of("/api/search?q=" + enc("集成電路") + "&limit=100&allCopies=true", "/api/search?q=" + enc("国发（2020）8号"),
                "/api/search?q=" + enc("集群") + "&year=2025&limit=100&allCopies=true",
                "/api/search?q=" + enc("集成电路") + "&limit=100", "/api/search?q=" + enc("集群") + "&limit=5&offset=5",
                "/api/search?q=" + enc("产业") + "&sort=date&limit=20", "/api/targets?facts=true&limit=100",
                "/api/clusters/" + enc("上海市集成电路集群"), "/feed.xml",
                "/api/targets?city=" + enc("南京市") + "&limit=100", "/api/articles/no-such-id", "/api/documents?q=" + enc("通知"));
        // every article as locally, an official document's links included
        List<String> articles = new ArrayList<>();
        for (SearchResult.Hit h : local.search(SearchRequest.of("").page(1000, 0).withAllCopies(true)).hits()) articles.add(h.id());
        try (SolrSearcher solr = new SolrSearcher(client, COLLECTION, false);
             org.policyminer.web.WebServer overSolr = org.policyminer.web.WebServer.start(solr, org.policyminer.web.WebConfig.defaults().withPort(0));
             org.policyminer.web.WebServer overLocal = org.policyminer.web.WebServer.start(local, org.policyminer.web.WebConfig.defaults().withPort(0))) {
            for (String path : paths) {
                var a = http.send(java.net.http.HttpRequest.newBuilder(overLocal.uri().resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                var b = http.send(java.net.http.HttpRequest.newBuilder(overSolr.uri().resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(a.statusCode(), b.statusCode(), path + ": " + b.body());
                if (path.startsWith("/feed.xml")) assertEquals(feedEntries(a.body()), feedEntries(b.body()), path);
                else if (path.contains("facts=true")) assertSameJson(inOneOrder(normalise(a.body())), inOneOrder(normalise(b.body())), path);
                else assertSameJson(normalise(a.body()), normalise(b.body()), path);
            }
            int same = 0, documents = 0;
            for (String article : articles) {
                String path = "/api/articles/" + article;
                var a = http.send(java.net.http.HttpRequest.newBuilder(overLocal.uri().resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                var b = http.send(java.net.http.HttpRequest.newBuilder(overSolr.uri().resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(a.statusCode(), b.statusCode(), path + ": " + b.body());
                assertSameJson(normalise(a.body()), normalise(b.body()), path);
                same++;
                if (local.documentLinks(article).isPresent()) documents++;
            }
            assertTrue(same > 0 && documents > 0, "articles answered: " + same + ", of them with a document record: " + documents);
        }
    }

    /** The Atom feed's entries (id, title, link), without the times of writing and the server's address, sorted (entries of one day come in index order). */
    private static List<String> feedEntries(String xml) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<entry>.*?</entry>").matcher(xml);
        while (m.find()) out.add(m.group().replaceAll("<(updated|published)>[^<]*</\\1>", "").replaceAll("http://127\\.0\\.0\\.1:\\d+/", "/"));
        assertFalse(out.isEmpty(), xml);
        out.sort(null);
        return out;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The API's JSON with hit scores to three digits, hits of equal score by id, no indexing time, and group ids
     * blanked: a group is named after the copy that founded it, which depends on the order the ingest's threads wrote.
     */
    @SuppressWarnings("unchecked")
    private static Object normalise(String json) throws Exception {
        Object v = figureRowsInOneOrder(withoutGroupIds(org.policyminer.util.Json.MAPPER.readValue(json, Object.class)));
        if (v instanceof java.util.Map<?, ?> m) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) m);
            out.remove("indexedAt");
            if (out.get("hits") instanceof List<?> && out.containsKey("facets")) return withoutScores(out);
            return out;
        }
        return v;
    }

    /** Every list of objects sorted by their JSON: the same facts (and sources) whatever order ties came in. */
    static Object inOneOrder(Object v) {
        if (v instanceof java.util.Map<?, ?> m) {
            java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
            for (var e : m.entrySet()) out.put(e.getKey(), inOneOrder(e.getValue()));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) out.add(inOneOrder(o));
            if (out.stream().allMatch(o -> o instanceof java.util.Map<?, ?>)) out.sort(java.util.Comparator.comparing(org.policyminer.util.Json::write));
            return out;
        }
        return v;
    }

    /** Every "group" value (a group id) replaced by "g": the two backends may name a group after different founders. */
    @SuppressWarnings("unchecked")
    static Object withoutGroupIds(Object v) {
        if (v instanceof java.util.Map<?, ?> m) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (var e : m.entrySet()) out.put((String) e.getKey(), "group".equals(e.getKey()) && e.getValue() instanceof String ? "g" : withoutGroupIds(e.getValue()));
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(SolrCloudIT::withoutGroupIds).toList();
        return v;
    }

    /** Lists of figure rows (they have docId and value) with rows of equal year and value ordered by article and offset. */
    @SuppressWarnings("unchecked")
    private static Object figureRowsInOneOrder(Object v) {
        if (v instanceof java.util.Map<?, ?> m) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            for (var e : m.entrySet()) out.put((String) e.getKey(), figureRowsInOneOrder(e.getValue()));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) out.add(figureRowsInOneOrder(o));
            if (!out.isEmpty() && out.stream().allMatch(o -> o instanceof java.util.Map<?, ?> r && r.containsKey("docId") && r.containsKey("value"))) {
                out.sort(java.util.Comparator.comparing((Object o) -> -num(((java.util.Map<String, Object>) o).get("year")))
                        .thenComparing(o -> -num(((java.util.Map<String, Object>) o).get("value")))
                        .thenComparing(o -> String.valueOf(((java.util.Map<String, Object>) o).get("docId")))
                        .thenComparing(o -> num(((java.util.Map<String, Object>) o).get("start"))));
            }
            return out;
        }
        return v;
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    /**
     * One of the two nodes stops while an ingest (batches of 4, so several commits) runs into a collection of its own:
     * the ingest ends by itself, reporting any batch the cluster refused; every page it did not report failed is
     * searchable from the surviving node's replicas; a second run completes the collection without duplicates.
     * Last: it leaves the cluster with one node.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void aNodeStoppedDuringAnIngestLosesNoCommittedPageAndARerunCompletesIt() throws Exception {
        String name = "failover";
        // counted before a node stops: afterwards the shared client may still route to the stopped node's replicas
        SolrQuery figures = new SolrQuery(SolrDocuments.DOC_TYPE + ":" + SolrDocuments.FIGURE).setRows(0);
        long expectedFigures = client.query(figures).getResults().getNumFound();
        try (CloudSolrClient c = new SolrTarget(cluster.zkAddress(), name).client()) {
            SolrCollections.init(c, name, 2, 2);
            cluster.cluster.waitForActiveCollection(name, 2, 4);
            List<org.policyminer.ingest.IngestService.Input> pages = org.policyminer.ingest.IngestService.Input.of(List.of("corpora/pages"), null);
            java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
            org.policyminer.ingest.IngestService ingest = new org.policyminer.ingest.IngestService(org.policyminer.PolicyMiner.create().pipeline(),
                    new org.policyminer.fetch.PageSource(new org.policyminer.fetch.HttpFetcher()), new SolrDocumentStore(c, name), 2,
                    org.policyminer.ingest.CommitPolicy.batchesOf(4));
            // a bound on a hang, not a measurement: the ingest of 34 pages takes a few seconds
            org.policyminer.ingest.IngestReport first = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(4),
                    () -> ingest.ingest(pages, d -> {
                        if (seen.incrementAndGet() == 10 && stopped.compareAndSet(false, true)) {
                            try {
                                cluster.cluster.stopJettySolrRunner(1);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }));
            assertTrue(stopped.get(), "the node was stopped during the ingest");
            assertEquals(pages.size(), first.processed());
            for (String e : first.errors()) assertTrue(e.contains("SolrCloud"), e);
            Set<String> failed = new TreeSet<>();
            for (String e : first.errors()) for (var p : pages) if (e.contains(p.input())) failed.add(p.input());
            assertEquals(first.failed(), failed.size(), first.errors().toString());
            // the query below needs, for each shard, an active replica on the surviving node: right after the stop the
            // cluster may still be electing a leader or marking replicas down, and the client routes by what it last saw
            awaitLeadersSeenBy(c, name);
            Set<String> searchable = new TreeSet<>();
            SolrQuery all = new SolrQuery(SolrQueries.ARTICLES).setFields(Fields.URL).setRows(10_000);
            for (SolrDocument d : c.query(all).getResults()) searchable.add((String) d.getFirstValue(Fields.URL));
            for (var p : pages) {
                String url = java.nio.file.Path.of(p.input()).toUri().toString();
                if (!failed.contains(p.input())) assertTrue(searchable.contains(url), "lost after the node stopped: " + url);
            }
            System.out.printf("failover: %d pages, %d failed in refused batches, %d searchable from the surviving node%n",
                    pages.size(), first.failed(), searchable.size());
            org.policyminer.ingest.IngestReport again = ingest.ingest(pages, null);
            assertEquals(0, again.failed(), again.errors().toString());
            assertEquals(first.failed(), again.added(), "the second run adds exactly what the first reported failed");
            assertEquals(pages.size(), c.query(new SolrQuery(SolrQueries.ARTICLES).setRows(0)).getResults().getNumFound());
            // no duplicate blocks: as many figures as the same corpus holds in the collection ingested without trouble
            assertEquals(expectedFigures, c.query(figures).getResults().getNumFound());
        }
    }

    /** Waits until {@code c}'s own view of the cluster has, for every shard, an active leader on a live node. */
    private static void awaitLeadersSeenBy(CloudSolrClient c, String name) throws Exception {
        org.apache.solr.common.cloud.ZkStateReader.from(c).waitForState(name, 60, java.util.concurrent.TimeUnit.SECONDS,
                (live, coll) -> coll != null && coll.getSlices().stream().allMatch(s -> s.getLeader() != null
                        && s.getLeader().isActive(live) && s.getReplicas().stream().filter(r -> r.isActive(live)).count() >= 1));
    }

    /**
     * A shard with no replica left: a collection of 2 shards x 1 replica, and the node holding one of them stopped
     * after the tenth page of an ingest in batches of 4. What the cluster cannot take is reported, with the cause and
     * the advice to ingest again: the batches it refuses, document by document, or the commit it refuses, which ends
     * the run with that one error; either way the run ends by itself. With the node back, a second run completes the
     * collection without duplicates.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE - 1)
    void aBatchTheClusterRefusesIsReportedAndARerunCompletesTheCollectionWithoutDuplicates() throws Exception {
        String name = "fragile";
        try (CloudSolrClient c = new SolrTarget(cluster.zkAddress(), name).client()) {
            SolrCollections.init(c, name, 2, 1);
            cluster.cluster.waitForActiveCollection(name, 2, 2);
            String victimNode = c.getClusterState().getCollection(name).getSlices().iterator().next().getLeader().getNodeName();
            // stopped and started on the runner itself: the cluster's own stop drops it from its list of nodes for good
            org.apache.solr.embedded.JettySolrRunner victim = cluster.cluster.getJettySolrRunners().stream()
                    .filter(j -> j.getNodeName().equals(victimNode)).findFirst().orElseThrow();
            List<org.policyminer.ingest.IngestService.Input> pages = org.policyminer.ingest.IngestService.Input.of(List.of("corpora/pages"), null);
            java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
            org.policyminer.ingest.IngestService ingest = new org.policyminer.ingest.IngestService(org.policyminer.PolicyMiner.create().pipeline(),
                    new org.policyminer.fetch.PageSource(new org.policyminer.fetch.HttpFetcher()), new SolrDocumentStore(c, name), 2,
                    org.policyminer.ingest.CommitPolicy.batchesOf(4));
            // a bound on a hang, not a measurement: the ingest of 34 pages takes seconds, a refused commit 45 s of retries
            Object outcome = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(4), () -> {
                try {
                    return ingest.ingest(pages, d -> {
                        if (seen.incrementAndGet() == 10) {
                            try {
                                victim.stop();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    });
                } catch (java.io.IOException e) {
                    return e;
                }
            });
            if (outcome instanceof org.policyminer.ingest.IngestReport r) {
                assertTrue(r.failed() > 0, "a batch for the stopped shard was refused: " + r);
                for (String e : r.errors()) assertTrue(e.contains("SolrCloud") && e.contains("again"), e);
                System.out.printf("refused: %d of %d pages reported failed, e.g. %s%n", r.failed(), pages.size(), r.errors().get(0));
            } else {
                java.io.IOException e = (java.io.IOException) outcome;
                assertTrue(e.getMessage().contains("SolrCloud refused") && e.getMessage().contains("ingest it again"), e.getMessage());
                System.out.println("refused: the run ended with " + e.getMessage());
            }
            victim.start(true); // on its former port: the same node name, so its replica comes back
            cluster.cluster.waitForActiveCollection(name, 2, 2);
            // the cluster's own client saw the node come back; the ingest's client may still hold the live nodes of
            // before ("No live SolrServers" on the rerun's first lookup): it waits through its own view as well
            awaitLeadersSeenBy(c, name);
            org.policyminer.ingest.IngestReport again = ingest.ingest(pages, null);
            assertEquals(0, again.failed(), again.errors().toString());
            SolrQuery articles = new SolrQuery(SolrQueries.ARTICLES).setFields(Fields.URL).setRows(10_000);
            List<String> urls = new ArrayList<>();
            for (SolrDocument d : c.query(articles).getResults()) urls.add((String) d.getFirstValue(Fields.URL));
            assertEquals(pages.size(), urls.size(), "one article per page");
            assertEquals(pages.size(), new TreeSet<>(urls).size(), "no URL twice");
            SolrQuery figures = new SolrQuery(SolrDocuments.DOC_TYPE + ":" + SolrDocuments.FIGURE).setRows(0);
            assertEquals(client.query(figures).getResults().getNumFound(), c.query(figures).getResults().getNumFound(), "no duplicated block");
        }
    }

    /**
     * The copies of an article fold into one hit as in the local index: MIIT's pages as the official originals and
     * three of them again from a mirror host, ingested in that order (one thread) into a local index and a collection
     * of their own. Searches with one hit per group, each group's members, and facts answer the same.
     */
    @Test
    void nearDuplicateGroupsFoldCopiesAsInTheLocalIndex() throws Exception {
        Path mirror = Files.createTempDirectory("pm-mirror");
        Path copiesIndex = Files.createTempDirectory("pm-copies-index");
        String name = "copies";
        try (CloudSolrClient c = new SolrTarget(cluster.zkAddress(), name).client()) {
            for (String page : List.of("national-clusters-45.html", "nev-symposium-hefei.html", "hefei-intelligent-speech-ai.html")) {
                Files.copy(Path.of("corpora/pages/miit", page), mirror.resolve(page));
            }
            SolrCollections.init(c, name, 2, 2);
            cluster.cluster.waitForActiveCollection(name, 2, 4);
            for (String[] where : List.of(new String[] {"--solr", cluster.zkAddress(), "--collection", name}, new String[] {"--index", copiesIndex.toString()})) {
                for (String[] input : List.of(new String[] {"https://www.miit.gov.cn/", "corpora/pages/miit"}, new String[] {"https://mirror.example.com/", mirror.toString()})) {
                    List<String> args = new ArrayList<>(List.of("ingest", "--quiet", "--threads", "1", "--url-prefix", input[0]));
                    args.addAll(List.of(where));
                    args.add(input[1]);
                    Run r = cli(args.toArray(String[]::new));
                    assertEquals(0, r.status(), r.err());
                }
            }
            try (PolicySearcher l = PolicySearcher.open(copiesIndex); SolrSearcher solr = new SolrSearcher(c, name, false)) {
                assertEquals(3, sameGroups(l, solr), "three groups of two");
                int folded = 0;
                for (String q : List.of("", "集群", "人工智能", "新能源汽车", "合肥")) {
                    // a page boundary inside hits of equal score (every hit of the empty query) cuts each backend's own order
                    List<SearchRequest> requests = q.isEmpty() ? List.of(SearchRequest.of(q).page(100, 0), SearchRequest.of(q).sortedBy(org.policyminer.search.SortOrder.DATE))
                            : List.of(SearchRequest.of(q).page(100, 0), SearchRequest.of(q).page(2, 1), SearchRequest.of(q).sortedBy(org.policyminer.search.SortOrder.DATE));
                    for (SearchRequest r : requests) {
                        SearchResult expected = l.search(r);
                        assertSameJson(withoutScores(SearchViews.search(expected)), withoutScores(SearchViews.search(solr.search(r))), r.toString());
                        if (expected.documents() > expected.total()) folded++;
                    }
                }
                assertTrue(folded >= 5, "searches whose copies were folded: " + folded);
                SearchResult all = solr.search(SearchRequest.of("").page(100, 0));
                assertEquals(6, all.total(), "six articles");
                assertEquals(9, all.documents(), "nine pages");
                for (SearchResult.Hit h : all.hits()) assertTrue(h.url().startsWith("https://www.miit.gov.cn/"), "the official copy stands for its group: " + h.url());
                SearchRequest facts = SearchRequest.of("").page(1000, 0);
                assertSameJson(inOneOrder(withoutGroupIds(org.policyminer.util.Json.MAPPER.readValue(SearchViews.facts(l.facts(facts), org.policyminer.view.Format.JSON, false), Object.class))),
                        inOneOrder(withoutGroupIds(org.policyminer.util.Json.MAPPER.readValue(SearchViews.facts(solr.facts(facts), org.policyminer.view.Format.JSON, false), Object.class))), "facts");
            }
        } finally {
            org.policyminer.util.Directories.deleteTree(mirror);
            org.policyminer.util.Directories.deleteTree(copiesIndex);
        }
    }

    /**
     * Checks that every article has the same group members, in the same order and with the same source kinds, in
     * both backends; returns the number of groups of more than one article.
     */
    static int sameGroups(org.policyminer.search.Searcher local, SolrSearcher solr) throws Exception {
        int groupsOfCopies = 0;
        for (SearchResult.Hit h : local.search(SearchRequest.of("").page(1000, 0).withAllCopies(true)).hits()) {
            List<String> expected = local.copyGroup(h.id()).orElseThrow().members().stream().map(m -> m.id() + " " + m.sourceKind()).toList();
            assertEquals(expected, solr.copyGroup(h.id()).orElseThrow().members().stream().map(m -> m.id() + " " + m.sourceKind()).toList(), h.url());
            if (expected.size() > 1 && expected.get(0).startsWith(h.id())) groupsOfCopies++;
        }
        return groupsOfCopies;
    }

    /** Every judged query, in both scripts, with their filters, and a few more shapes of the query language. */
    static List<org.policyminer.search.SearchRequest> requests() throws Exception {
        List<SearchRequest> out = new ArrayList<>();
        org.policyminer.convert.ScriptConverter conv = new org.policyminer.convert.ScriptConverter();
        for (org.policyminer.eval.JudgedQuery q : org.policyminer.eval.SearchEvaluation.read(Path.of("corpora/queries/judged.jsonl"))) {
            Filters f = filters(q.filters());
            // every hit: a page boundary can cut a group of equal scores, which each backend orders its own way
            out.add(SearchRequest.of(q.q()).withFilters(f).page(1000, 0));
            out.add(SearchRequest.of(com.github.houbb.opencc4j.util.ZhConverterUtil.toTraditional(q.q())).withFilters(f).page(1000, 0));
        }
        for (String q : List.of("集成电路 OR 新能源汽车 -上海", "\"先进制造业集群\" year:2025", "产业 city:南京市", "集群", "！！", "5G"))
            out.add(SearchRequest.of(q).page(1000, 0));
        out.add(SearchRequest.of("集成电路").sortedBy(org.policyminer.search.SortOrder.DATE));
        out.add(SearchRequest.of("集成電路").inOriginalScript(true).page(1000, 0));
        out.add(SearchRequest.of("").withFilters(Filters.NONE.withFigure(2025, 1e11)).page(20, 0));
        // a word that is a document number: the document of that number first, then what cites it, as locally
        for (String q : List.of("国发〔2020〕8号", "国发（2020）8号", "工信部联规[2021]207号 智能制造", "发改能源〔2022〕206号", "国发〔2099〕1号"))
            out.add(SearchRequest.of(q).page(1000, 0));
        assertTrue(conv.toSimplified("集成電路").equals("集成电路"));
        // one hit per near-duplicate group (the default), and every copy
        List<SearchRequest> both = new ArrayList<>(out);
        for (SearchRequest r : out) both.add(r.withAllCopies(true));
        return both;
    }

    static Filters filters(java.util.Map<String, String> f) {
        return org.policyminer.cli.FilterOptionsAccess.of(f);
    }

    @Test
    void searchAnswersAsTheLocalIndexWithTheSameJson() throws Exception {
        try (SolrSearcher solr = new SolrSearcher(client, COLLECTION, false)) {
            int compared = 0, collapsedHits = 0;
            for (SearchRequest r : requests()) {
                java.util.Map<String, Object> expected = withoutScores(org.policyminer.view.SearchViews.search(local.search(r)));
                java.util.Map<String, Object> actual = withoutScores(org.policyminer.view.SearchViews.search(solr.search(r)));
                if (!r.allCopies()) collapsedHits++;
                assertSameJson(expected, actual, r.toString());
                compared++;
            }
            assertTrue(compared > 20 && collapsedHits > 10, "requests compared: " + compared + ", collapsed: " + collapsedHits);
        }
    }

    /** Scores as the two backends compute them agree to float rounding: compared apart, to a relative 1e-4. */
    @SuppressWarnings("unchecked")
    static java.util.Map<String, Object> withoutScores(java.util.Map<String, Object> typed) throws Exception {
        java.util.Map<String, Object> view = (java.util.Map<String, Object>) withoutGroupIds(
                org.policyminer.util.Json.MAPPER.readValue(org.policyminer.util.Json.write(typed), java.util.LinkedHashMap.class));
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>(view);
        List<Object> hits = new ArrayList<>();
        for (Object h : (List<Object>) view.get("hits")) {
            java.util.Map<String, Object> hit = new java.util.LinkedHashMap<>((java.util.Map<String, Object>) h);
            Object score = hit.remove("score");
            hit.put("score", String.format(java.util.Locale.ROOT, "%.3g", ((Number) score).doubleValue()));
            hits.add(hit);
        }
        // hits of equal score come in index order, an artefact of which thread wrote which page first: ordered by id
        hits.sort(java.util.Comparator.comparing((Object h) -> -Double.parseDouble((String) ((java.util.Map<String, Object>) h).get("score")))
                .thenComparing(h -> (String) ((java.util.Map<String, Object>) h).get("id")));
        out.put("hits", hits);
        return out;
    }

    @Test
    void targetsAndArticlesAnswerAsTheLocalIndex() throws Exception {
        try (SolrSearcher solr = new SolrSearcher(client, COLLECTION, false)) {
            for (SearchRequest r : List.of(SearchRequest.of("").page(1000, 0), SearchRequest.of("集群").page(50, 0),
                    SearchRequest.of("").withFilters(Filters.NONE.withFigure(2025, 1e10)).page(100, 0),
                    SearchRequest.of("").withFilters(Filters.NONE.withKind("threshold")).page(100, 0),
                    SearchRequest.of("").page(7, 3))) {
                List<TargetRow> expected = local.targets(r);
                List<TargetRow> actual = solr.targets(r);
                // figures of equal year and value come in index order, which is the order a multi-threaded ingest
                // happened to write them: compared in one order of their own, and the paged request by rank keys
                assertEquals(rankKeys(expected), rankKeys(actual), r.toString());
                if (r.offset() == 0) assertSameJson(SearchViews.targets(canonical(expected)), SearchViews.targets(canonical(actual)), r.toString());
            }
            assertTrue(local.targets(SearchRequest.of("").page(1000, 0)).size() > 20);
            for (SearchResult.Hit h : local.search(SearchRequest.of("").page(1000, 0).withAllCopies(true)).hits()) {
                assertEquals(org.policyminer.util.Json.write(org.policyminer.view.DocViews.article(local.article(h.id()).orElseThrow()).entrySet()
                                .stream().filter(e -> !e.getKey().equals("indexedAt")).toList()),
                        org.policyminer.util.Json.write(org.policyminer.view.DocViews.article(solr.article(h.id()).orElseThrow()).entrySet()
                                .stream().filter(e -> !e.getKey().equals("indexedAt")).toList()), h.url());
            }
            assertTrue(solr.article("no-such-id").isEmpty());
            // an official document's links resolve as locally (what it cites, what cites and repeals it); an article
            // without a document record has none on either
            // (this corpus's documents cite nothing the index holds: links that resolve are compared in SameAnswersOnSolrIT)
            int documents = 0;
            for (SearchResult.Hit h : local.search(SearchRequest.of("").page(1000, 0).withAllCopies(true)).hits()) {
                var expected = local.documentLinks(h.id());
                var actual = solr.documentLinks(h.id());
                assertEquals(expected.isPresent(), actual.isPresent(), h.url());
                if (expected.isEmpty()) continue;
                documents++;
                assertSameJson(org.policyminer.view.DocumentViews.links(expected.get()), org.policyminer.view.DocumentViews.links(actual.get()), h.url());
            }
            assertTrue(documents > 0, "the corpus holds official documents");
            // facts count a group's copies as one source; a group lists its copies, canonical first
            // (facts come in the order of their first figure, and figures of equal year and value in each backend's own
            // order: compared as sets, which is what a page boundary cannot cut here, every fact on one page)
            for (SearchRequest r : List.of(SearchRequest.of("").page(1000, 0), SearchRequest.of("集群").page(1000, 0))) {
                assertSameJson(inOneOrder(withoutGroupIds(org.policyminer.util.Json.MAPPER.readValue(SearchViews.facts(local.facts(r), org.policyminer.view.Format.JSON, false), Object.class))),
                        inOneOrder(withoutGroupIds(org.policyminer.util.Json.MAPPER.readValue(SearchViews.facts(solr.facts(r), org.policyminer.view.Format.JSON, false), Object.class))), r.toString());
                assertFalse(local.facts(r).isEmpty(), r.toString());
            }
            assertEquals(sameGroups(local, solr), 0, "the corpus holds no copies (they are compared in nearDuplicateGroups…)");
            assertTrue(solr.copyGroup("no-such-id").isEmpty());
            // the documents export and the document filters read the record fields the collection stores
            for (SearchRequest r : List.of(SearchRequest.of(""), SearchRequest.of("通知"))) {
                assertEquals(documentIds(local.documents(r)), documentIds(solr.documents(r)), r.toString());
            }
            assertEquals(local.count(), solr.count());
        }
    }

    /** The two as pretty JSON, the first differing line named (the whole of either is too long to read). */
    static void assertSameJson(Object expected, Object actual, String what) throws Exception {
        String[] e = org.policyminer.util.Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(expected).split("\n");
        String[] a = org.policyminer.util.Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual).split("\n");
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                StringBuilder ctx = new StringBuilder();
                for (int k = Math.max(0, i - 6); k <= Math.min(i + 3, Math.min(e.length, a.length) - 1); k++) ctx.append("\n  ").append(e[k]).append("   ||   ").append(a[k]);
                throw new AssertionError(what + ": line " + i + " differs (local || solr):" + ctx);
            }
        }
        assertEquals(e.length, a.length, what + ": lengths");
    }

    static List<String> rankKeys(List<TargetRow> rows) {
        return rows.stream().map(t -> t.amount().effectiveYear() + "/" + t.amount().value()).toList();
    }

    static List<TargetRow> canonical(List<TargetRow> rows) {
        List<TargetRow> out = new ArrayList<>(rows);
        out.sort(java.util.Comparator.comparing((TargetRow t) -> t.amount().effectiveYear() == null ? 0 : -t.amount().effectiveYear())
                .thenComparing(t -> -t.amount().value()).thenComparing(TargetRow::docId).thenComparing(t -> t.amount().start()));
        return out;
    }

    static Set<String> urls(SolrQuery q) throws Exception {
        q.setFields(Fields.URL).setRows(10_000);
        Set<String> out = new TreeSet<>();
        for (SolrDocument d : client.query(q).getResults()) out.add((String) d.getFirstValue(Fields.URL));
        return out;
    }

    static Set<String> documentIds(List<org.policyminer.search.DocumentRow> rows) {
        Set<String> out = new TreeSet<>();
        for (org.policyminer.search.DocumentRow d : rows) out.add(d.id() + " " + d.document().number() + " " + d.document().type());
        return out;
    }

    static Set<String> localUrls(SearchRequest r) throws Exception {
        SearchResult res = local.search(r.page(1000, 0).withAllCopies(true));
        Set<String> out = new TreeSet<>();
        for (SearchResult.Hit h : res.hits()) out.add(h.url());
        assertEquals(res.total(), out.size());
        return out;
    }

    static List<String> terms(Analyzer a, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (var ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
