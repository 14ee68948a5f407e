package org.policyminer.watch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policyminer.solr.SharedSolrCluster;

/**
 * {@link ProfilesIT} with the articles in a SolrCloud collection (2 shards x 2 replicas on the shared 2-node test cluster)
 * instead of the local index: every shipped profile reports its articles once as new and then nothing, and the CLI with {@code --solr --collection} does the same. The watch's own state stays local, as the CLI keeps it; the collection is
 * emptied for each test, as the local test starts with an index of its own.
 */
@ExtendWith(SharedSolrCluster.class)
class ProfilesOnSolrIT extends ProfilesIT {
    static String collection;

    @BeforeAll
    static void makeCollection() throws Exception {
        collection = SharedSolrCluster.newCollection("profiles");
    }

    @Override
    WatchBackend backend() throws Exception {
        SharedSolrCluster.clear(collection);
        return WatchBackend.solr(SharedSolrCluster.client(), collection);
    }

    @Override
    java.util.List<String> backendArgs(java.nio.file.Path index) {
        return java.util.List.of("--solr", SharedSolrCluster.zkAddress(), "--collection", collection, "--index", index.toString());
    }
}
