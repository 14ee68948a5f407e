package org.policyminer.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final SolrCopyGroups groups;
    /** id → the article each document written in this session was found to copy, for {@link #copyOf}. */
    private final Map<String, String> copies = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean ownsClient;

    /** Writes {@code collection} through {@code client}, which stays the caller's (it may serve searches too). */
    public SolrDocumentStore(SolrClient client, String collection) {
        this(client, collection, false);
    }

    private SolrDocumentStore(SolrClient client, String collection, boolean ownsClient) {
        this.client = client;
        this.collection = collection;
        this.ownsClient = ownsClient;
        this.groups = new SolrCopyGroups(client, collection);
    }

    /**
     * A store with a client of its own, closed with it: what a command opens (ingest, crawl, watch); refuses a
     * collection not routed by group ({@link SolrCollections#requireGroupRouting}).
     */
    public static SolrDocumentStore open(SolrTarget target) throws IOException {
        org.apache.solr.client.solrj.impl.CloudSolrClient client = target.client();
        try {
            SolrCollections.requireGroupRouting(client, target.collection());
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
        return new SolrDocumentStore(client, target.collection(), true);
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
        Map<String, Stored> stored;
        try {
            stored = stored(ids);
        } catch (IOException e) {
            return failAll(out, e);
        }
        // which documents to write (changed or new; the same page again later in this batch is unchanged)
        Stored[] olds = new Stored[docs.size()];
        List<Integer> toWrite = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (out[i] != null) continue;
            olds[i] = stored.get(ids[i]);
            if (olds[i] != null && hashes[i].equals(olds[i].hash())) {
                out[i] = new Upserted(Outcome.UNCHANGED, null);
                continue;
            }
            toWrite.add(i);
            stored.put(ids[i], new Stored(hashes[i], null));
        }
        List<SolrCopyGroups.Lookup> lookups = groups.lookUp(toWrite.stream().map(docs::get).toList(), toWrite.stream().map(i -> ids[i]).toList());
        List<SolrInputDocument> batch = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (int k = 0; k < toWrite.size(); k++) {
            int i = toWrite.get(k);
            Stored old = olds[i];
            try {
                org.policyminer.index.CopyGroups.Assignment group = groups.assign(lookups.get(k), ids[i], hashes[i]);
                batch.add(documents.of(docs.get(i), ids[i], hashes[i], group));
                sent.add(i);
                // a page that changed group changes shard (the collection is routed by group): its old block goes first
                if (old != null && old.group() != null && !old.group().equals(group.group())) moved.add(ids[i]);
                if (group.copyOf() != null) copies.put(ids[i], group.copyOf());
                else copies.remove(ids[i]);
                out[i] = new Upserted(old == null ? Outcome.ADDED : Outcome.UPDATED, null, group.copyOf());
            } catch (IOException | RuntimeException e) {
                out[i] = new Upserted(null, e);
            }
        }
        if (!batch.isEmpty()) {
            try {
                if (!moved.isEmpty()) client.deleteByQuery(collection, "{!terms f=_root_}" + String.join(",", moved));
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

    /** What the collection holds of an article: its content hash and near-duplicate group (null: written without one). */
    private record Stored(String hash, String group) {}

    private static List<Upserted> failAll(Upserted[] out, IOException e) {
        for (int i = 0; i < out.length; i++) if (out[i] == null) out[i] = new Upserted(null, e);
        return List.of(out);
    }

    /** The stored content hash and group of each id that is in the collection (as of the last commit). */
    private Map<String, Stored> stored(String[] ids) throws IOException {
        List<String> wanted = new ArrayList<>();
        for (String id : ids) if (id != null) wanted.add(id);
        Map<String, Stored> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        try {
            for (SolrDocument d : byIds(client, collection, wanted, List.of(Fields.ID, Fields.HASH, Fields.GROUP))) {
                Object hash = d.getFirstValue(Fields.HASH);
                Object group = d.getFirstValue(Fields.GROUP);
                if (hash != null) out.put(String.valueOf(d.getFirstValue(Fields.ID)), new Stored(hash.toString(), group == null ? null : group.toString()));
            }
            return out;
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("SolrCloud could not say which documents it has (" + oneLine(e) + "); nothing of the batch is written, ingest it again", e);
        }
    }

    @Override
    public boolean removeByUrl(String url) throws IOException {
        String id = PolicyDoc.idFor(url);
        try {
            if (byIds(client, collection, List.of(id), List.of(Fields.ID)).isEmpty()) return false;
            // the article's block: the article and its figures, on whichever shard its group put it
            client.deleteByQuery(collection, "_root_:" + org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(id));
            groups.removed(id);
            copies.remove(id);
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
                groups.committed();
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

    /** Ids asked for in one request (a POST: the list is not limited by the URL's length). */
    static final int IDS_PER_REQUEST = 500;

    /**
     * The articles with these ids, only {@code fields} when given, as of the last commit: a query over every shard,
     * not a real-time get, which finds a document on the shard its id hashes to, and the collection is routed by
     * group. Everything written is committed before it is asked for again (the ingest commits between batches, crawl
     * and watch after every page), and a page twice in one batch is caught by the batch itself.
     */
    static List<SolrDocument> byIds(SolrClient client, String collection, List<String> ids, List<String> fields)
            throws SolrServerException, IOException {
        List<SolrDocument> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IDS_PER_REQUEST) {
            List<String> part = ids.subList(i, Math.min(ids.size(), i + IDS_PER_REQUEST));
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "{!terms f=" + Fields.ID + "}" + String.join(",", part));
            p.add("fq", SolrQueries.ARTICLES);
            p.set("rows", part.size());
            if (fields != null) p.set("fl", String.join(",", fields));
            out.addAll(client.query(collection, p, org.apache.solr.client.solrj.SolrRequest.METHOD.POST).getResults());
        }
        return out;
    }

    @Override
    public Optional<String> copyOf(String url) {
        return Optional.ofNullable(copies.get(PolicyDoc.idFor(url)));
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
