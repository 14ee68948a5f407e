package org.policyminer.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * A real SolrCloud on loopback: ZooKeeper and {@code nodes} Solr nodes (Jetty on free ports) in this JVM, from
 * Solr's test framework. The analysis factories are on the class path, as the analysis jar is in a node's lib.
 */
public final class TestCluster implements AutoCloseable {
    public final MiniSolrCloudCluster cluster;
    private final Path home;

    private TestCluster(MiniSolrCloudCluster cluster, Path home) {
        this.cluster = cluster;
        this.home = home;
    }

    public static TestCluster start(int nodes) throws Exception {
        // Solr's test defaults: small heaps of caches and no native lock files in the temporary homes
        System.setProperty("solr.lock.type", "single");
        System.setProperty("solr.autoCommit.maxTime", "-1");
        Path home = Files.createTempDirectory("pm-solrcloud");
        System.setProperty("solr.allowPaths", home.toString());
        System.setProperty("solr.log.dir", home.resolve("logs").toString());
        MiniSolrCloudCluster c = new MiniSolrCloudCluster.Builder(nodes, home)
                .withJettyConfig(b -> b.setContext("/solr"))
                .build();
        return new TestCluster(c, home);
    }

    /** The ZooKeeper address, as {@code --solr} takes it. */
    public String zkAddress() {
        return cluster.getZkServer().getZkAddress();
    }

    /** The first running node's base URL, as {@code --solr} takes it. */
    public String solrUrl() {
        return cluster.getJettySolrRunners().stream().filter(j -> j.isRunning()).findFirst().orElseThrow().getBaseUrl().toString();
    }

    @Override
    public void close() throws Exception {
        try {
            cluster.shutdown();
        } finally {
            org.policyminer.util.Directories.deleteTree(home);
        }
    }
}
