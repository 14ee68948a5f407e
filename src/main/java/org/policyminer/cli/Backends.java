package org.policyminer.cli;

import java.io.IOException;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.Searcher;
import org.policyminer.solr.SolrSearcher;

/** The backend a command reads: the SolrCloud collection with {@code --solr}, else the local index of {@code --index}. */
final class Backends {
    private Backends() {}

    static Searcher searcher(IndexOption index, SolrOption solr) throws IOException {
        return solr.isSet() ? SolrSearcher.open(solr.target()) : PolicySearcher.open(index.index);
    }

    /** Where the answers come from, for a status line. */
    static String describe(IndexOption index, SolrOption solr) {
        return solr.isSet() ? "SolrCloud collection " + solr.target() : index.index.toString();
    }
}
