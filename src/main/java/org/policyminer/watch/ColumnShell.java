package org.policyminer.watch;

import org.policyminer.util.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A MIIT (JPaaS) column page: a JS shell whose list pane holds no links, only the unit-build loader script. Its
 * {@code url} attribute names the unit API and its {@code queryData} attribute holds the parameters (single-quoted
 * pseudo-JSON). Reading them here, rather than hard-coding pageIds, survives the site renumbering its columns.
 *
 * @param name      column name (the page title), for provenance
 * @param apiPath   root-relative unit API path from the script's {@code url} attribute
 * @param queryData the loader's parameters in the order the page gives them
 */
public record ColumnShell(String name, String apiPath, Map<String, String> queryData) {

    public ColumnShell {
        queryData = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queryData));
    }

    /** The loader of a shell page, if it has one. Accepts the {@code bulidstatic} misspelling other JPaaS sites use. */
    public static Optional<ColumnShell> find(String html, String pageUrl) {
        Document d = Jsoup.parse(html, pageUrl);
        for (Element s : d.select("script[querydata]")) {
            String parseType = s.attr("parsetype");
            String raw = s.attr("querydata");
            String url = s.attr("url");
            if (url.isBlank() || raw.isBlank()) continue;
            if (!parseType.isEmpty() && !parseType.equalsIgnoreCase("buildstatic") && !parseType.equalsIgnoreCase("bulidstatic")) continue;
            Map<String, String> q = parseQueryData(raw);
            if (q == null || !q.containsKey("pageId")) continue;
            return Optional.of(new ColumnShell(d.title().strip(), url.strip(), q));
        }
        return Optional.empty();
    }

    /** The same as {@link #find} but a missing loader is an error that names the page. */
    public static ColumnShell require(String html, String pageUrl) throws org.policyminer.fetch.FetchException {
        return find(html, pageUrl).orElseThrow(() -> new org.policyminer.fetch.FetchException(pageUrl, 0,
                "no unit-build loader script (script[queryData]) on the column page; has the site template changed?"));
    }

    /**
     * {@code {'parseType':'buildstatic','pageId':'…'}} → map. Values never contain quotes in practice, so swapping
     * the quote characters yields JSON; null when it still does not parse.
     */
    static Map<String, String> parseQueryData(String raw) {
        String json = raw.strip().replace('\'', '"');
        try {
            Map<String, Object> m = Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
            Map<String, String> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, v == null ? "null" : String.valueOf(v)));
            return out;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public String pageId() {
        return queryData.get("pageId");
    }
}
