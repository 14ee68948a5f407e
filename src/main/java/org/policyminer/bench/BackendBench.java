package org.policyminer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.DocumentStore;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.IngestService;
import org.policyminer.search.Filters;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.Searcher;
import org.policyminer.solr.SolrDocumentStore;
import org.policyminer.solr.SolrQueries;
import org.policyminer.solr.SolrSearcher;
import org.policyminer.stage.Pipeline;

/**
 * {@code bench --solr}: the same processed documents written into the local index and into a SolrCloud collection,
 * then the same searches on both, in one run, so the two are compared under the same load. The pipeline runs once,
 * before either clock starts: this times the backends, not extraction. Writes go in batches of
 * {@value #BATCH} documents ({@link DocumentStore#upsertAll}) from one thread, one commit at the end.
 */
public final class BackendBench {
    static final int BATCH = 500;
    /** The suffix of a figure-filtered query's timings through {@code {!pmfigure}} rather than block join. */
    static final String POINTS = "+points";
    private static final int WARMUP_ROUNDS = 30;
    private static final int WARMUP_DOCS = 1000;

    private BackendBench() {}

    public static BenchReport.Backends compare(Path corpus, int docs, int queries, Path localIndex, SolrClient client, String collection,
                                              java.util.function.Consumer<String> progress) throws Exception {
        int warm = Math.min(docs, WARMUP_DOCS);
        List<PolicyDoc> all = documents(corpus, docs + warm);
        // other pages first, untimed, into both: HanLP's dictionaries load and the JIT compiles on the first batches
        List<PolicyDoc> warmup = all.subList(0, Math.min(warm, all.size()));
        List<PolicyDoc> processed = all.subList(warmup.size(), all.size());
        progress.accept("processed " + all.size() + " documents; warming up both backends with " + warmup.size());
        double localIngest, solrIngest;
        Map<String, BenchReport.Timing> localSearch, solrSearch;
        SolrDocumentStore remote = new SolrDocumentStore(client, collection);
        try (PolicyIndex idx = PolicyIndex.open(localIndex, true)) {
            ingest(idx, warmup);
            ingest(remote, warmup);
            progress.accept("timing the ingest of " + processed.size() + " documents into each");
            localIngest = ingest(idx, processed);
        }
        solrIngest = ingest(remote, processed);
        progress.accept("timing searches");
        // a figure filter is asked both ways of the collection: block join (under the query's name) and the point
        // query of {!pmfigure} (under name+points), in turn with the local index's point query
        try (PolicySearcher l = PolicySearcher.open(localIndex);
             SolrSearcher s = new SolrSearcher(client, collection, false).figureFilter(SolrQueries.FigureFilter.BLOCK_JOIN);
             SolrSearcher sp = new SolrSearcher(client, collection, false).figureFilter(SolrQueries.FigureFilter.POINTS)) {
            for (int i = 0; i < WARMUP_ROUNDS; i++) for (SearchRequest r : requests(QUERIES_MAX + i).values()) {
                l.search(r);
                s.search(r);
                if (r.filters().hasFigureFilter()) sp.search(r);
            }
            Map<String, long[]> lt = new LinkedHashMap<>(), st = new LinkedHashMap<>();
            for (var e : requests(0).entrySet()) {
                lt.put(e.getKey(), new long[queries]);
                st.put(e.getKey(), new long[queries]);
                if (e.getValue().filters().hasFigureFilter()) st.put(e.getKey() + POINTS, new long[queries]);
            }
            // the backends and query types in turn, round by round: load from elsewhere falls on all alike
            for (int i = 0; i < queries; i++) for (var e : requests(i).entrySet()) {
                lt.get(e.getKey())[i] = time(l, e.getValue());
                st.get(e.getKey())[i] = time(s, e.getValue());
                if (e.getValue().filters().hasFigureFilter()) st.get(e.getKey() + POINTS)[i] = time(sp, e.getValue());
            }
            localSearch = percentiles(lt);
            solrSearch = percentiles(st);
        }
        return new BenchReport.Backends(processed.size(), warmup.size(), new BenchReport.Backend(localIngest, localSearch),
                new BenchReport.Backend(solrIngest, solrSearch));
    }

    /** More rounds than any run times: the warm-up's figure filters are never a timed round's. */
    private static final int QUERIES_MAX = 1_000_000;

