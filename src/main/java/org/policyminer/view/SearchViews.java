package org.policyminer.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyminer.search.SearchResult;
import org.policyminer.search.TargetRow;

/** JSON shapes of {@code search} and {@code targets}, shared by the CLI and the web API. */
public final class SearchViews {
    private SearchViews() {}

    public static Map<String, Object> search(SearchResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", r.query());
        m.put("total", r.total());
        m.put("hits", r.hits());
        m.put("facets", r.facets());
        return m;
    }

    /** The amount fields, then docId, url, title, published, sentence, cities. */
    public static Map<String, Object> target(TargetRow t) {
        Map<String, Object> m = new LinkedHashMap<>(t.amount());
        m.put("docId", t.docId());
        m.put("url", t.url());
        m.put("title", t.title());
        m.put("published", t.published());
        m.put("sentence", t.sentence());
        m.put("cities", t.cities());
        return m;
    }

    public static final List<String> CSV_COLUMNS = List.of("docId", "published", "title", "subject", "cities", "metric", "comparator",
            "text", "value", "valueMax", "currency", "qualifier", "year", "periodFrom", "periodTo", "kind", "url", "sentence");

    /** One CSV line (RFC 4180 quoting) for a target row, columns as {@link #CSV_COLUMNS}. */
    public static String csv(Map<String, Object> row) {
        StringBuilder sb = new StringBuilder();
        for (String c : CSV_COLUMNS) {
            if (sb.length() > 0) sb.append(',');
            Object v = row.get(c);
            String s = v == null ? "" : v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
            // Text from crawled pages must not run as a spreadsheet formula when the export is opened in Excel.
            if (!(v instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) s = '"' + s.replace("\"", "\"\"") + '"';
            sb.append(s);
        }
        return sb.toString();
    }
}
