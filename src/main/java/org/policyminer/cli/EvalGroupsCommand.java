package org.policyminer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.eval.ExtractCase;
import org.policyminer.eval.ExtractDatasets;
import org.policyminer.eval.GroupsEvaluation;
import org.policyminer.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policyminer eval groups --dataset DIR}: every page of a dataset in its copies (clean, title spam, link farm,
 * inline spam, traditional mirror, GBK; {@code --template} adds a re-templated reprint), ingested together without and
 * with near-duplicate groups; prints groups formed, pages split, groups merging pages and known-item queries.
 */
@Command(name = "groups", mixinStandardHelpOptions = true,
        description = "Near-duplicate groups on a dataset's pages in copies (clean, title spam, link farm, inline spam, "
                + "traditional mirror, GBK): groups formed, pages split, groups merging two pages, known-item queries; before and after.")
final class EvalGroupsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "../shared/datasets/zh-cwced", paramLabel = "DIR",
            description = "Dataset folder (default: ${DEFAULT-VALUE}).") Path dataset;
    @Option(names = "--template", description = "Add a copy re-published in another site's template.") boolean template;
    @Option(names = "--seed", defaultValue = "20261206", description = "Seed of the spam in the copies (default ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--errors", description = "List the pages split, the groups merging pages and the queries missed.") boolean errors;
    @Option(names = "--json", description = "Print one JSON object.") boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dataset)) throw new UsageException("--dataset " + dataset + ": no such folder");
        PrintWriter o = spec.commandLine().getOut();
        List<ExtractCase> cases = ExtractDatasets.load(dataset);
        GroupsEvaluation.Report r = new GroupsEvaluation(seed, template, Runtime.getRuntime().availableProcessors()).run(dataset, cases);
        if (json) {
            o.println(Json.write(r));
        } else {
            o.printf("dataset   %s: %d pages, %d files %s%n", r.dataset(), r.pages(), r.files(), r.variants());
            GroupsEvaluation.Similarity sim = r.similarity();
            o.printf("similarity of a copy to its page: min %.3f, 5th percentile %.3f, median %.3f; two different pages at most %.3f; threshold %.2f%n",
                    sim.copiesMin(), sim.copiesP5(), sim.copiesMedian(), sim.otherPagesMax(), sim.threshold());
            o.printf("%-20s %6s %6s %7s %6s %8s %12s %14s %8s%n", "mode", "docs", "failed", "groups", "split", "merging", "shown once",
                    "copies counted", "ingest s");
            for (GroupsEvaluation.Mode m : r.modes()) {
                o.printf("%-20s %6d %6d %7d %6d %8d %7d/%-4d %9d/%-4d %8.1f%n", m.name(), m.documents(), m.failed(), m.groups(), m.splitPages(),
                        m.mergingGroups(), m.shownOnce(), m.queries(), m.copiesCounted(), m.queries(), m.ingestSeconds());
                if (errors) {
                    for (String s : m.split()) o.println("  split    " + s);
                    for (String s : m.merging()) o.println("  merging  " + s);
                    for (String s : m.missed()) o.println("  missed   " + s);
                }
            }
        }
        o.flush();
        return 0;
    }
}
