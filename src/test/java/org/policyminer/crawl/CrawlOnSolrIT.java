package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.cli.PolicyMinerCommand;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.solr.SharedSolrCluster;
import picocli.CommandLine;

/**
 * {@code crawl --solr --collection}: the test site crawled into a SolrCloud collection (2 shards x 2 replicas on the
 * shared test cluster) through the same pipeline and store interface as into the local index, the crawl's own state
 * kept locally beside {@code --index}; the same articles as a crawl into a local index, and a second crawl adds none.
 */
@ExtendWith(SharedSolrCluster.class)
class CrawlOnSolrIT {
    @TempDir Path tmp;

    private record Run(int status, String out, String err) {}

    private static Run crawl(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = PolicyMinerCommand.configure(new CommandLine(new PolicyMinerCommand()), new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("crawl", "--delay", "0", "--retries", "0", "--json"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void aCrawlIntoTheCollectionStoresWhatACrawlIntoTheLocalIndexDoesAndARerunAddsNothing() throws Exception {
        String collection = SharedSolrCluster.newCollection("crawl");
        try (TestSite site = new TestSite()) {
            Path stateBase = tmp.resolve("solr-state");
            Run first = crawl("--solr", SharedSolrCluster.zkAddress(), "--collection", collection, "--index", stateBase.toString(), site.url("/"));
            assertEquals(0, first.status(), first.err());
            JsonNode summary = new ObjectMapper().readTree(first.out());
            assertTrue(Files.isDirectory(tmp.resolve("solr-state.crawl")), "the crawl's state stays local, beside --index");
            assertTrue(Files.notExists(stateBase), "no local index is made");

            Run local = crawl("--index", tmp.resolve("index").toString(), site.url("/"));
            assertEquals(0, local.status(), local.err());
            Set<String> expected = new TreeSet<>();
            try (PolicySearcher s = PolicySearcher.open(tmp.resolve("index"))) {
                for (SearchResult.Hit h : s.search(SearchRequest.of("").page(1000, 0).withAllCopies(true)).hits()) expected.add(h.url());
            }
            assertEquals(summary.get("articles").asInt(), expected.size(), first.out());
            assertTrue(expected.size() >= 5, "articles: " + expected);
            assertEquals(expected, urls(collection));

            // a finished crawl starts afresh: every article fetched again, stored again as an update of itself
            Run again = crawl("--solr", SharedSolrCluster.zkAddress(), "--collection", collection, "--index", stateBase.toString(), site.url("/"));
            assertEquals(0, again.status(), again.err());
            assertEquals(expected, urls(collection));
        }
    }

    /** The URLs of the collection's articles; fails on a URL stored twice. */
    private static Set<String> urls(String collection) throws Exception {
        SolrQuery q = new SolrQuery("doc_type:article").setFields("url").setRows(10_000);
        List<String> all = new ArrayList<>();
        for (SolrDocument d : SharedSolrCluster.client().query(collection, q).getResults()) all.add((String) d.getFirstValue("url"));
        Set<String> out = new TreeSet<>(all);
        assertEquals(all.size(), out.size(), "a URL stored twice: " + all);
        return out;
    }
}
