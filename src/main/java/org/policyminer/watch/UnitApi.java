package org.policyminer.watch;

import org.policyminer.util.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyminer.fetch.FetchException;

/**
 * MIIT's "unit build" list API. Paging works only inside {@code paramJson} (a bare {@code pageNo} is ignored and
 * would return page 1 forever); Chinese parameters must be UTF-8 percent-encoded (a GBK {@code tagId} fails); a
 * failure is HTTP 200 with {@code success:false}, so the envelope is checked, not the status; the API wants a
 * browser-like User-Agent and the column page as Referer.
 */
public final class UnitApi {
    /** Rows per page the site's own front-end asks for. */
    public static final int PAGE_SIZE = 24;
    private static final Pattern ARTICLE_ID = Pattern.compile("art_([0-9a-fA-F]{32})\\.html");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SiteClient client;

    public UnitApi(SiteClient client) {
        this.client = client;
    }

    /** The request URL for one page: the shell's parameters in its order, then {@code paramJson}. */
    public static String pageUrl(String base, ColumnShell shell, int pageNo) {
        StringBuilder sb = new StringBuilder(URI.create(base).resolve(shell.apiPath()).toString()).append('?');
        for (Map.Entry<String, String> e : shell.queryData().entrySet()) {
            sb.append(enc(e.getKey())).append('=').append(enc(e.getValue())).append('&');
        }
        // pageSize is a string in the site's own requests; keep it so.
        sb.append("paramJson=").append(enc("{\"pageNo\":" + pageNo + ",\"pageSize\":\"" + PAGE_SIZE + "\"}"));
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One page of a column, newest first; empty past the last page. */
    public List<ListedItem> page(String base, String columnUrl, ColumnShell shell, int pageNo) throws FetchException {
        String url = pageUrl(base, shell, pageNo);
        byte[] body = client.get(url, columnUrl).page().body();
        return parse(url, body, columnUrl, shell.name());
    }

    static List<ListedItem> parse(String url, byte[] body, String columnUrl, String column) throws FetchException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new FetchException(url, 200, "unit API answered something that is not JSON");
        }
        if (root == null || !root.path("success").asBoolean(false)) {
            String msg = root == null ? "" : root.path("message").asText("");
            throw new FetchException(url, 200, "unit API refused the request (success:false" + (msg.isEmpty() ? "" : ", " + msg) + ")");
        }
        String html = root.path("data").path("html").asText("");
        Document d = Jsoup.parseBodyFragment(html, columnUrl);
        List<ListedItem> out = new ArrayList<>();
        for (Element li : d.select("li")) {
            Element a = li.selectFirst("a[href]");
            if (a == null) continue;
            String href = a.absUrl("href");
            if (href.isEmpty()) continue;
            // The link text can be truncated with an ellipsis; @title holds the full title.
            String title = a.hasAttr("title") && !a.attr("title").isBlank() ? a.attr("title").strip() : a.text().strip();
            Element span = li.selectFirst("span");
            String listed = null;
            if (span != null) {
                Matcher m = DAY.matcher(span.text());
                if (m.find()) listed = m.group();
            }
            out.add(new ListedItem(keyOf(href), href, title, listed, column, columnUrl));
        }
        return out;
    }

    /** The 32-hex article id, stable across the columns that list it; the URL when the path has none. */
    public static String keyOf(String url) {
        Matcher m = ARTICLE_ID.matcher(url);
        return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : url;
    }
}
