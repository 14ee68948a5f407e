package org.policyminer.cli;

import org.policyminer.util.Json;
import org.policyminer.ingest.CommitPolicy;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyminer.PolicyMiner;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.PolicyIndex;
import org.policyminer.ingest.IngestReport;
import org.policyminer.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract, convert, find entities and index pages (files, directories, URLs). Re-ingesting updates; unchanged pages are skipped.")
final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Mixin SolrOption solr;

    @Option(names = "--url-prefix", paramLabel = "URL", description = "Site URL that a directory input was saved from.") String urlPrefix;
    @Option(names = "--rebuild", description = "Start the index afresh (e.g. after a schema change).") boolean rebuild;
    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).") int threads;
    @Option(names = "--batch", defaultValue = "" + CommitPolicy.DEFAULT_BATCH, description = "Documents per commit (default: ${DEFAULT-VALUE}).") int batch;
    @Option(names = "--json", description = "Print the summary as JSON.") boolean json;
    @Mixin TimeoutOption timeout;
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories (*.html, *.htm, *.shtml) or URLs.") List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<IngestService.Input> work = IngestService.Input.of(inputs, urlPrefix);
        IngestReport r;
        HttpFetcher fetcher = new HttpFetcher(timeout.apply(org.policyminer.fetch.FetchOptions.builder()).build());
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (solr.isSet()) {
            if (rebuild) throw new UsageException("--rebuild is for the local index; with --solr, 'policyminer solr init' a new collection");
            try (org.policyminer.solr.SolrDocumentStore store = org.policyminer.solr.SolrDocumentStore.open(solr.target())) {
                r = run(store, work, workers, batch, fetcher, spec.commandLine().getErr());
            }
        } else {
            try (PolicyIndex idx = PolicyIndex.open(index.index, rebuild)) {
                r = run(idx, work, workers, batch, fetcher, spec.commandLine().getErr());
            }
        }
        report(out, r, json);
        for (String e : r.errors()) spec.commandLine().getErr().println("policyminer: " + e);
        return r.failed() == 0 ? 0 : 1;
    }

    static IngestReport run(org.policyminer.index.DocumentStore idx, List<IngestService.Input> work, int threads, int batch, PrintWriter err) throws java.io.IOException {
        return run(idx, work, threads, batch, new HttpFetcher(), err);
    }

    static IngestReport run(org.policyminer.index.DocumentStore idx, List<IngestService.Input> work, int threads, int batch, HttpFetcher fetcher, PrintWriter err)
            throws java.io.IOException {
        // files take their attachments from beside them, URLs fetch theirs
        IngestService ing = new IngestService(IngestService.standardPipeline(org.policyminer.attach.AttachmentSource.standard(fetcher)),
                new PageSource(fetcher), idx, threads, CommitPolicy.batchesOf(batch));
        try (Progress progress = Progress.of("ingest", work.size(), err)) {
            return ing.ingest(work, d -> progress.step());
        }
    }

    static void report(PrintWriter out, IngestReport r, boolean json) {
        if (json) {
            out.println(Json.write(r));
        } else {
            out.printf("ingested %d documents in %.1f s: %d added, %d updated, %d unchanged, %d failed%n",
                    r.processed(), r.millis() / 1000.0, r.added(), r.updated(), r.unchanged(), r.failed());
            out.printf("entities: %d cluster mentions, %d city mentions, %d monetary figures%n", r.clusters(), r.cities(), r.amounts());
        }
        out.flush();
    }
}
