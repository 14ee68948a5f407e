package org.policyminer.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyminer.solr.SharedSolrCluster;

/**
 * {@link WebApiIT} with {@code serve} over a SolrCloud collection (2 shards x 2 replicas on the shared 2-node test
 * cluster) holding the same corpus: the same requests, the same answers, and the CLI pointed at the same collection;
 * every test of the local suite runs, none is skipped.
 */
@ExtendWith(SharedSolrCluster.class)
class WebApiOnSolrIT extends WebApiIT {
    /** Hides {@link WebApiIT#start}: the corpus goes into a collection instead of a local index. */
    @BeforeAll
    static void start() throws Exception {
        if (server != null) server.close(); // WebApiIT's @BeforeAll ran too: JUnit does not treat it as hidden
        server = TestServer.startOnSolr(SharedSolrCluster.client(), SharedSolrCluster.zkAddress(), SharedSolrCluster.newCollection("web"));
    }
}
