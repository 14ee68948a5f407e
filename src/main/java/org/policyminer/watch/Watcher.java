package org.policyminer.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.ChallengeException;
import org.policyminer.fetch.FetchException;
import org.policyminer.fetch.FetchResult;
import org.policyminer.ingest.IngestService;
import org.policyminer.stage.StageException;

/**
 * One watch run: replay events a crash left undelivered, list each source, fetch what is new (and re-check recent
 * articles with a conditional GET), process, index, record, deliver.
 *
 * <p>The order makes a crash at any point lose nothing and repeat nothing: (1) the article is indexed and committed;
 * (2) the event is recorded as pending in the state file, together with the article's new hash (one atomic write);
 * (3) each channel is delivered and its delivery recorded; (4) the event is marked complete. A crash before (2)
 * leaves the state as if the article was never seen, so the next run produces the event again (indexing is
 * idempotent); a crash after (2) leaves a pending event that the next run delivers to the channels not yet
 * recorded. The one window left is inside a step: a line printed but not yet recorded is printed again, with the
 * same {@link WatchEvent#id()}, and a webhook POST carries its delivery key as Idempotency-Key.
 */
public final class Watcher {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final List<WatchSource> sources;
    private final SiteClient client;
    private final IngestService ingest;
    private final WatchState state;
    private final SavedSearches alerts;
    private final UnaryOperator<String> simplify;
    private final EventSink sink;
    private final List<AlertChannel> channels;
    private final Clock clock;
    private final CrashHook crash;
    private final BooleanSupplier stopRequested;

    private Watcher(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.client = b.client;
        this.ingest = b.ingest;
        this.state = b.state;
        this.alerts = b.alerts;
        this.simplify = b.simplify;
        this.sink = b.sink;
        this.channels = List.copyOf(b.channels);
        this.clock = b.clock;
        this.crash = b.crash;
        this.stopRequested = b.stopRequested;
    }

    /**
     * A watcher over these sources, fetching with {@code client}, storing through {@code ingest} (which must commit
     * every document: the state records an article as seen right after it is stored) and remembering in {@code state}.
     */
    public static Builder builder(List<WatchSource> sources, SiteClient client, IngestService ingest, WatchState state) {
        return new Builder(sources, client, ingest, state);
    }

    /** The optional parts of a {@link Watcher}; each has a default that does nothing or the usual thing. */
    public static final class Builder {
        private final List<WatchSource> sources;
        private final SiteClient client;
        private final IngestService ingest;
        private final WatchState state;
        private SavedSearches alerts;
        private UnaryOperator<String> simplify = UnaryOperator.identity();
        private EventSink sink = e -> {};
        private List<AlertChannel> channels = List.of();
        private Clock clock = Clock.systemUTC();
        private CrashHook crash = CrashHook.NONE;
        private BooleanSupplier stopRequested = () -> false;

        private Builder(List<WatchSource> sources, SiteClient client, IngestService ingest, WatchState state) {
            this.sources = sources;
            this.client = client;
            this.ingest = ingest;
            this.state = state;
        }

        /** Saved searches to match each new or updated article against; {@code simplify} folds their terms. */
        public Builder alerts(SavedSearches alerts, UnaryOperator<String> simplify) {
            this.alerts = alerts;
            this.simplify = simplify;
            return this;
        }

        /** Where events are printed (the stdout channel). */
        public Builder events(EventSink sink) {
            this.sink = sink;
            return this;
        }

        /** Further alert channels (Atom file, webhook). */
        public Builder channels(List<AlertChannel> channels) {
            this.channels = channels;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Test hook called at each step of an article; see {@link CrashHook}. */
        public Builder crashHook(CrashHook hook) {
            this.crash = hook == null ? CrashHook.NONE : hook;
            return this;
        }

        /** Checked between two articles: true ends the run early (Ctrl-C). */
        public Builder stopWhen(BooleanSupplier stopRequested) {
            this.stopRequested = stopRequested;
            return this;
        }

        public Watcher build() {
            return new Watcher(this);
        }
    }

    private int added, updated, errors;

