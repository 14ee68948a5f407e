package org.policyminer.cli;

import org.policyminer.view.RunViews;
import org.policyminer.util.Json;
import org.policyminer.ingest.CommitPolicy;
import org.policyminer.ingest.IngestService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.policyminer.crawl.ArticleSink;
import org.policyminer.crawl.CrawlListener;
import org.policyminer.crawl.CrawlOptions;
import org.policyminer.crawl.CrawlState;
import org.policyminer.crawl.CrawlSummary;
import org.policyminer.crawl.Crawler;
import org.policyminer.crawl.RejectedPageException;
import org.policyminer.fetch.FetchOptions;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.PageSource;
import org.policyminer.index.DocumentStore;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.stage.StageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policyminer crawl}: builds a corpus from a site. Progress goes to stderr (one line per URL), the summary to
 * stdout (a line of text, or one JSON object with {@code --json}). The frontier lives in {@code <index>.crawl/}
 * beside the index, so an interrupted crawl resumes when the same command is run again.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawl a site from seed URLs: follow list pages (and sitemaps), ingest article pages.",
            "Obeys robots.txt and waits --delay between requests to a host. An interrupted crawl resumes where it "
                    + "stopped when run again with the same --index (or --solr and --collection); a finished one starts afresh."})
public final class CrawlCommand implements Callable<Integer> {
    /** Opens the sink that articles go to; closed when the crawl ends (null: extraction into the index, attachments read). */
    @FunctionalInterface
    public interface SinkFactory {
        Sink open(Path index) throws Exception;
    }

    /** An article sink that holds resources (an index writer) until the crawl ends. */
    public interface Sink extends ArticleSink, AutoCloseable {}

