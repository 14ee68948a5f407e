package org.policyminer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policyminer.doc.DocumentLimits;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.analysis.PolicyAnalyzers;
import org.policyminer.index.analysis.SegmentedText;

/**
 * The writer side of the index on disk. One writer at a time (Lucene's write lock); readers in other threads or
 * processes see the last commit. A document is replaced by URL id; an unchanged page (same content hash) is
 * skipped. A crash between commits leaves the index as of the last commit, and a re-run completes it.
 */
public final class PolicyIndex implements DocumentStore {

    private final Path path;
    private final Directory dir;
    private final IndexWriter writer;
    private final DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
    /** id → content hash of every article, loaded at open and kept current: the writer is the only one writing. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    /** Near-duplicate groups (null when opened without them, for the bench's baseline): see CopyGroups. */
    private final CopyGroups groups;
    /** id → the document each article written in this session was found to copy, for {@link #copyOf}. */
    private final Map<String, String> copies = new ConcurrentHashMap<>();

    private PolicyIndex(Path path, Directory dir, IndexWriter writer, boolean copyGroups) throws IOException {
        this.path = path;
        this.dir = dir;
        this.writer = writer;
        this.groups = copyGroups ? new CopyGroups(writer) : null;
    }

    public static Analyzer analyzer() {
        Analyzer bigrams = PolicyAnalyzers.bigrams();
        Analyzer words = PolicyAnalyzers.words();
        return new PerFieldAnalyzerWrapper(bigrams, Map.of(Fields.TITLE_WORDS, words, Fields.BODY_WORDS, words, AttachmentFields.WORDS, words));
    }

    /** Opens (or creates) the index for writing; {@code rebuild} starts it afresh. */
    public static PolicyIndex open(Path path, boolean rebuild) throws IOException {
        return open(path, rebuild, true);
    }

