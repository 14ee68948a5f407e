package org.policyminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.policyminer.index.Figures;

/**
 * The best {@code size} figures of the matching articles, newest year first (figures without a year last), then
 * the larger value, then in index order. Reads the figures' doc value only; the winners' stored rows are read after.
 */
final class FigureRanking implements CollectorManager<FigureRanking.Collector, List<FigureRanking.Ranked>> {
    /** Figure {@code figure} (its position in the article) of the article with global doc id {@code doc}. */
    record Ranked(int year, double value, int doc, int figure) {}

    static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::year).reversed()
            .thenComparing(Comparator.comparingDouble(Ranked::value).reversed())
            .thenComparingInt(Ranked::doc)
            .thenComparingInt(Ranked::figure);

    private final Figures.Filter filter;
    private final int size;

    FigureRanking(Figures.Filter filter, int size) {
        this.filter = filter;
        this.size = Math.max(1, size);
    }

    @Override
    public Collector newCollector() {
        return new Collector();
    }

    @Override
    public List<Ranked> reduce(Collection<Collector> collectors) {
        List<Ranked> all = new ArrayList<>();
        for (Collector c : collectors) all.addAll(c.best);
        all.sort(ORDER);
        return all.size() > size ? all.subList(0, size) : all;
    }

    final class Collector extends SimpleCollector {
        /** The worst kept figure at the head, so a better one can replace it. */
        private final PriorityQueue<Ranked> best = new PriorityQueue<>(ORDER.reversed());
        private BinaryDocValues values;
        private int docBase;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getBinary(context.reader(), Figures.VALUES);
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!values.advanceExact(doc)) return;
            List<Figures.Decoded> figures = Figures.decode(values.binaryValue());
            for (int i = 0; i < figures.size(); i++) {
                Figures.Decoded f = figures.get(i);
                if (!filter.matches(f)) continue;
                Ranked r = new Ranked(f.year(), f.value(), docBase + doc, i);
                if (best.size() < size) {
                    best.add(r);
                } else if (ORDER.compare(r, best.peek()) < 0) {
                    best.poll();
                    best.add(r);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
