package org.policyminer.cli;

import org.policyminer.util.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.entities.EntityRecognizer;
import org.policyminer.eval.EntitiesEvaluation;
import org.policyminer.eval.GoldSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of clusters, cities and amounts on a gold set, and attribute accuracy.")
final class EvalEntitiesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSONL (default: corpora/entities/gold.jsonl).")
    Path gold = Path.of("corpora/entities/gold.jsonl");
    @Option(names = "--json", description = "Print JSON instead of a table.") boolean json;
    @Option(names = "--errors", description = "Also list every mismatch.") boolean errors;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) throw new UsageException("gold file not found: " + gold);
        PrintWriter out = spec.commandLine().getOut();
        EntitiesEvaluation.Result r = new EntitiesEvaluation(new EntityRecognizer()).evaluate(GoldSentence.read(gold));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gold", gold.toString());
            m.put("overall", EntitiesEvaluation.toMap(r.overall()));
            m.put("traditional", EntitiesEvaluation.toMap(r.traditional()));
            if (errors) m.put("errors", r.errors());
            out.println(Json.write(m));
        } else {
            out.print(EntitiesEvaluation.table(r));
            if (errors) r.errors().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
