package org.policyminer.cli;

import org.policyminer.util.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.eval.CleanLinePlacement;
import org.policyminer.eval.ExtractBaseline;
import org.policyminer.eval.ExtractCase;
import org.policyminer.eval.ExtractDatasets;
import org.policyminer.eval.ExtractEvaluator;
import org.policyminer.eval.ExtractSpamInjector;
import org.policyminer.extract.ArticleExtractor;
import org.policyminer.view.EvalViews;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policyminer eval extract --dataset DIR [--json] [--spam-injected] [--baseline]}: body P/R/F1 (AEB shingles,
 * one token per Han character), title and date accuracy, with/without segments, and surviving spam phrases.
 * Registered under the {@code eval} parent command.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Evaluate article extraction on a dataset (zh-cwced, scrapinghub-aeb, trafilatura-eval-zh, "
                + "readability-testpages-zh or a corpus of <name>.html + <name>.gold.json).")
public final class EvalExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "Dataset folder.") Path dataset;
    @Option(names = "--json", description = "Print one JSON object.") boolean json;
    @Option(names = "--pages", description = "Also list every page's scores.") boolean pages;
    @Option(names = "--baseline", description = "Evaluate the skeleton's first extractor instead (the 'before' line).") boolean baseline;
    @Option(names = "--spam-injected", description = "Evaluate on a spam-injected copy of the dataset (spam title, "
            + "spider-pool footer, hidden and visible spam in the body, traditional script, GBK) and count surviving spam.")
    boolean spamInjected;
    @Option(names = "--spam-lines", paramLabel = "FILE", description = "With --spam-injected: put these advert lines "
            + "(one a line, # comments) inside the article body instead of the built-in visible spam.") Path spamLines;
    @Option(names = "--clean-lines", paramLabel = "FILE", description = "Instead of scoring extraction: put each of these "
            + "real lines (JSON Lines with \"text\", or one a line) into two pages of the dataset (a paragraph of its own, "
            + "a line appended to a paragraph) and count the lines the extractor removes, listing them.") Path cleanLines;
    @Option(names = "--seed", defaultValue = "20260518", description = "Seed of the spam injector (default ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--predictions", paramLabel = "FILE", description = "Score a reference output instead of an extractor: "
            + "JSON {id: {articleBody}} (optionally wrapped in {\"output\": …}), as AEB and zh-cwced ship them.") Path predictions;
    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the spam-injected copy (default: a temp folder).") Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) throw new UsageException("--dataset " + dataset + ": no such folder");
        PrintWriter o = spec.commandLine().getOut();
        String layout = ExtractDatasets.layout(dataset);
        List<ExtractCase> cases = ExtractDatasets.load(dataset);
        String name = dataset.toAbsolutePath().normalize().getFileName() + " (" + layout + ")";
        if (cleanLines != null) return cleanLines(o, name, cases);
        if (spamInjected) {
            Path dir = out != null ? out : Files.createTempDirectory("policyminer-spam-");
            List<String> lines = List.of();
            if (spamLines != null) {
                if (!Files.isRegularFile(spamLines)) throw new UsageException("--spam-lines " + spamLines + ": no such file");
                lines = ExtractSpamInjector.readLines(spamLines);
            }
            new ExtractSpamInjector(seed, lines).writeCorpus(cases, dir);
            cases = ExtractDatasets.load(dir);
            name = name + " spam-injected -> " + dir;
        }
        ExtractEvaluator.Extractor extractor;
        if (predictions != null) {
            extractor = predictionsFor(cases, predictions);
        } else if (baseline) {
            ExtractBaseline b = new ExtractBaseline();
            extractor = b::extract;
        } else {
            ArticleExtractor x = new ArticleExtractor();
            extractor = x::extract;
        }
        ExtractEvaluator.Report r = new ExtractEvaluator().run(name, cases, extractor);
        if (json) o.println(Json.write(EvalViews.extract(r)));
        else print(o, r);
        o.flush();
        return 0;
    }

    /** {@code --clean-lines}: how many real lines that look like adverts the extractor removes from real pages. */
    private int cleanLines(PrintWriter o, String name, List<ExtractCase> cases) throws java.io.IOException {
        if (!Files.isRegularFile(cleanLines)) throw new UsageException("--clean-lines " + cleanLines + ": no such file");
        if (spamInjected || predictions != null || baseline) {
            throw new UsageException("--clean-lines runs the extractor on clean pages: not with --spam-injected, --predictions or --baseline");
        }
        CleanLinePlacement.Report r = new CleanLinePlacement(seed).run(CleanLinePlacement.readLines(cleanLines), cases, new ArticleExtractor());
        if (json) {
            o.println(Json.write(r));
        } else {
            o.println("dataset   " + name);
            o.printf(Locale.ROOT, "clean     %d of %d lines removed (%d as a paragraph of its own, %d appended to a paragraph)%n",
                    r.removed(), r.lines(), r.removedOwn(), r.removedAppended());
            for (CleanLinePlacement.LineResult l : r.results()) {
                if (l.removed()) o.println("  REMOVED " + (l.removedOwn() ? "own" : "") + (l.removedOwn() && l.removedAppended() ? "+" : "")
                        + (l.removedAppended() ? "appended" : "") + " " + l.why() + "\t" + l.line());
            }
        }
        o.flush();
        return 0;
    }

    private static ExtractEvaluator.Extractor predictionsFor(List<ExtractCase> cases, Path file) throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode root = Json.MAPPER.readTree(file.toFile());
        if (root.has("output")) root = root.get("output");
        Map<org.policyminer.doc.Fetched, String> byPage = new java.util.IdentityHashMap<>();
        for (ExtractCase c : cases) {
            com.fasterxml.jackson.databind.JsonNode n = root.get(c.id());
            byPage.put(c.page(), n == null ? "" : n.path("articleBody").asText(""));
        }
        return page -> new org.policyminer.doc.Article("", null, null, List.of(byPage.getOrDefault(page, "")), null, List.of());
    }

    private void print(PrintWriter o, ExtractEvaluator.Report r) {
        o.println("dataset   " + r.dataset());
        o.println("pages     " + r.pages() + (r.failures() > 0 ? "  (" + r.failures() + " failed)" : ""));
        if (r.body() != null) {
            o.printf(Locale.ROOT, "body      P %.3f  R %.3f  F1 %.3f  (4-token shingles, one token per Han character)%n",
                    r.body().precision(), r.body().recall(), r.body().f1());
        }
        double[] seg = r.segmentScores();
        if (!Double.isNaN(seg[0])) o.printf(Locale.ROOT, "segments  P %.3f  R %.3f  F1 %.3f  (trafilatura with/without)%n", seg[0], seg[1], seg[2]);
        if (r.titleGold() > 0) o.printf(Locale.ROOT, "title     %.3f  (%d/%d)%n", r.titleAccuracy(), r.titleCorrect(), r.titleGold());
        if (r.dateGold() > 0) o.printf(Locale.ROOT, "date      %.3f  (%d/%d)%n", r.dateAccuracy(), r.dateCorrect(), r.dateGold());
        if (r.spamPhrases() > 0) o.printf(Locale.ROOT, "spam      %d of %d phrases survived in a title or body%n", r.spamSurvived(), r.spamPhrases());
        if (pages) {
            for (ExtractEvaluator.PageResult p : r.results()) {
                o.printf(Locale.ROOT, "  %-50s %s %s %s %s %s%n", p.id(),
                        p.score() == null ? "" : String.format(Locale.ROOT, "P %.3f R %.3f", p.score().precision(), p.score().recall()),
                        p.dateOk() == null ? "" : (p.dateOk() ? "date ok " : "date BAD ") + p.published(),
                        p.titleOk() == null ? "" : (p.titleOk() ? "title ok" : "title BAD"), p.title(),
                        p.error() == null ? (p.survivedSpam().isEmpty() ? "" : "SPAM " + p.survivedSpam()) : "ERROR " + p.error());
            }
        }
    }
}
