package org.policyminer.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.policyminer.doc.PolicyDoc;

/**
 * Near-duplicate groups, assigned when a document is written: the document's {@link CopySignature} bands are looked up
 * among the documents already written, candidates that share a band are verified on the whole signature, and the
 * document joins the group of the most similar copy, else founds a group of its own.
 *
 * <p><b>Lookup.</b> In memory: a {@link BandTable} of the 32 band hashes of every document written, and a sketch of
 * each signature to verify candidates against, filled from the last commit's doc values when the first document is
 * written (one pass, no terms) and then kept up as documents are written and removed. A lookup is 32 probes plus the
 * candidates that share a band (copies, and about 20 unrelated documents among 100 000, see {@link CopySignature}):
 * it does not grow with the index, and there is never a pass over all pairs. The memory grows with it, about 1 KB a
 * document (100 MB for 100 000). Band terms in the index, looked up through a reader of each commit, were the first
 * version: 32 terms a document that no other document has cost as much to invert, flush and merge as the rest of the
 * document (docs/groups-eval.md).
 *
 * <p><b>Consistency.</b> What the table holds beyond the last commit is lost with the writer (a crash, a rollback) and
 * rebuilt from the commit by the next writer, so it never names a document the index does not have. A group id is the
 * content hash of the document that founded it, so it is never reused by another article, and is stored on every
 * member: a member removed or changed leaves the others' group as it was. A re-ingested document is looked up again
 * (never against its own old version) and stays, moves or founds a group. Groups are never merged: a copy that
 * resembles two groups joins the closer one.
 *
 * <p>The signature is computed on the caller's thread; the lookup and the table's update are one at a time.
 */
public final class CopyGroups {
    /** What a document was given: its group, the rank of its copy, and the document it was found to copy (or null). */
    public record Assignment(String group, long rank, CopySignature signature, String copyOf) {}

    private final IndexWriter writer;
    private boolean loaded;
    private final BandTable bands = new BandTable();
    private final Map<Long, Integer> slotById = new HashMap<>();
    /** By slot: the document's id and group key, and its sketch (null once the document is removed or rewritten). */
    private long[] ids = new long[1024];
    private long[] groups = new long[1024];
    private CopySignature.Sketch[] sketches = new CopySignature.Sketch[1024];
    private int slots;

    CopyGroups(IndexWriter writer) {
        this.writer = writer;
    }

    /** Finds the document's group; it counts as written from now on (call {@link #addFields} on its document). */
    public Assignment assign(PolicyDoc doc, String id, String hash) throws IOException {
        CopySignature sig = doc.simplified() == null ? null : CopySignature.of(doc.simplified().text());
        int[] bandHashes = sig == null ? null : sig.bandHashes();
        long rank = CopyRank.of(doc);
        long key = idKey(id);
        // The lock is held by one ingest thread at a time for every document: nothing in it that could run outside
        // (the hex names are made after it; String.format took longer than the lookup).
        long copyGroup;
        long copyId;
        boolean copy;
        synchronized (this) {
            load();
            int best = sig == null ? -1 : bestCopy(sig, bandHashes, key);
            copy = best >= 0;
            copyGroup = copy ? groups[best] : 0;
            copyId = copy ? ids[best] : 0;
            forget(key);
            if (sig != null) remember(key, copy ? copyGroup : groupKey(ownGroup(hash)), sig.sketch(), bandHashes);
        }
        String group = copy ? HEX.toHexDigits(copyGroup) : ownGroup(hash);
        return new Assignment(group, rank, sig, copy ? HEX.toHexDigits(copyId) : null);
    }

    /** The group a document founds when it copies none: named after its content hash, so never another article's. */
    public static String ownGroup(String contentHash) {
        return contentHash.length() >= 16 ? contentHash.substring(0, 16) : contentHash;
    }

    /** Sixteen lower-case hex digits of a long, as {@code String.format("%016x", v)} writes them. */
    private static final HexFormat HEX = HexFormat.of();

