package org.policyminer.search;

import org.policyminer.util.Json;
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
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreMode;
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
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policyminer.index.DocumentMapper;
import org.policyminer.index.DocumentRecordFields;
import org.policyminer.index.Fields;
import org.policyminer.index.PolicyIndex;
import org.policyminer.index.StoredEntities;
import org.policyminer.index.StoredText;
import com.fasterxml.jackson.core.type.TypeReference;
import org.policyminer.doc.Removal;

/**
 * The read side of the index: searches, facet counts, highlighted snippets, figure rows and single articles.
 * Sees the last commit; {@link #refresh()} picks up newer ones, so a server can read while a writer runs.
 * Thread-safe.
 */
public final class PolicySearcher implements Searcher {
    public static final List<String> FACET_DIMS = DocumentMapper.FACET_DIMS;
    private static final int FACET_TOP = 20;
    /** Hits re-scored with title matches; deeper pages are ranked by the first pass alone. */
    static final int RESCORE_WINDOW = 100;
    private static final Sort DATE_SORT = new Sort(new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);

    private final Directory dir;
    private final SearcherManager manager;
    /**
     * Searches segments on every core. How much that buys depends on the machine: on the shared 2-core VM this was
     * built on, two threads searching give only 1.3–1.5× the throughput of one (memory, not arithmetic, is the limit).
     */
    private final java.util.concurrent.ExecutorService pool;
    private final QueryLanguage language;
    private final LuceneQueries queries = new LuceneQueries();
    /** One analyzer for every highlight: analyzers cache their token streams per thread, so reuse pays. */
    private final org.apache.lucene.analysis.Analyzer highlightAnalyzer = PolicyIndex.analyzer();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, FacetOrdinals ordinals) {}

    private PolicySearcher(Directory dir, SearcherManager manager, java.util.concurrent.ExecutorService pool, UnaryOperator<String> simplify) {
        this.dir = dir;
        this.manager = manager;
        this.pool = pool;
        this.language = new QueryLanguage(simplify);
    }

    /** Opens the index at {@code path}; fails with a clear message when there is none or its schema differs. */
    public static PolicySearcher open(Path path) throws IOException {
        if (!Files.isDirectory(path)) throw new IOException("no index at " + path + "; build one with 'policyminer ingest --index " + path + " corpora/'");
        try {
            return openIndex(path);
        } catch (IOException | RuntimeException e) {
            IOException explained = org.policyminer.index.IndexDamage.explain(path, e);
            if (explained != null) throw explained;
            throw e;
        }
    }

    private static PolicySearcher openIndex(Path path) throws IOException {
        Directory dir = FSDirectory.open(path);
        try {
            if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
                throw new IOException("no index at " + path + "; build one with 'policyminer ingest --index " + path + " corpora/'");
            }
            PolicyIndex.checkSchema(dir, path);
            org.policyminer.convert.ScriptConverter conv = new org.policyminer.convert.ScriptConverter();
            int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(cores, r -> {
                Thread t = new Thread(r, "search");
                t.setDaemon(true);
                return t;
            });
            try {
                return new PolicySearcher(dir, new SearcherManager(dir, new SlicedSearcherFactory(pool, cores)), pool, conv::toSimplified);
            } catch (IOException | RuntimeException e) {
                pool.shutdownNow();
                throw e;
            }
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
            boolean byDate = req.sort() == SortOrder.DATE;
            boolean collapse = !req.allCopies();
            int window = byDate ? Math.max(1, want) : Math.max(want, RESCORE_WINDOW);
            FacetOrdinals ordinals = req.facets() ? facetOrdinals(s.getIndexReader()) : null;
            FixedBitSet shared = collapse ? sharedGroups(s.getIndexReader()) : null;
            Pass pass = byDate ? byDate(s, q, window, ordinals, shared) : byRelevance(s, q, window, ordinals, shared);
            TopDocs top = byDate ? pass.top() : rescoreTitles(s, pass.top(), pq, collapse ? window : want);
            Map<String, Map<String, Integer>> facets = !req.facets() ? Map.of()
                    : pass.facetCounts() != null ? ordinals.top(pass.facetCounts(), FACET_DIMS, FACET_TOP) : noFacets();
            if (!collapse) {
                ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(req.offset(), top.scoreDocs.length),
                        Math.min(want, top.scoreDocs.length));
                return new SearchResult(req.query(), pass.total(), hits(s, pq, page, req.originalScript()), facets);
            }
            // One hit per group: a wider window until it holds enough groups or every match.
            List<ScoreDoc> firsts = CopyCollapse.firstPerGroup(s, top.scoreDocs, want);
            while (firsts.size() < want && top.scoreDocs.length < pass.total() && window < MAX_COLLAPSE_WINDOW) {
                window = Math.min(MAX_COLLAPSE_WINDOW, window * 4);
                TopDocs wider = byDate ? s.search(q, new TopFieldCollectorManager(DATE_SORT, window, null, window, true))
                        : s.search(q, new TopScoreDocCollectorManager(window, null, window));
                top = byDate ? wider : rescoreTitles(s, wider, pq, window);
                firsts = CopyCollapse.firstPerGroup(s, top.scoreDocs, want);
            }
            List<ScoreDoc> onPage = firsts.subList(Math.min(req.offset(), firsts.size()), firsts.size());
            List<CopyCollapse.Picked> picked = CopyCollapse.canonical(s, q, onPage);
            List<SearchResult.Hit> hits = hits(s, pq, picked.stream().map(CopyCollapse.Picked::shown).toArray(ScoreDoc[]::new), req.originalScript());
            return new SearchResult(req.query(), pass.groups(), hits, facets, pass.total(), CopyCollapse.byHitId(picked, hits));
        } finally {
            manager.release(s);
        }
    }

    /** Most hits ranked to fill a page of groups; a query whose top matches are all copies of a few articles stops here. */
    static final int MAX_COLLAPSE_WINDOW = 20_000;

    /**
     * The top hits of a query, its exact number of matches, the facet counts when asked for (else null), and the
     * number of distinct near-duplicate groups among the matches when asked for (else -1).
     */
    private record Pass(TopDocs top, long total, int[] facetCounts, long groups) {}

    /** Sorting by date visits every match anyway: rank, count, facet and count groups (each when asked) in one pass. */
    private static Pass byDate(IndexSearcher s, Query q, int window, FacetOrdinals ordinals, FixedBitSet shared) throws IOException {
        boolean groups = shared != null;
        TopFieldCollectorManager ranking = new TopFieldCollectorManager(DATE_SORT, window, null, Integer.MAX_VALUE, true);
        Object[] all = s.search(q, new MultiCollectorManager(ranking, ordinals == null ? NONE : ordinals.counter(), groups ? CopyCollapse.counter(shared) : NONE));
        TopDocs top = (TopDocs) all[0];
        return new Pass(top, top.totalHits.value, ordinals == null ? null : ((FacetOrdinals.Counts) all[1]).values(),
                groups ? ((CopyCollapse.Counts) all[2]).groups() : -1);
    }

    /**
     * By relevance, the top hits come from a pass that skips documents which cannot make the top (so it does not
     * score every match), and the exact total, facet and group counts from one pass that scores none: together cheaper
     * than one pass scoring all the matches of a query that matches half the index.
     */
    private static Pass byRelevance(IndexSearcher s, Query q, int window, FacetOrdinals ordinals, FixedBitSet shared) throws IOException {
        boolean groups = shared != null;
        TopDocs top = s.search(q, new TopScoreDocCollectorManager(window, null, window));
        if (ordinals == null && !groups) return new Pass(top, s.count(q), null, -1);
        Object[] all = s.search(q, new MultiCollectorManager(ordinals == null ? NONE : ordinals.counter(), groups ? CopyCollapse.counter(shared) : NONE));
        long total = ordinals != null ? ((FacetOrdinals.Counts) all[0]).hits() : ((CopyCollapse.Counts) all[1]).hits();
        return new Pass(top, total, ordinals == null ? null : ((FacetOrdinals.Counts) all[0]).values(),
                groups ? ((CopyCollapse.Counts) all[1]).groups() : -1);
    }

    /** A collector that collects nothing, standing in a multi-collector for a count not asked for. */
    private static final CollectorManager<?, ?> NONE = new CollectorManager<org.apache.lucene.search.SimpleCollector, Object>() {
        @Override
        public org.apache.lucene.search.SimpleCollector newCollector() {
            return new org.apache.lucene.search.SimpleCollector() {
                @Override
                public void collect(int doc) {}

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public Object reduce(java.util.Collection<org.apache.lucene.search.SimpleCollector> collectors) {
            return null;
        }
    };

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

    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Fields.ID, Fields.URL, Fields.TITLE, Fields.PUBLISHED,
            Fields.SOURCE, Fields.BODY, Fields.CITY, Fields.CLUSTER, org.policyminer.index.AttachmentFields.JSON);
    private static final java.util.Set<String> HIT_FIELDS_ORIGINAL = union(HIT_FIELDS, Fields.ORIGINAL_TITLE, Fields.ORIGINAL_BODY);

    private List<SearchResult.Hit> hits(IndexSearcher s, ParsedQuery pq, ScoreDoc[] page, boolean original) throws IOException {
        StoredFields stored = s.getIndexReader().storedFields();
        // Only the fields a hit shows: the stored entity and removal lists are the bulk of a document.
        Document[] docs = new Document[page.length];
        Map<Integer, String> bodies = new java.util.HashMap<>();
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, original ? HIT_FIELDS_ORIGINAL : HIT_FIELDS);
            bodies.put(page[i].doc, StoredText.read(docs[i], Fields.BODY));
        }
        Object[] snippets = new Object[page.length];
        if (!pq.isEmpty() && page.length > 0) {
            SpanHighlighter hl = new SpanHighlighter(UnifiedHighlighter.builder(s, highlightAnalyzer)
                    .withFormatter(new Snippets()).withMaxLength(200_000), bodies);
            int[] ids = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
            Map<String, Object[]> m = hl.spans(new String[] {Fields.BODY}, queries.highlightTerms(pq), ids, new int[] {2});
            snippets = m.get(Fields.BODY);
        }
        List<SearchResult.Hit> out = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = docs[i];
            String body = original ? originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY) : bodies.get(page[i].doc);
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
                    List.of(d.getValues(Fields.CITY)), List.of(d.getValues(Fields.CLUSTER)),
                    AttachmentMatch.find(org.policyminer.index.AttachmentFields.read(d), pq)));
        }
        return out;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, String... more) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(List.of(more));
        return java.util.Set.copyOf(out);
    }

    private static Map<String, Map<String, Integer>> noFacets() {
        Map<String, Map<String, Integer>> none = new LinkedHashMap<>();
        for (String dim : FACET_DIMS) none.put(dim, Map.of());
        return none;
    }

    private record SharedState(IndexReader reader, FixedBitSet shared) {}

    private volatile SharedState sharedState;

    /** Which documents have copies ({@link CopyCollapse#sharedGroups}): once per reader, again when it changes. */
    private FixedBitSet sharedGroups(IndexReader reader) throws IOException {
        SharedState st = sharedState;
        if (st != null && st.reader() == reader) return st.shared();
        synchronized (this) {
            st = sharedState;
            if (st != null && st.reader() == reader) return st.shared();
            st = new SharedState(reader, CopyCollapse.sharedGroups(reader));
            sharedState = st;
            return st.shared();
        }
    }

    /** The facet ordinals are costly to read: once per reader, again when the reader changes. */
    private FacetOrdinals facetOrdinals(IndexReader reader) throws IOException {
        FacetState fs = facetState;
        if (fs != null && fs.reader() == reader) return fs.ordinals();
        synchronized (this) {
            fs = facetState;
            if (fs != null && fs.reader() == reader) return fs.ordinals();
            FacetOrdinals ordinals;
            try {
                ordinals = FacetOrdinals.read(new DefaultSortedSetDocValuesReaderState(reader, DocumentMapper.facetsConfig()));
            } catch (IllegalArgumentException noFacetsYet) {
                ordinals = null;
            }
            facetState = new FacetState(reader, ordinals);
            return ordinals;
        }
    }

    /** Monetary figures matching the query and filters, newest year first, then the largest; at most {@code limit}. */
    public List<TargetRow> targets(SearchRequest req) throws IOException {
        return figures(req, req.offset(), req.offset() + req.limit()).stream().map(TargetFacts.Figure::row).toList();
    }

    /**
     * Most figures folded into facts by {@link #facts}: every figure of the matching articles up to this many (the
     * newest and largest first, as {@link #targets} ranks them).
     */
    public static final int MAX_FACT_FIGURES = 20_000;

    /**
     * The figures matching the query and filters folded into facts ({@link TargetFacts}): one row per fact with its
     * sources, disagreeing values marked; {@code limit} and {@code offset} page the facts.
     */
    public List<TargetFact> facts(SearchRequest req) throws IOException {
        List<TargetFact> all = TargetFacts.of(figures(req, 0, MAX_FACT_FIGURES), language::simplifyValue);
        return all.subList(Math.min(req.offset(), all.size()), Math.min(all.size(), req.offset() + req.limit()));
    }

    private List<TargetFacts.Figure> figures(SearchRequest req, int offset, int want) throws IOException {
        ParsedQuery pq = language.parse(req.query());
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        IndexSearcher s = manager.acquire();
        try {
            List<FigureRanking.Ranked> best = s.search(queries.articleQuery(pq, f), new FigureRanking(LuceneQueries.figureFilter(f), want));
            StoredFields stored = s.getIndexReader().storedFields();
            List<TargetFacts.Figure> rows = new ArrayList<>();
            for (int i = offset; i < best.size(); i++) {
                FigureRanking.Ranked r = best.get(i);
                Document d = stored.document(r.doc(), TARGET_FIELDS);
                String simplified = d.get(Fields.TITLE) + "\n" + StoredText.read(d, Fields.BODY);
                StoredEntities.Decoded e = entities(d, simplified);
                StoredEntities.Row row = e.rows().get(r.figure());
                rows.add(new TargetFacts.Figure(new TargetRow(e.entities().amounts().get(r.figure()), d.get(Fields.ID), d.get(Fields.URL),
                        d.get(Fields.TITLE), d.get(Fields.PUBLISHED), row.sentence(simplified), row.cities()), d.get(Fields.SOURCE), d.get(Fields.GROUP)));
            }
            return rows;
        } finally {
            manager.release(s);
        }
    }

    private static final java.util.Set<String> TARGET_FIELDS = java.util.Set.of(Fields.ID, Fields.URL, Fields.TITLE, Fields.PUBLISHED,
            Fields.BODY, Fields.ORIGINAL_TITLE, Fields.ORIGINAL_BODY, Fields.ENTITIES, Fields.SOURCE, Fields.GROUP);

    /**
     * The article's stored entities, their texts taken from its original script; {@code simplified} is its stored
     * title and body joined as analysed, which is also the original text when neither was stored apart.
     */
    private static StoredEntities.Decoded entities(Document d, String simplified) {
        boolean converted = d.getField(Fields.ORIGINAL_TITLE) != null || d.getField(Fields.ORIGINAL_BODY) != null;
        String original = converted ? originalOr(d, Fields.ORIGINAL_TITLE, Fields.TITLE) + "\n" + originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY) : simplified;
        return StoredEntities.decode(d.getBinaryValue(Fields.ENTITIES), original);
    }

    /** One article by id, with its stored entities and removals; empty when there is none. */
    public Optional<StoredArticle> article(String id) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document d = s.getIndexReader().storedFields().document(top.scoreDocs[0].doc);
            String text = StoredText.read(d, Fields.BODY);
            return Optional.of(new StoredArticle(d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.TITLE),
                    originalOr(d, Fields.ORIGINAL_TITLE, Fields.TITLE), d.get(Fields.PUBLISHED), d.get(Fields.SOURCE), d.get(Fields.SCRIPT),
                    text, originalOr(d, Fields.ORIGINAL_BODY, Fields.BODY), List.of(d.getValues(Fields.CITY)),
                    List.of(d.getValues(Fields.PROVINCE)), List.of(d.getValues(Fields.CLUSTER)),
                    entities(d, d.get(Fields.TITLE) + "\n" + text).entities(),
                    Json.MAPPER.readValue(StoredText.read(d, Fields.REMOVED_JSON), REMOVALS), d.get(Fields.INDEXED_AT),
                    org.policyminer.index.AttachmentFields.read(d)));
        } finally {
            manager.release(s);
        }
    }

    /**
     * The near-duplicate group of the article with this id, its canonical member first, then by rank (date, script);
     * empty when there is no such article or it was indexed without a group.
     */
    public Optional<CopyGroup> copyGroup(String id) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            String group = s.getIndexReader().storedFields().document(top.scoreDocs[0].doc, java.util.Set.of(Fields.GROUP)).get(Fields.GROUP);
            if (group == null) return Optional.empty();
            List<long[]> ranked = new ArrayList<>();
            for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
                org.apache.lucene.search.Weight w = s.createWeight(new TermQuery(new Term(Fields.GROUP, group)),
                        org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
                org.apache.lucene.search.Scorer sc = w.scorer(leaf);
                if (sc == null) continue;
                org.apache.lucene.index.NumericDocValues ranks = leaf.reader().getNumericDocValues(Fields.COPY_RANK);
                var it = sc.iterator();
                for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    long r = ranks != null && ranks.advanceExact(d) ? ranks.longValue() : Long.MAX_VALUE;
                    ranked.add(new long[] {r, leaf.docBase + d});
                }
            }
            ranked.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            List<CopyGroup.Member> members = new ArrayList<>();
            for (long[] r : ranked) {
                Document d = s.getIndexReader().storedFields().document((int) r[1], MEMBER_FIELDS);
                members.add(new CopyGroup.Member(d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.TITLE), d.get(Fields.SOURCE),
                        d.get(Fields.PUBLISHED), d.get(Fields.SCRIPT),
                        r[0] == Long.MAX_VALUE ? null : org.policyminer.index.CopyRank.kindOf(r[0]).name().toLowerCase(java.util.Locale.ROOT),
                        members.isEmpty()));
            }
            return Optional.of(new CopyGroup(group, members));
        } finally {
            manager.release(s);
        }
    }

    private static final java.util.Set<String> MEMBER_FIELDS = java.util.Set.of(Fields.ID, Fields.URL, Fields.TITLE, Fields.SOURCE,
            Fields.PUBLISHED, Fields.SCRIPT);

    private static final TypeReference<List<Removal>> REMOVALS = new TypeReference<>() {};

    /** The original-script field, which is stored only where it differs from the simplified one. */
    private static String originalOr(Document d, String original, String simplified) {
        String v = StoredText.read(d, original);
        return v != null ? v : StoredText.read(d, simplified);
    }

    /**
     * The document record of an article with its links to the indexed documents it cites, that cite it and that
     * repeal it; empty when there is no such article or it is no official document.
     */
    public Optional<DocumentLinks> documentLinks(String id) throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            org.policyminer.doc.PolicyDocument d = DocumentRecordFields.read(s.getIndexReader().storedFields().document(top.scoreDocs[0].doc));
            return d == null ? Optional.empty() : Optional.of(DocumentLinks.resolve(new LocalDocumentLookup(s), id, d));
        } finally {
            manager.release(s);
        }
    }

    /** Most rows one {@link #documents} call returns. */
    public static final int MAX_DOCUMENT_ROWS = 100_000;

    /**
     * One row per official document matching the request's query and filters, by written date (then published),
     * oldest first: the {@code documents} export. The request's paging is ignored beyond {@link #MAX_DOCUMENT_ROWS}.
     */
    public List<DocumentRow> documents(SearchRequest req) throws IOException {
        ParsedQuery pq = language.parse(req.query());
        Filters f = req.filters().simplified(language::simplifyValue).merge(pq.filters());
        Query q = new org.apache.lucene.search.BooleanQuery.Builder().add(queries.articleQuery(pq, f), org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(DocumentRecordFields.IS_DOCUMENT, "1")), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
        Sort byWritten = new Sort(new SortField(DocumentRecordFields.WRITTEN_DAY, SortField.Type.LONG, false),
                new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG, false));
        IndexSearcher s = manager.acquire();
        try {
            List<DocumentRow> rows = new ArrayList<>();
            for (ScoreDoc sd : s.search(q, MAX_DOCUMENT_ROWS, byWritten).scoreDocs) {
                Document d = s.getIndexReader().storedFields().document(sd.doc);
                org.policyminer.doc.PolicyDocument doc = DocumentRecordFields.read(d);
                if (doc != null) rows.add(new DocumentRow(d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.PUBLISHED), doc));
            }
            return rows;
        } finally {
            manager.release(s);
        }
    }

    /** Number of articles in the index. */
    public int count() throws IOException {
        IndexSearcher s = manager.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            manager.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        highlightAnalyzer.close();
        try {
            manager.close();
        } finally {
            dir.close();
        }
    }

    /**
     * Exposes the highlighter's object form (passages as offsets, rendered later over either script), and
     * highlights the bodies the hits have already read instead of reading them from the index again.
     */
    private static final class SpanHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> bodies;

        SpanHighlighter(UnifiedHighlighter.Builder b, Map<Integer, String> bodies) {
            super(b);
            this.bodies = bodies;
        }

        Map<String, Object[]> spans(String[] fields, Query q, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, q, docIds, maxPassages);
        }

        /**
         * The body is indexed without offsets (see DocumentMapper), so its passages always come from re-analysis;
         * saying so spares the highlighter merging the field infos of every segment on each call to find out.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.ANALYSIS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] values = new CharSequence[fields.length];
                for (int k = 0; k < fields.length; k++) {
                    String v = Fields.BODY.equals(fields[k]) ? bodies.get(doc) : null;
                    values[k] = v == null ? "" : v;
                }
                out.add(values);
            }
            return out;
        }
    }
}