    @Spec CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index",
            description = "Index directory (default: ${DEFAULT-VALUE}); the crawl state is kept in DIR.crawl beside it. "
                    + "With --solr the articles go to the collection and the state stays local: in DIR.crawl when --index is given, else data/<collection>.crawl.")
    Path index;
    @picocli.CommandLine.Mixin SolrOption solr;
    @Option(names = "--include", paramLabel = "REGEX", description = "Follow only discovered URLs this matches (anywhere in the URL).")
    String include;
    @Option(names = "--exclude", paramLabel = "REGEX", description = "Do not follow discovered URLs this matches.")
    String exclude;
    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "" + CrawlOptions.DEFAULT_MAX_PAGES,
            description = "Stop after fetching N pages, resumed runs included (default: ${DEFAULT-VALUE}).")
    int maxPages;
    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "" + CrawlOptions.DEFAULT_MAX_DEPTH,
            description = "Follow links at most N steps from a seed (default: ${DEFAULT-VALUE}).")
    int maxDepth;
    @Option(names = "--same-host", description = "Follow links only to the seeds' hosts.")
    boolean sameHost;
    @Option(names = "--sitemaps", description = "Also read sitemaps (robots.txt Sitemap: lines, else /sitemap.xml).")
    boolean sitemaps;
    @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "Least time between two requests to one host, e.g. 1s, 500ms (default: ${DEFAULT-VALUE}); "
                    + "a longer robots.txt Crawl-delay wins.")
    Duration delay;
    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries after 429, 5xx or a timeout, with exponential backoff (default: ${DEFAULT-VALUE}).")
    int retries;
    @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent header (default: " + FetchOptions.DEFAULT_USER_AGENT + ").")
    String userAgent;
    @Option(names = "--restart", description = "Discard the state of an unfinished crawl instead of resuming it.")
    boolean restart;
    @picocli.CommandLine.Mixin TimeoutOption timeout;
    @picocli.CommandLine.Mixin RequestHeaderOptions requestHeaders;
    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;
    @Option(names = "--no-solve-challenge", description = "Do not run a site's JavaScript cookie challenge (a 521 script page): "
            + "report the page as failed instead (paste a browser's cookie with --cookie).")
    boolean noSolveChallenge;
    @Parameters(arity = "1..*", paramLabel = "SEED_URL", description = "http(s) URLs to start from; their hosts are trusted.")
    List<String> seeds;

    private final SinkFactory sinkFactory;

    /** The command as the CLI registers it: articles go through extraction. */
    public CrawlCommand() {
        this(null);
    }

    public CrawlCommand(SinkFactory sinkFactory) {
        this.sinkFactory = sinkFactory;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CrawlOptions options = options();
        FetchOptions.Builder fb = requestHeaders.apply(timeout.apply(FetchOptions.builder())).politenessDelay(delay).maxRetries(retries);
        if (userAgent != null) fb.userAgent(userAgent);
        HttpFetcher http = new HttpFetcher(fb.solveChallenges(!noSolveChallenge).build())
                .onChallengeSolved((url, round, cookies) -> err.println(ChallengeNote.solved(url, round, cookies)));
        Path stateDir = CrawlState.dirFor(Backends.stateBase(spec, index, solr));
        CrawlSummary summary;
        try (CrawlState state = CrawlState.open(stateDir, restart);
             Sink sink = sinkFactory != null ? sinkFactory.open(index) : extractingSink(Backends.store(index, solr), http)) {
            if (state.resumed()) err.println("resuming the crawl in " + stateDir + " (" + state.pending() + " URLs waiting)");
            Crawler crawler = new Crawler(http, http::declaredSitemaps, sink, state, progress(err, options.maxPages()), Clock.systemUTC());
            summary = crawler.run(options);
        }
        if (json) out.println(Json.write(RunViews.crawl(summary)));
        else out.println(summary.describe());
        out.flush();
        boolean nothingWorked = summary.fetched() == 0 && summary.failed() + summary.deferred() + summary.skipped() > 0;
        return nothingWorked ? 1 : 0;
    }

    private CrawlOptions options() {
        if (maxPages <= 0) throw new UsageException("--max-pages must be positive");
        if (maxDepth < 0) throw new UsageException("--max-depth must not be negative");
        if (retries < 0) throw new UsageException("--retries must not be negative");
        for (String s : seeds) {
            if (!PageSource.isUrl(s)) throw new UsageException("not an http(s) URL: " + s);
        }
        CrawlOptions o = CrawlOptions.of(seeds).withMaxPages(maxPages).withMaxDepth(maxDepth).withSameHost(sameHost)
                .withSitemaps(sitemaps);
        try {
            if (include != null) o = o.withInclude(Pattern.compile(include).pattern());
            if (exclude != null) o = o.withExclude(Pattern.compile(exclude).pattern());
        } catch (PatternSyntaxException e) {
            throw new UsageException("bad regular expression: " + e.getDescription() + " in " + e.getPattern());
        }
        return o;
    }

    private static CrawlListener progress(PrintWriter err, int maxPages) {
        return (url, outcome, detail, fetched, pending) -> {
            err.printf("[%d/%d, %d waiting] %-8s %s%s%n", fetched, maxPages, pending, outcome, url,
                    detail == null ? "" : " (" + detail + ")");
            err.flush();
        };
    }

    /**
     * Articles go through the standard pipeline into the store (the local index, or the SolrCloud collection). Each
     * one is committed before the crawl journal marks it done, so a crash can repeat the last page's indexing (an
     * update, not a duplicate) but never lose it. A page the pipeline cannot handle is rejected alone.
     */
    private static Sink extractingSink(DocumentStore idx, HttpFetcher http) {
        // attachments go through the crawl's own fetcher: its robots cache and per-host delay cover them too
        IngestService ingest = new IngestService(IngestService.standardPipeline(org.policyminer.attach.AttachmentSource.standard(http)),
                null, idx, 1, CommitPolicy.EVERY_DOCUMENT);
        return new Sink() {
            @Override
            public void accept(PolicyDoc doc) throws Exception {
                PolicyDoc done;
                try {
                    done = ingest.process(doc);
                } catch (StageException e) {
                    throw new RejectedPageException(doc.url(), e.getMessage(), e);
                }
                ingest.store(done);
            }

            @Override
            public void close() throws java.io.IOException {
                idx.close();
            }
        };
    }
}
