package org.policyminer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policyminer.convert.ConvertStage;
import org.policyminer.document.DocumentStage;
import org.policyminer.eval.Accuracy;
import org.policyminer.eval.DocumentsEvaluation;
import org.policyminer.extract.ExtractStage;
import org.policyminer.stage.Pipeline;
import org.policyminer.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Accuracy of the document record (number, issuers, written, published, type, title, index number, topic …) and "
                + "F1 of cited document numbers, on the policy-document dev and frozen test sets and the corpus pages' gold.")
final class EvalDocumentsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** The frozen test blocks: scored as aggregates only, their misses never printed (not even with --errors or --json). */
    static final Set<String> FROZEN = Set.of("test", "test2", "test3", "test4", "test5", "test6");

    /** What a bare `eval documents` scores: the dev set, every frozen block and the corpus pages' gold. */
    static final List<String> DEFAULT_SETS = List.of("dev=corpora/documents/dev", "test=corpora/documents/test",
            "test2=corpora/documents/test2", "test3=corpora/documents/test3", "test4=corpora/documents/test4",
            "test5=corpora/documents/test5", "test6=corpora/documents/test6", "corpus=corpora/documents/corpus");

    @Option(names = "--set", paramLabel = "NAME=DIR", description = "A set to score (repeatable); default: "
            + "dev=corpora/documents/dev, test=corpora/documents/test, test2=corpora/documents/test2, test3=corpora/documents/test3, "
            + "test4=corpora/documents/test4, test5=corpora/documents/test5, test6=corpora/documents/test6, "
            + "corpus=corpora/documents/corpus. The frozen blocks (test, test2, test3, test4, test5, test6) print "
            + "aggregates only.") List<String> sets;
    @Option(names = "--errors", description = "Print every miss (never a frozen block's).") boolean errors;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Option(names = "--by-variant", description = "Score each set's variants apart (crawled, repost, repost-hant): "
            + "issue 19's goals are per variant.") boolean byVariant;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> named = sets == null || sets.isEmpty() ? DEFAULT_SETS : sets;
        Pipeline pipeline = Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).add(new DocumentStage()).build();
        List<DocumentsEvaluation.Report> reports = new ArrayList<>();
        for (String s : named) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new UsageException("--set takes NAME=DIR: " + s);
            Path dir = Path.of(s.substring(eq + 1));
            if (!Files.isDirectory(dir)) throw new UsageException("not a directory: " + dir);
            if (!byVariant) {
                reports.add(DocumentsEvaluation.evaluate(s.substring(0, eq), dir, pipeline));
                continue;
            }
            int had = reports.size();
            for (String v : DocumentsEvaluation.VARIANTS) {
                DocumentsEvaluation.Report r = DocumentsEvaluation.evaluate(s.substring(0, eq) + "/" + v, dir, v, pipeline);
                if (r.pages() > 0 || r.errors() > 0) reports.add(r);
            }
            // a set without variants (the corpus pages' gold) is scored whole
            if (reports.size() == had) reports.add(DocumentsEvaluation.evaluate(s.substring(0, eq), dir, pipeline));
        }
        // a frozen block's misses would tell what to tune on it: they leave this command in no form
        reports = reports.stream().map(r -> FROZEN.contains(blockOf(r.set())) ? withoutMisses(r) : r).toList();
        if (json) {
            out.println(Json.write(reports)); // records as they are, like eval search (view sits below eval)
        } else {
            for (DocumentsEvaluation.Report r : reports) {
                out.printf("%s: %d pages, %d errors%n", r.set(), r.pages(), r.errors());
                for (Map.Entry<String, Accuracy> f : r.fields().entrySet()) {
                    if (f.getValue().total() == 0) continue;
                    out.printf("  %-14s %.3f (%d/%d)%n", f.getKey(), f.getValue().value(), f.getValue().right(), f.getValue().total());
                }
                out.printf("  %-14s P %.3f R %.3f F1 %.3f; relation %.3f (%d/%d)%n", "cited numbers", r.citedNumbers().precision(),
                        r.citedNumbers().recall(), r.citedNumbers().f1(), r.relations().value(), r.relations().right(), r.relations().total());
                if (errors) for (String m : r.misses()) out.println("    " + m);
            }
        }
        out.flush();
        return 0;
    }

    /** The block a report belongs to: "test2/crawled" is test2's. */
    static String blockOf(String set) {
        int slash = set.indexOf('/');
        return slash < 0 ? set : set.substring(0, slash);
    }

    private static DocumentsEvaluation.Report withoutMisses(DocumentsEvaluation.Report r) {
        return new DocumentsEvaluation.Report(r.set(), r.pages(), r.fields(), r.citedNumbers(), r.relations(), r.errors(), List.of());
    }
}
