package org.policyminer.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyminer.index.CopyGroups;
import org.policyminer.index.CopySignature;

/**
 * The documents written into the collection since its last commit, which a query cannot find yet, held by band key,
 * and the choice of a document's group among its copies, pending and committed: the rule of the local index
 * ({@link CopyGroups}): the most similar copy's group, else a group of its own named after the document's content
 * hash; a committed copy whose current version is pending, or which was removed since, does not count.
 *
 * <p>Thread-safe; one lock, held only while pending documents are looked up and remembered.
 */
final class PendingCopies {
    /** A copy found for a document: its id, its group, and the estimated similarity of the two texts. */
    record Match(String id, String group, double similarity) {}

    /** A document written since the last commit, or removed ({@code signature} null, {@code removed} true). */
    private record Pending(String id, String group, CopySignature signature, String[] bands, boolean removed) {}

    private final Map<String, Pending> pendingById = new HashMap<>();
    private final Map<String, List<Pending>> pendingByBand = new HashMap<>();

    /**
     * The document's group: that of its most similar copy, pending or among {@code committed} (copies whose current
     * version is pending, or which were removed since, do not count), else a group of its own named after its content
     * hash; the document counts as written from now on.
     */
    synchronized CopyGroups.Assignment assign(String id, String hash, CopySignature sig, long rank, List<Match> committed) {
        String[] bands = sig == null ? new String[0] : SolrCopyGroups.bandKeys(sig);
        Match best = sig == null ? null : bestPending(id, sig, bands);
        for (Match m : committed) {
            if (pendingById.containsKey(m.id())) continue; // its current version is pending, or it is gone
            if (best == null || m.similarity() > best.similarity()) best = m;
        }
        String group = best != null ? best.group() : CopyGroups.ownGroup(hash);
        remember(new Pending(id, group, sig, bands, false));
        return new CopyGroups.Assignment(group, rank, sig, best == null ? null : best.id());
    }

    /** A removed document leaves the lookups now, before the next commit drops it from the committed ones. */
    synchronized void removed(String id) {
        remember(new Pending(id, null, null, new String[0], true));
    }

    /** After a commit that holds every pending document: they are found among the committed ones from now on. */
    synchronized void committed() {
        pendingById.clear();
        pendingByBand.clear();
    }

    private void remember(Pending p) {
        Pending old = pendingById.put(p.id(), p);
        if (old != null) for (String b : old.bands()) {
            List<Pending> l = pendingByBand.get(b);
            if (l != null) l.remove(old);
        }
        for (String b : p.bands()) pendingByBand.computeIfAbsent(b, k -> new ArrayList<>(2)).add(p);
    }

    private Match bestPending(String id, CopySignature sig, String[] bands) {
        Match best = null;
        Set<String> seen = new HashSet<>();
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
}
