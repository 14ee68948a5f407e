package org.policyminer.crawl;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policyminer.doc.Fetched;

/**
 * The crawl frontier, kept so that it survives a crash. Every change is a line in an append-only journal:
 * {@code E} (enqueued), {@code F} (fetched; body in the spool), {@code D} (done, with the outcome), {@code X}
 * (the crawl finished). {@code F} and {@code D} are fsync'd before the crawl moves on, and the {@code E} lines of
 * a page's links are synced with that page's {@code D}, so after a crash every page is either done, or spooled and
 * handed on again without a new request, or still waiting. Opening replays the journal and compacts it.
 *
 * <p>The directory sits beside the index ({@link #dirFor}); a lock file keeps two crawls out of one state.
 * Not thread-safe: one crawler owns it.
 */
public final class CrawlState implements AutoCloseable {
    static final String JOURNAL = "journal.log";
    /** Outcomes that cost a request to a page: they count against --max-pages. */
    private static final Set<String> FETCHED = Set.of("article", "list", "other", "failed");

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final CrawlJournal journal;
    private final PageSpool spool;
    private final Map<String, String> done = new HashMap<>();
    private final Map<String, CrawlEntry> pending = new LinkedHashMap<>();
    private final Map<String, String> spooled = new HashMap<>();
    private final Deque<CrawlEntry> queue = new ArrayDeque<>();
    private final boolean resumed;
    private int pagesFetched;

    private CrawlState(Path dir, FileChannel lockChannel, FileLock lock, boolean restart) throws IOException {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.spool = new PageSpool(dir.resolve("spool"));
        Path file = dir.resolve(JOURNAL);
        List<String> lines = CrawlJournal.read(file);
        boolean finished = !lines.isEmpty() && lines.get(lines.size() - 1).equals("X");
        if (restart || finished) lines = List.of();
        for (String line : lines) replay(line);
        resumed = !pending.isEmpty();
        compact(file);
        // Pages fetched but not handed on come first: they cost no request and must not be cut off by a limit.
        for (CrawlEntry e : pending.values()) if (spooled.containsKey(e.url())) queue.add(e);
        for (CrawlEntry e : pending.values()) if (!spooled.containsKey(e.url())) queue.add(e);
        journal = CrawlJournal.openForAppend(file);
    }

    /** The state directory of the index at {@code index}: a sibling named {@code <index>.crawl}. */
    public static Path dirFor(Path index) {
        Path abs = index.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".crawl");
    }

    /** Opens (or creates) the state in {@code dir}; a finished crawl's state is cleared, an unfinished one resumed. */
    public static CrawlState open(Path dir) throws IOException {
        return open(dir, false);
    }

    /** As {@link #open(Path)}; {@code restart} discards an unfinished crawl instead of resuming it. */
    public static CrawlState open(Path dir, boolean restart) throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IOException("another crawl is using " + dir);
        }
        try {
            return new CrawlState(dir, ch, lock, restart);
        } catch (IOException | RuntimeException e) {
            lock.release();
            ch.close();
            throw e;
        }
    }

    private void replay(String line) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
            case "E" -> {
                if (f.length < 5) return;
                String url = f[3];
                if (done.containsKey(url) || pending.containsKey(url)) return;
                try {
                    pending.put(url, new CrawlEntry(url, f[1].equals("S"), Integer.parseInt(f[2]), f[4].equals("-") ? null : f[4]));
                } catch (IllegalArgumentException e) {
                    // A damaged line loses one URL, not the crawl.
                }
            }
            case "F" -> {
                if (f.length >= 3 && pending.containsKey(f[1])) spooled.put(f[1], f[2]);
            }
            case "D" -> {
                if (f.length < 3) return;
                done.put(f[1], f[2]);
                pending.remove(f[1]);
                spooled.remove(f[1]);
            }
            default -> { }
        }
    }

    private void compact(Path file) throws IOException {
        List<String> out = new ArrayList<>(done.size() + pending.size() * 2);
        pagesFetched = 0;
        for (Map.Entry<String, String> d : done.entrySet()) {
            out.add("D\t" + d.getKey() + "\t" + d.getValue());
            if (FETCHED.contains(d.getValue())) pagesFetched++;
        }
        for (CrawlEntry e : pending.values()) out.add(enqueueLine(e));
        for (Map.Entry<String, String> s : spooled.entrySet()) out.add("F\t" + s.getKey() + "\t" + s.getValue());
        CrawlJournal.rewrite(file, out);
        spool.retainOnly(new HashSet<>(spooled.values()));
    }

    private static String enqueueLine(CrawlEntry e) {
        return "E\t" + (e.sitemap() ? "S" : "P") + "\t" + e.depth() + "\t" + e.url() + "\t" + (e.referer() == null ? "-" : e.referer());
    }

    public Path dir() {
        return dir;
    }

    /** Whether this state continues an unfinished crawl. */
    public boolean resumed() {
        return resumed;
    }

    public boolean seen(String url) {
        return done.containsKey(url) || pending.containsKey(url);
    }

    /**
     * Adds a URL unless it was seen before. The line is written now but synced with the next {@link #done} (or
     * {@link #sync}): losing it in a crash is harmless because the page that found it is then not done either.
     */
    public boolean enqueue(CrawlEntry e) throws IOException {
        if (seen(e.url()) || e.url().indexOf('\t') >= 0 || e.url().indexOf('\n') >= 0) return false;
        pending.put(e.url(), e);
        queue.add(e);
        journal.append(enqueueLine(e));
        return true;
    }

    public void sync() throws IOException {
        journal.sync();
    }

    /** The next URL to visit, or empty when the frontier is exhausted (deferred URLs are not offered again). */
    public Optional<CrawlEntry> next() {
        CrawlEntry e;
        while ((e = queue.poll()) != null) {
            if (pending.containsKey(e.url())) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** A page fetched before the crawl stopped, not yet handed on. */
    public Optional<Fetched> spooled(String url) throws IOException {
        String name = spooled.get(url);
        if (name == null) return Optional.empty();
        try {
            return Optional.of(spool.read(name));
        } catch (IOException e) {
            spooled.remove(url); // a damaged spool file: fetch the page again rather than give up on it
            return Optional.empty();
        }
    }

    /** Records that a page's bytes are safe on disk; synced before returning. */
    public void fetched(String url, Fetched page) throws IOException {
        String name = spool.write(url, page);
        spooled.put(url, name);
        journal.append("F\t" + url + "\t" + name);
        journal.sync();
    }

    /** Records a URL's outcome ("article", "list", "other", "failed", "skipped", "sitemap", "alias"); synced. */
    public void done(String url, String outcome) throws IOException {
        if (done.containsKey(url)) return;
        done.put(url, outcome);
        pending.remove(url);
        journal.append("D\t" + url + "\t" + outcome);
        journal.sync();
        String name = spooled.remove(url);
        if (name != null) spool.delete(name);
        if (FETCHED.contains(outcome)) pagesFetched++;
    }

    /** Pages fetched in this crawl so far, earlier runs of it included. */
    public int pagesFetched() {
        return pagesFetched;
    }

    /** URLs still waiting (deferred ones included). */
    public int pending() {
        return pending.size();
    }

    /** Marks the crawl finished: the next {@link #open} starts afresh. */
    public void finish() throws IOException {
        journal.append("X");
        journal.sync();
    }

    @Override
    public void close() throws IOException {
        try {
            journal.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
