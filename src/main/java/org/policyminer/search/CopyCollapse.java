package org.policyminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.policyminer.index.Fields;

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

    /** For each group hit: the canonical member among the group's matches, and the group's size in the index. */
    static List<Picked> canonical(IndexSearcher s, Query matching, List<ScoreDoc> firsts) throws IOException {
        List<Picked> out = new ArrayList<>(firsts.size());
        for (ScoreDoc first : firsts) {
            String group = s.getIndexReader().storedFields().document(first.doc, Set.of(Fields.GROUP)).get(Fields.GROUP);
            if (group == null) {
                out.add(new Picked(first, null, 1));
                continue;
            }
            TermQuery members = new TermQuery(new Term(Fields.GROUP, group));
            Query matchingMembers = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.FILTER)
                    .add(members, BooleanClause.Occur.FILTER).build();
            int best = bestRanked(s, matchingMembers, first.doc);
            out.add(new Picked(new ScoreDoc(best, first.score, first.shardIndex), group, s.count(members)));
        }
        return out;
    }

    /** The member with the smallest copy rank (ties: the lower doc id); {@code fallback} when none is found. */
    private static int bestRanked(IndexSearcher s, Query q, int fallback) throws IOException {
        long[] best = {Long.MAX_VALUE, fallback};
        org.apache.lucene.search.Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            org.apache.lucene.search.Scorer sc = w.scorer(leaf);
            if (sc == null) continue;
            NumericDocValues ranks = leaf.reader().getNumericDocValues(Fields.COPY_RANK);
            var it = sc.iterator();
            for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                long r = ranks != null && ranks.advanceExact(d) ? ranks.longValue() : Long.MAX_VALUE - 1;
                int global = leaf.docBase + d;
                if (r < best[0] || (r == best[0] && global < best[1])) {
                    best[0] = r;
                    best[1] = global;
                }
            }
        }
        return (int) best[1];
    }

    /** Counts the distinct groups among all matches (a document without a group counts as one). */
    static CollectorManager<GroupCounter, Long> counter() {
        return new CollectorManager<>() {
            @Override
            public GroupCounter newCollector() {
                return new GroupCounter();
            }

            @Override
            public Long reduce(Collection<GroupCounter> collectors) {
                Set<Long> all = new HashSet<>();
                long alone = 0;
                for (GroupCounter c : collectors) {
                    all.addAll(c.keys);
                    alone += c.alone;
                }
                return all.size() + alone;
            }
        };
    }

    static final class GroupCounter extends SimpleCollector {
        final Set<Long> keys = new HashSet<>();
        long alone;
        private NumericDocValues groups;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            groups = context.reader().getNumericDocValues(Fields.GROUP);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (groups != null && groups.advanceExact(doc)) keys.add(groups.longValue());
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
