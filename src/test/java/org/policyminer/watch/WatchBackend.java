package org.policyminer.watch;

import java.io.IOException;
import java.nio.file.Path;
import org.policyminer.index.DocumentStore;
import org.policyminer.index.PolicyIndex;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.Searcher;

/**
 * Where a watch test's articles go and are searched: the local index in the test's directory, or a SolrCloud
 * collection ({@code solr}). The watch's own state stays in the test's directory either way, as the CLI keeps it.
 */
interface WatchBackend {
    /** The store one watch run writes through (opened and closed per run, as by separate processes). */
    DocumentStore store(Path index) throws IOException;

    Searcher searcher(Path index) throws IOException;

    /** Whether the URL's article is in the store (committed). */
    boolean contains(Path index, String url) throws IOException;

    WatchBackend LOCAL = new WatchBackend() {
        @Override
        public DocumentStore store(Path index) throws IOException {
            return PolicyIndex.open(index, false);
        }

        @Override
        public Searcher searcher(Path index) throws IOException {
            return PolicySearcher.open(index);
        }

        @Override
        public boolean contains(Path index, String url) throws IOException {
            try (PolicyIndex idx = PolicyIndex.open(index, false)) {
                return idx.contains(url);
            }
        }

        @Override
        public String toString() {
            return "local index";
        }
    };

    /** A SolrCloud collection of the shared test cluster; the index path is not used. */
    static WatchBackend solr(org.apache.solr.client.solrj.impl.CloudSolrClient client, String collection) {
        return new WatchBackend() {
            @Override
            public DocumentStore store(Path index) {
                return new org.policyminer.solr.SolrDocumentStore(client, collection);
            }

            @Override
            public Searcher searcher(Path index) {
                return new org.policyminer.solr.SolrSearcher(client, collection, false);
            }

            @Override
            public boolean contains(Path index, String url) throws IOException {
                // a query over every shard: a real-time get looks on the shard the id hashes to, the collection routes by group
                var q = new org.apache.solr.client.solrj.SolrQuery("id:" + org.policyminer.doc.PolicyDoc.idFor(url)).addFilterQuery("doc_type:article").setRows(0);
                try {
                    return client.query(collection, q).getResults().getNumFound() > 0;
                } catch (org.apache.solr.client.solrj.SolrServerException e) {
                    throw new IOException(e);
                }
            }

            @Override
            public String toString() {
                return "SolrCloud collection " + collection;
            }
        };
    }
}
