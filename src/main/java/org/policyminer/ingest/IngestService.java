package org.policyminer.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.policyminer.doc.DocumentLimits;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.stage.Pipeline;
import org.policyminer.fetch.PageSource;
import org.policyminer.convert.ConvertStage;
import org.policyminer.entities.EntityStage;
import org.policyminer.extract.ExtractStage;
import org.policyminer.index.DocumentStore;
import org.policyminer.stage.StageException;

/**
 * The one way documents reach the index: pages in, pipeline (extract → convert → entities) on every core, a
 * {@link DocumentStore} out, committed as the {@link CommitPolicy} says. {@code ingest}, {@code crawl}, {@code watch},
 * the bench and the library API all go through it, so a change to how a document is indexed is made once.
 *
 * <p>Bulk ({@link #ingest}): a crash loses at most the batch in flight, and a re-run skips what is already there (same
 * content hash). A page that fails is counted and reported; the others go on. One at a time ({@link #process} then
 * {@link #store}): for callers that look at the processed page before storing it and record it as done afterwards.
 *
 * <pre>{@code
 * try (PolicyIndex idx = PolicyIndex.open(Path.of("data/index"), false)) {
 *     IngestService ingest = new IngestService(IngestService.standardPipeline(), new PageSource(new HttpFetcher()), idx, 2,
 *             CommitPolicy.bulk());
 *     IngestReport r = ingest.ingest(IngestService.Input.of(List.of("corpora/pages"), null), null);
 * }
 * }</pre>
 */
public final class IngestService {
    /** A processed document and its place in the run (for error messages). */
    record Numbered(int i, PolicyDoc doc) {}

    /** One unit of work: an input (file or URL) and the URL to record for it (null: derive). */
    public record Input(String input, String url) {
        /**
         * Files, directories (their *.html, *.htm, *.shtml, recursively) and URLs as inputs; a file under a directory gets
         * {@code urlPrefix} + its relative path as URL when a prefix is given, else its {@code file:} URI.
         */
        public static List<Input> of(List<String> args, String urlPrefix) throws IOException {
            List<Input> out = new ArrayList<>();
            for (String a : args) {
                java.nio.file.Path p = PageSource.isUrl(a) ? null : java.nio.file.Path.of(a);
                if (p != null && java.nio.file.Files.isDirectory(p)) {
                    for (String f : PageSource.expand(List.of(a))) out.add(new Input(f, PageSource.mappedUrl(p, java.nio.file.Path.of(f), urlPrefix)));
                } else {
                    out.add(new Input(a, null));
                }
            }
            return out;
        }
    }

    private final Pipeline pipeline;
    private final PageSource source;
    private final DocumentStore store;
    private final int threads;
    private final int batchSize;
    private int uncommitted;

    public IngestService(Pipeline pipeline, PageSource source, DocumentStore store, int threads, CommitPolicy policy) {
        this.pipeline = pipeline;
        this.source = source;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.batchSize = policy.batchSize();
    }

