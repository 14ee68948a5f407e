package org.policyminer.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policyminer.search.SearchResult;
import org.policyminer.search.TargetRow;
import org.policyminer.util.Json;

/** Output shapes of {@code search} and {@code targets}, in every format they offer; the CLI and the web API share them. */
public final class SearchViews {
    private SearchViews() {}

    public static Map<String, Object> search(SearchResult r) {
        return Ordered.object(
                "query", r.query(),
                "total", r.total(),
                "hits", hits(r.hits()),
                "facets", r.facets());
    }

    /**
     * One line of {@code search --jsonl}: {@code {"id": …}} merged with the search object or with the error; a line that
     * is not JSON has no id to give back ({@code hasId} false).
     */
    public static Map<String, Object> batchAnswer(boolean hasId, Object id, Object answer) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (hasId) m.put("id", id);
        if (answer instanceof SearchResult r) m.putAll(search(r));
        else if (answer instanceof ErrorView e) m.put("error", e.error());
        return m;
    }

    /** The amount fields, then docId, url, title, published, sentence, cities. */
    public static Map<String, Object> target(TargetRow t) {
        Map<String, Object> m = DocViews.amount(t.amount());
        m.put("docId", t.docId());
        m.put("url", t.url());
        m.put("title", t.title());
        m.put("published", t.published());
        m.put("sentence", t.sentence());
        m.put("cities", t.cities());
        return m;
    }

    /** {@code /api/targets} as JSON: {@code {"query": …, "count": N, "targets": [rows]}}. */
    public static Map<String, Object> targetList(String query, List<TargetRow> rows) {
        return Ordered.object(
                "query", query,
                "count", rows.size(),
                "targets", targets(rows));
    }

    public static List<Map<String, Object>> targets(List<TargetRow> rows) {
        return rows.stream().map(SearchViews::target).toList();
    }

    public static final List<String> TARGET_COLUMNS = List.of("docId", "published", "title", "subject", "cities", "metric", "comparator",
            "text", "value", "valueMax", "currency", "qualifier", "year", "periodFrom", "periodTo", "kind", "url", "sentence");

    public static final List<String> HIT_COLUMNS = List.of("id", "published", "source", "title", "score", "cities", "clusters", "url",
            "snippet");

    /** Target rows as {@code jsonl}, {@code csv} or a terminal {@code table}. */
    public static String targets(List<TargetRow> rows, Format format, boolean bom) {
        List<Map<String, Object>> maps = targets(rows);
        return switch (format) {
            case CSV -> Csv.write(TARGET_COLUMNS, maps, bom);
            case JSONL -> jsonl(maps);
            case TABLE -> targetTable(rows, maps);
            case JSON -> Json.write(maps) + "\n";
        };
    }

    /** Search hits as {@code json} (the search object), {@code jsonl} (a hit a line) or {@code csv} (a hit a row). */
    public static String search(SearchResult r, Format format, boolean bom) {
        return switch (format) {
            case JSON -> Json.write(search(r)) + "\n";
            case JSONL -> jsonl(hits(r.hits()));
            case CSV -> Csv.write(HIT_COLUMNS, r.hits().stream().map(SearchViews::hitRow).toList(), bom);
            case TABLE -> searchTable(r);
        };
    }

    private static Map<String, Object> hitRow(SearchResult.Hit h) {
        Map<String, Object> m = Ordered.object(
                "id", h.id(),
                "published", h.published(),
                "source", h.source(),
                "title", h.title(),
                "score", h.score(),
                "cities", h.cities(),
                "clusters", h.clusters(),
                "url", h.url(),
                "snippet", plain(h.snippet()));
        if (h.matchedAttachment() != null) m.put("matchedAttachment", matchedAttachment(h.matchedAttachment()));
        return m;
    }

    /** Hits as JSON objects: the hit's fields in order, and {@code matchedAttachment} on a hit found through an attachment. */
    public static List<Map<String, Object>> hits(List<SearchResult.Hit> hits) {
        return hits.stream().map(SearchViews::hit).toList();
    }

    public static Map<String, Object> hit(SearchResult.Hit h) {
        Map<String, Object> m = Ordered.object(
                "id", h.id(),
                "url", h.url(),
                "title", h.title(),
                "published", h.published(),
                "source", h.source(),
                "score", h.score(),
                "snippet", h.snippet(),
                "cities", h.cities(),
                "clusters", h.clusters());
        if (h.matchedAttachment() != null) m.put("matchedAttachment", matchedAttachment(h.matchedAttachment()));
        return m;
    }

    /** The attachment a hit was found through: {@code {"name", "url", "type", "row"?, "snippet"}}. */
    public static Map<String, Object> matchedAttachment(org.policyminer.search.AttachmentMatch a) {
        Map<String, Object> m = Ordered.object("name", a.name(), "url", a.url(), "type", a.type());
        if (a.row() != null) m.put("row", a.row());
        m.put("snippet", a.snippet());
        return m;
    }

    private static String jsonl(List<?> rows) {
        StringBuilder sb = new StringBuilder();
        for (Object row : rows) sb.append(Json.write(row)).append('\n');
        return sb.toString();
    }

    private static String targetTable(List<TargetRow> rows, List<Map<String, Object>> maps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = maps.get(i);
            TargetRow t = rows.get(i);
            sb.append(String.format("%-6s %-18s %-10s %-6s %-8s %-10s %s%n", orDash(row.get("year")), row.get("text"), orDash(row.get("metric")),
                    row.get("kind"), orDash(row.get("comparator")), String.join(",", t.cities()),
                    row.get("subject") == null ? t.title() : row.get("subject")));
        }
        return sb.append(rows.size()).append(" figures\n").toString();
    }

    private static String searchTable(SearchResult r) {
        StringBuilder sb = new StringBuilder(String.format("%d articles match '%s'%n%n", r.total(), r.query()));
        int i = 1;
        for (SearchResult.Hit h : r.hits()) {
            sb.append(String.format("%2d. %s  [%s %s]%n", i++, h.title(), h.published() == null ? "" : h.published(), h.source() == null ? "" : h.source()));
            sb.append(String.format("    %s%n", marked(h.snippet())));
            if (h.matchedAttachment() != null) {
                org.policyminer.search.AttachmentMatch a = h.matchedAttachment();
                sb.append(String.format("    附件 %s: %s%n", a.name() == null ? a.url() : a.name(),
                        a.row() != null ? String.join(" | ", a.row()) : marked(a.snippet())));
            }
            sb.append(String.format("    %s%n", h.url()));
        }
        r.facets().forEach((dim, counts) -> {
            if (!counts.isEmpty()) sb.append(String.format("%n%s: %s", dim, counts));
        });
        return sb.append('\n').toString();
    }

    /** A snippet for a terminal: the highlighted words in 【】 instead of HTML. */
    public static String marked(String snippet) {
        return snippet.replace("<em>", "【").replace("</em>", "】");
    }

    private static String plain(String snippet) {
        return snippet == null ? null : snippet.replace("<em>", "").replace("</em>", "");
    }

    private static Object orDash(Object v) {
        return v == null ? "-" : v;
    }

    /**
     * The cluster page ({@code /api/clusters/{name}}): the cluster's cities and national flag (from its mentions),
     * the articles that mention it, and its monetary figures with a per-year count and sum.
     */
    public static Map<String, Object> cluster(String name, Boolean national, List<String> cities, SearchResult articles,
                                              List<TargetRow> figures) {
        List<Map<String, Object>> rows = targets(figures);
        return Ordered.object(
                "name", name,
                "national", national,
                "cities", cities,
                "articleCount", articles.total(),
                "articles", articles.hits(),
                "cityCounts", articles.facets().getOrDefault("city", Map.of()),
                "figures", rows,
                "byYear", byYear(figures));
    }

    /** Count and sum of figures per year (the year, else the end of the period); figures without one are left out. */
    static List<Map<String, Object>> byYear(List<TargetRow> figures) {
        TreeMap<Integer, double[]> acc = new TreeMap<>();
        for (TargetRow f : figures) {
            Integer year = f.amount().year() != null ? f.amount().year() : f.amount().periodTo();
            if (year == null) continue;
            double[] a = acc.computeIfAbsent(year, k -> new double[2]);
            a[0]++;
            a[1] += f.amount().value();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        acc.forEach((year, a) -> {
            Map<String, Object> m = Ordered.object(
                    "year", year,
                    "count", (int) a[0],
                    "sum", DocViews.number(a[1]));
            out.add(m);
        });
        return out;
    }
}