    /** One pass over every source. Returns what it emitted; a stop request ends it between two articles. */
    public RunReport runOnce() throws IOException, InterruptedException {
        added = updated = errors = 0;
        client.startPoll();
        int replayed = 0;
        for (WatchState.Pending p : state.pending()) {
            deliver(p);
            replayed++;
        }
        AlertMatcher matcher = new AlertMatcher(alerts == null ? List.of() : alerts.list(), simplify);
        for (WatchSource src : sources) {
            if (stopRequested.getAsBoolean()) break;
            Listing listing;
            try {
                listing = src.list(item -> state.article(stateKey(src, item)).isPresent(), state.listingDepths(src.name()));
            } catch (RuntimeException e) {
                error(src.name(), null, "listing failed: " + e);
                continue;
            }
            // How far the listing went is recorded before any article of it is processed: a poll that ends early
            // (killed, stopped, a page that failed) leaves the next poll to read as far again, where paging would
            // otherwise stop at the first article it has seen and never reach the rest.
            for (Listing.Column c : listing.columns()) state.listed(src.name(), c.url(), c.pages());
            if (!listing.columns().isEmpty()) {
                state.save();
                crash.at(CrashHook.Step.LISTED, null);
            }
            for (Listing.Problem p : listing.problems()) {
                if (!p.repeated()) error(src.name(), p.url(), p.cause());
            }
            Set<String> handled = new HashSet<>();
            for (ListedItem item : listing.items()) {
                if (stopRequested.getAsBoolean()) break;
                String key = stateKey(src, item);
                // One article listed in several columns (or twice on one page) is handled once per run.
                if (!handled.add(key)) continue;
                try {
                    process(src, item, key, matcher);
                } catch (ChallengeException e) {
                    // the host's first challenge this poll was reported; its other pages wait for the next poll
                    if (!e.repeated()) error(src.name(), item.url(), cause(e.getMessage(), e.url()));
                } catch (FetchException e) {
                    error(src.name(), item.url(), cause(e.getMessage(), e.url()));
                } catch (StageException e) {
                    error(src.name(), item.url(), cause(e.getMessage(), item.url()));
                }
            }
            finishListings(src, listing);
        }
        return new RunReport(added, updated, errors, replayed);
    }

    /** Columns listed to their end whose items are all known now need no deeper listing next time. */
    private void finishListings(WatchSource src, Listing listing) throws IOException {
        boolean changed = false;
        for (Listing.Column c : listing.columns()) {
            if (c.complete() && c.itemKeys().stream().allMatch(k -> state.article(src.name() + ":" + k).isPresent())) {
                state.finishedListing(src.name(), c.url());
                changed = true;
            }
        }
        if (changed) state.save();
    }

    static String stateKey(WatchSource src, ListedItem item) {
        return src.name() + ":" + item.key();
    }

    private void process(WatchSource src, ListedItem item, String key, AlertMatcher matcher)
            throws FetchException, StageException, IOException, InterruptedException {
        Optional<WatchState.Article> known = state.article(key);
        if (known.isEmpty()) {
            FetchResult.Page page = client.get(item.url(), item.referer());
            handle(src, item, key, null, page.page(), matcher);
            return;
        }
        WatchState.Article old = known.get();
        if (old.duplicateOf() != null || !due(old)) return;
        int checks = RecheckSchedule.stepsPassed(Instant.parse(old.firstSeen()), clock.instant());
        FetchResult r = client.get(old.url(), item.referer(), old.etag(), old.lastModified());
        if (r instanceof FetchResult.Page page) handle(src, item, key, old.checked(checks), page.page(), matcher);
        else {
            state.put(old.checked(checks)); // 304: nothing changed, the next step waits
            state.save();
        }
    }

    /** Whether a seen article is due for a conditional GET by the {@link RecheckSchedule}. */
    boolean due(WatchState.Article a) {
        if (a.firstSeen() == null) return false;
        return RecheckSchedule.due(Instant.parse(a.firstSeen()), a.checks(), clock.instant());
    }

