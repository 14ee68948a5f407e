package org.policyminer.watch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyminer.solr.SharedSolrCluster;

/**
 * {@link AlertsIT} with the articles in a SolrCloud collection (2 shards x 2 replicas on the shared 2-node test
 * cluster) instead of the local index: the same scenarios, the same expectations. The collection is emptied before
 * each test, as each local test starts with an index of its own.
 */
@ExtendWith(SharedSolrCluster.class)
class AlertsOnSolrIT extends AlertsIT {
    static String collection;

    @BeforeAll
    static void makeCollection() throws Exception {
        collection = SharedSolrCluster.newCollection("alerts");
    }

    @Override
    WatchBackend backend() throws Exception {
        SharedSolrCluster.clear(collection);
        return WatchBackend.solr(SharedSolrCluster.client(), collection);
    }
}
