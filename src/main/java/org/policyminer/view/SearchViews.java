package org.policyminer.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policyminer.search.SearchResult;
import org.policyminer.search.TargetFact;
import org.policyminer.search.TargetRow;
import org.policyminer.util.Json;

/** Output shapes of {@code search} and {@code targets}, in every format they offer; the CLI and the web API share them. */
public final class SearchViews {
    private SearchViews() {}

    /**
     * The search object: {@code total} counts what the hits are (near-duplicate groups when copies are collapsed,
     * documents with all copies), {@code documents} the matching documents; a hit standing for a group carries its
     * {@code group} id and {@code copies} (the group's size, the hit included).
     */
    public static Map<String, Object> search(SearchResult r) {
        return Ordered.object(
                "query", r.query(),
                "total", r.total(),
                "documents", r.documents(),
                "hits", hits(r),
                "facets", r.facets());
    }

    /** The hits as objects: the hit's fields, then its group and copies when it stands for one. */
    public static List<Map<String, Object>> hits(SearchResult r) {
        List<Map<String, Object>> out = new ArrayList<>(r.hits().size());
        for (SearchResult.Hit h : r.hits()) {
            Map<String, Object> m = hit(h);
            SearchResult.Copies c = r.copiesOf(h);
            if (c != null) {
                m.put("group", c.group());
                m.put("copies", c.count());
            }
            out.add(m);
        }
        return out;
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
            "snippet", "copies");

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

    /**
     * One fact ({@code targets --facts}): subject, metric, year, period, kind, the value (amount fields as for a figure),
     * then the sources: how many documents and distinct articles (copies counted once), first and latest publication,
     * the list; then the agreement ({@code agreed}, {@code revision}, {@code conflict}) and the other values given.
     */
    public static Map<String, Object> fact(TargetFact f) {
        Map<String, Object> m = Ordered.object(
                "subject", f.subject(),
                "metric", f.metric(),
                "year", f.year(),
                "periodFrom", f.periodFrom(),
                "periodTo", f.periodTo(),
                "period", f.period(),
                "kind", f.kind(),
                "text", f.text(),
                "value", DocViews.number(f.value()),
                "valueMax", f.valueMax() == null ? null : DocViews.number(f.valueMax()),
                "currency", f.currency(),
                "comparator", f.comparator(),
                "sourceCount", f.sources().size(),
                "articles", f.articles(),
                "first", f.first(),
                "latest", f.latest(),
                "agreement", f.agreement(),
                "alternatives", f.alternatives().stream().map(SearchViews::alternative).toList(),
                "sources", f.sources().stream().map(SearchViews::factSource).toList());
        return m;
    }

    private static Map<String, Object> alternative(TargetFact.Alternative a) {
        return Ordered.object(
                "value", DocViews.number(a.value()),
                "valueMax", a.valueMax() == null ? null : DocViews.number(a.valueMax()),
                "text", a.text(),
                "sourceCount", a.sources(),
                "first", a.first(),
                "latest", a.latest(),
                "docIds", a.docIds());
    }

    private static Map<String, Object> factSource(TargetFact.Source s) {
        return Ordered.object(
                "docId", s.docId(),
                "url", s.url(),
                "title", s.title(),
                "source", s.source(),
                "published", s.published(),
                "group", s.group(),
                "text", s.text(),
                "sentence", s.sentence());
    }

    /** {@code /api/targets?facts=true} as JSON: {@code {"query": …, "count": N, "facts": [facts]}}. */
    public static Map<String, Object> factList(String query, List<TargetFact> facts) {
        return Ordered.object(
                "query", query,
                "count", facts.size(),
                "facts", facts.stream().map(SearchViews::fact).toList());
    }

    public static final List<String> FACT_COLUMNS = List.of("year", "periodFrom", "periodTo", "subject", "metric", "kind", "comparator",
            "text", "value", "valueMax", "currency", "sourceCount", "articles", "first", "latest", "agreement", "alternatives", "sources");

