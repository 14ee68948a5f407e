package org.policyminer;

import java.nio.file.Path;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.Fetcher;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.ingest.IngestService;
import org.policyminer.stage.Pipeline;
import org.policyminer.stage.StageException;

/**
 * The library entry point: a page in, a clean simplified article with entities out.
 *
 * <pre>{@code
 * PolicyMiner miner = PolicyMiner.create();
 * PolicyDoc doc = miner.process("corpora/pages/seed/jingji-ribao-clusters.html");
 * doc.simplified().title();          // “十四五”先进制造业集群发展蓝图酝酿待出
 * doc.entities().amounts().get(0);   // 4000亿元 → 4.0e11, 2025, 产值, 突破, target
 * }</pre>
 */
public final class PolicyMiner {
    private final Pipeline pipeline;
    private final PageSource source;

    private PolicyMiner(Pipeline pipeline, PageSource source) {
        this.pipeline = pipeline;
        this.source = source;
    }

    /** The standard chain: extract → convert → entities, fetching URLs over HTTP. */
    public static PolicyMiner create() {
        return create(new HttpFetcher());
    }

    public static PolicyMiner create(Fetcher fetcher) {
        return new PolicyMiner(standardPipeline(), new PageSource(fetcher));
    }

    public static Pipeline standardPipeline() {
        return IngestService.standardPipeline();
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public PageSource source() {
        return source;
    }

    /** Processes a file path or an http(s) URL. */
    public PolicyDoc process(String input) throws Exception {
        return process(input, null);
    }

    /** Processes a file (with the URL it was saved from, or null) or an http(s) URL. */
    public PolicyDoc process(String input, String url) throws Exception {
        return pipeline.run(PolicyDoc.of(input, source.load(input, url)));
    }

    public PolicyDoc process(Path file) throws Exception {
        return process(file.toString(), null);
    }

    /** Processes bytes already in hand (a fetched page). */
    public PolicyDoc process(Fetched page) throws StageException {
        return pipeline.run(PolicyDoc.of(page));
    }
}
