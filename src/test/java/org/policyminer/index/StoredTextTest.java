package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class StoredTextTest {
    @Test
    void readsBackWhatWasStoredAsBytesOrAsAString() throws Exception {
        String longText = "深圳市新一代信息通信集群產值突破4000億元。".repeat(80);   // over 1024 characters
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                Document d = new Document();
                d.add(StoredText.of("body", longText));
                d.add(new StoredField("old", "an index written before stored strings"));
                w.addDocument(d);
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                Document d = r.storedFields().document(0);
                assertEquals(longText, StoredText.read(d, "body"));
                assertEquals("an index written before stored strings", StoredText.read(d, "old"));
                assertNull(StoredText.read(d, "missing"));
            }
        }
    }
}
