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
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.util.Sentences;
import org.policyminer.view.DocViews;

class DocumentMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theStoredEntitiesAreTheRecognisedOnesWithARowPerFigure() throws Exception {
        PolicyMiner miner = PolicyMiner.create();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        int pages = 0;
        try (Stream<Path> files = Files.walk(Path.of("corpora/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                PolicyDoc doc = miner.process(p.toString());
                if (doc.entities().amounts().size() < 2) continue;
                Document article = mapper.document(doc, "hash");
                StoredEntities.Decoded stored = StoredEntities.decode(article.getBinaryValue(Fields.ENTITIES), doc.originalText());
                assertEquals(JSON.writeValueAsString(DocViews.entities(doc.entities())), JSON.writeValueAsString(DocViews.entities(stored.entities())), p.toString());
                assertEquals(doc.entities().amounts().size(), stored.rows().size(), "one exported row per figure, in order");
                for (int i = 0; i < stored.rows().size(); i++) {
                    AmountMention a = doc.entities().amounts().get(i);
                    assertEquals(new Sentences(doc.analysedText()).around(doc.analysedText(), a.start(), a.end()), stored.rows().get(i).sentence(doc.analysedText()));
                    assertEquals(FigureCitiesByScan.of(doc.entities(), a, doc.analysedText()), stored.rows().get(i).cities());
                }
                pages++;
            }
        }
        assertTrue(pages >= 5, "pages with two figures or more: " + pages);
    }
}
