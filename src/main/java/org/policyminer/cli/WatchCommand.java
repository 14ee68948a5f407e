package org.policyminer.cli;

import org.policyminer.util.Json;
import org.policyminer.ingest.CommitPolicy;
import org.policyminer.ingest.IngestService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.policyminer.util.Durations;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.fetch.FetchOptions;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.Sleeper;
import org.policyminer.watch.AlertChannel;
import org.policyminer.watch.AtomFeedWriter;
import org.policyminer.watch.RunReport;
import org.policyminer.watch.SavedSearches;
import org.policyminer.watch.ProfileSource;
import org.policyminer.watch.SiteClient;
import org.policyminer.watch.SiteProfile;
import org.policyminer.watch.SiteProfiles;
import org.policyminer.watch.Sources;
import org.policyminer.watch.WatchEvent;
import org.policyminer.watch.WatchLoop;
import org.policyminer.watch.WatchPaths;
import org.policyminer.watch.WatchSource;
import org.policyminer.watch.WatchState;
import org.policyminer.watch.Watcher;
import org.policyminer.watch.WebhookDelivery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll MIIT columns (or the State Council feed, an RSS/Atom feed, or the sites of --profile files), ingest new and edited articles, print one event per line and fire saved-search alerts.",
                "State lives next to the index in <index>.watch/ (with --solr: the articles go to the collection, the state "
                        + "stays local, in <index>.watch/ when --index is given, else data/<collection>.watch/); Ctrl-C stops after the current article."})
