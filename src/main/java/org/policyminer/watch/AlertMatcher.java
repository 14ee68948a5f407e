package org.policyminer.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.DocumentMapper;
import org.policyminer.index.PolicyIndex;
import org.policyminer.search.LuceneQueries;

/**
 * Matches saved searches against one article at a time, the way the index would: the article is mapped by the
 * index's own {@link DocumentMapper}, analysed with {@link PolicyIndex#analyzer()} into a {@link MemoryIndex}, and
 * each search runs as the same Lucene query {@code search} builds. So an alert fires exactly when a search right
 * after indexing would have found the article (in either script).
 */
public final class AlertMatcher {
    private final List<SavedSearch.Compiled> searches;
    private final LuceneQueries queries = new LuceneQueries();
    private final DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
    private final Analyzer analyzer = PolicyIndex.analyzer();
    private final List<Query> compiled = new ArrayList<>();

    public AlertMatcher(List<SavedSearch> searches, UnaryOperator<String> simplify) {
        List<SavedSearch.Compiled> c = new ArrayList<>();
        for (SavedSearch s : searches) c.add(s.compile(simplify));
        this.searches = List.copyOf(c);
        for (SavedSearch.Compiled s : this.searches) compiled.add(queries.articleQuery(s.query(), s.filters()));
    }

    public boolean isEmpty() {
        return searches.isEmpty();
    }

    /** Ids of the saved searches this processed article matches, in the order they were saved. */
    public List<String> match(PolicyDoc doc) throws IOException {
        if (searches.isEmpty()) return List.of();
        Document article = mapper.document(doc, doc.contentHash());
        MemoryIndex mi = new MemoryIndex();
        for (IndexableField f : article) {
            // Stored-only and doc-values fields (facets, sort keys) play no part in matching.
            boolean indexed = f.fieldType().indexOptions() != IndexOptions.NONE || f.fieldType().pointDimensionCount() > 0;
            if (indexed) mi.addField(f, analyzer);
        }
        mi.freeze();
        var searcher = mi.createSearcher();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < searches.size(); i++) {
            // count, not score: a filter-only search matches with score 0.
            if (searcher.count(compiled.get(i)) > 0) out.add(searches.get(i).search().id());
        }
        return out;
    }
}
