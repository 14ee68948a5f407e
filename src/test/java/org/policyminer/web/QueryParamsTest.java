package org.policyminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParamsTest {
    @Test
    void decodesUtf8AndPlusAsSpace() {
        QueryParams p = QueryParams.parse("q=%E9%9B%86%E6%88%90+%E9%9B%BB%E8%B7%AF&city=&limit=20");
        assertEquals("集成 電路", p.get("q"));
        assertNull(p.get("city"), "an empty form field counts as absent");
        assertEquals(20, p.intParam("limit", 10, 0, 100));
        assertEquals(10, p.intParam("offset", 10, 0, 100));
    }

    @Test
    void keepsNonAsciiCharactersThatCameUnencoded() {
        assertEquals("集成电路 😀", QueryParams.decode("集成电路+😀", true));
        assertEquals("a+b", QueryParams.decode("a+b", false), "a path keeps its plus signs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "q=%zz          | malformed percent escape",
        "q=%4           | malformed percent escape",
        "q=%C3%28       | not valid UTF-8",
        "q=a&q=b        | parameter 'q' is given twice",
    })
    void rejectsMalformedQueries(String raw, String message) {
        HttpError e = assertThrows(HttpError.class, () -> QueryParams.parse(raw.strip()));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains(message.strip()), e.getMessage());
    }

    @Test
    void rejectsUnknownParametersNamingTheKnownOnes() {
        HttpError e = assertThrows(HttpError.class, () -> QueryParams.parse("q=x&lmit=5").allowOnly(Set.of("q", "limit")));
        assertEquals("unknown parameter 'lmit' (known: limit, q)", e.getMessage());
    }

    @Test
    void boundsCountAndLength() {
        assertThrows(HttpError.class, () -> QueryParams.parse("a=1&".repeat(QueryParams.MAX_PARAMS + 1)));
        assertThrows(HttpError.class, () -> QueryParams.parse("q=" + "x".repeat(QueryParams.MAX_VALUE_LENGTH + 1)));
    }

    @Test
    void flagsAreStrict() {
        assertTrue(QueryParams.parse("original=1").flag("original"));
        assertFalse(QueryParams.parse("original=false").flag("original"));
        assertThrows(HttpError.class, () -> QueryParams.parse("original=perhaps").flag("original"));
    }
}
