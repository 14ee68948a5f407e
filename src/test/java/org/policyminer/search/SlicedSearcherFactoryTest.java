package org.policyminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SlicedSearcherFactoryTest {
    @Test
    void segmentsAreDealtIntoEvenSlicesInIndexOrder() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            int[] sizes = {50, 10, 40, 20, 30, 5};
            for (int size : sizes) {
                for (int i = 0; i < size; i++) {
                    Document d = new Document();
                    d.add(new StringField("f", "v", Field.Store.NO));
                    w.addDocument(d);
                }
                w.flush();
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher.LeafSlice[] slices = SlicedSearcherFactory.balanced(r.leaves(), 2);
                assertEquals(2, slices.length);
                Set<Integer> seen = new HashSet<>();
                List<Integer> docs = new ArrayList<>();
                for (IndexSearcher.LeafSlice s : slices) {
                    int sum = 0, last = -1;
                    for (LeafReaderContext l : s.leaves) {
                        assertTrue(l.ord > last, "leaves of a slice are in index order");
                        last = l.ord;
                        assertTrue(seen.add(l.ord), "each segment in one slice only");
                        sum += l.reader().maxDoc();
                    }
                    docs.add(sum);
                }
                assertEquals(sizes.length, seen.size());
                assertEquals(155, docs.get(0) + docs.get(1));
                assertTrue(Math.abs(docs.get(0) - docs.get(1)) <= 5, "slices hold about the same number of documents: " + docs);
                assertEquals(1, SlicedSearcherFactory.balanced(r.leaves(), 1).length);
            }
        }
    }
}
