package org.policyminer.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.CopyGroups;
import org.policyminer.index.CopyRank;
import org.policyminer.index.CopySignature;
import org.policyminer.index.Fields;

/**
 * Near-duplicate groups on the SolrCloud backend, assigned when a document is written, by the local index's rules:
 * the same signature ({@link CopySignature}), rank ({@link CopyRank}) and choice of group ({@link PendingCopies}).
 * Only the lookup among committed documents differs: where the local index keeps its band hashes in memory, this asks
 * the collection for the articles that share most bands ({@link SolrDocuments#COPY_BANDS}, one string per band; each
 * shared band scores 1), {@value #CANDIDATES} at most, and verifies their stored signatures here. Documents written
 * since the last commit are not searchable yet: {@link PendingCopies} holds them until {@link #committed}.
 */
final class SolrCopyGroups {
    private final SolrClient client;
    private final String collection;
    private final PendingCopies pending = new PendingCopies();

    SolrCopyGroups(SolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    /** A document's signature, rank and committed copies, looked up ahead of its assignment; or why the lookup failed. */
    record Lookup(CopySignature signature, long rank, List<PendingCopies.Match> committed, IOException error) {}

    /**
     * Looks up the committed copies of these documents side by side ({@value #LOOKUP_THREADS} requests in flight):
     * one request per page, each a round trip to the cluster, was what an ingest waited for. Safe ahead of the
     * assignments because the committed documents do not change until the next commit, which waits for the batch.
     */
    List<Lookup> lookUp(List<PolicyDoc> docs, List<String> ids) {
        List<java.util.concurrent.Future<Lookup>> futures = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            PolicyDoc doc = docs.get(i);
            String id = ids.get(i);
            futures.add(LOOKUPS.submit(() -> lookUp(doc, id)));
        }
        List<Lookup> out = new ArrayList<>(docs.size());
        for (java.util.concurrent.Future<Lookup> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.add(new Lookup(null, 0, List.of(), new IOException("interrupted while looking up copies", e)));
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                out.add(new Lookup(null, 0, List.of(), c instanceof IOException io ? io : new IOException(c.getMessage(), c)));
            }
        }
        return out;
    }

    private Lookup lookUp(PolicyDoc doc, String id) {
        CopySignature sig = doc.simplified() == null ? null : CopySignature.of(doc.simplified().text());
        long rank = CopyRank.of(doc);
        try {
            return new Lookup(sig, rank, sig == null ? List.of() : committedCopies(id, sig), null);
        } catch (IOException e) {
            return new Lookup(sig, rank, List.of(), e);
        }
    }

    /** The document's group from its lookup; it counts as written from now on. */
    CopyGroups.Assignment assign(Lookup looked, String id, String hash) throws IOException {
        if (looked.error() != null) throw looked.error();
        return pending.assign(id, hash, looked.signature(), looked.rank(), looked.committed());
    }

    /** Candidates read per lookup, ranked by the number of bands they share (as many as the local index once read). */
    static final int CANDIDATES = 20;

    /**
     * The signature's LSH bands as strings for the collection's band field: the band's number and its hash
     * ({@link CopySignature#bandHashes}, the same the local index files a document under).
     */
    static String[] bandKeys(CopySignature sig) {
        int[] hashes = sig.bandHashes();
        String[] out = new String[hashes.length];
        for (int b = 0; b < hashes.length; b++) out[b] = Integer.toString(b, 36) + ":" + Integer.toHexString(hashes[b]);
        return out;
    }

    /** Requests in flight for the lookups of one batch; they wait on the cluster, not on this machine's cores. */
    static final int LOOKUP_THREADS = 8;

    private static final java.util.concurrent.ExecutorService LOOKUPS = java.util.concurrent.Executors.newFixedThreadPool(LOOKUP_THREADS, r -> {
        Thread t = new Thread(r, "solr-copy-lookup");
        t.setDaemon(true);
        return t;
    });

    void removed(String id) {
        pending.removed(id);
    }

    /** After a commit that holds every document written so far (the ingest commits with no write in flight). */
    void committed() {
        pending.committed();
    }

    private List<PendingCopies.Match> committedCopies(String id, CopySignature sig) throws IOException {
        StringBuilder q = new StringBuilder();
        for (String band : bandKeys(sig)) q.append(SolrDocuments.COPY_BANDS).append(":\"").append(band).append("\"^=1 ");
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q.toString().strip());
        p.set("q.op", "OR");
        p.add("fq", SolrQueries.ARTICLES);
        p.add("fq", "-" + SolrQueries.term(Fields.ID, id)); // never its own former version
        p.set("sort", "score desc,_version_ asc"); // of equal shared bands the one written first, as locally
        p.set("rows", CANDIDATES);
        p.set("fl", Fields.ID + "," + Fields.GROUP + "," + Fields.COPY_SIGNATURE);
        List<PendingCopies.Match> out = new ArrayList<>();
        try {
            for (SolrDocument d : client.query(collection, p, SolrRequest.METHOD.POST).getResults()) {
                byte[] bytes = SolrDocuments.bytes(d.getFirstValue(Fields.COPY_SIGNATURE));
                CopySignature cs = CopySignature.decode(bytes, 0, bytes.length);
                Object group = d.getFirstValue(Fields.GROUP);
                if (cs == null || group == null || !sig.isCopy(cs)) continue;
                out.add(new PendingCopies.Match(String.valueOf(d.getFirstValue(Fields.ID)), group.toString(), sig.similarity(cs)));
            }
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("SolrCloud could not look up the copies of a page (" + SolrDocumentStore.oneLine(e) + "); it is not written, ingest it again", e);
        }
        return out;
    }
}