    /** A removed document leaves the lookups now. */
    public synchronized void removed(String id) {
        forget(idKey(id));
    }

    /**
     * The slot of the most similar copy among the documents sharing a band, or -1. Runs under the lock both ingest
     * threads take for every document, so it allocates nothing per candidate: slots already weighed are marked with
     * this call's number (a HashSet of boxed slots and a capturing lambda per band took 1.5–2.5 % of an ingest
     * thread's samples), and each candidate's similarity is computed once.
     */
    private int bestCopy(CopySignature sig, int[] bandHashes, long self) {
        int best = -1;
        double bestSimilarity = -1;
        if (seenIn.length < ids.length) seenIn = java.util.Arrays.copyOf(seenIn, ids.length);
        int call = ++calls;
        if (call == 0) { // wrapped after 2^32 calls: stale marks could equal a new call's number
            java.util.Arrays.fill(seenIn, 0);
            call = calls = 1;
        }
        for (int h : bandHashes) {
            int n = bands.slots(h, candidates);
            if (n > candidates.length) {
                candidates = new int[Integer.highestOneBit(n) << 1];
                n = bands.slots(h, candidates);
            }
            for (int k = 0; k < n; k++) {
                int slot = candidates[k];
                CopySignature.Sketch other = sketches[slot];
                if (other == null || ids[slot] == self || seenIn[slot] == call) continue;
                seenIn[slot] = call;
                double s = sig.similarity(other);
                if (!sig.isCopy(s, other)) continue;
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = slot;
                }
            }
        }
        return best;
    }

    /** Per slot, the number of the last {@link #bestCopy} call that weighed it (guarded by this). */
    private int[] seenIn = new int[1024];
    private int calls;
    /** The slots under one band hash, refilled by each band of {@link #bestCopy} (guarded by this). */
    private int[] candidates = new int[64];

    private void remember(long id, long group, CopySignature.Sketch sketch, int[] bandHashes) {
        if (slots == ids.length) {
            ids = java.util.Arrays.copyOf(ids, slots * 2);
            groups = java.util.Arrays.copyOf(groups, slots * 2);
            sketches = java.util.Arrays.copyOf(sketches, slots * 2);
        }
        int slot = slots++;
        ids[slot] = id;
        groups[slot] = group;
        sketches[slot] = sketch;
        slotById.put(id, slot);
        for (int h : bandHashes) bands.add(h, slot);
    }

    /** The document's earlier version no longer matches (its band entries stay, and are skipped). */
    private void forget(long id) {
        Integer old = slotById.remove(id);
        if (old != null) sketches[old] = null;
    }

    /** The documents of the last commit, once, from their doc values: the signature (id in front) and group key. */
    private void load() throws IOException {
        if (loaded) return;
        loaded = true;
        if (!DirectoryReader.indexExists(writer.getDirectory())) return;
        try (DirectoryReader reader = DirectoryReader.open(writer.getDirectory())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues sigs = leaf.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
                NumericDocValues groupKeys = leaf.reader().getNumericDocValues(Fields.GROUP);
                if (sigs == null || groupKeys == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                for (int d = sigs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = sigs.nextDoc()) {
                    if ((live != null && !live.get(d)) || !groupKeys.advanceExact(d)) continue;
                    BytesRef b = sigs.binaryValue();
                    CopySignature cs = b.length <= ID_BYTES ? null : CopySignature.decode(b.bytes, b.offset + ID_BYTES, b.length - ID_BYTES);
                    if (cs == null) continue;
                    long id = ByteBuffer.wrap(b.bytes, b.offset, ID_BYTES).getLong();
                    forget(id);
                    remember(id, groupKeys.longValue(), cs.sketch(), cs.bandHashes());
                }
            }
        }
    }

    private static long idKey(String id) {
        return groupKey(id);
    }

    /** Bytes of an article id (16 hex digits) in front of its signature. */
    private static final int ID_BYTES = 8;

    /** The group fields of a document: its group (term, doc value, stored), rank and signature (with its id in front, which is how the next writer fills its lookup). */
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
}
