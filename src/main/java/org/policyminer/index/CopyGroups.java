package org.policyminer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.policyminer.doc.PolicyDoc;

/**
 * Near-duplicate groups, assigned when a document is written: the document's {@link CopySignature} bands are looked up
 * among the documents already written, candidates that share a band are verified on the whole signature, and the
 * document joins the group of the most similar copy, else founds a group of its own.
 *
 * <p><b>Lookup.</b> Committed documents are found through their band terms ({@link Fields#COPY_BANDS}, 32 a document)
 * with one query over a reader of the last commit: a term lookup per band, so the cost grows with the number of
 * documents that share a band (about 20 among 100 000 unrelated policy texts, see {@link CopySignature}), not with the
 * size of the index: no pass over all pairs, ever. Documents written since that commit are not in the reader yet:
 * they are held in a map of band keys here, which the next commit empties.
 *
 * <p><b>Consistency.</b> A group id is the content hash of the document that founded it, so it is never reused by
 * another article, and is stored on every member: a member removed or changed leaves the others' group as it was. A
 * re-ingested document is looked up again (never against its own old version) and stays, moves or founds a group.
 * Groups are never merged: a copy that resembles two groups joins the closer one.
 *
 * <p>Assignment is serialised (one lock), writing the documents is not.
 */
public final class CopyGroups {
    /** Candidates read from the committed documents per lookup: they come ranked by the number of shared bands. */
    private static final int CANDIDATES = 20;

    /** What a document was given: its group, the rank of its copy, and the document it was found to copy (or null). */
    public record Assignment(String group, long rank, CopySignature signature, String copyOf) {}

    /** A document written since the reader's commit, or removed ({@code signature} null, {@code removed} true). */
    private record Pending(String id, String group, CopySignature signature, String[] bands, boolean removed) {}

    private final IndexWriter writer;
    private DirectoryReader reader;
    private final Map<String, Pending> pendingById = new HashMap<>();
    private final Map<String, List<Pending>> pendingByBand = new HashMap<>();
    /** Lookups read the reader together; a commit moves it alone. */
    private final java.util.concurrent.locks.ReadWriteLock readerLock = new java.util.concurrent.locks.ReentrantReadWriteLock();

    CopyGroups(IndexWriter writer) throws IOException {
        this.writer = writer;
        // A reader of the last commit, opened on the directory, not on the writer: a reader taken from the writer turns
        // on its reader pooling for good, and every later flush then opened and resolved deletes against pooled
        // readers; it doubled the time to index a document (docs/groups-eval.md).
        this.reader = DirectoryReader.indexExists(writer.getDirectory()) ? DirectoryReader.open(writer.getDirectory()) : null; // null: no commit yet
    }

    /**
     * Finds the document's group; it counts as written from now on (call {@link #addFields} on its document). The
     * signature and the lookup among committed documents run on the caller's thread alongside other assignments (the
     * reader only changes at a commit, which waits for them); only the pending documents are looked up one at a time.
     */
    public Assignment assign(PolicyDoc doc, String id, String hash) throws IOException {
        CopySignature sig = doc.simplified() == null ? null : CopySignature.of(doc.simplified().text());
        long rank = CopyRank.of(doc);
        String[] bands = sig == null ? new String[0] : sig.bandKeys();
        readerLock.readLock().lock();
        try {
            List<Match> committed = sig == null ? List.of() : committedCopies(id, sig, bands);
            synchronized (this) {
                Match best = sig == null ? null : bestPending(id, sig, bands);
                for (Match m : committed) {
                    if (pendingById.containsKey(m.id())) continue; // its current version is pending, or it is gone
                    if (best == null || m.similarity() > best.similarity()) best = m;
                }
                String group = best != null ? best.group() : hash.length() >= 16 ? hash.substring(0, 16) : hash;
                remember(new Pending(id, group, sig, bands, false));
                return new Assignment(group, rank, sig, best == null ? null : best.id());
            }
        } finally {
            readerLock.readLock().unlock();
        }
    }

    /** A removed document leaves the lookups now, before the reader of the next commit drops it. */
    public synchronized void removed(String id) {
        remember(new Pending(id, null, null, new String[0], true));
    }

    private void remember(Pending p) {
        Pending old = pendingById.put(p.id(), p);
        if (old != null) for (String b : old.bands()) {
            List<Pending> l = pendingByBand.get(b);
            if (l != null) l.remove(old);
        }
        for (String b : p.bands()) pendingByBand.computeIfAbsent(b, k -> new ArrayList<>(2)).add(p);
    }

    private record Match(String id, String group, double similarity) {}

    private Match bestPending(String id, CopySignature sig, String[] bands) {
        Match best = null;
        Set<String> seen = new java.util.HashSet<>();
        for (String b : bands) {
            List<Pending> l = pendingByBand.get(b);
            if (l == null) continue;
            for (Pending p : l) {
                if (p.id().equals(id) || p.removed() || !seen.add(p.id())) continue;
                if (!sig.isCopy(p.signature())) continue;
                double s = sig.similarity(p.signature());
                if (best == null || s > best.similarity()) best = new Match(p.id(), p.group(), s);
            }
        }
        return best;
    }