final class WatchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;
    @Mixin SolrOption solr;

    @Option(names = "--source", defaultValue = "miit", description = "miit, govcn or rss (default: ${DEFAULT-VALUE}).") String source;
    @Option(names = "--base-url", paramLabel = "URL", description = "Another host with the source's paths (a mirror or a local fixture).") String baseUrl;
    @Option(names = "--feed-url", paramLabel = "URL", description = "The feed to watch, for --source rss.") String feedUrl;
    @Option(names = "--columns", split = ",", paramLabel = "PATH", description = "MIIT column paths (default: 通知, 公告, 意见, 政策解读, 司局动态, 时政要闻).") List<String> columns;
    @Option(names = "--once", description = "One run, then exit (status 1 if it reported errors).") boolean once;
    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class, description = "Interval between runs, jittered ±10%% (default: ${DEFAULT-VALUE}).") Duration every;
    @Option(names = "--json", description = "Print events as JSON lines (otherwise a readable line each).") boolean json;
    @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class, description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).") Duration delay;
    @Option(names = "--atom", paramLabel = "FILE", description = "Also write alerts to this Atom feed file.") java.nio.file.Path atom;
    @Option(names = "--webhook", paramLabel = "URL", description = "Also POST each alert as JSON to this URL.") String webhook;
    @picocli.CommandLine.Mixin RequestHeaderOptions requestHeaders;
    @Option(names = "--no-solve-challenge", description = "Do not run a site's JavaScript cookie challenge (MIIT's 521 script page) "
            + "to get its clearance cookie; without --cookie such a site then gives one error per poll.") boolean noSolveChallenge;
    @Option(names = "--profile", paramLabel = "FILE|NAME", description = "Watch the sites of this profile file (one site, or several in an array) "
            + "or a shipped profile by name (repeatable; replaces --source). Shipped: miit-columns, miit-zcwjk, govcn-zhengceku, ndrc-zcfb, "
            + "guangdong-gdii, jiangsu-gxt, zhejiang-jxt, shandong-gxt, hubei-jxt. With --base-url the profile's lists are read from that host.") List<String> profiles;
    @Option(names = "--max-pages", defaultValue = "10", description = "List pages read per column and run at most (default: ${DEFAULT-VALUE}).") int maxPages;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Duration interval = every;
        Duration politeness = delay;
        if (interval.compareTo(Duration.ofMinutes(1)) < 0 && !once) throw new UsageException("--every must be at least 1m: poll no faster than the site changes");
        if (baseUrl != null && !baseUrl.matches("(?i)https?://.+")) throw new UsageException("--base-url must be an http(s) URL");

        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch stopSignal = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Sleeper sleeper = d -> stopSignal.await(d.toMillis(), TimeUnit.MILLISECONDS);

        FetchOptions.Builder fetchOptions = FetchOptions.builder().userAgent(SiteClient.BROWSER_USER_AGENT).politenessDelay(politeness)
                .header("Accept-Language", "zh-CN,zh;q=0.9");
        requestHeaders.apply(fetchOptions);
        Consumer<String> progress = Progress.lines(spec.commandLine().getErr(), "watch");
        HttpFetcher fetcher = new HttpFetcher(fetchOptions.solveChallenges(!noSolveChallenge).build())
                .onChallengeSolved((url, round, cookies) -> progress.accept(ChallengeNote.solved(url, round, cookies)));
        List<WatchSource> sources = new ArrayList<>();
        SiteClient client;
        try {
            if (profiles != null && !profiles.isEmpty()) {
                List<SiteProfile> sites = new ArrayList<>();
                for (String p : profiles) {
                    for (SiteProfile s : SiteProfiles.load(p)) sites.add(baseUrl == null ? s : s.rebased(baseUrl));
                }
                List<String> hosts = new ArrayList<>();
                for (SiteProfile s : sites) hosts.addAll(s.hostUrls());
                client = new SiteClient(fetcher, hosts.toArray(String[]::new));
                java.util.Set<String> names = new java.util.HashSet<>();
                for (SiteProfile s : sites) {
                    if (!names.add(s.name())) throw new UsageException("--profile: two sites are named '" + s.name() + "'");
                    sources.add(new ProfileSource(client, s, maxPages));
                }
            } else {
                client = new SiteClient(fetcher, Sources.namedUrl(source, baseUrl, feedUrl));
                sources.add(Sources.create(source, client, baseUrl, feedUrl, columns, maxPages));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        WatchPaths paths = WatchPaths.forIndex(Backends.stateBase(spec, index.index, solr));
        List<AlertChannel> channels = new ArrayList<>();
        if (atom != null) channels.add(new AtomFeedWriter(atom, 200, Clock.systemUTC()));
        if (webhook != null) channels.add(new WebhookDelivery(webhook, sleeper, 5, Duration.ofSeconds(2)));
        ScriptConverter conv = new ScriptConverter();

        Thread hook = new Thread(() -> {
            // Ctrl-C: finish the article in hand (its steps are crash-safe anyway), then let the JVM go.
            stop.set(true);
            stopSignal.countDown();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        AtomicReference<RunReport> last = new AtomicReference<>();
        try (org.policyminer.index.DocumentStore idx = Backends.store(index.index, solr)) {
            WatchState state = WatchState.load(paths.state());
            // attachments through the watch's fetcher: same robots, delay and size rules as the pages
            IngestService ingest = new IngestService(IngestService.standardPipeline(org.policyminer.attach.AttachmentSource.standard(fetcher)),
                    null, idx, 1, CommitPolicy.EVERY_DOCUMENT);
            Watcher watcher = Watcher.builder(sources, client, ingest, state)
                    .alerts(new SavedSearches(paths.alerts()), conv::toSimplified).events(e -> print(out, e)).channels(channels)
                    .stopWhen(stop::get).build();
            WatchLoop loop = new WatchLoop(() -> {
                RunReport r = watcher.runOnce();
                last.set(r);
                // a poll that finds nothing prints no event: say that it ran, so a log shows the watch alive
                progress.accept(String.format("poll done: %d new, %d updated, %d errors%s", r.added(), r.updated(), r.errors(),
                        once ? "" : "; next in about " + Durations.format(interval)));
                return r;
            }, interval, 0.1, sleeper, new Random(), stop::get);
            loop.run(once ? 1 : 0);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already running: it returns as soon as 'finished' is counted down
            }
        }
        out.flush();
        return once && last.get() != null && last.get().errors() > 0 ? 1 : 0;
    }

    /** "  changed: +1 paragraph, -0, title, date" for an updated event, else nothing. */
    private static String changed(org.policyminer.watch.WatchChanges c) {
        if (c == null) return "";
        StringBuilder sb = new StringBuilder("  changed: +").append(c.paragraphsAdded().size()).append("/-")
                .append(c.paragraphsRemoved().size()).append(" paragraphs");
        if (c.titleBefore() != null) sb.append(", title");
        if (c.publishedBefore() != null) sb.append(", date");
        return sb.toString();
    }

    private void print(PrintWriter out, WatchEvent e) {
        if (json) {
            out.println(Json.write(e));
        } else if (WatchEvent.ERROR.equals(e.event())) {
            out.printf("error    %s  %s%n", e.url() == null ? e.source() : e.url(), e.error());
        } else {
            out.printf("%-8s %s  %s  %s%s%s%n", e.event(), e.published() == null ? "          " : e.published(), e.title(), e.url(),
                    e.alerts().isEmpty() ? "" : "  alerts: " + String.join(",", e.alerts()), changed(e.changes()));
        }
        out.flush();
    }
}