    private void handle(WatchSource src, ListedItem item, String key, WatchState.Article old, Fetched fetched, AlertMatcher matcher)
            throws StageException, FetchException, IOException, InterruptedException {
        crash.at(CrashHook.Step.FETCHED, null);
        // A re-check indexes under the URL first seen, so the document is replaced, not duplicated.
        String url = old != null ? old.url() : fetched.url();
        PolicyDoc doc = ingest.process(PolicyDoc.of(new Fetched(url, fetched.body(), fetched.headers())));
        if (doc.article() == null || doc.article().text().isBlank()) {
            throw new FetchException(url, 200, "the page holds no article text (not an article page?)");
        }
        String hash = doc.contentHash();
        String etag = fetched.header("ETag").orElse(null);
        String lastModified = fetched.header("Last-Modified").orElse(null);
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        String title = title(doc, item);
        String published = doc.article().published() != null ? doc.article().published() : item.listed();
        if (old == null) {
            Optional<String> same = state.keyWithHash(hash);
            if (same.isPresent() && !same.get().equals(key)) {
                // Re-published under a new id with the very same content: remember it, report nothing.
                state.put(new WatchState.Article(key, url, title, item.listed(), published, hash, etag, lastModified, now, same.get()));
                state.save();
                return;
            }
        } else if (hash.equals(old.hash())) {
            state.put(new WatchState.Article(key, old.url(), old.title(), old.listed(), old.published(), old.hash(), etag,
                    lastModified, old.firstSeen(), null, old.checks(),
                    old.paragraphs() != null ? old.paragraphs() : WatchChanges.remembered(paragraphs(doc))));
            state.save();
            return;
        }
        ingest.store(doc);
        crash.at(CrashHook.Step.INDEXED, null);
        // A new page that is a near duplicate of an article already indexed (a mirror, a portal's reprint) is reported
        // as a copy of it, and fires no alert: the saved searches were asked about the article, not about each reprint.
        String copyOf = old == null ? ingest.copyOf(doc.url()).orElse(null) : null;
        List<String> fired = copyOf != null ? List.of() : matcher.match(doc);
        String kind = old == null ? (copyOf != null ? WatchEvent.COPY : WatchEvent.NEW) : WatchEvent.UPDATED;
        List<String> paragraphs = paragraphs(doc);
        WatchChanges changes = old == null ? null
                : WatchChanges.between(old.paragraphs(), old.title(), old.published(), paragraphs, title, published);
        WatchEvent event = new WatchEvent(kind, src.name(), url, title, published, fired, eventId(key, hash), null, copyOf, changes);
        state.put(new WatchState.Article(key, url, title, item.listed(), published, hash, etag, lastModified,
                old == null ? now : old.firstSeen(), null, old == null ? 0 : old.checks(), WatchChanges.remembered(paragraphs)));
        WatchState.Pending pending = new WatchState.Pending(state.nextSeq(), key, hash, event, Set.of());
        state.addPending(pending);
        state.save();
        crash.at(CrashHook.Step.RECORDED, null);
        deliver(pending);
    }

    /** The article's paragraphs as indexed (simplified when converted). */
    private static List<String> paragraphs(PolicyDoc doc) {
        String text = doc.simplified() != null ? doc.simplified().text() : doc.article().text();
        return List.of(text.split("\n"));
    }

    private static String title(PolicyDoc doc, ListedItem item) {
        if (doc.simplified() != null && !doc.simplified().title().isBlank()) return doc.simplified().title();
        if (!doc.article().title().isBlank()) return doc.article().title();
        return item.title();
    }

    private void deliver(WatchState.Pending p) throws IOException, InterruptedException {
        WatchEvent e = p.event();
        if (!p.done().contains("stdout")) {
            sink.emit(e);
            state.markDone(p.seq(), "stdout");
            state.save();
            crash.at(CrashHook.Step.DELIVERED, "stdout");
        }
        count(e);
        boolean all = true;
        for (String alertId : e.alerts()) {
            String alertKey = Alert.key(alertId, p.articleKey(), p.hash());
            for (AlertChannel ch : channels) {
                String done = alertKey + "|" + ch.name();
                if (state.delivered(done)) continue;
                try {
                    ch.deliver(new Alert(alertId, alertKey, e));
                } catch (IOException ex) {
                    all = false;
                    // Stays pending: the next run tries this channel again.
                    error(e.source(), e.url(), "alert " + alertId + " not delivered to " + ch.name() + ": " + ex.getMessage());
                    continue;
                }
                state.recordDelivery(done);
                state.save();
                crash.at(CrashHook.Step.DELIVERED, ch.name());
            }
        }
        if (all) {
            state.complete(p.seq());
            state.save();
            crash.at(CrashHook.Step.COMPLETED, null);
        }
    }

    private void count(WatchEvent e) {
        if (WatchEvent.NEW.equals(e.event()) || WatchEvent.COPY.equals(e.event())) added++;
        else if (WatchEvent.UPDATED.equals(e.event())) updated++;
    }

    private void error(String source, String url, String cause) {
        errors++;
        sink.emit(WatchEvent.error(source, url, cause));
    }

    /** "url: reason" → "reason": the URL is a field of its own in the event. */
    static String cause(String message, String url) {
        if (message == null) return "unknown error";
        String m = message.lines().findFirst().orElse(message);
        return url != null && m.startsWith(url + ": ") ? m.substring(url.length() + 2) : m;
    }

    static String eventId(String key, String hash) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((key + "\u0000" + hash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
