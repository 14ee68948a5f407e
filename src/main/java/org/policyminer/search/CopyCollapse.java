package org.policyminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.policyminer.index.Fields;
import org.policyminer.util.LongSet;

/**
 * One hit per near-duplicate group ({@link org.policyminer.index.CopyGroups}): the ranked hits are walked in order
 * and a group's first hit stands for it, shown as the group's canonical member among those that match (the smallest
 * {@link Fields#COPY_RANK}: official source, spam-free, earliest, simplified), with the group's size. Documents
 * written without a group (an index built without them) stand alone.
 *
 * <p>Lucene's grouping module would do the ranking side too, but it is one more dependency for a walk over at most a
 * few hundred hits; the count of distinct groups over all matches is one pass over a doc value.
 */
final class CopyCollapse {
    private CopyCollapse() {}

    /** A group on the page: the hit that ranked it, the canonical member shown for it, its id and size. */
    record Picked(ScoreDoc shown, String group, int copies) {}

    /** The group key of each of these hits (doc ids of the searcher's reader); a hit without one gets a unique key. */
    static Object[] keys(IndexSearcher s, ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Object[] out = new Object[hits.length];
        for (int i = 0; i < hits.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            NumericDocValues v = leaf.reader().getNumericDocValues(Fields.GROUP);
            int local = hits[i].doc - leaf.docBase;
            out[i] = v != null && v.advanceExact(local) ? (Object) v.longValue() : (Object) ("doc" + hits[i].doc);
        }
        return out;
    }

    /** The first hit of each group, in rank order, at most {@code want}. */
    static List<ScoreDoc> firstPerGroup(IndexSearcher s, ScoreDoc[] ranked, int want) throws IOException {
        Object[] keys = keys(s, ranked);
        Set<Object> seen = new HashSet<>();
        List<ScoreDoc> out = new ArrayList<>();
        for (int i = 0; i < ranked.length && out.size() < want; i++) if (seen.add(keys[i])) out.add(ranked[i]);
        return out;
    }

    /**
     * For each group hit: the canonical member among the group's matches, and the group's size in the index. A group of
     * one is its hit; only groups with copies look for their best-ranked match, through one weight of the query made
     * for all of them (a weight per group rebuilt the query's term states ten times a page).
     */
    static List<Picked> canonical(IndexSearcher s, Query matching, List<ScoreDoc> firsts) throws IOException {
        Object[] keys = keys(s, firsts.toArray(ScoreDoc[]::new));
        List<Picked> out = new ArrayList<>(firsts.size());
        Weight weight = null;
        for (int i = 0; i < firsts.size(); i++) {
            ScoreDoc first = firsts.get(i);
            if (!(keys[i] instanceof Long key)) {
                out.add(new Picked(first, null, 1));
                continue;
            }
            String group = String.format("%016x", key); // the group id is 16 hex digits, its key their value
            Term members = new Term(Fields.GROUP, group);
            int size = s.count(new TermQuery(members));
            if (size <= 1) {
                out.add(new Picked(first, group, 1));
                continue;
            }
            if (weight == null) weight = s.createWeight(s.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
            int best = bestRanked(s, weight, members, first.doc);
            out.add(new Picked(new ScoreDoc(best, first.score, first.shardIndex), group, size));
        }
        return out;
    }

    /** The group's member that matches with the smallest copy rank (ties: the lower doc id); {@code fallback} if none. */
    private static int bestRanked(IndexSearcher s, Weight matching, Term group, int fallback) throws IOException {
        long bestRank = Long.MAX_VALUE;
        int best = fallback;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            PostingsEnum members = leaf.reader().postings(group, PostingsEnum.NONE);
            if (members == null) continue;
            Scorer sc = matching.scorer(leaf);
            if (sc == null) continue;
            DocIdSetIterator matches = sc.iterator();
            NumericDocValues ranks = leaf.reader().getNumericDocValues(Fields.COPY_RANK);
            Bits live = leaf.reader().getLiveDocs();
            for (int d = members.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = members.nextDoc()) {
                if (live != null && !live.get(d)) continue;
                int m = matches.docID() < d ? matches.advance(d) : matches.docID();
                if (m == DocIdSetIterator.NO_MORE_DOCS) break;
                if (m != d) continue;
                long r = ranks != null && ranks.advanceExact(d) ? ranks.longValue() : Long.MAX_VALUE - 1;
                int global = leaf.docBase + d;
                if (r < bestRank || (r == bestRank && global < best)) {
                    bestRank = r;
                    best = global;
                }
            }
        }
        return best;
    }

    /** The matches and the distinct groups among them (a document without a group counts as one). */
    record Counts(long hits, long groups) {}

    /**
     * The documents whose group has another live member, by doc id of the reader: read once per reader (two passes over
     * a doc value), so that counting groups hashes only the matches that have copies; a match alone in its group
     * counts one without a lookup. Hashing every match was most of the cost of a folded search.
     */
    static FixedBitSet sharedGroups(IndexReader reader) throws IOException {
        LongSet seen = new LongSet(), repeated = new LongSet();
        forEachGroup(reader, (doc, key) -> {
            if (!seen.add(key)) repeated.add(key);
        });
        FixedBitSet shared = new FixedBitSet(Math.max(1, reader.maxDoc()));
        if (repeated.size() > 0) forEachGroup(reader, (doc, key) -> {
            if (repeated.contains(key)) shared.set(doc);
        });
        return shared;
    }

    private interface GroupVisitor {
        void visit(int doc, long key);
    }

    private static void forEachGroup(IndexReader reader, GroupVisitor visitor) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues groups = leaf.reader().getNumericDocValues(Fields.GROUP);
            if (groups == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            for (int d = groups.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = groups.nextDoc()) {
                if (live == null || live.get(d)) visitor.visit(leaf.docBase + d, groups.longValue());
            }
        }
    }

    /** Counts the matches and their distinct groups in one pass; {@code shared} from {@link #sharedGroups}. */
    static CollectorManager<GroupCounter, Counts> counter(FixedBitSet shared) {
        return new CollectorManager<>() {
            @Override
            public GroupCounter newCollector() {
                return new GroupCounter(shared);
            }

            @Override
            public Counts reduce(Collection<GroupCounter> collectors) {
                LongSet all = null; // the largest of the collectors' sets takes in the others
                for (GroupCounter c : collectors) if (all == null || c.keys.size() > all.size()) all = c.keys;
                long alone = 0, hits = 0;
                for (GroupCounter c : collectors) {
                    if (c.keys != all) all.addAll(c.keys);
                    alone += c.alone;
                    hits += c.hits;
                }
                return new Counts(hits, (all == null ? 0 : all.size()) + alone);
            }
        };
    }

    static final class GroupCounter extends SimpleCollector {
        final LongSet keys = new LongSet();
        long alone;
        long hits;
        private final FixedBitSet shared;
        private NumericDocValues groups;
        private int base;

        GroupCounter(FixedBitSet shared) {
            this.shared = shared;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            groups = context.reader().getNumericDocValues(Fields.GROUP);
            base = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            hits++;
            // shared was read from this searcher's reader, so every doc id is in range
            if (shared.get(base + doc) && groups != null && groups.advanceExact(doc)) keys.add(groups.longValue());
            else alone++;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The groups of the page, keyed by the id of the hit shown for each. */
    static Map<String, SearchResult.Copies> byHitId(List<Picked> picked, List<SearchResult.Hit> hits) {
        Map<String, SearchResult.Copies> out = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            Picked p = picked.get(i);
            out.put(hits.get(i).id(), new SearchResult.Copies(p.group(), p.copies()));
        }
        return out;
    }
}
