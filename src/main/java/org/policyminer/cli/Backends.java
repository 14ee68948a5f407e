package org.policyminer.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.policyminer.index.DocumentStore;
import org.policyminer.index.PolicyIndex;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.Searcher;
import org.policyminer.solr.SolrDocumentStore;
import org.policyminer.solr.SolrSearcher;
import picocli.CommandLine.Model.CommandSpec;

/** The backend a command reads: the SolrCloud collection with {@code --solr}, else the local index of {@code --index}. */
final class Backends {
    private Backends() {}

    static Searcher searcher(IndexOption index, SolrOption solr) throws IOException {
        return solr.isSet() ? SolrSearcher.open(solr.target()) : PolicySearcher.open(index.index);
    }

    /** The store a command writes (crawl, watch): the collection with {@code --solr}, else the local index at {@code index}. */
    static DocumentStore store(Path index, SolrOption solr) throws IOException {
        return solr.isSet() ? SolrDocumentStore.open(solr.target()) : PolicyIndex.open(index, false);
    }

    /**
     * Where a command keeps its own local files (the crawl's frontier and journal, the watch's state and alerts) as a
     * sibling of this path: the index directory; with {@code --solr}, {@code --index} when given, else
     * {@code data/<collection>}, so that two collections never share a watch state.
     */
    static Path stateBase(CommandSpec spec, Path index, SolrOption solr) {
        if (!solr.isSet() || spec.commandLine().getParseResult().hasMatchedOption("--index")) return index;
        return Path.of("data", solr.target().collection());
    }

    /** Where the answers come from, for a status line. */
    static String describe(IndexOption index, SolrOption solr) {
        return solr.isSet() ? "SolrCloud collection " + solr.target() : index.index.toString();
    }
}
