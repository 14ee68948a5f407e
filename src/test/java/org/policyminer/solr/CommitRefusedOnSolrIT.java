package org.policyminer.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyminer.index.Fields;

/**
 * A commit the cluster refuses, the batches before it accepted: the collection's update chain answers every commit
 * with 503 (Solr's own {@code IgnoreCommitOptimizeUpdateProcessorFactory}, configured to refuse rather than ignore),
 * so the adds reach the replicas and the commit does not. The ingest ends with that one error and the advice, and
 * once the cluster commits again (the shipped configset back, the collection reloaded) a second run completes the
 * collection: every page once, no block twice.
 */
@ExtendWith(SharedSolrCluster.class)
class CommitRefusedOnSolrIT {
    static final String REFUSING_CHAIN = """
              <updateRequestProcessorChain name="refuse-commits" default="true">
                <processor class="solr.IgnoreCommitOptimizeUpdateProcessorFactory">
                  <int name="statusCode">503</int>
                  <str name="responseMessage">commits are refused in this test</str>
                </processor>
                <processor class="solr.LogUpdateProcessorFactory"/>
                <processor class="solr.DistributedUpdateProcessorFactory"/>
                <processor class="solr.RunUpdateProcessorFactory"/>
              </updateRequestProcessorChain>
            </config>""";

    @Test
    void aRefusedCommitEndsTheRunWithOneErrorAndARerunCompletesTheCollectionWithoutDuplicates() throws Exception {
        CloudSolrClient client = SharedSolrCluster.client();
        String collection = "refusing";
        String configSet = "refusing-commits";
        upload(client, configSet, true);
        CollectionAdminRequest.createCollection(collection, configSet, 2, 2).setRouterField(Fields.GROUP).process(client);
        SharedSolrCluster.waitForActive(collection, 2, 4);

        SolrCloudIT.Run refused = SolrCloudIT.cli("ingest", "--quiet", "--batch", "8", "--solr", SharedSolrCluster.zkAddress(), "--collection", collection,
                "corpora/pages");
        assertEquals(1, refused.status(), refused.out() + refused.err());
        // errors are the "policyminer: " lines (progress lines say "policyminer ingest: ")
        List<String> errors = refused.err().lines().filter(l -> l.startsWith("policyminer: ")).toList();
        assertEquals(1, errors.size(), "one error: " + refused.err());
        assertTrue(errors.get(0).startsWith("policyminer: SolrCloud refused to commit (") && errors.get(0).endsWith("ingest it again"), errors.get(0));
        System.out.println("refused commit: " + errors.get(0));
        assertEquals(0, articles(client, collection).size(), "nothing committed");

        // the cluster commits again: the same configset without the refusing chain, the collection reloaded
        upload(client, configSet, false);
        CollectionAdminRequest.reloadCollection(collection).process(client);
        SolrCloudIT.Run again = SolrCloudIT.cli("ingest", "--quiet", "--batch", "8", "--solr", SharedSolrCluster.zkAddress(), "--collection", collection,
                "--json", "corpora/pages");
        assertEquals(0, again.status(), again.err());
        int pages;
        try (var files = Files.walk(Path.of("corpora/pages"))) {
            pages = (int) files.filter(f -> f.toString().endsWith(".html")).count();
        }
        List<String> urls = articles(client, collection);
        assertEquals(pages, urls.size(), "one article per page");
        assertEquals(pages, new TreeSet<>(urls).size(), "no URL twice");
        List<String> figures = new ArrayList<>();
        for (SolrDocument d : client.query(collection, new SolrQuery(SolrDocuments.DOC_TYPE + ":" + SolrDocuments.FIGURE).setFields(Fields.ID).setRows(100_000))
                .getResults()) figures.add((String) d.getFirstValue(Fields.ID));
        assertFalse(figures.isEmpty());
        assertEquals(figures.size(), new TreeSet<>(figures).size(), "no figure block twice");
    }

    private static List<String> articles(CloudSolrClient client, String collection) throws Exception {
        List<String> out = new ArrayList<>();
        for (SolrDocument d : client.query(collection, new SolrQuery(SolrQueries.ARTICLES).setFields(Fields.URL).setRows(10_000)).getResults()) {
            out.add((String) d.getFirstValue(Fields.URL));
        }
        return out;
    }

    /** The shipped configset under {@code name}, with commits refused or not. */
    private static void upload(CloudSolrClient client, String name, boolean refuseCommits) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : SolrCollections.CONF_FILES) {
                byte[] content = SolrCollections.confFile(f);
                if (refuseCommits && f.equals("solrconfig.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</config>");
                    assertTrue(end > 0, "solrconfig.xml ends with </config>");
                    content = (xml.substring(0, end) + REFUSING_CHAIN).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(f));
                zip.write(content);
                zip.closeEntry();
            }
        }
        Path file = Files.createTempFile("refusing", ".zip");
        try {
            Files.write(file, bytes.toByteArray());
            new ConfigSetAdminRequest.Upload().setConfigSetName(name).setOverwrite(true).setCleanup(true)
                    .setUploadFile(file.toFile(), "application/zip").process(client);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
