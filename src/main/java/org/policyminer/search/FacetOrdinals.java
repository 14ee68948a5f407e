package org.policyminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Every document's facet ordinals, read once per reader into two int arrays, so that counting the facets of a
 * query is a walk over plain arrays. Counting straight from the doc values decodes each matching document's
 * ordinals again on every query: at 100 000 articles, with most queries matching half of them, that decoding was
 * two thirds of a faceted search. The arrays cost about 4 bytes per document plus 4 per facet value (a few MB at
 * 100 000 articles) and are rebuilt when the reader changes.
 */
final class FacetOrdinals {
    private final SortedSetDocValuesReaderState state;
    /**
     * Ordinals of document d are {@code ords[start[d]] .. ords[start[d + 1] - 1]}, as global ordinals. Held as
     * chars (unsigned 16 bits) while there are fewer than 65 536 facet values, which is every index of this kind we
     * have seen: counting streams through this array, so half the bytes is most of the speed.
     */
    private final int[] start;
    private final char[] ords;

    private FacetOrdinals(SortedSetDocValuesReaderState state, int[] start, char[] ords) {
        this.state = state;
        this.start = start;
        this.ords = ords;
    }

    static FacetOrdinals read(SortedSetDocValuesReaderState state) throws IOException {
        int maxDoc = state.getReader().maxDoc();
        int[] start = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc)];
        int n = 0;
        SortedSetDocValues dv = state.getDocValues();
        int next = 0; // documents before the current one without facets get an empty range
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            while (next <= doc) start[next++] = n;
            int count = dv.docValueCount();
            if (n + count > ords.length) ords = java.util.Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
            for (int i = 0; i < count; i++) ords[n++] = (int) dv.nextOrd();
        }
        while (next <= maxDoc) start[next++] = n;
        if (state.getSize() > Character.MAX_VALUE + 1) {
            throw new IllegalStateException("more than 65 536 facet values (" + state.getSize() + "): facet ordinals need a wider array");
        }
        char[] narrow = new char[n];
        for (int i = 0; i < n; i++) narrow[i] = (char) ords[i];
        return new FacetOrdinals(state, start, narrow);
    }

    SortedSetDocValuesReaderState state() {
        return state;
    }

    /**
     * Counts facet values while the query collects its hits, each search thread into its own array: no set of
     * matching documents is built and walked again afterwards.
     */
    CollectorManager<Counter, int[]> counter() {
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() {
                return new Counter(new int[state.getSize()]);
            }

            @Override
            public int[] reduce(Collection<Counter> collectors) {
                int[] total = new int[state.getSize()];
                for (Counter c : collectors) for (int i = 0; i < total.length; i++) total[i] += c.counts[i];
                return total;
            }
        };
    }

    /** One search thread's counts. */
    final class Counter extends SimpleCollector {
        private final int[] counts;
        private int base;

        private Counter(int[] counts) {
            this.counts = counts;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
        }

        @Override
        public void collect(int doc) {
            int d = base + doc;
            for (int k = start[d], end = start[d + 1]; k < end; k++) counts[ords[k]]++;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The top {@code top} values of each dimension, from the counts of {@link #counter()}. */
    Map<String, Map<String, Integer>> top(int[] counts, List<String> dims, int top) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        SortedSetDocValues labels = state.getDocValues();
        for (String dim : dims) out.put(dim, topOf(dim, counts, top, labels));
        return out;
    }

    /** Most frequent first; ties in label order, as Lucene's own facet counts break them. */
    private Map<String, Integer> topOf(String dim, int[] counts, int top, SortedSetDocValues labels) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        Map<String, Integer> out = new LinkedHashMap<>();
        if (range == null) return out;
        List<Integer> best = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) if (counts[ord] > 0) best.add(ord);
        best.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
        for (int ord : best.subList(0, Math.min(top, best.size()))) {
            BytesRef term = labels.lookupOrd(ord);
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            out.put(path[path.length - 1], counts[ord]);
        }
        return out;
    }
}
