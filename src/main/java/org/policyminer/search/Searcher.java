package org.policyminer.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The read side of a backend: the local index ({@link PolicySearcher}) or a SolrCloud collection
 * (SolrSearcher, in the package above this one). Same query language, filters, facets, snippets and records from
 * either, so the commands, the web API and the evaluation do not know which one they read. Thread-safe. What a
 * backend cannot answer yet it refuses with {@link NotSupportedOnBackend}, never with a different answer.
 */
public interface Searcher extends Closeable {
    /** The query parsed as the language reads it (words, OR groups, exclusions, inline filters). */
    ParsedQuery parse(String query);

    SearchResult search(SearchRequest req) throws IOException;

    /** Monetary figures matching the query and filters, newest year first, then the largest. */
    List<TargetRow> targets(SearchRequest req) throws IOException;

    /**
     * The figures matching the query and filters folded into facts: one row per fact with its sources, disagreeing
     * values marked; {@code limit} and {@code offset} page the facts.
     */
    List<TargetFact> facts(SearchRequest req) throws IOException;

    /** One article by id, with its stored entities and removals; empty when there is none. */
    Optional<StoredArticle> article(String id) throws IOException;

    /**
     * The near-duplicate group of the article with this id, its canonical member first; empty when there is no such
     * article or it was indexed without a group.
     */
    Optional<CopyGroup> copyGroup(String id) throws IOException;

    /**
     * The document record of an article with its links to the indexed documents it cites, that cite it and that
     * repeal it; empty when there is no such article or it is no official document.
     */
    Optional<DocumentLinks> documentLinks(String id) throws IOException;

    /** One row per official document matching the request's query and filters, oldest written first. */
    List<DocumentRow> documents(SearchRequest req) throws IOException;

    /** Number of articles. */
    int count() throws IOException;

    /** Picks up what writers committed since the last refresh (a no-op where every search sees the last commit). */
    void refresh() throws IOException;
}
