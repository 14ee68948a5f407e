package org.policyminer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchViewsTest {
    private static String line(Map<String, Object> row) {
        String csv = Csv.write(SearchViews.TARGET_COLUMNS, List.of(row), false);
        return csv.substring(csv.indexOf('\n') + 1, csv.length() - 1);
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("docId", "d1");
        row.put("title", "=HYPERLINK(\"http://evil\")");
        row.put("sentence", "a,b");
        row.put("cities", List.of("南京市", "上海市"));
        row.put("value", -5L);
        String line = line(row);
        String[] expected = {"d1", "", "\"'=HYPERLINK(\"\"http://evil\"\")\"", "", "南京市;上海市"};
        assertEquals(String.join(",", expected), line.substring(0, line.indexOf("南京市;上海市") + "南京市;上海市".length()));
        assertEquals(true, line.contains(",-5,"), line);
        assertEquals(true, line.endsWith(",\"a,b\""), line);
    }

    @Test
    void aLeadingTabOrCarriageReturnIsDefusedAndACarriageReturnQuoted() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("docId", "\t=1+1");
        row.put("title", "\r=cmd");
        row.put("sentence", "第一行\r第二行");
        String line = line(row);
        assertEquals(true, line.startsWith("'\t=1+1,"), line);
        assertEquals(true, line.contains(",\"'\r=cmd\","), line);
        assertEquals(true, line.endsWith(",\"第一行\r第二行\""), line);
    }

    @Test
    void aByteOrderMarkOnlyWhenAsked() {
        assertEquals('\uFEFF', Csv.write(List.of("a"), List.of(), true).charAt(0));
        assertEquals("a\n", Csv.write(List.of("a"), List.of(), false));
    }

    @Test
    void formatsNameWhatTheyOffer() {
        assertEquals(Format.CSV, Format.parse("CSV", Format.JSON, Format.CSV));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Format.parse("xml", Format.TABLE, Format.JSONL, Format.CSV));
        assertEquals("format must be table, jsonl or csv, not 'xml'", e.getMessage());
    }
}
