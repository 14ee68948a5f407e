package org.policyminer.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyminer.PolicyMiner;
import org.policyminer.bench.PageScaling;
import org.policyminer.bench.SyntheticCorpus;
import org.policyminer.doc.Entities;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.entities.EntityRecognizer;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.DocumentMapper;
import org.policyminer.testing.Docs;

/**
 * Ingest work grows linearly with a page's size: a page four times as large may cost at most eight times as much
 * (linear is four, the square sixteen). The work is the CPU time of the thread that extracts, converts, recognises
 * and indexes the page into a real index, compared with the smaller page in the same run: no limit in seconds.
 * Each shape is one that was quadratic: many paragraphs (figures against every city of the page), one paragraph, a
 * run of digits (read as one number), a run of letters (the spam detector's domain pattern), a text without
 * sentence marks (every figure read its whole sentence).
 */
class PageSizeScalingIT {
    private static SyntheticCorpus corpus;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @BeforeAll
    static void seeds() throws Exception {
        PolicyMiner miner = PolicyMiner.create();
        Path root = Path.of(System.getProperty("policyminer.root", "."));
        List<PolicyDoc> seeds = new ArrayList<>();
        for (String f : PageSource.expand(List.of(root.resolve("corpora/pages").toString()))) seeds.add(miner.process(f));
        corpus = new SyntheticCorpus(seeds, 11);
    }

    @Test
    void aPageOfManyParagraphsCostsItsSize() throws Exception {
        assertLinear("paragraphs", 1_000_000, bytes -> page(() -> corpus.bigPage(1, bytes, false)));
    }

    @Test
    void aPageThatIsOneParagraphCostsItsSize() throws Exception {
        assertLinear("one paragraph", 1_000_000, bytes -> page(() -> corpus.bigPage(2, bytes, true)));
    }

    @Test
    void aRunOfDigitsCostsItsLength() throws Exception {
        assertLinear("digits", 250_000, bytes -> page(() -> html("<p>产值" + "1234567890".repeat(bytes / 10) + "亿元</p>")));
    }

    @Test
    void aRunOfLettersCostsItsLength() throws Exception {
        assertLinear("letters", 250_000, bytes -> page(() -> html("<p>联系 " + "abcdefghij".repeat(bytes / 10) + "</p>")));
    }

    /** Text without a sentence mark never comes out of extraction whole, so it goes to the recogniser and mapper directly. */
    @Test
    void aTextWithoutSentenceMarksCostsItsLength() throws Exception {
        String unit = "南京市提出到2025年新型电力装备集群产值突破4000亿元，全市投资200亿元，苏州市生物医药集群规模达到1000亿元，";
        EntityRecognizer recognizer = new EntityRecognizer();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        assertLinear("no sentence marks", 200_000, chars -> () -> {
            String text = unit.repeat(chars / unit.length());
            Entities e = recognizer.recognize(text, null);
            mapper.document(Docs.doc("https://example.org/long", "长句", "2021-01-01", null, text, e), "h");
        });
    }

    private interface Work {
        void run() throws Exception;
    }

    private interface PageMaker {
        Fetched make();
    }

    private static Work page(PageMaker maker) {
        Fetched page = maker.make();
        return () -> PageScaling.ingestCpuNanos(page);
    }

    private static Fetched html(String body) {
        String page = "<html><head><meta charset=\"utf-8\"><title>长页</title></head><body><h1>长页</h1>" + body + "</body></html>";
        return new Fetched("https://example.org/p" + page.length() + ".html", page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** The work at {@code size} and at four times it, each the less of two runs after a warm-up at {@code size}. */
    private static void assertLinear(String shape, int size, IntFunction<Work> at) throws Exception {
        Work small = at.apply(size);
        Work large = at.apply(4 * size);
        small.run(); // warm-up: the first runs of a JVM are interpreted
        small.run();
        long smallNanos = Math.min(cpu(small), cpu(small));
        long largeNanos = Math.min(cpu(large), cpu(large));
        double ratio = largeNanos / (double) smallNanos;
        assertTrue(ratio <= 8, shape + ": four times the size cost " + String.format("%.1f", ratio) + " times the work ("
                + smallNanos / 1_000_000 + " → " + largeNanos / 1_000_000 + " ms of CPU)");
    }

    private static long cpu(Work w) throws Exception {
        long t0 = THREADS.getCurrentThreadCpuTime();
        w.run();
        return THREADS.getCurrentThreadCpuTime() - t0;
    }
}