    /**
     * Opens the index; {@code copyGroups} false writes no near-duplicate groups (each article then stands alone in
     * searches): the bench's baseline, and the eval's "before".
     */
    public static PolicyIndex open(Path path, boolean rebuild, boolean copyGroups) throws IOException {
        Files.createDirectories(path);
        Directory dir = FSDirectory.open(path);
        try {
            if (!rebuild && DirectoryReader.indexExists(dir)) {
                // cheap next to an ingest, and the only way garbled data that no commit reads back is found before a
                // search runs into it: a plain ingest over it counted every page unchanged
                IndexDamage.verifyChecksums(dir, path);
                checkSchema(dir, path);
            }
            // Merges at full speed: Lucene's default paces their writes (from 20 MB/s up) to spare a live server's
            // searches, and then an ingest's merges trail it by seconds of a mostly idle machine (docs/benchmarks.md).
            ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
            merges.disableAutoIOThrottle();
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer())
                    .setMergeScheduler(merges)
                    .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128)
                    .setCommitOnClose(false);
            IndexWriter w = new IndexWriter(dir, cfg);
            PolicyIndex idx = new PolicyIndex(path, dir, w, copyGroups);
            if (rebuild) idx.commit();
            idx.loadHashes();
            return idx;
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            dir.close();
            throw new IOException("the index at " + path + " is locked by another writer (ingest, crawl or watch); wait for it to finish", e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            IOException explained = IndexDamage.explain(path, e);
            if (explained != null) throw explained;
            throw e;
        }
    }

    /** Refuses an index written with another schema, with a message that says how to rebuild it. */
    public static void checkSchema(Directory dir, Path path) throws IOException {
        if (!DirectoryReader.indexExists(dir)) return;
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            String found = r.getIndexCommit().getUserData().getOrDefault(Fields.SCHEMA_KEY, "none");
            if (!found.equals(String.valueOf(Fields.SCHEMA_VERSION))) throw new IndexSchemaException(path.toString(), found);
        }
    }

    private void loadHashes() throws IOException {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(r);
            TopDocs all = s.search(new MatchAllDocsQuery(), Math.max(1, r.maxDoc()));
            StoredFields stored = r.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = stored.document(sd.doc, java.util.Set.of(Fields.ID, Fields.HASH));
                hashes.put(d.get(Fields.ID), d.get(Fields.HASH));
            }
        }
    }

    /**
     * Adds or replaces each article, in order, as upserts one after the other would; one that fails fails alone.
     * Thread-safe. The changed articles' word views are segmented first, all of them, and only then are their
     * documents written ({@link SegmentedText} says what that saved).
     */
    public List<Upserted> upsertAll(List<PolicyDoc> docs) {
        Upserted[] out = new Upserted[docs.size()];
        DocumentMapper.Words[] words = new DocumentMapper.Words[docs.size()];
        String[] ids = new String[docs.size()];
        String[] hashesOf = new String[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            try {
                PolicyDoc doc = docs.get(i);
                if (doc.article() != null) DocumentLimits.checkWhole(doc.article());
                ids[i] = doc.id();
                hashesOf[i] = doc.contentHash();
                if (hashesOf[i].equals(hashes.get(ids[i]))) out[i] = new Upserted(Outcome.UNCHANGED, null);
                else if (!isLarge(doc)) words[i] = DocumentMapper.Words.of(doc);
            } catch (RuntimeException e) {
                out[i] = new Upserted(null, e);
            }
        }
        for (int i = 0; i < docs.size(); i++) {
            if (out[i] != null) continue;
            try {
                synchronized (idLock(ids[i])) {
                    out[i] = write(docs.get(i), ids[i], hashesOf[i], words[i]);
                }
            } catch (IOException | RuntimeException e) {
                out[i] = new Upserted(null, e);
            }
        }
        return List.of(out);
    }

    /**
     * Writes one article, under its id's lock. An id the index does not hold is added, not updated: an update also
     * buffers a delete by id, which every later flush and commit looks up in every segment of the index, so that in
     * a bulk ingest each new article cost one terms lookup per segment, more as the index grew (docs/benchmarks.md,
     * speed8). The lock keeps two writes of one id (the same URL in two tasks at once) in order, so the second is an
     * update that replaces the first.
     */
    private Upserted write(PolicyDoc doc, String id, String hash, DocumentMapper.Words words) throws IOException {
        String old = hashes.get(id);
        if (hash.equals(old)) return new Upserted(Outcome.UNCHANGED, null); // the same page earlier in this batch
        CopyGroups.Assignment group = groups == null ? null : groups.assign(doc, id, hash);
        if (isLarge(doc)) {
            writeLarge(doc, id, hash, group, old == null);
        } else {
            Document d = mapper.document(doc, id, hash, words);
            if (group != null) CopyGroups.addFields(d, group);
            put(id, d, old == null);
        }
        hashes.put(id, hash);
        if (group != null && group.copyOf() != null) copies.put(id, group.copyOf());
        else copies.remove(id);
        return new Upserted(old == null ? Outcome.ADDED : Outcome.UPDATED, null, group == null ? null : group.copyOf());
    }

    /** Adds the document when its id is {@code absent} from the index, else replaces the one with its id. */
    private void put(String id, Document d, boolean absent) throws IOException {
        if (absent) writer.addDocument(d);
        else writer.updateDocument(new Term(Fields.ID, id), d);
    }

    /**
     * Locks by id, striped: writes of different ids rarely share one (two ingest threads, {@value #ID_LOCKS} stripes),
     * and each write of an id, and its removal, happen one at a time in the order they took the lock.
     */
    private static final int ID_LOCKS = 256;

    private final Object[] idLocks = newLocks();

    private static Object[] newLocks() {
        Object[] locks = new Object[ID_LOCKS];
        for (int i = 0; i < ID_LOCKS; i++) locks[i] = new Object();
        return locks;
    }

    private Object idLock(String id) {
        return idLocks[id.hashCode() & (ID_LOCKS - 1)];
    }

    /**
     * Articles with more text than this are analysed and written one at a time, whatever the number of threads: an
     * 8 MB page takes about 250 MB while its views are analysed, and two at once did not fit in {@code -Xmx512m}.
     * Ordinary articles (the longest real page has 22 411 characters) never wait for it.
     */
    static final int LARGE_TEXT_CHARS = 300_000;

    private static final Object LARGE = new Object();

    private static boolean isLarge(PolicyDoc doc) {
        return doc.simplified() != null && doc.simplified().text().length() > LARGE_TEXT_CHARS;
    }

    private void writeLarge(PolicyDoc doc, String id, String hash, CopyGroups.Assignment group, boolean absent) throws IOException {
        synchronized (LARGE) {
            Document d = mapper.document(doc, id, hash, DocumentMapper.Words.of(doc));
            if (group != null) CopyGroups.addFields(d, group);
            put(id, d, absent);
        }
    }

    /** Deletes the article with this URL; returns whether there was one. */
    public boolean removeByUrl(String url) throws IOException {
        String id = PolicyDoc.idFor(url);
        synchronized (idLock(id)) {
            if (hashes.remove(id) == null) return false;
            if (groups != null) groups.removed(id);
            copies.remove(id);
            writer.deleteDocuments(new Term(Fields.ID, id));
            return true;
        }
    }

    public boolean contains(String url) {
        return hashes.containsKey(PolicyDoc.idFor(url));
    }

    public int size() {
        return hashes.size();
    }

    /**
     * Writes buffered documents into new segments, one buffer at a time, until none is left; callers on several
     * threads flush several buffers at once. The segments become durable and visible only at the next commit.
     */
    public void flushBuffers() throws IOException {
        while (writer.flushNextBuffer()) {
            // each call flushes one indexing thread's buffer
        }
    }

    /** Whether the writer holds deletes (by id) not yet committed: for tests of which writes buffer one. */
    boolean hasBufferedDeletes() {
        return writer.hasDeletions();
    }

    /** Makes everything written so far durable and visible to readers. */
    public void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(Fields.SCHEMA_KEY, String.valueOf(Fields.SCHEMA_VERSION));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** The id of the article the document at this URL was found to copy when last written here, if any. */
    @Override
    public java.util.Optional<String> copyOf(String url) {
        return java.util.Optional.ofNullable(copies.get(PolicyDoc.idFor(url)));
    }

    /**
     * Waits for the segment merges that commits have started in the background (Lucene runs them on threads of its
     * own, after the commit returns). For measurements: the cost of an ingest includes the merges it caused.
     */
    public void awaitMerges() {
        if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler cms) cms.sync();
    }

    public Path path() {
        return path;
    }

    /** Closes without committing: what was not committed is dropped, as after a crash. */
    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            dir.close();
        }
    }
}
