package org.policyminer.cli;

import org.policyminer.util.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policyminer.convert.ConvertStage;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.extract.ExtractStage;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.stage.Pipeline;
import org.policyminer.view.DocViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (title, date, source, simplified body) from saved pages or URLs.")
final class ExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object (one input).") boolean json;
    @Option(names = "--jsonl", description = "Print one JSON object per input, in input order.") boolean jsonl;
    @Option(names = "--url", paramLabel = "URL", description = "Original URL of a saved file.") String url;
    @picocli.CommandLine.Mixin TimeoutOption timeout;
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "File paths or http(s) URLs.") List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json && inputs.size() > 1) throw new UsageException("--json takes one input; use --jsonl for several");
        Pipeline pipeline = Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).add(new org.policyminer.document.DocumentStage()).build();
        PageSource source = new PageSource(new HttpFetcher(timeout.apply(org.policyminer.fetch.FetchOptions.builder()).build()));
        int failed = 0;
        for (String input : inputs) {
            try {
                PolicyDoc doc = pipeline.run(PolicyDoc.of(input, source.load(input, inputs.size() == 1 ? url : null)));
                Map<String, Object> view = DocViews.extract(doc);
                if (json || jsonl) out.println(Json.write(view));
                else printText(out, view);
            } catch (Exception e) {
                failed++;
                if (jsonl) {
                    out.println(Json.write(DocViews.failedInput(input, e.getMessage())));
                } else {
                    err.println("policyminer: " + e.getMessage());
                }
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static void printText(PrintWriter out, Map<String, Object> v) {
        out.println(v.get("title"));
        out.println("published: " + v.get("published") + "    source: " + v.get("source") + "    script: " + v.get("script"));
        out.println();
        out.println(v.get("text"));
        out.println();
    }
}
