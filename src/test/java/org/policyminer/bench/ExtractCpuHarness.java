package org.policyminer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.eval.ExtractCase;
import org.policyminer.eval.ExtractDatasets;
import org.policyminer.fetch.PageSource;
import org.policyminer.ingest.IngestService;
import org.policyminer.stage.Stage;

/**
 * Issue 19's extraction speed, robust to a loaded machine: thread CPU time (ThreadMXBean) of a plain Jsoup parse and
 * of each pipeline stage up to the entities (extract; and document where the jar has it) over a page set, in turns.
 * Load from elsewhere stretches wall time, hardly this thread's CPU time, so two jars run in turns compare. Uses only
 * API that df5f20b^ already had, so the one compiled class runs against either jar:
 *
 * <pre>
 * java -Xmx1g -cp target/test-classes:JAR org.policyminer.bench.ExtractCpuHarness rounds SET...
 *   SET: zh-cwced=DIR (an eval dataset folder) | pages=DIR (HTML files) | dump=DIR:N (write N synthetic bench pages
 *        made from corpora/pages to DIR; then time them with pages=DIR, the same bytes for both jars) | digest=DIR
 *        (print every page's whole extracted article, to diff two jars' output)
 * </pre>
 *
 * Prints per set the median over rounds (after two warm-up rounds) of CPU µs a page for the parse and each stage, and
 * extract / parse. Not a test: a measuring tool (docs/benchmarks.md).
 */
public final class ExtractCpuHarness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        for (int a = 1; a < args.length; a++) {
            String kind = args[a].substring(0, args[a].indexOf('='));
            String value = args[a].substring(args[a].indexOf('=') + 1);
            if (kind.equals("dump")) {
                dump(Path.of(value.substring(0, value.lastIndexOf(':'))), Integer.parseInt(value.substring(value.lastIndexOf(':') + 1)));
                continue;
            }
            if (kind.equals("digest")) {
                digest(Path.of(value));
                continue;
            }
            List<Fetched> pages = kind.equals("zh-cwced") ? dataset(Path.of(value)) : files(Path.of(value));
            time(kind + " " + value, pages, rounds);
        }
    }

    private static List<Fetched> dataset(Path dir) throws Exception {
        List<Fetched> out = new ArrayList<>();
        for (ExtractCase c : ExtractDatasets.load(dir)) out.add(c.page());
        return out;
    }

    private static List<Fetched> files(Path dir) throws Exception {
        PageSource source = new PageSource(null);
        List<Fetched> out = new ArrayList<>();
        for (String f : PageSource.expand(List.of(dir.toString()))) out.add(source.load(f, null));
        return out;
    }

    /** Every page's whole extracted article (title, date, source, paragraphs, removals, facts) or error, one line each. */
    private static void digest(Path dir) throws Exception {
        org.policyminer.extract.ArticleExtractor extractor = new org.policyminer.extract.ArticleExtractor();
        List<Fetched> pages = Files.exists(dir.resolve("README.md")) || Files.isDirectory(dir.resolve("original")) ? dataset(dir) : files(dir);
        for (Fetched p : pages) {
            String out;
            try {
                out = extractor.extract(p).toString();
            } catch (Exception e) {
                out = "error " + e.getMessage();
            }
            System.out.println(p.url() + "\t" + out.replace('\n', '¶'));
        }
    }

    private static void dump(Path dir, int n) throws Exception {
        PolicyMiner miner = PolicyMiner.create();
        List<PolicyDoc> seeds = new ArrayList<>();
        for (String f : PageSource.expand(List.of("corpora/pages"))) {
            try {
                seeds.add(miner.process(f));
            } catch (Exception e) {
                // a seed page that fails is not material, as in the bench
            }
        }
        SyntheticCorpus corpus = new SyntheticCorpus(seeds, 7);
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) Files.write(dir.resolve(String.format("p%05d.html", i)), corpus.page(i).body());
        System.out.println("wrote " + n + " synthetic pages to " + dir);
    }

    private static void time(String label, List<Fetched> pages, int rounds) {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : IngestService.standardPipeline().stages()) {
            if (s.name().equals("entities")) break;
            stages.add(s);
        }
        Map<String, List<Double>> all = new LinkedHashMap<>();
        int failures = 0;
        for (int round = -2; round < rounds; round++) {
            Map<String, Double> r = new LinkedHashMap<>();
            long t0 = THREADS.getCurrentThreadCpuTime();
            long sink = 0;
            for (Fetched p : pages) sink += Jsoup.parse(new String(p.body(), StandardCharsets.UTF_8), p.url()).childNodeSize();
            r.put("jsoup parse", (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / pages.size());
            List<PolicyDoc> docs = new ArrayList<>();
            for (Fetched p : pages) docs.add(PolicyDoc.of(p));
            for (Stage s : stages) {
                List<PolicyDoc> next = new ArrayList<>(docs.size());
                t0 = THREADS.getCurrentThreadCpuTime();
                for (PolicyDoc d : docs) {
                    try {
                        next.add(s.apply(d));
                    } catch (Exception e) {
                        if (round == 0) failures++;
                    }
                }
                r.put("stage " + s.name(), (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / pages.size());
                docs = next;
            }
            r.put("ratio extract/parse", r.get("stage extract") / r.get("jsoup parse"));
            if (r.containsKey("stage document")) r.put("ratio extract+document/parse", (r.get("stage extract") + r.get("stage document")) / r.get("jsoup parse"));
            if (sink == 42) System.out.print("");
            if (round < 0) continue;
            r.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        System.out.println(label + ": " + pages.size() + " pages, " + failures + " failed; median of " + rounds + " rounds, CPU µs a page:");
        for (var e : all.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String f = e.getKey().startsWith("ratio") ? "  %-30s %8.3f   (min %.3f, max %.3f)%n" : "  %-30s %8.1f   (min %.1f, max %.1f)%n";
            System.out.printf(f, e.getKey(), v[v.length / 2], v[0], v[v.length - 1]);
        }
    }
}
