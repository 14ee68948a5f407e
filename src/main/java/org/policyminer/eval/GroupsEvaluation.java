package org.policyminer.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.Article;
import org.policyminer.extract.ArticleExtractor;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.CopySignature;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.CommitPolicy;
import org.policyminer.ingest.IngestReport;
import org.policyminer.ingest.IngestService;
import org.policyminer.search.CopyGroup;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.SearchResult;
import org.policyminer.util.Directories;

/**
 * How well near-duplicate groups hold on real pages: every page of a dataset in its {@link CopyVariants}, all ingested
 * together into a fresh index, once without groups (the "before") and once with them. Counts the groups formed, the
 * pages whose copies ended in more than one group, the groups that hold copies of two pages, and a known-item query per
 * page (a phrase from its clean body) that should show the page once, with all its ingested copies counted.
 */
public final class GroupsEvaluation {
    /** One mode's numbers; the id lists name the pages (split) and groups (merging) that went wrong. */
    public record Mode(String name, int documents, int failed, int groups, int splitPages, int mergingGroups, int queries,
                       int shownOnce, int copiesCounted, double ingestSeconds, List<String> split, List<String> merging,
                       List<String> missed) {}

    public record Report(String dataset, int pages, int files, Map<String, Integer> variants, Similarity similarity, List<Mode> modes) {}

    /**
     * Estimated Jaccard of the signatures (what the threshold is applied to): of each copy against its page's clean
     * copy (lowest, 5th percentile, median) and of the most alike two different pages, with the threshold between.
     */
    public record Similarity(double copiesMin, double copiesP5, double copiesMedian, double otherPagesMax, double threshold) {}

    private final long seed;
    private final boolean template;
    private final int threads;

    public GroupsEvaluation(long seed, boolean template, int threads) {
        this.seed = seed;
        this.template = template;
        this.threads = threads;
    }

    /** A page's copies as written to disk, and the phrase that finds it. */
    private record Page(String id, List<IngestService.Input> inputs, String phrase) {}

    public Report run(Path dataset, List<ExtractCase> cases) throws IOException {
        Path work = Files.createTempDirectory("policyminer-eval-groups");
        try {
            List<Page> pages = write(cases, work.resolve("pages"));
            Map<String, Integer> variants = new LinkedHashMap<>();
            int files = 0;
            for (Page p : pages) {
                files += p.inputs().size();
                for (IngestService.Input in : p.inputs()) variants.merge(kind(in.input()), 1, Integer::sum);
            }
            Similarity similarity = similarity();
            List<Mode> modes = List.of(mode("before (no groups)", false, pages, work.resolve("index-before")),
                    mode("after (groups)", true, pages, work.resolve("index-after")));
            return new Report(dataset.toString(), pages.size(), files, variants, similarity, modes);
        } finally {
            Directories.deleteTree(work);
        }
    }

    private static String kind(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.substring(name.indexOf('.') + 1, name.lastIndexOf('.'));
    }

    private List<Page> write(List<ExtractCase> cases, Path dir) throws IOException {
        Files.createDirectories(dir);
        ArticleExtractor extractor = new ArticleExtractor();
        ScriptConverter converter = new ScriptConverter();
        Random random = new Random(seed);
        List<Page> out = new ArrayList<>();
        int n = 0;
        for (ExtractCase c : cases) {
            Article clean;
            try {
                clean = extractor.extract(c.page());
            } catch (Exception e) {
                continue; // a page the extractor refuses has no copies to group
            }
            String phrase = phrase(converter.toSimplified(clean.text()));
            if (phrase == null) continue;
            CopySignature original = CopySignature.of(converter.toSimplified(clean.text()));
            List<IngestService.Input> inputs = new ArrayList<>();
            String prefix = String.format("%03d", n++);
            for (CopyVariants.Variant v : CopyVariants.of(c, clean, new Random(random.nextLong()), template)) {
                Path f = dir.resolve(prefix + "." + v.kind() + ".html");
                Files.write(f, v.bytes());
                inputs.add(new IngestService.Input(f.toString(), v.url()));
                if (!v.kind().equals("clean")) copySimilarities.add(similarity(original, extractor, converter, v));
            }
            cleanSignatures.add(original);
            out.add(new Page(c.id(), inputs, phrase));
        }
        return out;
    }

    private final List<Double> copySimilarities = new ArrayList<>();
    private final List<CopySignature> cleanSignatures = new ArrayList<>();

    private static double similarity(CopySignature original, ArticleExtractor extractor, ScriptConverter converter, CopyVariants.Variant v) {
        try {
            Article a = extractor.extract(new org.policyminer.doc.Fetched(v.url(), v.bytes(), Map.of()));
            CopySignature s = CopySignature.of(converter.toSimplified(a.text()));
            return s == null || original == null ? 0 : original.similarity(s);
        } catch (Exception e) {
            return 0;
        }
    }

