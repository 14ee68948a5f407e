package org.policyminer.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * A site as data: where its lists are and how to read them, so a column that moves is an edit to a JSON file, not a
 * release. Read by {@link SiteProfiles}; listed by {@link ProfileSource}. Every field is checked when the file is
 * read, and a bad one is a one-line error naming the profile and the field.
 *
 * @param name      short name, [a-z0-9-]; also the source name in events and the namespace of item keys
 * @param comment   what is known about the site's lists (URL, CMS, paging), for the next person who edits it
 * @param type      how a list page is loaded: {@code html}, {@code trs}, {@code hanweb}, {@code jpaas} or {@code json}
 * @param columns   the lists to poll
 * @param item      CSS selector of one row (html, trs, hanweb); for json a dotted path to the array of rows
 * @param link      CSS selector of the row's link (default {@code a[href]}); for json the dotted path of the URL
 * @param title     json: dotted path of the title; html: an attribute of the link holding the full title (default {@code title})
 * @param date      CSS selector (json: dotted path) of the row's date; absent: the row's text, then the link's URL
 * @param dateRegex how a date is written, three groups year, month, day (default: 2026-05-18, 2026/05/18, 2026年5月18日)
 * @param nextPage  page 2 onwards, relative to the column URL: {@code {page}} = page number, {@code {page0}} = page − 1
 *                  (html, hanweb page URLs, json); trs reads its paging from the page itself
 * @param perPage   hanweb dataproxy: records asked for per request (startrecord/endrecord/perpage)
 * @param charset   the lists' charset when neither the header nor a meta says it (old provincial GBK sites)
 * @param article   hints about the article template (title, body selectors), kept for extraction and for people
 * @param movedFrom not read from the file: the real hosts of a {@link #rebased} profile, whose absolute links follow it
 */
public record SiteProfile(String name, String comment, String type, List<Column> columns, String item, String link, String title,
                          String date, String dateRegex, String nextPage, int perPage, String charset, Map<String, String> article,
                          java.util.Set<String> movedFrom) {
    public static final List<String> TYPES = List.of("html", "trs", "hanweb", "jpaas", "json");
    static final String DEFAULT_DATE = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})";

    /** One list of the site. {@code referer}: the page a browser shows the list on, when the list itself is an API. */
    public record Column(String name, String url, String referer) {}

    public SiteProfile {
        columns = List.copyOf(columns);
        article = article == null ? Map.of() : Map.copyOf(article);
        movedFrom = movedFrom == null ? java.util.Set.of() : java.util.Set.copyOf(movedFrom);
    }

    public Pattern datePattern() {
        return Pattern.compile(dateRegex == null ? DEFAULT_DATE : dateRegex);
    }

    /** The same profile with every column (and referer) moved onto {@code base}: a mirror, or a fixture site in tests. */
    public SiteProfile rebased(String base) {
        List<Column> moved = new ArrayList<>();
        java.util.Set<String> hosts = new java.util.HashSet<>(movedFrom);
        for (Column c : columns) {
            moved.add(new Column(c.name(), rebase(c.url(), base), c.referer() == null ? null : rebase(c.referer(), base)));
            hosts.add(URI.create(unbraced(c.url())).getHost().toLowerCase(Locale.ROOT));
        }
        hosts.remove(URI.create(base).getHost().toLowerCase(Locale.ROOT));
        return new SiteProfile(name, comment, type, moved, item, link, title, date, dateRegex, nextPage, perPage, charset, article, hosts);
    }

    /** {@code url}'s path and query on {@code base}'s scheme, host and port. */
    static String rebase(String url, String base) {
        URI u = URI.create(unbraced(url));
        String moved = URI.create(base).resolve(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())).toString();
        return moved.replace(PAGE_TOKEN, "{page}").replace(PAGE0_TOKEN, "{page0}");
    }

    /** A column URL with its page placeholders filled for page 1. */
    static String firstPage(String url) {
        return url.replace("{page}", "1").replace("{page0}", "0");
    }

    private static final String PAGE_TOKEN = "PMPAGE1TOKEN", PAGE0_TOKEN = "PMPAGE0TOKEN";

    /** A URL with its page placeholders (not legal in a URI) swapped for plain tokens. */
    private static String unbraced(String url) {
        return url.replace("{page}", PAGE_TOKEN).replace("{page0}", PAGE0_TOKEN);
    }

    /** The hosts of the columns (and referers), which a user who names this profile trusts. */
    public List<String> hostUrls() {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(firstPage(c.url()));
            if (c.referer() != null) out.add(firstPage(c.referer()));
        }
        return out;
    }

    /**
     * Reads and checks one profile object. {@code where} names the file in errors.
     *
     * @throws IllegalArgumentException "profile FILE (NAME): field 'F': what is wrong"
     */
    static SiteProfile fromJson(JsonNode n, String where) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("profile " + where + ": expected a JSON object per site");
        String name = text(n, "name");
        String at = "profile " + where + (name == null ? "" : " (" + name + ")");
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) throw bad(at, "name", "required, lower-case letters, digits and '-'");
        String type = text(n, "type");
        if (type == null || !TYPES.contains(type.toLowerCase(Locale.ROOT))) throw bad(at, "type", "one of " + String.join(", ", TYPES));
        type = type.toLowerCase(Locale.ROOT);
        JsonNode cols = n.path("columns");
        if (!cols.isArray() || cols.isEmpty()) throw bad(at, "columns", "required, a non-empty array of {name, url}");
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            JsonNode c = cols.get(i);
            String url = c.isTextual() ? c.asText() : text(c, "url");
            String field = "columns[" + i + "].url";
            if (url == null || !url.matches("(?i)https?://[^/\\s]+.*")) throw bad(at, field, "required, an absolute http(s) URL");
            try {
                URI.create(unbraced(url));
            } catch (IllegalArgumentException e) {
                throw bad(at, field, "not a URL: " + e.getMessage());
            }
            String referer = c.isTextual() ? null : text(c, "referer");
            if (referer != null && !referer.matches("(?i)https?://[^/\\s]+.*")) throw bad(at, "columns[" + i + "].referer", "an absolute http(s) URL");
            String colName = c.isTextual() ? null : text(c, "name");
            columns.add(new Column(colName == null ? url : colName, url, referer));
        }
        String item = text(n, "item");
        String link = text(n, "link");
        String date = text(n, "date");
        if (type.equals("json")) {
            if (item == null) throw bad(at, "item", "required for type json: the dotted path of the rows array (e.g. data.list)");
            if (link == null) throw bad(at, "link", "required for type json: the dotted path of a row's URL");
        } else if (!type.equals("jpaas")) {
            if (item == null) throw bad(at, "item", "required for type " + type + ": the CSS selector of one list row");
            selector(at, "item", item);
            if (link != null) selector(at, "link", link);
            if (date != null) selector(at, "date", date);
        }
        String dateRegex = text(n, "dateRegex");
        if (dateRegex != null) {
            try {
                if (Pattern.compile(dateRegex).matcher("").groupCount() != 3) throw bad(at, "dateRegex", "needs three groups: year, month, day");
            } catch (PatternSyntaxException e) {
                throw bad(at, "dateRegex", "not a regular expression: " + e.getDescription());
            }
        }
        String nextPage = text(n, "nextPage");
        if (nextPage != null && !nextPage.contains("{page}") && !nextPage.contains("{page0}")) {
            throw bad(at, "nextPage", "must contain {page} or {page0}");
        }
        int perPage = n.path("perPage").asInt(type.equals("hanweb") ? 15 : 0);
        if (n.has("perPage") && (!n.get("perPage").canConvertToInt() || perPage < 1 || perPage > 500)) throw bad(at, "perPage", "a whole number from 1 to 500");
        String charset = text(n, "charset");
        if (charset != null) {
            try {
                java.nio.charset.Charset.forName(charset);
            } catch (RuntimeException e) {
                throw bad(at, "charset", "unknown charset " + charset);
            }
        }
        Map<String, String> article = new LinkedHashMap<>();
        JsonNode a = n.path("article");
        if (!a.isMissingNode() && !a.isNull()) {
            if (!a.isObject()) throw bad(at, "article", "an object of template hints (title, body, date selectors)");
            a.fields().forEachRemaining(e -> article.put(e.getKey(), e.getValue().asText()));
        }
        return new SiteProfile(name, text(n, "comment"), type, columns, item, link, text(n, "title"), date, dateRegex, nextPage, perPage,
                charset, article, null);
    }

    private static void selector(String at, String field, String css) {
        try {
            QueryParser.parse(css);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw bad(at, field, "not a CSS selector: " + e.getMessage());
        }
    }

    private static IllegalArgumentException bad(String at, String field, String why) {
        return new IllegalArgumentException(at + ": field '" + field + "': " + why);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
