package org.policyminer.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.policyminer.doc.Entities;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.PolicyIndex;

/**
 * Runs inputs through the pipeline on every core and into the index, committing after each batch: a crash
 * loses at most the batch in flight, and a re-run skips what is already there (same content hash). A page
 * that fails is counted and reported; the others go on.
 */
public final class Ingestor {
    /** One unit of work: an input (file or URL) and the URL to record for it (null: derive). */
    public record Input(String input, String url) {}

    private final Pipeline pipeline;
    private final PageSource source;
    private final PolicyIndex index;
    private final int threads;
    private final int batchSize;

    public Ingestor(Pipeline pipeline, PageSource source, PolicyIndex index, int threads, int batchSize) {
        this.pipeline = pipeline;
        this.source = source;
        this.index = index;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
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
        AtomicInteger added = new AtomicInteger(), updated = new AtomicInteger(), unchanged = new AtomicInteger(), failed = new AtomicInteger();
        AtomicInteger clusters = new AtomicInteger(), cities = new AtomicInteger(), amounts = new AtomicInteger();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            // Each batch is queued before the previous one is committed, so its extraction, conversion and entities
            // run while the commit (a flush on this thread) does; its documents wait for that commit before they
            // touch the index, so every commit holds whole batches and a crash leaves a whole number of them.
            List<Future<?>> previous = List.of();
            CountDownLatch previousCommitted = new CountDownLatch(0);
            for (int from = 0; from < count; from += batchSize) {
                List<Future<?>> batch = new ArrayList<>();
                CountDownLatch mayIndex = previousCommitted;
                for (int k = from; k < Math.min(count, from + batchSize); k++) {
                    final int i = k;
                    batch.add(pool.submit(() -> {
                        try {
                            PolicyDoc doc = pipeline.run(loader.load(i));
                            mayIndex.await();
                            switch (index.upsert(doc)) {
                                case ADDED -> added.incrementAndGet();
                                case UPDATED -> updated.incrementAndGet();
                                case UNCHANGED -> unchanged.incrementAndGet();
                            }
                            Entities e = doc.entities() == null ? Entities.EMPTY : doc.entities();
                            clusters.addAndGet(e.clusters().size());
                            cities.addAndGet(e.cities().size());
                            amounts.addAndGet(e.amounts().size());
                            if (progress != null) progress.accept(doc);
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            errors.add(oneLine(loader.name(i), e));
                            if (progress != null) progress.accept(null);
                        }
                        return null;
                    }));
                }
                commitAfter(previous, previousCommitted);
                previous = batch;
                previousCommitted = new CountDownLatch(1);
            }
            commitAfter(previous, previousCommitted);
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(added.get(), updated.get(), unchanged.get(), failed.get(), clusters.get(), cities.get(),
                amounts.get(), (System.nanoTime() - t0) / 1_000_000, errors);
    }

    /** Waits for the batch, commits it, and lets the next batch's documents into the index. */
    private void commitAfter(List<Future<?>> batch, CountDownLatch committed) throws IOException {
        if (batch.isEmpty()) return;
        for (Future<?> f : batch) await(f);
        index.commit();
        committed.countDown();
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

    static String oneLine(String input, Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.lines().findFirst().orElse(m);
        return m.contains(input) ? m : input + ": " + m;
    }
}
