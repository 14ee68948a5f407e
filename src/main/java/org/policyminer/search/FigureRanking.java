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

    static final Comparator<Ranked> ORDER = (a, b) -> compare(a.year(), a.value(), a.doc(), a.figure(), b);

    private final Figures.Filter filter;
    private final int size;

    FigureRanking(Figures.Filter filter, int size) {
        this.filter = filter;
        this.size = Math.max(1, size);
    }

    /** The order of {@link #ORDER}, for a figure not yet made a {@link Ranked} too, so that a loser costs no object. */
    private static int compare(int year, double value, int doc, int figure, Ranked r) {
        if (year != r.year()) return year > r.year() ? -1 : 1;
        int c = Double.compare(r.value(), value);
        if (c != 0) return c;
        return doc != r.doc() ? Integer.compare(doc, r.doc()) : Integer.compare(figure, r.figure());
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
        private final Figures.Cursor cursor = new Figures.Cursor();
        private final java.util.function.Predicate<Figures.Cursor> matches = filter.matcher();
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
            cursor.reset(values.binaryValue());
            for (int i = 0; cursor.next(); i++) {
                if (!matches.test(cursor)) continue;
                if (best.size() == size) {
                    if (compare(cursor.year(), cursor.value(), docBase + doc, i, best.peek()) >= 0) continue;
                    best.poll();
                }
                best.add(new Ranked(cursor.year(), cursor.value(), docBase + doc, i));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
