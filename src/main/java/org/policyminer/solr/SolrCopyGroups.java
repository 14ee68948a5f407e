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
import org.policyminer.index.PendingCopies;

/**
 * Near-duplicate groups on the SolrCloud backend, assigned when a document is written, by the local index's rules:
 * the same signature ({@link CopySignature}), rank ({@link CopyRank}) and choice of group ({@link PendingCopies}).
 * Only the lookup among committed documents differs: where the local index reads its segments' band terms, this asks
 * the collection for the articles that share most bands ({@link Fields#COPY_BANDS}, one string per band; each shared
 * band scores 1), {@value CopyGroups#CANDIDATES} at most, and verifies their stored signatures here. Documents written
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

    /** The document's group; it counts as written from now on. */
    CopyGroups.Assignment assign(PolicyDoc doc, String id, String hash) throws IOException {
        CopySignature sig = doc.simplified() == null ? null : CopySignature.of(doc.simplified().text());
        long rank = CopyRank.of(doc);
        List<PendingCopies.Match> committed = sig == null ? List.of() : committedCopies(id, sig);
        return pending.assign(id, hash, sig, rank, committed);
    }

    void removed(String id) {
        pending.removed(id);
    }

    /** After a commit that holds every document written so far (the ingest commits with no write in flight). */
    void committed() {
        pending.committed();
    }

    private List<PendingCopies.Match> committedCopies(String id, CopySignature sig) throws IOException {
        StringBuilder q = new StringBuilder();
        for (String band : sig.bandKeys()) q.append(Fields.COPY_BANDS).append(":\"").append(band).append("\"^=1 ");
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q.toString().strip());
        p.set("q.op", "OR");
        p.add("fq", SolrQueries.ARTICLES);
        p.add("fq", "-" + SolrQueries.term(Fields.ID, id)); // never its own former version
        p.set("sort", "score desc,_version_ asc"); // of equal shared bands the one written first, as locally
        p.set("rows", CopyGroups.CANDIDATES);
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
