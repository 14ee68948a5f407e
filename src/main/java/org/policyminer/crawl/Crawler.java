package org.policyminer.crawl;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.BlockedAddressException;
import org.policyminer.fetch.FetchException;
import org.policyminer.fetch.FetchRequest;
import org.policyminer.fetch.FetchResult;
import org.policyminer.fetch.Fetcher;
import org.policyminer.fetch.Hosts;
import org.policyminer.fetch.RobotsDeniedException;
import org.policyminer.fetch.RobotsUnavailableException;
import org.policyminer.util.Validate;

/**
 * Builds a corpus from a site: breadth-first from the seeds (and sitemaps), list pages followed, article pages
 * handed to an {@link ArticleSink}, everything recorded in a {@link CrawlState} so an interrupted crawl resumes
 * where it stopped without fetching a page twice. Politeness (robots.txt, per-host delay) is the fetcher's job.
 *
 * <pre>{@code
 * HttpFetcher http = new HttpFetcher();
 * try (CrawlState state = CrawlState.open(CrawlState.dirFor(Path.of("data/index")))) {
 *     CrawlSummary s = new Crawler(http, http::declaredSitemaps, doc -> index(doc), state, CrawlListener.none(),
 *             Clock.systemUTC()).run(CrawlOptions.of(List.of("https://www.miit.gov.cn/xwfb/gxdt/")));
 * }
 * }</pre>
 */
public final class Crawler {
    private final Fetcher fetcher;
    private final SitemapHints hints;
    private final ArticleSink sink;
    private final CrawlState state;
    private final CrawlListener listener;
    private final Clock clock;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final PageClassifier classifier = new PageClassifier();
    private final LinkExtractor links = new LinkExtractor(normalizer);
    private final SitemapReader sitemapReader = new SitemapReader();

    public Crawler(Fetcher fetcher, SitemapHints hints, ArticleSink sink, CrawlState state, CrawlListener listener, Clock clock) {
        this.fetcher = Validate.notNull(fetcher, "fetcher");
        this.hints = Validate.notNull(hints, "hints");
        this.sink = Validate.notNull(sink, "sink");
        this.state = Validate.notNull(state, "state");
        this.listener = Validate.notNull(listener, "listener");
        this.clock = Validate.notNull(clock, "clock");
    }

    /**
     * Crawls until the frontier is empty or {@link CrawlOptions#maxPages()} pages were fetched.
     *
     * @throws Exception what the sink threw (other than {@link RejectedPageException}); the crawl stops there and
     *                   resumes from that page next time
     */
    public CrawlSummary run(CrawlOptions options) throws Exception {
        Run run = new Run(options);
        run.start();
        while (state.pagesFetched() < options.maxPages()) {
            Optional<CrawlEntry> next = state.next();
            if (next.isEmpty()) break;
            run.visit(next.get());
        }
        boolean limitReached = state.pagesFetched() >= options.maxPages();
        if (run.deferred == 0 || limitReached) state.finish();
        return new CrawlSummary(run.fetched, run.articles, run.lists, run.other, run.skipped, run.failed, run.deferred,
                run.sitemaps, state.resumed(), state.pending(), Duration.between(run.started, clock.instant()));
    }

    /** The counters and rules of one run. */
    private final class Run {
        final CrawlOptions options;
        final Instant started = clock.instant();
        final Set<String> trusted = new LinkedHashSet<>();
        final CrawlScope scope;
        int fetched, articles, lists, other, skipped, failed, deferred, sitemaps, sitemapsQueued;

        Run(CrawlOptions options) throws IOException {
            this.options = options;
            for (String s : options.seeds()) {
                String key = Hosts.keyOrNull(normalizer.normalize(s).orElseThrow(
                        () -> new IllegalArgumentException("not an http(s) URL: " + s)));
                trusted.add(key);
            }
            scope = new CrawlScope(options, trusted);
        }

        void start() throws IOException {
            Set<String> origins = new LinkedHashSet<>();
            for (String s : options.seeds()) {
                String url = normalizer.normalize(s).orElseThrow();
                state.enqueue(CrawlEntry.seed(url));
                origins.add(url.substring(0, url.indexOf('/', url.indexOf("://") + 3)));
            }
            if (options.sitemaps()) {
                for (String origin : origins) {
                    List<String> declared;
                    try {
                        declared = hints.sitemapsOf(origin + "/");
                    } catch (FetchException e) {
                        declared = List.of();
                    }
                    if (declared.isEmpty()) declared = List.of(origin + "/sitemap.xml");
                    for (String sm : declared) enqueueSitemap(sm, 0);
                }
            }
            state.sync();
        }

