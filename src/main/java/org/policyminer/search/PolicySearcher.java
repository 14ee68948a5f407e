package org.policyminer.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policyminer.index.DocumentMapper;
import org.policyminer.index.Fields;
import org.policyminer.index.PolicyIndex;

/**
 * The read side of the index: searches, facet counts, highlighted snippets, figure rows and single articles.
 * Sees the last commit; {@link #refresh()} picks up newer ones, so a server can read while a writer runs.
 * Thread-safe.
 */
public final class PolicySearcher implements Closeable {
    public static final List<String> FACET_DIMS = List.of(Fields.CITY, Fields.PROVINCE, Fields.CLUSTER, Fields.SOURCE, Fields.YEAR);
    private static final int FACET_TOP = 20;
    /** Hits re-scored with title matches; deeper pages are ranked by the first pass alone. */
    static final int RESCORE_WINDOW = 100;
    private static final Sort DATE_SORT = new Sort(new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Directory dir;
    private final SearcherManager manager;
    private final QueryLanguage language;
    private final LuceneQueries queries = new LuceneQueries();
    /** One analyzer for every highlight: analyzers cache their token streams per thread, so reuse pays. */
    private final org.apache.lucene.analysis.Analyzer highlightAnalyzer = PolicyIndex.analyzer();
    private volatile FacetState facetState;
    /** Facet counting over a large hit set is the slowest part of a faceted search: it is split across cores. */
    private final java.util.concurrent.ExecutorService facetPool = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "facet-count");
                t.setDaemon(true);
                return t;
            });

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private PolicySearcher(Directory dir, SearcherManager manager, UnaryOperator<String> simplify) {
        this.dir = dir;
        this.manager = manager;
        this.language = new QueryLanguage(simplify);
    }

    /** Opens the index at {@code path}; fails with a clear message when there is none or its schema differs. */
    public static PolicySearcher open(Path path) throws IOException {
        if (!Files.isDirectory(path)) throw new IOException("no index at " + path + "; build one with 'policyminer ingest --index " + path + " corpora/'");
        Directory dir = FSDirectory.open(path);
        try {
            if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
                throw new IOException("no index at " + path + "; build one with 'policyminer ingest --index " + path + " corpora/'");
            }
            PolicyIndex.checkSchema(dir, path);
            org.policyminer.convert.ScriptConverter conv = new org.policyminer.convert.ScriptConverter();
            return new PolicySearcher(dir, new SearcherManager(dir, null), conv::toSimplified);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    public ParsedQuery parse(String query) {
        return language.parse(query);
    }

    /** Picks up what writers committed since the last refresh. */
    public void refresh() throws IOException {
        manager.maybeRefresh();
    }

    public SearchResult search(SearchRequest req) throws IOException {
        ParsedQuery pq = language.parse(req.query());
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        Query q = queries.articleQuery(pq, f);
        IndexSearcher s = manager.acquire();
        try {
            int want = req.offset() + req.limit();
            boolean byDate = req.sort().equals("date");
            int window = byDate ? Math.max(1, want) : Math.max(want, RESCORE_WINDOW);
            TopDocs top;
            FacetsCollector matches = null;
            if (req.facets()) {
                // One pass collects the top hits and every match for the facet counts.
                FacetsCollectorManager.FacetsResult r = byDate
                        ? FacetsCollectorManager.search(s, q, window, DATE_SORT, true, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(s, q, window, new FacetsCollectorManager());
                top = r.topDocs();
                matches = r.facetsCollector();
            } else {
                top = byDate ? s.search(q, new TopFieldCollectorManager(DATE_SORT, window, null, Integer.MAX_VALUE, true))
                        : s.search(q, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
            }
            if (!byDate) top = rescoreTitles(s, top, pq, want);
            // Every collector above counts all matches: the phrase filter must be checked on each candidate anyway,
            // so counting in the same pass is cheaper than a second counting pass.
            long total = top.totalHits.value;
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(req.offset(), top.scoreDocs.length),
                    Math.min(want, top.scoreDocs.length));
            List<SearchResult.Hit> hits = hits(s, pq, page, req.originalScript());
            Map<String, Map<String, Integer>> facets = matches != null ? facets(s, matches) : Map.of();
            return new SearchResult(req.query(), total, hits, facets);
        } finally {
            manager.release(s);
        }
    }

    /**
     * The first pass ranks on the body's word view; this second pass adds title matches to the top
     * {@value #RESCORE_WINDOW} hits only (deeper pages keep the first-pass order).
     */
    private TopDocs rescoreTitles(IndexSearcher s, TopDocs first, ParsedQuery pq, int want) throws IOException {
        Query title = queries.titleRescore(pq);
        if (title == null || first.scoreDocs.length == 0) return first;
        TopDocs rescored = QueryRescorer.rescore(s, first, title, LuceneQueries.TITLE_BOOST, Math.max(1, want));
        return new TopDocs(first.totalHits, rescored.scoreDocs);
    }

    private List<SearchResult.Hit> hits(IndexSearcher s, ParsedQuery pq, ScoreDoc[] page, boolean original) throws IOException {
        StoredFields stored = s.getIndexReader().storedFields();
        List<SearchResult.Hit> out = new ArrayList<>();
        Object[] snippets = new Object[page.length];
        if (!pq.isEmpty() && page.length > 0) {
            SpanHighlighter hl = new SpanHighlighter(UnifiedHighlighter.builder(s, highlightAnalyzer)
                    .withFormatter(new Snippets()).withMaxLength(200_000));
            int[] ids = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
            Map<String, Object[]> m = hl.spans(new String[] {Fields.BODY}, queries.highlightTerms(pq), ids, new int[] {2});
            snippets = m.get(Fields.BODY);
        }
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc);
            String body = original ? originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY) : d.get(Fields.BODY);
            String snippet;
            if (snippets[i] instanceof List<?> spans && !spans.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<Snippets.Span> sp = (List<Snippets.Span>) spans;
                snippet = Snippets.render(sp, body);
            } else {
                snippet = Snippets.lead(body, 120);
            }
            out.add(new SearchResult.Hit(d.get(Fields.ID), d.get(Fields.URL), original ? originalOr(d, Fields.ORIGINAL_TITLE, Fields.TITLE) : d.get(Fields.TITLE),
                    d.get(Fields.PUBLISHED), d.get(Fields.SOURCE), Float.isNaN(page[i].score) ? 0f : page[i].score, snippet,
                    List.of(d.getValues(Fields.CITY)), List.of(d.getValues(Fields.CLUSTER))));
        }
        return out;
    }

    private Map<String, Map<String, Integer>> facets(IndexSearcher s, FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        Facets facets;
        try {
            facets = state == null ? null : new ConcurrentSortedSetDocValuesFacetCounts(state, fc, facetPool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("facet counting interrupted", e);
        }
        for (String dim : FACET_DIMS) {
            if (facets == null) {
                out.put(dim, Map.of());
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            FacetResult r;
            try {
                r = facets.getTopChildren(FACET_TOP, dim);
            } catch (IllegalArgumentException noSuchDim) {
                r = null;
            }
            if (r != null) for (LabelAndValue lv : r.labelValues) counts.put(lv.label, lv.value.intValue());
            out.put(dim, counts);
        }
        return out;
    }

    /** The ordinal map behind facet counts is costly to build: one per reader, rebuilt when the reader changes. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState fs = facetState;
        if (fs != null && fs.reader() == reader) return fs.state();
        try {
            SortedSetDocValuesReaderState st = new DefaultSortedSetDocValuesReaderState(reader, DocumentMapper.facetsConfig());
            facetState = new FacetState(reader, st);
            return st;
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
    }

    /** Monetary figures matching the query and filters, newest article first, at most {@code limit}. */
    public List<TargetRow> targets(SearchRequest req) throws IOException {
        ParsedQuery pq = language.parse(req.query());
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        Query q = queries.figureQuery(pq, f);
        IndexSearcher s = manager.acquire();
        try {
            int want = req.offset() + req.limit();
            Sort sort = new Sort(new SortField(Fields.FIGURE_YEAR, SortField.Type.INT, true), new SortField(Fields.VALUE, SortField.Type.DOUBLE, true));
            TopDocs top = s.search(q, new TopFieldCollectorManager(sort, Math.max(1, want), null, Integer.MAX_VALUE, true));
            StoredFields stored = s.getIndexReader().storedFields();
            List<TargetRow> rows = new ArrayList<>();
            for (int i = req.offset(); i < Math.min(want, top.scoreDocs.length); i++) {
                Document d = stored.document(top.scoreDocs[i].doc);
                Map<String, Object> amount = JSON.readValue(d.get(Fields.AMOUNT_JSON), new TypeReference<LinkedHashMap<String, Object>>() {});
                rows.add(new TargetRow(amount, d.get(Fields.DOC_ID), d.get(Fields.FIGURE_URL), d.get(Fields.FIGURE_TITLE), d.get(Fields.PUBLISHED),
                        d.get(Fields.SENTENCE), List.of(d.getValues(Fields.FIGURE_CITY))));
            }
            return rows;
        } finally {
            manager.release(s);
        }
    }

    /** One article by id, with its stored entities and removals; empty when there is none. */
    public Optional<Map<String, Object>> article(String id) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER)
                    .add(LuceneQueries.articles(), Occur.FILTER).build();
            TopDocs top = s.search(q, 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document d = s.getIndexReader().storedFields().document(top.scoreDocs[0].doc);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.get(Fields.ID));
            m.put("url", d.get(Fields.URL));
            m.put("title", d.get(Fields.TITLE));
            m.put("originalTitle", originalOr(d, Fields.ORIGINAL_TITLE, Fields.TITLE));
            m.put("published", d.get(Fields.PUBLISHED));
            m.put("source", d.get(Fields.SOURCE));
            m.put("script", d.get(Fields.SCRIPT));
            m.put("text", d.get(Fields.BODY));
            m.put("originalText", originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY));
            m.put("cities", List.of(d.getValues(Fields.CITY)));
            m.put("provinces", List.of(d.getValues(Fields.PROVINCE)));
            m.put("clusters", List.of(d.getValues(Fields.CLUSTER)));
            m.put("entities", JSON.readValue(d.get(Fields.ENTITIES_JSON), Object.class));
            m.put("removed", JSON.readValue(d.get(Fields.REMOVED_JSON), Object.class));
            m.put("indexedAt", d.get(Fields.INDEXED_AT));
            return Optional.of(m);
        } finally {
            manager.release(s);
        }
    }

    /** The original-script field, which is stored only where it differs from the simplified one. */
    private static String originalOr(Document d, String original, String simplified) {
        String v = d.get(original);
        return v != null ? v : d.get(simplified);
    }

    /** Number of articles in the index. */
    public int count() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return s.count(LuceneQueries.articles());
        } finally {
            manager.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        facetPool.shutdownNow();
        highlightAnalyzer.close();
        try {
            manager.close();
        } finally {
            dir.close();
        }
    }

    /** Exposes the highlighter's object form: passages as offsets, rendered later over either script. */
    private static final class SpanHighlighter extends UnifiedHighlighter {
        SpanHighlighter(UnifiedHighlighter.Builder b) {
            super(b);
        }

        Map<String, Object[]> spans(String[] fields, Query q, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, q, docIds, maxPassages);
        }
    }
}