    /** The similarity summary; the pages against each other pairwise, which only an evaluation of 69 pages can afford. */
    private Similarity similarity() {
        List<Double> sorted = new ArrayList<>(copySimilarities);
        sorted.sort(null);
        double otherMax = 0;
        for (int i = 0; i < cleanSignatures.size(); i++) {
            for (int j = i + 1; j < cleanSignatures.size(); j++) {
                CopySignature a = cleanSignatures.get(i), b = cleanSignatures.get(j);
                if (a != null && b != null) otherMax = Math.max(otherMax, a.similarity(b));
            }
        }
        return new Similarity(sorted.isEmpty() ? 0 : sorted.get(0), sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 20),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2), otherMax, CopySignature.COPY_THRESHOLD);
    }

    /**
     * A known-item phrase: ten Han characters from the middle of the longest run of Han characters in the body, long
     * enough to name one page, short enough to be one sentence's.
     */
    static String phrase(String body) {
        String best = "";
        for (String run : body.split("[^\\p{IsHan}]+")) if (run.length() > best.length()) best = run;
        if (best.length() < 8) return null;
        int len = Math.min(10, best.length());
        int from = (best.length() - len) / 2;
        return best.substring(from, from + len);
    }

    private Mode mode(String name, boolean groups, List<Page> pages, Path index) throws IOException {
        List<IngestService.Input> inputs = new ArrayList<>();
        for (Page p : pages) inputs.addAll(p.inputs());
        IngestReport r;
        try (PolicyIndex idx = PolicyIndex.open(index, true, groups)) {
            IngestService ingest = new IngestService(IngestService.standardPipeline(), new PageSource(new HttpFetcher()), idx, threads,
                    CommitPolicy.bulk());
            r = ingest.ingest(inputs, null);
            idx.commit();
        }
        Map<String, String> pageOfUrl = new HashMap<>();
        for (Page p : pages) for (IngestService.Input in : p.inputs()) pageOfUrl.put(in.url(), p.id());
        try (PolicySearcher s = PolicySearcher.open(index)) {
            // every document's group, read through the article view's group lookup
            Map<String, String> groupOfUrl = new HashMap<>();
            Map<String, Integer> docsOfPage = new HashMap<>();
            for (int offset = 0; ; offset += SearchRequest.MAX_LIMIT) {
                SearchResult all = s.search(SearchRequest.of("").withAllCopies(true).withoutFacets().page(SearchRequest.MAX_LIMIT, offset));
                for (SearchResult.Hit h : all.hits()) {
                    String g = s.copyGroup(h.id()).map(CopyGroup::id).orElse("doc:" + h.id());
                    groupOfUrl.put(h.url(), g);
                    docsOfPage.merge(pageOfUrl.getOrDefault(h.url(), h.url()), 1, Integer::sum);
                }
                if (all.hits().size() < SearchRequest.MAX_LIMIT || offset + SearchRequest.MAX_LIMIT > SearchRequest.MAX_OFFSET) break;
            }
            Map<String, Set<String>> groupsOfPage = new HashMap<>();
            Map<String, Set<String>> pagesOfGroup = new HashMap<>();
            groupOfUrl.forEach((url, g) -> {
                String page = pageOfUrl.getOrDefault(url, url);
                groupsOfPage.computeIfAbsent(page, k -> new HashSet<>()).add(g);
                pagesOfGroup.computeIfAbsent(g, k -> new HashSet<>()).add(page);
            });
            List<String> split = new ArrayList<>();
            groupsOfPage.forEach((page, gs) -> {
                if (gs.size() > 1) split.add(page + " (" + gs.size() + " groups)");
            });
            List<String> merging = new ArrayList<>();
            pagesOfGroup.forEach((g, ps) -> {
                if (ps.size() > 1) merging.add(g + " " + ps);
            });
            int shownOnce = 0, copiesCounted = 0;
            List<String> missed = new ArrayList<>();
            for (Page p : pages) {
                SearchResult res = s.search(SearchRequest.of("\"" + p.phrase() + "\"").withoutFacets().page(10, 0));
                List<SearchResult.Hit> mine = res.hits().stream().filter(h -> p.id().equals(pageOfUrl.get(h.url()))).toList();
                int expected = docsOfPage.getOrDefault(p.id(), 0);
                if (mine.size() == 1) {
                    shownOnce++;
                    SearchResult.Copies c = res.copiesOf(mine.get(0));
                    if ((c == null ? 1 : c.count()) == expected) copiesCounted++;
                    else missed.add(p.id() + " copies " + (c == null ? 1 : c.count()) + "/" + expected);
                } else {
                    missed.add(p.id() + " shown " + mine.size() + " times");
                }
            }
            split.sort(null);
            merging.sort(null);
            return new Mode(name, groupOfUrl.size(), r.failed(), pagesOfGroup.size(), split.size(), merging.size(), pages.size(), shownOnce,
                    copiesCounted, r.millis() / 1000.0, split, merging, missed);
        }
    }
}
