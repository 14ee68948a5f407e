package org.policyminer.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.policyminer.doc.Fetched;
import org.policyminer.extract.ArticleExtractor;
import org.policyminer.extract.ExtractException;

/**
 * Extraction throughput against plain {@code Jsoup.parse} on the same pages in the same run, on the calling thread
 * (one core). The parse baseline lets the number travel between machines: extraction should cost less than twice
 * the parse.
 *
 * <pre>{@code
 * ExtractBench.Result r = ExtractBench.measure(pages, 3);
 * System.out.println(r);  // extract 210.4 pages/s, parse 160.2 pages/s …
 * }</pre>
 */
public final class ExtractBench {
    private ExtractBench() {}

    /** Pages per second of each, and how many times the parse time extraction takes. */
    public record Result(int pages, int rounds, double extractPagesPerSecond, double parsePagesPerSecond, int failures) {
        public double costRatio() {
            return parsePagesPerSecond / extractPagesPerSecond;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pages x %d rounds: extract %.1f pages/s, Jsoup.parse %.1f pages/s, extract/parse cost %.2fx%s",
                    pages, rounds, extractPagesPerSecond, parsePagesPerSecond, costRatio(), failures > 0 ? " (" + failures + " pages failed)" : "");
        }
    }

    /** Measures {@code rounds} passes over {@code pages} after one warm-up pass, parse and extract interleaved per page. */
    public static Result measure(List<Fetched> pages, int rounds) {
        ArticleExtractor extractor = new ArticleExtractor();
        int failures = extractAll(extractor, pages); // warm-up, also loads the lexicon
        parseAll(pages);
        // Interleaved page by page: on a shared machine a busy neighbour then slows both sides alike.
        long extractNanos = 0;
        long parseNanos = 0;
        for (int r = 0; r < rounds; r++) {
            for (Fetched f : pages) {
                long t0 = System.nanoTime();
                parse(f);
                long t1 = System.nanoTime();
                try {
                    extractor.extract(f);
                } catch (ExtractException e) {
                    // counted in the warm-up pass
                }
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                extractNanos += t2 - t1;
            }
        }
        double n = (double) pages.size() * rounds;
        return new Result(pages.size(), rounds, n / (extractNanos / 1e9), n / (parseNanos / 1e9), failures);
    }

    /** Measures over a dataset folder in any layout {@link ExtractDatasets} reads. */
    public static Result measure(Path dataset, int rounds) throws IOException {
        return measure(ExtractDatasets.load(dataset).stream().map(ExtractCase::page).toList(), rounds);
    }

    private static int extractAll(ArticleExtractor extractor, List<Fetched> pages) {
        int failures = 0;
        for (Fetched f : pages) {
            try {
                extractor.extract(f);
            } catch (ExtractException e) {
                failures++;
            }
        }
        return failures;
    }

    private static void parseAll(List<Fetched> pages) {
        for (Fetched f : pages) parse(f);
    }

    private static void parse(Fetched f) {
        try {
            Jsoup.parse(new ByteArrayInputStream(f.body()), null, f.url());
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail to read
        }
    }
}
