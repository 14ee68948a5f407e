package org.policyminer.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policyminer.doc.DocumentLimits;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.index.DocumentStore;
import org.policyminer.index.Fields;

/**
 * The ingest side of the SolrCloud backend: {@link org.policyminer.ingest.IngestService} writes through it as
 * through the local index. An article and its figures go as one block (replacing the block of the same id); an
 * unchanged page (same content hash, read back by real-time get) is skipped. Writes become visible and durable at
 * {@link #commit}, on every replica; a batch the cluster refuses (a node down, no leader for a shard) fails as a
 * whole, each of its documents reported with the cause, and a re-run sends it again.
 */
public final class SolrDocumentStore implements DocumentStore {
    private final SolrClient client;
    private final String collection;
    private final SolrDocuments documents = new SolrDocuments();
    private final boolean ownsClient;

    /** Writes {@code collection} through {@code client}, which stays the caller's (it may serve searches too). */
    public SolrDocumentStore(SolrClient client, String collection) {
        this(client, collection, false);
    }

    private SolrDocumentStore(SolrClient client, String collection, boolean ownsClient) {
        this.client = client;
        this.collection = collection;
        this.ownsClient = ownsClient;
    }

    /** A store with a client of its own, closed with it: what a command that only writes (crawl, watch) opens. */
    public static SolrDocumentStore open(SolrTarget target) {
        return new SolrDocumentStore(target.client(), target.collection(), true);
    }

    @Override
    public Outcome upsert(PolicyDoc doc) throws IOException {
        Upserted u = upsertAll(List.of(doc)).get(0);
        if (u.error() instanceof IOException e) throw e;
        if (u.error() instanceof RuntimeException e) throw e;
        return u.outcome();
    }

    @Override
    public List<Upserted> upsertAll(List<PolicyDoc> docs) {
        Upserted[] out = new Upserted[docs.size()];
        String[] ids = new String[docs.size()];
        String[] hashes = new String[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            try {
                PolicyDoc doc = docs.get(i);
                if (doc.article() != null) DocumentLimits.checkWhole(doc.article());
                ids[i] = doc.id();
                hashes[i] = doc.contentHash();
            } catch (RuntimeException e) {
                out[i] = new Upserted(null, e);
            }
        }
        Map<String, String> stored;
        try {
            stored = storedHashes(ids);
        } catch (IOException e) {
            return failAll(out, e);
        }
        List<SolrInputDocument> batch = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (out[i] != null) continue;
            String old = stored.get(ids[i]);
            if (hashes[i].equals(old)) {
                out[i] = new Upserted(Outcome.UNCHANGED, null);
                continue;
            }
            try {
                batch.add(documents.of(docs.get(i), ids[i], hashes[i]));
                sent.add(i);
                out[i] = new Upserted(old == null ? Outcome.ADDED : Outcome.UPDATED, null);
                stored.put(ids[i], hashes[i]); // the same page again later in this batch is unchanged
            } catch (RuntimeException e) {
                out[i] = new Upserted(null, e);
            }
        }
        if (!batch.isEmpty()) {
            try {
                UpdateRequest req = new UpdateRequest();
                req.add(batch);
                req.process(client, collection);
            } catch (SolrServerException | IOException | RuntimeException e) {
                IOException failed = new IOException("SolrCloud refused a batch of " + batch.size() + " documents (" + oneLine(e)
                        + "); nothing of it is committed, ingest it again", e);
                for (int i : sent) out[i] = new Upserted(null, failed);
            }
        }
        return List.of(out);
    }

    private static List<Upserted> failAll(Upserted[] out, IOException e) {
        for (int i = 0; i < out.length; i++) if (out[i] == null) out[i] = new Upserted(null, e);
        return List.of(out);
    }

    /** The stored content hash of each id that is in the collection (real-time get: uncommitted writes count). */
    private Map<String, String> storedHashes(String[] ids) throws IOException {
        List<String> wanted = new ArrayList<>();
        for (String id : ids) if (id != null) wanted.add(id);
        Map<String, String> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        try {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("fl", Fields.ID + "," + Fields.HASH);
            for (SolrDocument d : getById(client, collection, wanted, p)) {
                Object hash = d.getFirstValue(Fields.HASH);
                if (hash != null) out.put(String.valueOf(d.getFirstValue(Fields.ID)), hash.toString());
            }
            return out;
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("SolrCloud could not say which documents it has (" + oneLine(e) + ")", e);
        }
    }

    @Override
    public boolean removeByUrl(String url) throws IOException {
        String id = PolicyDoc.idFor(url);
        try {
            if (client.getById(collection, id) == null) return false;
            // the article's block: the article and its figures
            client.deleteByQuery(collection, "_root_:" + org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(id));
            return true;
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("SolrCloud refused to delete " + url + " (" + oneLine(e) + ")", e);
        }
    }

    @Override
    public int size() {
        try {
            SolrQuery q = new SolrQuery(SolrDocuments.DOC_TYPE + ":" + SolrDocuments.ARTICLE).setRows(0);
            return (int) client.query(collection, q).getResults().getNumFound();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IllegalStateException("SolrCloud could not count the articles (" + oneLine(e) + ")", e);
        }
    }

    /** Hard commit on every shard's replicas, a new searcher opened: what was sent is durable and searchable. */
    @Override
    public void commit() throws IOException {
        // A commit is idempotent: one refused while a shard elects a new leader (a node just stopped: "No leader
        // replicas available") is asked again until the election has had its time, then the refusal stands.
        long deadline = System.nanoTime() + COMMIT_RETRY_NANOS;
        while (true) {
            try {
                client.commit(collection, true, true);
                return;
            } catch (SolrServerException | RuntimeException e) {
                if (!leaderMissing(e) || System.nanoTime() > deadline) {
                    throw new IOException("SolrCloud refused to commit (" + oneLine(e) + "); the batch since the last commit may be lost, ingest it again", e);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while SolrCloud elected a leader", ie);
                }
            }
        }
    }

    /** How long a commit waits for a shard's leader election (ZooKeeper's session timeout and a little). */
    static final long COMMIT_RETRY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(45);

    private static boolean leaderMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No leader") || m.contains("no leader"))) return true;
        }
        return false;
    }

    /** Closes the client only when the store opened it ({@link #open}). */
    @Override
    public void close() throws IOException {
        if (ownsClient) client.close();
    }

    /** Ids a real-time get asks for at once: they go in the URL, and 500 of them passed Jetty's 8 KB header limit. */
    static final int IDS_PER_GET = 100;

    /** Real-time get of many ids, {@value #IDS_PER_GET} a request. */
    static List<SolrDocument> getById(SolrClient client, String collection, List<String> ids, ModifiableSolrParams p)
            throws SolrServerException, IOException {
        List<SolrDocument> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IDS_PER_GET) out.addAll(client.getById(collection, ids.subList(i, Math.min(ids.size(), i + IDS_PER_GET)), p));
        return out;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
