package org.policyminer.cli;

import org.policyminer.util.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.eval.ConformanceReport;
import org.policyminer.eval.ConformanceSuite;
import org.policyminer.view.EvalViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Pass counts on peer test suites: Recognizers-Text currency/number, JioNLP parse_money, cn2an, OpenCC.")
final class EvalConformanceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--datasets", paramLabel = "DIR", description = "Folder of the shared datasets (default: ../shared/datasets).")
    Path datasets = Path.of("../shared/datasets");
    @Option(names = "--json", description = "Print JSON instead of a table.") boolean json;
    @Option(names = "--failures", description = "Also list failing cases (up to 20 per suite).") boolean failures;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(datasets)) {
            spec.commandLine().getErr().println("policyminer: datasets folder " + datasets + " is absent; nothing to check (use --datasets DIR)");
            return 0;
        }
        List<ConformanceReport> reports = new ConformanceSuite(datasets).runAll();
        if (json) {
            out.println(Json.write(EvalViews.conformance(datasets, reports, failures)));
        } else {
            out.printf("%-34s %8s %8s %8s %8s%n", "suite", "passed", "total", "skipped", "rate");
            for (ConformanceReport r : reports) {
                if (r.absent()) {
                    out.printf("%-34s %s%n", r.name(), "absent: " + r.note());
                    continue;
                }
                out.printf("%-34s %8d %8d %8d %7.1f%%%n", r.name(), r.passed(), r.total(), r.skipped(), 100 * r.rate());
                if (failures) r.failures().stream().limit(20).forEach(f -> out.println("    " + f));
            }
        }
        out.flush();
        return 0;
    }
}
