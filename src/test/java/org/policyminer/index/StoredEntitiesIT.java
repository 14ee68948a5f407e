package org.policyminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.PolicyMiner;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.search.PolicySearcher;
import org.policyminer.search.SearchRequest;
import org.policyminer.search.TargetRow;
import org.policyminer.util.Sentences;
import org.policyminer.view.DocViews;

/**
 * What the index gives back for each corpus article, its entities (article view) and the rows of its figures
 * (targets), is what the recogniser found in it, mention texts in the page's own script included.
 */
class StoredEntitiesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    @Test
    void articleEntitiesAndTargetRowsReadBackAsRecognised() throws Exception {
        PolicyMiner miner = PolicyMiner.create();
        List<PolicyDoc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("corpora/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) docs.add(miner.process(p.toString()));
        }
        try (PolicyIndex idx = PolicyIndex.open(dir, false)) {
            for (PolicyDoc d : docs) idx.upsert(d);
            idx.commit();
        }
        // Each figure's expected row, keyed by its article and offsets.
        Map<String, List<Object>> expected = new HashMap<>();
        int traditional = 0;
        try (PolicySearcher s = PolicySearcher.open(dir)) {
            for (PolicyDoc d : docs) {
                Map<String, Object> article = DocViews.article(s.article(d.id()).orElseThrow());
                assertEquals(JSON.writeValueAsString(DocViews.entities(d.entities())), JSON.writeValueAsString(article.get("entities")), d.url());
                if (!d.originalText().equals(d.analysedText()) && !d.entities().amounts().isEmpty()) traditional++;
                for (AmountMention a : d.entities().amounts()) {
                    if (a.classBound()) continue;            // targets leave thresholds and scale labels out (ClassFiguresIT)
                    expected.put(d.id() + "@" + a.start(), List.of(JSON.writeValueAsString(DocViews.amount(a)),
                            new Sentences(d.analysedText()).around(d.analysedText(), a.start(), a.end()), FigureCitiesByScan.of(d.entities(), a, d.analysedText())));
                }
            }
            List<TargetRow> rows = s.targets(SearchRequest.of("").page(1000, 0));
            assertEquals(expected.size(), rows.size());
            for (TargetRow r : rows) {
                List<Object> want = expected.get(r.docId() + "@" + r.amount().start());
                assertEquals(want, List.of(JSON.writeValueAsString(DocViews.amount(r.amount())), r.sentence(), r.cities()), r.url());
            }
        }
        assertTrue(traditional >= 1, "a traditional-script article with figures checks the mention texts' script");
    }
}
