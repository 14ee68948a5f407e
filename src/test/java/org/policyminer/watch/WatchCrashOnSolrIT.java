package org.policyminer.watch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyminer.solr.SharedSolrCluster;

/**
 * {@link WatchCrashIT} with the articles in a SolrCloud collection (2 shards x 2 replicas on the shared 2-node test cluster)
 * instead of the local index: a watch killed at every step boundary in turn (the store closed without a commit; what it sent sits in the replicas' update logs until the next commit) and restarted reports every event and delivers every alert once, as a clean run does. The watch's own state stays local, as the CLI keeps it; the collection is
 * emptied for each scenario, as the local test starts with an index of its own.
 */
@ExtendWith(SharedSolrCluster.class)
class WatchCrashOnSolrIT extends WatchCrashIT {
    static String collection;

    @BeforeAll
    static void makeCollection() throws Exception {
        collection = SharedSolrCluster.newCollection("crash");
    }

    @Override
    WatchBackend backend() throws Exception {
        SharedSolrCluster.clear(collection);
        return WatchBackend.solr(SharedSolrCluster.client(), collection);
    }
}