        void visit(CrawlEntry e) throws Exception {
            Fetched page = state.spooled(e.url()).orElse(null);
            if (page == null) {
                page = fetch(e);
                if (page == null) return;
                state.fetched(e.url(), page);
                if (!e.sitemap()) fetched++;
            }
            String finalUrl = normalizer.normalize(page.url()).orElse(e.url());
            if (!finalUrl.equals(e.url())) state.done(finalUrl, "alias");
            if (e.sitemap()) readSitemap(e, page);
            else readPage(e, page, finalUrl);
        }

        /** The page, or null when the fetch failed (already recorded). */
        private Fetched fetch(CrawlEntry e) throws IOException {
            FetchRequest req = FetchRequest.discovered(e.url(), trusted).withReferer(e.referer());
            try {
                FetchResult r = fetcher.fetch(req);
                if (r instanceof FetchResult.Page p) return p.page();
                finish(e, "other", "not modified");
                return null;
            } catch (RobotsUnavailableException ex) {
                // "Not now": the URL stays in the frontier for a later run.
                deferred++;
                listener.visited(e.url(), "deferred", ex.getMessage(), state.pagesFetched(), state.pending());
                return null;
            } catch (RobotsDeniedException | BlockedAddressException ex) {
                skipped++;
                finish(e, "skipped", ex.getMessage());
                return null;
            } catch (FetchException ex) {
                if (e.sitemap()) finish(e, "sitemap", ex.getMessage());
                else {
                    failed++;
                    finish(e, "failed", ex.getMessage());
                }
                return null;
            }
        }

        private void readSitemap(CrawlEntry e, Fetched page) throws IOException {
            sitemaps++;
            String detail = null;
            try {
                SitemapReader.Listing l = sitemapReader.read(page);
                for (String u : l.pages()) enqueuePage(u, e.depth() + 1, null);
                for (String sm : l.sitemaps()) enqueueSitemap(sm, e.depth());
            } catch (IOException | RuntimeException ex) {
                detail = "unreadable sitemap: " + ex.getMessage();
            }
            finish(e, "sitemap", detail);
        }

        private void readPage(CrawlEntry e, Fetched page, String finalUrl) throws Exception {
            if (!HtmlPage.isHtml(page)) {
                other++;
                finish(e, "other", page.header("Content-Type").orElse("no content type"));
                return;
            }
            PageKind kind;
            try {
                kind = followLinks(e, HtmlPage.parse(page), finalUrl);
            } catch (RuntimeException ex) {
                // A page Jsoup cannot make sense of fails alone; the crawl goes on.
                failed++;
                finish(e, "failed", "unreadable page: " + ex);
                return;
            }
            if (kind == PageKind.ARTICLE) {
                try {
                    sink.accept(PolicyDoc.of(page));
                } catch (RejectedPageException ex) {
                    failed++;
                    finish(e, "failed", ex.getMessage());
                    return;
                }
                articles++;
                finish(e, "article", null);
            } else {
                lists++;
                finish(e, "list", null);
            }
        }

        /** Queues the page's links (unless its robots meta says nofollow) and says what kind of page it is. */
        private PageKind followLinks(CrawlEntry e, Document doc, String finalUrl) throws IOException {
            PageKind kind = classifier.classify(finalUrl, doc);
            // A page's own robots meta is part of robots politeness: nofollow stops link-following, noindex
            // keeps it out of the corpus.
            String meta = LinkExtractor.metaRobots(doc);
            if (meta.contains("noindex") || meta.contains("none")) kind = PageKind.LIST;
            boolean follow = !meta.contains("nofollow") && !meta.contains("none");
            if (follow && e.depth() < options.maxDepth()) {
                for (String link : links.links(doc, finalUrl)) enqueuePage(link, e.depth() + 1, finalUrl);
            }
            return kind;
        }

        private void enqueuePage(String raw, int depth, String referer) throws IOException {
            Optional<String> url = normalizer.normalize(raw);
            if (url.isEmpty() || state.seen(url.get())) return;
            if (scope.rejects(url.get(), depth) != null) return;
            state.enqueue(new CrawlEntry(url.get(), false, depth, referer));
        }

        private void enqueueSitemap(String raw, int depth) throws IOException {
            Optional<String> url = normalizer.normalize(raw);
            if (url.isEmpty() || state.seen(url.get()) || sitemapsQueued >= options.maxSitemaps()) return;
            sitemapsQueued++;
            state.enqueue(new CrawlEntry(url.get(), true, depth, null));
        }

        private void finish(CrawlEntry e, String outcome, String detail) throws IOException {
            state.done(e.url(), outcome);
            listener.visited(e.url(), outcome, detail, state.pagesFetched(), state.pending());
        }
    }
}