    /**
     * The committed copies among the documents sharing most bands: read from doc values (the signature with the id in
     * front, the group key), since a stored-field read decompresses a block of documents and cost a millisecond per
     * lookup (docs/groups-eval.md).
     */
    private List<Match> committedCopies(String id, CopySignature sig, String[] bands) throws IOException {
        if (reader == null || reader.numDocs() == 0) return List.of();
        // The band terms read straight from each segment's terms, sorted, through one enum per segment, counting the
        // bands each document shares: a scored query over the 32 terms built term states, scorers and queues for each
        // and took most of the lookup's time.
        String[] sorted = bands.clone();
        java.util.Arrays.sort(sorted);
        Map<Integer, Integer> shared = new HashMap<>();
        BytesRef[] keys = new BytesRef[sorted.length];
        for (int i = 0; i < sorted.length; i++) keys[i] = new BytesRef(sorted[i]);
        for (LeafReaderContext leaf : reader.leaves()) {
            BandKeySet present = bandKeys(leaf);
            org.apache.lucene.index.TermsEnum te = null;
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.index.PostingsEnum postings = null;
            for (BytesRef b : keys) {
                if (!present.mayContain(b)) continue;
                if (te == null) te = leaf.reader().terms(Fields.COPY_BANDS).iterator();
                if (!te.seekExact(b)) continue;
                postings = te.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) shared.merge(leaf.docBase + d, 1, Integer::sum);
                }
            }
        }
        ScoreDoc[] top = shared.entrySet().stream()
                .sorted((a, b) -> b.getValue() != a.getValue().intValue() ? Integer.compare(b.getValue(), a.getValue()) : Integer.compare(a.getKey(), b.getKey()))
                .limit(CANDIDATES).map(e -> new ScoreDoc(e.getKey(), e.getValue())).toArray(ScoreDoc[]::new);
        List<Match> out = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (ScoreDoc sd : top) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int local = sd.doc - leaf.docBase;
            BinaryDocValues sigs = leaf.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
            NumericDocValues groups = leaf.reader().getNumericDocValues(Fields.GROUP);
            if (sigs == null || groups == null || !sigs.advanceExact(local) || !groups.advanceExact(local)) continue;
            BytesRef b = sigs.binaryValue();
            if (b.length <= ID_BYTES) continue;
            String other = HexFormat.of().formatHex(b.bytes, b.offset, b.offset + ID_BYTES);
            if (other.equals(id)) continue;
            CopySignature cs = CopySignature.decode(b.bytes, b.offset + ID_BYTES, b.length - ID_BYTES);
            if (cs == null || !sig.isCopy(cs)) continue;
            out.add(new Match(other, String.format("%016x", groups.longValue()), sig.similarity(cs)));
        }
        return out;
    }

    /** Each segment's band keys, by the segment's core (shared by the readers of later commits while it lives). */
    private final Map<Object, BandKeySet> bandKeysBySegment = new java.util.concurrent.ConcurrentHashMap<>();

    private BandKeySet bandKeys(LeafReaderContext leaf) throws IOException {
        Object core = leaf.reader().getCoreCacheHelper() == null ? leaf.reader() : leaf.reader().getCoreCacheHelper().getKey();
        BandKeySet set = bandKeysBySegment.get(core);
        if (set == null) {
            set = BandKeySet.of(leaf.reader());
            bandKeysBySegment.put(core, set);
        }
        return set;
    }

    /** Bytes of an article id (16 hex digits) in front of its signature. */
    private static final int ID_BYTES = 8;

    /** The group fields of a document: its group (term, doc value, stored), rank, signature and band terms. */
    public static void addFields(Document d, Assignment a) {
        d.add(new StringField(Fields.GROUP, a.group(), Field.Store.YES));
        d.add(new NumericDocValuesField(Fields.GROUP, groupKey(a.group())));
        d.add(new NumericDocValuesField(Fields.COPY_RANK, a.rank()));
        if (a.signature() != null) {
            byte[] sig = a.signature().encode();
            byte[] value = new byte[ID_BYTES + sig.length];
            System.arraycopy(HexFormat.of().parseHex(d.get(Fields.ID)), 0, value, 0, ID_BYTES);
            System.arraycopy(sig, 0, value, ID_BYTES, sig.length);
            d.add(new BinaryDocValuesField(Fields.COPY_SIGNATURE, new BytesRef(value)));
            for (String b : a.signature().bandKeys()) d.add(new StringField(Fields.COPY_BANDS, b, Field.Store.NO));
        }
    }

    /** The group id as the number search collapses on (its first 16 hex digits). */
    public static long groupKey(String group) {
        String hex = group.length() > 16 ? group.substring(0, 16) : group;
        try {
            return HexFormat.fromHexDigitsToLong(hex);
        } catch (IllegalArgumentException e) {
            return hex.hashCode();
        }
    }

    /**
     * After a commit: the reader moves to it and the pending documents it now holds are dropped. Called with no
     * write in flight (the ingest commits between batches), so every pending document is in the new commit.
     */
    public void committed() throws IOException {
        readerLock.writeLock().lock();
        try {
            DirectoryReader newer = reader == null ? DirectoryReader.open(writer.getDirectory()) : DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                if (reader != null) reader.close();
                reader = newer;
                // segments merged away no longer need their sets
                java.util.Set<Object> live = new java.util.HashSet<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    if (leaf.reader().getCoreCacheHelper() != null) live.add(leaf.reader().getCoreCacheHelper().getKey());
                }
                bandKeysBySegment.keySet().retainAll(live);
            }
            synchronized (this) {
                pendingById.clear();
                pendingByBand.clear();
            }
        } finally {
            readerLock.writeLock().unlock();
        }
    }

    public void close() throws IOException {
        readerLock.writeLock().lock();
        try {
            if (reader != null) reader.close();
        } finally {
            readerLock.writeLock().unlock();
        }
    }
}
