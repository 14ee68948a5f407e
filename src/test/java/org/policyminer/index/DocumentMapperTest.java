package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.view.DocViews;

class DocumentMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void storedJsonIsTheViewsJsonWithEachFigureWrittenOnce() throws Exception {
        PolicyMiner miner = PolicyMiner.create();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("corpora/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                PolicyDoc doc = miner.process(p.toString());
                if (doc.entities().amounts().size() < 2) continue;
                Document article = mapper.document(doc, "hash");
                assertEquals(JSON.writeValueAsString(DocViews.entities(doc.entities())), StoredText.read(article, Fields.ENTITIES_JSON), p.toString());
                String[] rows = article.getValues(Figures.ROW);
                assertEquals(doc.entities().amounts().size(), rows.length, "one exported row per figure, in order");
                for (int i = 0; i < rows.length; i++) {
                    assertEquals(JSON.readTree(JSON.writeValueAsString(DocViews.amount(doc.entities().amounts().get(i)))), JSON.readTree(rows[i]).get("amount"));
                }
                pages++;
            }
        }
        assertTrue(pages >= 5, "pages with two figures or more: " + pages);
    }
}
