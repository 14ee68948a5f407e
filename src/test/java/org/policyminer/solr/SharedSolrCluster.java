package org.policyminer.solr;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One 2-node SolrCloud (ZooKeeper and two Solr nodes on loopback, {@link TestCluster}) shared by every test class that
 * runs a suite of the local index against the SolrCloud backend too ({@code @ExtendWith(SharedSolrCluster.class)}):
 * started by the first such class, shut down when the whole run ends. Each class makes collections of its own
 * ({@link #newCollection}), so the classes do not see each other's documents.
 */
public final class SharedSolrCluster implements BeforeAllCallback {
    private static final AtomicInteger COLLECTIONS = new AtomicInteger();
    private static volatile Running running;

    /** The cluster and a client for it; closed by JUnit when the run ends (a resource of the root context). */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        final TestCluster cluster;
        final CloudSolrClient client;

        Running() throws Exception {
            cluster = TestCluster.start(2);
            client = new SolrTarget(cluster.zkAddress(), "unused").client();
        }

        @Override
        public void close() throws Exception {
            running = null;
            try {
                client.close();
            } finally {
                cluster.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Running.class, k -> {
            try {
                return new Running();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test SolrCloud", e);
            }
        }, Running.class);
    }

    private static Running running() {
        Running r = running;
        if (r == null) throw new IllegalStateException("the class needs @ExtendWith(SharedSolrCluster.class)");
        return r;
    }

    /** The ZooKeeper address, as {@code --solr} takes it. */
    public static String zkAddress() {
        return running().cluster.zkAddress();
    }

    public static CloudSolrClient client() {
        return running().client;
    }

    /** A new, empty collection of 2 shards x 2 replicas, made as {@code policyminer solr init} makes one. */
    public static String newCollection(String prefix) throws Exception {
        String name = prefix + "-" + COLLECTIONS.incrementAndGet();
        SolrCollections.init(client(), name, 2, 2);
        running().cluster.cluster.waitForActiveCollection(name, 2, 4);
        return name;
    }

    /** Waits until the collection has its shards and replicas active. */
    public static void waitForActive(String collection, int shards, int replicas) throws Exception {
        running().cluster.cluster.waitForActiveCollection(collection, shards, replicas);
    }

    /** Deletes every document of the collection and commits: a fresh collection for the next test, without making one. */
    public static void clear(String collection) throws Exception {
        client().deleteByQuery(collection, "*:*");
        client().commit(collection, true, true);
    }
}
