package org.policyminer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchViewsTest {
    @Test
    void csvQuotesAndDefusesFormulas() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("docId", "d1");
        row.put("title", "=HYPERLINK(\"http://evil\")");
        row.put("sentence", "a,b");
        row.put("cities", List.of("南京市", "上海市"));
        row.put("value", -5L);
        String line = SearchViews.csv(row);
        String[] expected = {"d1", "", "\"'=HYPERLINK(\"\"http://evil\"\")\"", "", "南京市;上海市"};
        assertEquals(String.join(",", expected), line.substring(0, line.indexOf("南京市;上海市") + "南京市;上海市".length()));
        assertEquals(true, line.contains(",-5,"), line);
        assertEquals(true, line.endsWith(",\"a,b\""), line);
    }
}
