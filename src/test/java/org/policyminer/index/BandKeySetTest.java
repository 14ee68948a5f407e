package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.Entities;
import org.policyminer.testing.Docs;

class BandKeySetTest {
    @TempDir Path dir;

    @Test
    void holdsEveryBandKeyOfTheSegmentAndFewOthers() throws Exception {
        try (PolicyIndex idx = PolicyIndex.open(dir, false)) {
            idx.upsertAll(List.of(Docs.doc("https://a.example/1", "t", null, null, CopyTexts.REPORT, Entities.EMPTY),
                    Docs.doc("https://a.example/2", "t", null, null, CopyTexts.OTHER, Entities.EMPTY)));
            idx.commit();
        }
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            BandKeySet set = BandKeySet.of(r.leaves().get(0).reader());
            for (String text : List.of(CopyTexts.REPORT, CopyTexts.OTHER)) {
                for (String key : CopySignature.of(text).bandKeys()) assertTrue(set.mayContain(new BytesRef(key)), key);
            }
            int present = 0;
            for (String key : CopySignature.of(new ScriptConverter().toSimplified(CopyTexts.MIRROR_TRADITIONAL) + "另一段完全不同的文字内容").bandKeys()) {
                if (set.mayContain(new BytesRef(key))) present++;
            }
            assertTrue(present < CopySignature.BANDS, "a changed text shares some bands, not all: " + present);
            assertFalse(set.mayContain(new BytesRef("0:ffffffffffff")));
        }
    }
}
