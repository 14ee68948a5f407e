package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyminer.search.SearchResult;

class BackendComparisonTest {
    private static SearchResult.Hit hit(String path, float score) {
        return new SearchResult.Hit(path, SearchEvaluation.URL_PREFIX + path + ".html", "t", null, null, score, "", List.of(), List.of());
    }

    private static SearchResult result(SearchResult.Hit... hits) {
        return new SearchResult("q", hits.length, List.of(hits), Map.of());
    }

    @Test
    void hitsOfEqualScoreCompareAsASetAndEverythingElseInOrder() {
        // each backend breaks ties in its own index order: b and c swapped at equal score are the same answer
        assertEquals(BackendComparison.ties(result(hit("a", 3.0f), hit("b", 1.25f), hit("c", 1.25f))),
                BackendComparison.ties(result(hit("a", 3.0f), hit("c", 1.2501f), hit("b", 1.25f))));
        // a different order of different scores, a different score or a missing hit is not
        assertNotEquals(BackendComparison.ties(result(hit("a", 3.0f), hit("b", 2.0f))), BackendComparison.ties(result(hit("b", 3.0f), hit("a", 2.0f))));
        assertNotEquals(BackendComparison.ties(result(hit("a", 3.0f), hit("b", 2.0f))), BackendComparison.ties(result(hit("a", 3.0f), hit("b", 2.1f))));
        assertNotEquals(BackendComparison.ties(result(hit("a", 3.0f), hit("b", 2.0f))), BackendComparison.ties(result(hit("a", 3.0f))));
        assertEquals(List.of("a@3.0", "b@1.25", "c@1.25"), BackendComparison.ties(result(hit("c", 1.25f), hit("b", 1.25f), hit("a", 3.0f))));
    }
}
