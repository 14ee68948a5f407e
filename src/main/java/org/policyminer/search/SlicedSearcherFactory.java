package org.policyminer.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that split every query across the cores: segments are dealt into one slice per core, largest first,
 * each slice to the lightest so far, so the slices hold about the same number of documents. Lucene's default
 * slicing groups up to five segments or 250 000 documents per slice, which on an index of a few large segments and
 * many small ones gives more slices than cores and of very different sizes.
 */
final class SlicedSearcherFactory extends SearcherFactory {
    private final Executor executor;
    private final int slices;

    SlicedSearcherFactory(Executor executor, int slices) {
        this.executor = executor;
        this.slices = Math.max(1, slices);
    }

    /**
     * Lucene's default cache skips segments under 10 000 documents, which suits an index that is rewritten every
     * second; ours changes at each ingest commit, and its small segments (the last few batches) hold a tenth of the
     * documents, whose phrase filters then took as long to check as all the cached large segments together.
     */
    private static final QueryCache FILTER_CACHE = new LRUQueryCache(1000, 64L << 20, leaf -> leaf.reader().maxDoc() >= 1024, 10f);

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher s = new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves, slices);
            }
        };
        s.setQueryCache(FILTER_CACHE);
        return s;
    }

    static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int slices) {
        int n = Math.max(1, Math.min(slices, leaves.size()));
        List<List<LeafReaderContext>> bins = new ArrayList<>();
        long[] docs = new long[n];
        for (int i = 0; i < n; i++) bins.add(new ArrayList<>());
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : bySize) {
            int lightest = 0;
            for (int i = 1; i < n; i++) if (docs[i] < docs[lightest]) lightest = i;
            bins.get(lightest).add(leaf);
            docs[lightest] += leaf.reader().maxDoc();
        }
        List<IndexSearcher.LeafSlice> out = new ArrayList<>();
        for (List<LeafReaderContext> bin : bins) {
            if (bin.isEmpty()) continue;
            // Lucene expects the leaves of a slice in index order.
            bin.sort(Comparator.comparingInt(l -> l.ord));
            out.add(new IndexSearcher.LeafSlice(bin));
        }
        return out.toArray(new IndexSearcher.LeafSlice[0]);
    }
}
