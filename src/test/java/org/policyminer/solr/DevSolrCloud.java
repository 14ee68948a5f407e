package org.policyminer.solr;

/**
 * Manual check, not a test: starts the same SolrCloud the tests use (ZooKeeper and 2 Solr nodes on loopback, the
 * analysis factories on the class path) and, unless {@code --empty}, creates the collection {@code policies}
 * (2 shards × 2 replicas) on it. Prints the addresses for {@code --solr} and runs until killed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -cp target/classes:target/test-classes:$(cat target/test.cp) org.policyminer.solr.DevSolrCloud
 * java -jar target/policyminer.jar ingest --solr ZK --collection policies corpora/pages
 * </pre>
 */
public final class DevSolrCloud {
    private DevSolrCloud() {}

    public static void main(String[] args) throws Exception {
        boolean empty = java.util.Arrays.asList(args).contains("--empty");
        TestCluster cluster = TestCluster.start(2);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.close();
            } catch (Exception e) {
                System.err.println("stopping the cluster: " + e);
            }
        }));
        if (!empty) {
            try (var client = new SolrTarget(cluster.zkAddress(), "policies").client()) {
                SolrCollections.Created c = SolrCollections.init(client, "policies", 2, 2);
                System.out.println("collection " + c.collection() + ": " + c.shards() + " shards x " + c.replicas() + " replicas");
            }
        }
        System.out.println("ZooKeeper: " + cluster.zkAddress());
        for (var node : cluster.cluster.getJettySolrRunners()) System.out.println("Solr node: " + node.getBaseUrl());
        System.out.println("e.g. java -jar target/policyminer.jar ingest --solr " + cluster.zkAddress() + " --collection policies corpora/pages");
        Thread.currentThread().join();
    }
}