    /** The standard chain: extract → convert → document → entities. */
    public static Pipeline standardPipeline() {
        return Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).add(new org.policyminer.document.DocumentStage())
                .add(new EntityStage()).build();
    }

    /**
     * The standard chain and then the article's attachments, read from {@code attachments}
     * ({@link org.policyminer.attach.AttachmentStage}): what crawl, watch and ingest index.
     */
    public static Pipeline standardPipeline(org.policyminer.attach.AttachmentSource attachments) {
        return Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).add(new org.policyminer.document.DocumentStage())
                .add(new EntityStage()).add(new org.policyminer.attach.AttachmentStage(attachments)).build();
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Runs one page through the pipeline without storing it. */
    public PolicyDoc process(PolicyDoc page) throws StageException {
        return pipeline.run(page);
    }

    /** Stores one processed document; commits when the policy's batch is full (every document with EVERY_DOCUMENT). */
    public synchronized DocumentStore.Outcome store(PolicyDoc doc) throws IOException {
        DocumentStore.Outcome o = store.upsert(doc.withoutPage());
        if (++uncommitted >= batchSize) commit();
        return o;
    }

    /** The id of the indexed article the document at {@code url} was found to copy when stored ({@link DocumentStore#copyOf}). */
    public java.util.Optional<String> copyOf(String url) {
        return store.copyOf(url);
    }

    /** Commits what {@link #store} wrote since the last commit. */
    public synchronized void commit() throws IOException {
        store.commit();
        uncommitted = 0;
    }

    /** Loads the i-th page of a run (a file, a URL, or a page synthesised by the benchmark). */
    @FunctionalInterface
    public interface Loader {
        PolicyDoc load(int i) throws Exception;

        default String name(int i) {
            return "#" + i;
        }
    }

    /** Ingests every input; {@code progress} is told after each document (for a progress bar). */
    public IngestReport ingest(List<Input> inputs, Consumer<PolicyDoc> progress) throws IOException {
        return ingest(inputs.size(), new Loader() {
            @Override
            public PolicyDoc load(int i) throws Exception {
                Input in = inputs.get(i);
                return PolicyDoc.of(in.input(), source.load(in.input(), in.url()));
            }

            @Override
            public String name(int i) {
                return inputs.get(i).input();
            }
        }, progress);
    }

    /** Ingests {@code count} pages from {@code loader}. */
    public IngestReport ingest(int count, Loader loader, Consumer<PolicyDoc> progress) throws IOException {
        long t0 = System.nanoTime();
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            // Each batch is queued before the previous one is committed, so its extraction, conversion and entities
            // run while the commit (a flush on this thread) does. Its documents are held back until that commit is
            // done, so every commit holds whole batches and a crash leaves a whole number of them; the threads that
            // processed them go on to the next page instead of waiting.
            List<Future<?>> previous = List.of();
            Gate previousCommitted = Gate.open();
            for (int from = 0; from < count; from += batchSize) {
                List<Future<?>> batch = new ArrayList<>();
                Gate gate = previousCommitted;
                int end = Math.min(count, from + batchSize);
                int chunk = chunkSize(end - from);
                for (int k = from; k < end; k += chunk) {
                    final int first = k;
                    final int last = Math.min(end, k + chunk);
                    batch.add(pool.submit(() -> {
                        processChunk(first, last, loader, gate, tally, progress);
                        return null;
                    }));
                }
                commitAfter(previous, previousCommitted, null);
                List<Numbered> held = previousCommitted.held();
                for (int k = 0; k < held.size(); k += MAX_CHUNK) {
                    List<Numbered> part = held.subList(k, Math.min(held.size(), k + MAX_CHUNK));
                    batch.add(pool.submit(() -> index(part, loader, tally, progress), null));
                }
                previous = batch;
                previousCommitted = new Gate(MAX_HELD);
            }
            commitAfter(previous, previousCommitted, pool);
        } finally {
            pool.shutdownNow();
        }
        return tally.report((System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Most documents a worker takes at once; {@link #chunkSize} shrinks it so that small batches still use every thread.
     * Larger chunks keep each stage's code and data hot for longer (docs/benchmarks.md: chunk size).
     */
    public static final int MAX_CHUNK = 256;

    /** Documents per task: up to {@value #MAX_CHUNK}, and at least four tasks per thread in a batch. */
    int chunkSize(int batchDocs) {
        return Math.max(1, Math.min(MAX_CHUNK, batchDocs / (4 * threads)));
    }

    /**
     * Loads pages {@code first} to {@code last} (exclusive), runs them through the pipeline a stage at a time
     * ({@link Pipeline#runEach}) and indexes each, or holds it at the gate. A page that fails is counted alone.
     */
    private void processChunk(int first, int last, Loader loader, Gate gate, Tally tally, Consumer<PolicyDoc> progress) {
        List<PolicyDoc> loaded = new ArrayList<>(last - first);
        List<Integer> at = new ArrayList<>(last - first);
        for (int i = first; i < last; i++) {
            try {
                PolicyDoc page = loader.load(i);
                // refused before extraction, which would read its first 8 MB only for the index to refuse the cut page
                if (page.fetched() != null) DocumentLimits.check("bytes in the page", page.fetched().body().length, DocumentLimits.MAX_PAGE_BYTES);
                loaded.add(page);
                at.add(i);
            } catch (Exception e) {
                tally.fail(loader.name(i), e, progress);
            }
        }
        List<Pipeline.Outcome> outcomes = runPipeline(loaded);
        List<Numbered> admitted = new ArrayList<>(outcomes.size());
        for (int k = 0; k < outcomes.size(); k++) {
            int i = at.get(k);
            Pipeline.Outcome o = outcomes.get(k);
            if (o.failed()) {
                tally.fail(loader.name(i), o.error(), progress);
                continue;
            }
            try {
                // the page's bytes are not needed after extraction, and a held document should weigh little
                PolicyDoc doc = o.doc().withoutPage();
                if (gate.admit(i, doc)) admitted.add(new Numbered(i, doc));
            } catch (InterruptedException e) {
                // the ingest is being stopped (a commit failed): what is not indexed is reported, not lost silently
                Thread.currentThread().interrupt();
                tally.fail(loader.name(i), e, progress);
            }
        }
        index(admitted, loader, tally, progress);
    }

    /**
     * Pages over this many bytes go through the pipeline one at a time, whatever the number of threads: extracting
     * and recognising an 8 MB page holds some 150 MB, and two at once beside the index did not fit in
     * {@code -Xmx512m}. Ordinary pages (a few tens of KB) never wait for it.
     */
    static final int LARGE_PAGE_BYTES = 1 << 20;

    private static final Object LARGE = new Object();

    /** {@link Pipeline#runEach} over the pages, the large ones alone and one at a time. */
    private List<Pipeline.Outcome> runPipeline(List<PolicyDoc> pages) {
        List<PolicyDoc> small = new ArrayList<>(pages.size());
        for (PolicyDoc d : pages) if (!isLarge(d)) small.add(d);
        if (small.size() == pages.size()) return pipeline.runEach(pages);
        java.util.Iterator<Pipeline.Outcome> smallOutcomes = pipeline.runEach(small).iterator();
        List<Pipeline.Outcome> out = new ArrayList<>(pages.size());
        for (PolicyDoc d : pages) {
            if (!isLarge(d)) {
                out.add(smallOutcomes.next());
                continue;
            }
            synchronized (LARGE) {
                out.add(pipeline.runEach(List.of(d)).get(0));
            }
        }
        return out;
    }

    private static boolean isLarge(PolicyDoc d) {
        return d.fetched() != null && d.fetched().body().length > LARGE_PAGE_BYTES;
    }

    /** Indexes the documents together ({@link DocumentStore#upsertAll}); one that fails is counted alone. */
    private void index(List<Numbered> docs, Loader loader, Tally tally, Consumer<PolicyDoc> progress) {
        if (docs.isEmpty()) return;
        List<DocumentStore.Upserted> results = store.upsertAll(docs.stream().map(Numbered::doc).toList());
        for (int k = 0; k < docs.size(); k++) {
            Numbered d = docs.get(k);
            DocumentStore.Upserted r = results.get(k);
            if (r.error() != null) {
                tally.fail(loader.name(d.i()), r.error(), progress);
                continue;
            }
            tally.count(r.outcome(), d.doc());
            if (progress != null) progress.accept(d.doc());
        }
    }

    /**
     * Waits for the batch, commits it; the next batch's documents may enter the index after this. {@code flushers}:
     * for the last batch, the ingest's threads, idle now, which first flush the writer's buffers into segments side by
     * side (left to the commit, they are flushed one after the other on this thread); null for the others, whose
     * commit runs while the threads process the next batch.
     */
    private void commitAfter(List<Future<?>> batch, Gate committed, ExecutorService flushers) throws IOException {
        if (batch.isEmpty()) return;
        for (Future<?> f : batch) await(f);
        if (flushers != null) {
            List<Future<?>> flushes = new ArrayList<>();
            for (int t = 0; t < threads; t++) flushes.add(flushers.submit(() -> {
                store.flushBuffers();
                return null;
            }));
            for (Future<?> f : flushes) await(f);
        }
        store.commit();
        committed.openNow();
    }

    /**
     * Documents a batch may hold while the previous one commits; a thread with one more waits for the commit. Bounds
     * the memory the holding takes. A commit of {@link CommitPolicy#DEFAULT_BATCH} documents lasts long enough for
     * thousands to arrive, and held documents carry no page bytes (docs/benchmarks.md: held documents).
     */
    static final int MAX_HELD = 4000;

    /**
     * Keeps a batch's documents out of the index until the previous batch is committed: those that arrive earlier
     * are held, up to a limit, and handed back once, when the gate opens.
     */
    static final class Gate {
        private final int maxHeld;
        private boolean open;
        private List<Numbered> held = new ArrayList<>();

        Gate(int maxHeld) {
            this.maxHeld = maxHeld;
        }

        static Gate open() {
            Gate g = new Gate(0);
            g.open = true;
            return g;
        }

        /** True if the document may be indexed now; otherwise it is held, after waiting while the gate is full. */
        synchronized boolean admit(int i, PolicyDoc doc) throws InterruptedException {
            while (!open && held.size() >= maxHeld) wait();
            if (!open) held.add(new Numbered(i, doc));
            return open;
        }

        synchronized void openNow() {
            open = true;
            notifyAll();
        }

        /** The documents held before the gate opened (call after {@link #openNow}). */
        synchronized List<Numbered> held() {
            List<Numbered> out = held;
            held = List.of();
            return out;
        }
    }

    /** What an ingest counted, from every thread. */
    private static final class Tally {
        final AtomicInteger added = new AtomicInteger(), updated = new AtomicInteger(), unchanged = new AtomicInteger(), failed = new AtomicInteger();
        final AtomicInteger clusters = new AtomicInteger(), cities = new AtomicInteger(), amounts = new AtomicInteger();
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());

        void count(DocumentStore.Outcome outcome, PolicyDoc doc) {
            switch (outcome) {
                case ADDED -> added.incrementAndGet();
                case UPDATED -> updated.incrementAndGet();
                case UNCHANGED -> unchanged.incrementAndGet();
            }
            Entities e = doc.entities() == null ? Entities.EMPTY : doc.entities();
            clusters.addAndGet(e.clusters().size());
            cities.addAndGet(e.cities().size());
            amounts.addAndGet(e.amounts().size());
        }

        void fail(String name, Exception e, Consumer<PolicyDoc> progress) {
            failed.incrementAndGet();
            errors.add(oneLine(name, e));
            if (progress != null) progress.accept(null);
        }

        IngestReport report(long millis) {
            return new IngestReport(added.get(), updated.get(), unchanged.get(), failed.get(), clusters.get(), cities.get(),
                    amounts.get(), millis, errors);
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    static String oneLine(String given, Exception e) {
        String input = org.policyminer.util.UserInfo.strip(given);
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : org.policyminer.util.UserInfo.stripAll(e.getMessage());
        m = m.lines().findFirst().orElse(m);
        return m.contains(input) ? m : input + ": " + m;
    }
}
