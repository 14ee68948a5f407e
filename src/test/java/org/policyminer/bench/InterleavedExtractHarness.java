package org.policyminer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.eval.ExtractCase;
import org.policyminer.eval.ExtractDatasets;
import org.policyminer.fetch.PageSource;
import org.policyminer.ingest.IngestService;
import org.policyminer.stage.Stage;

/**
 * Several jars' extraction timed in one JVM, a round of each in turn many times over: on a loaded machine a jar run
 * after another meets different load (ExtractCpuHarness's medians swung by 2x between two runs of one jar), while
 * rounds of a few hundred milliseconds interleaved meet the same. Each jar is loaded by its own class loader (with this
 * class, so {@link #prepare} and {@link #round} bind to that jar's extractor); thread CPU time of the extract stage
 * over the page set, per page. Prints, per jar, the median and the lower quartile over the rounds and each jar's
 * median ratio to the first jar's round next to it. Uses only API that df5f20b^ already had:
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:ANYJAR org.policyminer.bench.InterleavedExtractHarness ROUNDS SET JAR...
 *   SET: zh-cwced=DIR (an eval dataset folder) | pages=DIR (HTML files)
 * </pre>
 *
 * Not a test: a measuring tool (docs/benchmarks.md).
 */
public final class InterleavedExtractHarness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static List<Fetched> pages;
    private static Stage extract;

    /** Loads the page set and finds the extract stage (in the calling class loader's jar). */
    public static void prepare(String set) throws Exception {
        String kind = set.substring(0, set.indexOf('='));
        Path dir = Path.of(set.substring(set.indexOf('=') + 1));
        pages = new ArrayList<>();
        if (kind.equals("zh-cwced")) {
            for (ExtractCase c : ExtractDatasets.load(dir)) pages.add(c.page());
        } else {
            PageSource source = new PageSource(null);
            for (String f : PageSource.expand(List.of(dir.toString()))) pages.add(source.load(f, null));
        }
        for (Stage s : IngestService.standardPipeline().stages()) if (s.name().equals("extract")) extract = s;
    }

    public static int pageCount() {
        return pages.size();
    }

    /** CPU nanoseconds of the extract stage over every page once (the documents made before the clock starts). */
    public static long round() {
        List<PolicyDoc> docs = new ArrayList<>(pages.size());
        for (Fetched p : pages) docs.add(PolicyDoc.of(p));
        long sink = 0;
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (PolicyDoc d : docs) {
            try {
                sink += extract.apply(d).hashCode();
            } catch (Exception e) {
                sink++;
            }
        }
        long t = THREADS.getCurrentThreadCpuTime() - t0;
        return sink == 42 ? t + 1 : t;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        String set = args[1];
        int jars = args.length - 2;
        URL classes = Path.of(InterleavedExtractHarness.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
        Method[] round = new Method[jars];
        int pageCount = 0;
        for (int j = 0; j < jars; j++) {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes, Path.of(args[2 + j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> h = Class.forName(InterleavedExtractHarness.class.getName(), true, loader);
            Thread.currentThread().setContextClassLoader(loader);
            h.getMethod("prepare", String.class).invoke(null, set);
            round[j] = h.getMethod("round");
            pageCount = (Integer) h.getMethod("pageCount").invoke(null);
        }
        double[][] us = new double[jars][rounds];
        for (int r = -3; r < rounds; r++) {
            for (int j = 0; j < jars; j++) {
                // rotate the order each round so no jar always follows the same one
                int k = Math.floorMod(j + r, jars);
                long ns = (Long) round[k].invoke(null);
                if (r >= 0) us[k][r] = ns / 1e3 / pageCount;
            }
        }
        System.out.println(set + ": " + pageCount + " pages, " + rounds + " interleaved rounds; extract CPU µs a page:");
        for (int j = 0; j < jars; j++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) ratios[r] = us[j][r] / us[0][r];
            double[] sorted = us[j].clone();
            Arrays.sort(sorted);
            Arrays.sort(ratios);
            System.out.printf("  %-40s median %8.1f  lower quartile %8.1f  min %8.1f   / first jar: median %.3f (quartiles %.3f–%.3f)%n",
                    args[2 + j], sorted[rounds / 2], sorted[rounds / 4], sorted[0], ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4]);
        }
    }
}
