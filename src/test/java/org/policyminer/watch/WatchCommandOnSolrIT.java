package org.policyminer.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyminer.solr.SharedSolrCluster;

/**
 * {@link WatchCommandIT} with {@code watch --solr --collection} (and {@code alerts} with the same options): the
 * articles go to a SolrCloud collection of the shared test cluster, the state and saved searches stay beside
 * {@code --index}, and no local index is made.
 */
@ExtendWith(SharedSolrCluster.class)
class WatchCommandOnSolrIT extends WatchCommandIT {
    static String collection;

    @BeforeAll
    static void makeCollection() throws Exception {
        collection = SharedSolrCluster.newCollection("watchcli");
    }

    @Override
    List<String> store() throws Exception {
        return List.of("--solr", SharedSolrCluster.zkAddress(), "--collection", collection);
    }

    @Override
    int articles(Path index) throws Exception {
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(index), "no local index with --solr");
        org.apache.solr.client.solrj.SolrQuery q = new org.apache.solr.client.solrj.SolrQuery("doc_type:article").setRows(0);
        return (int) SharedSolrCluster.client().query(collection, q).getResults().getNumFound();
    }
}
