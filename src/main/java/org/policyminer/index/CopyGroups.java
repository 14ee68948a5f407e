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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
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

    CopyGroups(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.reader = DirectoryReader.open(writer);
    }

    /** Finds the document's group; it counts as written from now on (call {@link #addFields} on its document). */
    public synchronized Assignment assign(PolicyDoc doc, String id, String hash) throws IOException {
        CopySignature sig = doc.simplified() == null ? null : CopySignature.of(doc.simplified().text());
        long rank = CopyRank.of(doc);
        String group = null;
        String copyOf = null;
        if (sig != null) {
            String[] bands = sig.bandKeys();
            Match best = bestPending(id, sig, bands);
            Match committed = bestCommitted(id, sig, bands);
            if (committed != null && (best == null || committed.similarity() > best.similarity())) best = committed;
            if (best != null) {
                group = best.group();
                copyOf = best.id();
            }
        }
        if (group == null) group = hash.length() >= 16 ? hash.substring(0, 16) : hash;
        remember(new Pending(id, group, sig, sig == null ? new String[0] : sig.bandKeys(), false));
        return new Assignment(group, rank, sig, copyOf);
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

    private static final Set<String> CANDIDATE_FIELDS = Set.of(Fields.ID, Fields.GROUP, Fields.COPY_SIGNATURE);

    private Match bestCommitted(String id, CopySignature sig, String[] bands) throws IOException {
        if (reader.numDocs() == 0) return null;
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String b : bands) q.add(new TermQuery(new Term(Fields.COPY_BANDS, b)), BooleanClause.Occur.SHOULD);
        IndexSearcher s = new IndexSearcher(reader);
        ScoreDoc[] top = s.search(q.build(), CANDIDATES).scoreDocs;
        StoredFields stored = reader.storedFields();
        Match best = null;
        for (ScoreDoc sd : top) {
            Document d = stored.document(sd.doc, CANDIDATE_FIELDS);
            String other = d.get(Fields.ID);
            if (other.equals(id) || pendingById.containsKey(other)) continue; // its current version is pending, or gone
            BytesRef b = d.getBinaryValue(Fields.COPY_SIGNATURE);
            CopySignature cs = b == null ? null : CopySignature.decode(b.bytes, b.offset, b.length);
            if (cs == null || !sig.isCopy(cs)) continue;
            double sim = sig.similarity(cs);
            if (best == null || sim > best.similarity()) best = new Match(other, d.get(Fields.GROUP), sim);
        }
        return best;
    }

    /** The group fields of a document: its group (term, doc value, stored), rank, signature and band terms. */
    public static void addFields(Document d, Assignment a) {
        d.add(new StringField(Fields.GROUP, a.group(), Field.Store.YES));
        d.add(new NumericDocValuesField(Fields.GROUP, groupKey(a.group())));
        d.add(new NumericDocValuesField(Fields.COPY_RANK, a.rank()));
        if (a.signature() != null) {
            d.add(new StoredField(Fields.COPY_SIGNATURE, a.signature().encode()));
            for (String b : a.signature().bandKeys()) d.add(new StringField(Fields.COPY_BANDS, b, Field.Store.NO));
        }
    }

    /** The group id as the number search collapses on (its first 16 hex digits). */
    public static long groupKey(String group) {
        String hex = group.length() > 16 ? group.substring(0, 16) : group;
        try {
            return HexFormat.fromHexDigits(hex);
        } catch (IllegalArgumentException e) {
            return hex.hashCode();
        }
    }

    /**
     * After a commit: the reader moves to it and the pending documents it now holds are dropped. Called with no
     * write in flight (the ingest commits between batches), so every pending document is in the new commit.
     */
    public synchronized void committed() throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
        if (newer != null) {
            reader.close();
            reader = newer;
        }
        pendingById.clear();
        pendingByBand.clear();
    }

    public synchronized void close() throws IOException {
        reader.close();
    }
}
