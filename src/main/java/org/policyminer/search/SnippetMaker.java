package org.policyminer.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.policyminer.index.Fields;
import org.policyminer.index.PolicyIndex;

/**
 * A hit's snippet from its body alone, without an index: the local index's highlighter re-analyses the ten bodies
 * it shows anyway (the body is indexed without offsets), so a backend that returns the stored body (SolrCloud) gets
 * the same passages here, rendered over either script. Thread-safe.
 */
public final class SnippetMaker implements AutoCloseable {
    private final Analyzer analyzer = PolicyIndex.analyzer();
    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
            .withFormatter(new Snippets()).withMaxLength(200_000).build();
    private final LuceneQueries queries = new LuceneQueries();

    /** The terms a query highlights in bodies (null: the query has none, every hit shows its lead). */
    public Query highlightQuery(ParsedQuery pq) {
        return pq.isEmpty() ? null : queries.highlightTerms(pq);
    }

    /**
     * The snippet of {@code body} (simplified, as analysed) rendered over {@code shown} (the same text or its
     * original script: same length), at most two passages; the body's lead when nothing in it matches.
     */
    public String snippet(Query highlight, String body, String shown) throws IOException {
        if (highlight != null) {
            Object spans = highlighter.highlightWithoutSearcher(Fields.BODY, highlight, body, 2);
            if (spans instanceof List<?> list && !list.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<Snippets.Span> sp = (List<Snippets.Span>) list;
                return Snippets.render(sp, shown);
            }
        }
        return Snippets.lead(shown, 120);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
