package org.policyminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.index.Fields;
import org.policyminer.index.PolicyIndex;

/** How the body's word view is indexed, which the search path relies on for its speed. */
class BodyWordsFieldTest {
    @TempDir Path dir;

    @Test
    void everyDocumentHasANormInEachTextViewSoScoringAndFlushingReadThemDensely() throws Exception {
        Path index = dir.resolve("norms");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            for (int i = 0; i < 5; i++) idx.upsert(FacetOrdinalsTest.randomDoc(i, new SplittableRandom(i)));
            idx.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            // Every document is an article with all four views, figures included (they are points on the article).
            assertEquals(5, reader.maxDoc());
            for (String field : List.of(Fields.BODY_WORDS, Fields.BODY, Fields.TITLE, Fields.TITLE_WORDS)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        assertTrue(norms.advanceExact(doc), "document " + doc + " has no " + field + " norm");
                    }
                }
            }
        }
    }

    @Test
    void theBodyWordViewKeepsFrequenciesButNoPositions() throws Exception {
        Path index = dir.resolve("options");
        try (PolicyIndex idx = PolicyIndex.open(index, false)) {
            idx.upsert(FacetOrdinalsTest.randomDoc(1, new SplittableRandom(1)));
            idx.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(IndexOptions.DOCS_AND_FREQS, FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.BODY_WORDS).getIndexOptions());
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.BODY).getIndexOptions(),
                    "phrases are matched in the bigram view, which needs positions");
        }
    }
}
