package org.policyminer.watch;

import org.policyminer.ingest.CommitPolicy;
import org.policyminer.ingest.IngestService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.fetch.FakeTime;
import org.policyminer.fetch.FetchOptions;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.index.DocumentStore;
import org.policyminer.stage.Pipeline;

/**
 * Runs the watcher against a fixture site the way the CLI does, but with fake time (no real sleeps), events
 * collected in a list and every run opening the index and state afresh, as separate processes would.
 */
final class WatchHarness {
    /** Built once per JVM: HanLP and OpenCC dictionaries are costly to load. */
    private static final Pipeline PIPELINE = IngestService.standardPipeline();
    private static final ScriptConverter CONV = new ScriptConverter();

    final Path dir;
    final String base;
    final FakeTime time = new FakeTime();
    final List<WatchEvent> events = new ArrayList<>();
    final List<AlertChannel> channels = new ArrayList<>();
    List<String> columns = List.of(MiitFixtureSite.TZ, MiitFixtureSite.ZCJD, MiitFixtureSite.SJDT);
    String userAgent = SiteClient.BROWSER_USER_AGENT;
    /** As the CLI: JavaScript challenges are solved unless a test turns it off (--no-solve-challenge). */
    boolean solveChallenges = true;
    /** A Cookie header sent with every request (--cookie), or null. */
    String cookie;
    /** "url round cookies" of every challenge round solved, over all runs. */
    final List<String> solved = new java.util.concurrent.CopyOnWriteArrayList<>();
    CrashHook crash = CrashHook.NONE;
    /** The sources to watch, made with the run's client; null: MIIT's {@link #columns} on {@link #base}. */
    java.util.function.Function<SiteClient, List<WatchSource>> sources;

    final WatchBackend backend;

    WatchHarness(Path dir, String base) {
        this(dir, base, WatchBackend.LOCAL);
    }

    WatchHarness(Path dir, String base, WatchBackend backend) {
        this.dir = dir;
        this.base = base;
        this.backend = backend;
        time.advance(Duration.between(time.instant(), Instant.parse("2026-05-20T02:00:00Z")));
    }

    Path index() {
        return dir.resolve("index");
    }

    WatchPaths paths() {
        return WatchPaths.forIndex(index());
    }

    SavedSearches alerts() {
        return new SavedSearches(paths().alerts());
    }

    /** One watch run; returns the events it emitted (also appended to {@link #events}). */
    List<WatchEvent> run() throws Exception {
        int from = events.size();
        FetchOptions.Builder options = FetchOptions.builder().userAgent(userAgent).politenessDelay(Duration.ofSeconds(1)).solveChallenges(solveChallenges);
        if (cookie != null) options.header("Cookie", cookie);
        HttpFetcher fetcher = new HttpFetcher(options.build(), time.env())
                .onChallengeSolved((url, round, cookies) -> solved.add(url + " " + round + " " + cookies));
        SiteClient client = new SiteClient(fetcher, base);
        List<WatchSource> srcs = sources != null ? sources.apply(client) : List.of(new MiitSource(client, base, columns, 10));
        try (DocumentStore idx = backend.store(index())) {
            WatchState state = WatchState.load(paths().state());
            IngestService ingest = new IngestService(PIPELINE, null, idx, 1, CommitPolicy.EVERY_DOCUMENT);
            Watcher w = Watcher.builder(srcs, client, ingest, state).alerts(alerts(), CONV::toSimplified)
                    .events(events::add).channels(channels).clock(time).crashHook(crash).build();
            w.runOnce();
        }
        time.advance(Duration.ofMinutes(30));
        return List.copyOf(events.subList(from, events.size()));
    }

    /** A searcher over what the runs stored. */
    org.policyminer.search.Searcher searcher() throws java.io.IOException {
        return backend.searcher(index());
    }

    static long count(List<WatchEvent> events, String kind) {
        return events.stream().filter(e -> e.event().equals(kind)).count();
    }
}
