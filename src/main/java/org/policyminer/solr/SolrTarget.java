package org.policyminer.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where a SolrCloud collection is: {@code address} is either Solr base URLs ({@code http://host:8983/solr}, several
 * separated by commas) or a ZooKeeper connection string ({@code zk1:2181,zk2:2181/solr}, a chroot after the last
 * host), as {@code --solr} takes it.
 */
public record SolrTarget(String address, String collection) {
    public SolrTarget {
        if (address == null || address.isBlank()) throw new IllegalArgumentException("--solr needs Solr URLs (http://host:8983/solr) or a ZooKeeper address (host:2181)");
        if (collection == null || collection.isBlank() || !collection.matches("[A-Za-z0-9_][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("--collection needs a name of letters, digits, '.', '_' and '-': '" + collection + "'");
        }
        address = address.strip();
    }

    public boolean isZooKeeper() {
        return !address.startsWith("http://") && !address.startsWith("https://");
    }

    /** A client for the cluster, with this collection as its default; the caller closes it. */
    public CloudSolrClient client() {
        CloudSolrClient.Builder b;
        if (isZooKeeper()) {
            int slash = address.indexOf('/');
            List<String> hosts = Arrays.asList((slash < 0 ? address : address.substring(0, slash)).split(","));
            Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(address.substring(slash));
            b = new CloudSolrClient.Builder(hosts, chroot);
        } else {
            b = new CloudSolrClient.Builder(Arrays.stream(address.split(",")).map(String::strip).map(SolrTarget::trimSlash).toList());
        }
        return b.withDefaultCollection(collection).build();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return collection + " at " + address;
    }
}
