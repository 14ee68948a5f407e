package org.policyminer.watch;

import org.policyminer.util.AtomicFiles;
import org.policyminer.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the watcher knows between runs, kept in one JSON file replaced atomically on every {@link #save()}: the
 * articles seen (key → URL, content hash, validators, re-checks made, paragraph fingerprints), events recorded but not yet fully delivered, and the alert
 * deliveries already made. Not thread-safe: one watcher owns it (the index write lock keeps a second one out).
 */
public final class WatchState {
    /** Alert delivery keys remembered; older ones fall off (their events are long complete). */
    static final int MAX_DELIVERIES = 20_000;

    /**
     * One article as last processed. {@code key} is "source:item key"; {@code duplicateOf} is set when the page
     * said exactly what another key's page says (a re-published item), so it never becomes an event of its own.
     */
    public record Article(String key, String url, String title, String listed, String published, String hash,
                          String etag, String lastModified, String firstSeen, String duplicateOf, int checks,
                          List<String> paragraphs) {
        /** An article not yet re-checked, its paragraphs not remembered. */
        public Article(String key, String url, String title, String listed, String published, String hash,
                       String etag, String lastModified, String firstSeen, String duplicateOf) {
            this(key, url, title, listed, published, hash, etag, lastModified, firstSeen, duplicateOf, 0, null);
        }

        /** The same article, re-checked {@code checks} steps of the {@link RecheckSchedule} far. */
        Article checked(int checks) {
            return new Article(key, url, title, listed, published, hash, etag, lastModified, firstSeen, duplicateOf, checks, paragraphs);
        }
    }

    /** An event recorded before delivery, and the channels that have had it (stdout, atom:ID, webhook:ID). */
    public record Pending(long seq, String articleKey, String hash, WatchEvent event, Set<String> done) {
        public Pending {
            done = done == null ? Set.of() : Set.copyOf(done);
        }

        Pending with(String channel) {
            Set<String> d = new LinkedHashSet<>(done);
            d.add(channel);
            return new Pending(seq, articleKey, hash, event, d);
        }
    }

    /** The file's layout. */
    record Snapshot(int version, long seq, Map<String, Article> articles, List<Pending> pending, List<String> deliveries,
                    Map<String, Integer> listing) {}

    private final Path file;
    private long seq;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, String> byHash = new HashMap<>();
    private final Map<Long, Pending> pending = new LinkedHashMap<>();
    private final LinkedHashSet<String> deliveries = new LinkedHashSet<>();
    /** "source:column URL" → pages of the column a poll listed and had not finished processing when it ended. */
    private final Map<String, Integer> listing = new LinkedHashMap<>();

    private WatchState(Path file) {
        this.file = file;
    }

    /** Loads the state, or starts empty when the file does not exist yet. */
    public static WatchState load(Path file) throws IOException {
        WatchState s = new WatchState(file);
        if (!Files.exists(file)) return s;
        Snapshot snap;
        try {
            snap = Json.MAPPER.readValue(file.toFile(), Snapshot.class);
        } catch (IOException e) {
            throw new IOException("cannot read watch state " + file + ": " + e.getMessage(), e);
        }
        s.seq = snap.seq();
        if (snap.articles() != null) snap.articles().values().forEach(s::put);
        if (snap.pending() != null) snap.pending().forEach(p -> s.pending.put(p.seq(), p));
        if (snap.deliveries() != null) s.deliveries.addAll(snap.deliveries());
        if (snap.listing() != null) s.listing.putAll(snap.listing());
        return s;
    }

    public Path file() {
        return file;
    }

    public Optional<Article> article(String key) {
        return Optional.ofNullable(articles.get(key));
    }

    /** The key of an article (not itself a duplicate) whose content has this hash. */
    public Optional<String> keyWithHash(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    public void put(Article a) {
        Article old = articles.put(a.key(), a);
        if (old != null && old.hash() != null && a.key().equals(byHash.get(old.hash()))) byHash.remove(old.hash());
        if (a.duplicateOf() == null && a.hash() != null) byHash.putIfAbsent(a.hash(), a.key());
    }

    public int size() {
        return articles.size();
    }

    public long nextSeq() {
        return ++seq;
    }

    public void addPending(Pending p) {
        pending.put(p.seq(), p);
    }

    public List<Pending> pending() {
        return new ArrayList<>(pending.values());
    }

    public void markDone(long seq, String channel) {
        Pending p = pending.get(seq);
        if (p != null) pending.put(seq, p.with(channel));
    }

    public void complete(long seq) {
        pending.remove(seq);
    }

    public boolean delivered(String deliveryKey) {
        return deliveries.contains(deliveryKey);
    }

    public void recordDelivery(String deliveryKey) {
        deliveries.add(deliveryKey);
        while (deliveries.size() > MAX_DELIVERIES) {
            deliveries.remove(deliveries.iterator().next());
        }
    }

    /** A poll listed {@code pages} of a column of {@code source}: until it is finished, the next poll lists at least as many. */
    public void listed(String source, String column, int pages) {
        listing.merge(source + ":" + column, pages, Math::max);
    }

    /** Every item listed in the column has been processed: the next poll pages it as usual. */
    public void finishedListing(String source, String column) {
        listing.remove(source + ":" + column);
    }

    /** Column URL → pages to list at least, for the unfinished columns of {@code source}. */
    public Map<String, Integer> listingDepths(String source) {
        Map<String, Integer> out = new LinkedHashMap<>();
        String prefix = source + ":";
        listing.forEach((k, v) -> {
            if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), v);
        });
        return out;
    }

    /** Writes the whole state atomically (temp file, fsync, rename). */
    public void save() throws IOException {
        Snapshot snap = new Snapshot(1, seq, articles, List.copyOf(pending.values()), List.copyOf(deliveries), Map.copyOf(listing));
        AtomicFiles.write(file, Json.pretty(snap).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
