package org.policyminer.cli;

import org.policyminer.solr.SolrTarget;
import picocli.CommandLine.Option;

/**
 * {@code --solr URL|ZK --collection NAME}: the SolrCloud backend instead of the local index. Absent, a command uses
 * {@code --index} as before: the local index needs nothing installed.
 */
final class SolrOption {
    @Option(names = "--solr", paramLabel = "URL|ZK",
            description = "SolrCloud instead of the local index: Solr URLs (http://host:8983/solr, comma-separated) or a ZooKeeper address (zk1:2181,zk2:2181/solr).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection (with --solr).")
    String collection;

    boolean isSet() {
        if (solr == null && collection != null) throw new UsageException("--collection needs --solr");
        return solr != null;
    }

    SolrTarget target() {
        if (collection == null) throw new UsageException("--solr needs --collection NAME");
        try {
            return new SolrTarget(solr, collection);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