    /**
     * The queries of round {@code round}. Each round's figure filters ask a minimum amount of their own (1 yuan more
     * each round, so the same articles): a filter asked again would come from Solr's filter cache, and a run would
     * time the cache, not the filter.
     */
    static Map<String, SearchRequest> requests(int round) {
        double more = round;
        Map<String, SearchRequest> q = new LinkedHashMap<>();
        q.put("term", SearchRequest.of("集成电路").withoutFacets());
        q.put("phrase", SearchRequest.of("\"先进制造业集群\"").withoutFacets());
        q.put("filtered", SearchRequest.of("集群").withFilters(Filters.NONE.withFigure(2025, 1e11 + more)).withoutFacets());
        // the figure filter alone, no text to score: what the two ways of asking it cost, nothing else
        q.put("figure-year", SearchRequest.of("").withFilters(Filters.NONE.withFigure(2025, 1e10 + more)).withoutFacets());
        q.put("figure-city", SearchRequest.of("").withFilters(Filters.NONE.withFigure(2025, 1 + more).withCity("南京市")).withoutFacets());
        q.put("figure-kind", SearchRequest.of("").withFilters(Filters.NONE.withFigure(null, 1 + more).withKind("threshold")).withoutFacets());
        q.put("faceted", SearchRequest.of("产业").withFilters(Filters.NONE.publishedFrom(java.time.LocalDate.of(2020, 1, 1))));
        // every copy a hit, as before groups reached the collection, so the rows stay comparable with earlier runs
        q.replaceAll((k, r) -> r.withAllCopies(true));
        // and the default search, one hit per near-duplicate group: on SolrCloud three requests more (docs/solr.md)
        q.put("folded", SearchRequest.of("集成电路").withoutFacets());
        return q;
    }

    private static long time(Searcher s, SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        s.search(r);
        return System.nanoTime() - t0;
    }

    private static Map<String, BenchReport.Timing> percentiles(Map<String, long[]> times) {
        Map<String, BenchReport.Timing> m = new LinkedHashMap<>();
        for (var e : times.entrySet()) {
            Percentiles p = Percentiles.of(e.getValue());
            m.put(e.getKey(), new BenchReport.Timing(p.n(), p.p50(), p.p99()));
        }
        return m;
    }

    private static double ingest(DocumentStore store, List<PolicyDoc> docs) throws IOException {
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i += BATCH) {
            for (DocumentStore.Upserted u : store.upsertAll(docs.subList(i, Math.min(docs.size(), i + BATCH)))) {
                if (u.error() != null) throw new IOException("bench document failed: " + u.error().getMessage(), u.error());
            }
        }
        store.commit();
        return docs.size() / ((System.nanoTime() - t0) / 1e9);
    }

    /** Page numbers past those an earlier run may have written into the same collection would be new pages. */
    private static final int OFFSET = (int) (System.currentTimeMillis() % 1_000_000) * 10;

    /** {@code docs} synthetic pages made from the corpus's, through the pipeline. */
    private static List<PolicyDoc> documents(Path corpus, int docs) throws Exception {
        Pipeline pipeline = IngestService.standardPipeline();
        List<PolicyDoc> seeds = new ArrayList<>();
        List<PolicyDoc> pages = new ArrayList<>();
        PageSource source = new PageSource(new org.policyminer.fetch.HttpFetcher());
        for (String f : PageSource.expand(List.of(corpus.toString()))) pages.add(PolicyDoc.of(f, source.load(f, null)));
        for (Pipeline.Outcome o : pipeline.runEach(pages)) if (!o.failed()) seeds.add(o.doc());
        if (seeds.isEmpty()) throw new IOException("no usable pages under " + corpus);
        SyntheticCorpus synthetic = new SyntheticCorpus(seeds, 7);
        List<PolicyDoc> out = new ArrayList<>(docs);
        for (int i = 0; i < docs; i += BATCH) {
            List<PolicyDoc> chunk = new ArrayList<>();
            for (int k = i; k < Math.min(docs, i + BATCH); k++) chunk.add(PolicyDoc.of(synthetic.page(OFFSET + k)));
            for (Pipeline.Outcome o : pipeline.runEach(chunk)) if (!o.failed()) out.add(o.doc().withoutPage());
        }
        return out;
    }
}