    /** Facts as {@code jsonl}, {@code csv} (sources and alternatives as lists in a cell) or a terminal {@code table}. */
    public static String facts(List<TargetFact> facts, Format format, boolean bom) {
        List<Map<String, Object>> maps = facts.stream().map(SearchViews::fact).toList();
        return switch (format) {
            case CSV -> Csv.write(FACT_COLUMNS, maps.stream().map(SearchViews::flatFact).toList(), bom);
            case JSONL -> jsonl(maps);
            case TABLE -> factTable(facts);
            case JSON -> Json.write(maps) + "\n";
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flatFact(Map<String, Object> fact) {
        Map<String, Object> m = new LinkedHashMap<>(fact);
        m.put("sources", ((List<Map<String, Object>>) fact.get("sources")).stream().map(x -> x.get("published") + " " + x.get("url")).toList());
        m.put("alternatives", ((List<Map<String, Object>>) fact.get("alternatives")).stream().map(x -> String.valueOf(x.get("text"))).toList());
        return m;
    }

    private static String factTable(List<TargetFact> facts) {
        StringBuilder sb = new StringBuilder();
        for (TargetFact f : facts) {
            String when = f.year() != null ? String.valueOf(f.year()) : f.periodFrom() != null ? f.periodFrom() + "-" + f.periodTo() : "-";
            String others = f.alternatives().isEmpty() ? "" : "  " + f.agreement() + ": " + String.join(", ", f.alternatives().stream()
                    .map(a -> a.text() + " (" + a.sources() + ")").toList());
            String count = f.sources().size() + " sources" + (f.articles() != f.sources().size() ? " (" + f.articles() + " articles)" : "");
            sb.append(String.format("%-9s %-14s %-8s %-10s %-28s %s %s..%s%s%n", when, f.text(), orDash(f.metric()), f.kind(),
                    f.subject() == null ? "-" : f.subject(), count, orDash(f.first()), orDash(f.latest()), others));
        }
        return sb.append(facts.size()).append(" facts\n").toString();
    }

    /** Search hits as {@code json} (the search object), {@code jsonl} (a hit a line) or {@code csv} (a hit a row). */
    public static String search(SearchResult r, Format format, boolean bom) {
        return switch (format) {
            case JSON -> Json.write(search(r)) + "\n";
            case JSONL -> jsonl(hits(r));
            case CSV -> Csv.write(HIT_COLUMNS, r.hits().stream().map(h -> hitRow(h, r.copiesOf(h))).toList(), bom);
            case TABLE -> searchTable(r);
        };
    }

    private static Map<String, Object> hitRow(SearchResult.Hit h, SearchResult.Copies copies) {
        Map<String, Object> m = Ordered.object(
                "id", h.id(),
                "published", h.published(),
                "source", h.source(),
                "title", h.title(),
                "score", h.score(),
                "cities", h.cities(),
                "clusters", h.clusters(),
                "url", h.url(),
                "snippet", plain(h.snippet()),
                "copies", copies == null ? 1 : copies.count());
        if (h.matchedAttachment() != null) m.put("matchedAttachment", matchedAttachment(h.matchedAttachment()));
        return m;
    }

    /** A hit as a JSON object: the hit's fields in order, and {@code matchedAttachment} on a hit found through an attachment. */
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
        StringBuilder sb = new StringBuilder(String.format("%d articles match '%s'%s%n%n", r.total(), r.query(),
                r.documents() != r.total() ? String.format(" (%d documents with their copies)", r.documents()) : ""));
        int i = 1;
        for (SearchResult.Hit h : r.hits()) {
            SearchResult.Copies c = r.copiesOf(h);
            sb.append(String.format("%2d. %s  [%s %s]%s%n", i++, h.title(), h.published() == null ? "" : h.published(), h.source() == null ? "" : h.source(),
                    c != null && c.count() > 1 ? "  (" + c.count() + " copies)" : ""));
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
