package org.policyminer.watch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyminer.solr.SharedSolrCluster;

/**
 * {@link WatchKilledMidPollIT} with the articles in a SolrCloud collection (2 shards x 2 replicas on the shared 2-node test cluster)
 * instead of the local index: a first poll killed at random moments, again and again, then let through, reports every listed article exactly once. The watch's own state stays local, as the CLI keeps it; the collection is
 * emptied for each trial, as the local test starts with an index of its own.
 */
@ExtendWith(SharedSolrCluster.class)
class WatchKilledMidPollOnSolrIT extends WatchKilledMidPollIT {
    static String collection;

    @BeforeAll
    static void makeCollection() throws Exception {
        collection = SharedSolrCluster.newCollection("killed");
    }

    @Override
    WatchBackend backend() throws Exception {
        SharedSolrCluster.clear(collection);
        return WatchBackend.solr(SharedSolrCluster.client(), collection);
    }
}
