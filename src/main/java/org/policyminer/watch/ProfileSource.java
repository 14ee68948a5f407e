package org.policyminer.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyminer.doc.Fetched;
import org.policyminer.fetch.FetchException;
import org.policyminer.util.Json;

/**
 * A source read from a {@link SiteProfile}. Paging, seen-state, events and crash safety are the {@link Watcher}'s, as
 * for every source: this class only turns list pages into {@link ListedItem}s. A column whose first page yields no
 * row is a {@link Listing.Problem} ("stopped matching"), never a quiet poll: government columns are not empty, so an
 * empty first page means the site moved the column or changed its template, and the profile needs an edit.
 */
public final class ProfileSource implements WatchSource {
    private static final Pattern TRS_PAGER = Pattern.compile("createPageHTML\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*[\"']([^\"']+)[\"']\\s*,\\s*[\"']([^\"']+)[\"']");
    private static final Pattern RECORD = Pattern.compile("<record>\\s*<!\\[CDATA\\[(.*?)]]>\\s*</record>", Pattern.DOTALL);
    private static final Pattern TOTAL_RECORD = Pattern.compile("<totalrecord>\\s*(\\d+)\\s*</totalrecord>");
    /** Dates written into article URLs: TRS {@code t20240611_…}, 大汉 {@code /art/2026/6/10/}. */
    private static final Pattern URL_DATE = Pattern.compile("(?:/t|/art/)(\\d{4})/?(\\d{1,2})/?(\\d{1,2})[_/]");

    private final SiteClient client;
    private final SiteProfile profile;
    private final int maxPages;
    private final UnitApi unitApi;

    public ProfileSource(SiteClient client, SiteProfile profile, int maxPages) {
        this.client = client;
        this.profile = profile;
        this.maxPages = Math.max(1, maxPages);
        this.unitApi = new UnitApi(client);
    }

    @Override
    public String name() {
        return profile.name();
    }

    public SiteProfile profile() {
        return profile;
    }

    @Override
    public Listing list(Predicate<ListedItem> known) throws InterruptedException {
        return list(known, Map.of());
    }

    @Override
    public Listing list(Predicate<ListedItem> known, Map<String, Integer> atLeast) throws InterruptedException {
        List<ListedItem> items = new ArrayList<>();
        List<Listing.Problem> problems = new ArrayList<>();
        List<Listing.Column> read = new ArrayList<>();
        for (SiteProfile.Column column : profile.columns()) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
            int resume = atLeast.getOrDefault(column.url(), 0);
            List<String> keys = new ArrayList<>();
            int pages = 0;
            boolean complete = true;
            ColumnReader reader = new ColumnReader(column);
            for (int page = 1; page <= maxPages; page++) {
                String url = reader.pageUrl(page);
                if (url == null) break; // the list said it has no more pages
                pages = page;
                List<ListedItem> rows;
                try {
                    rows = reader.read(page, url);
                } catch (FetchException e) {
                    // a page past the last one that does not exist is how a static list ends
                    if (page > 1 && (e.status() == 404 || e.status() == 410)) break;
                    problems.add(Listing.Problem.of(url, Watcher.cause(e.getMessage(), e.url()), e));
                    complete = false;
                    break;
                }
                if (rows.isEmpty()) {
                    if (page == 1) {
                        problems.add(new Listing.Problem(url, "profile " + profile.name() + ", column " + column.name()
                                + ": stopped matching: the list page loads but no row matches '" + describe() + "' (moved column or new template? edit the profile)"));
                        complete = false;
                    }
                    break;
                }
                items.addAll(rows);
                for (ListedItem r : rows) keys.add(r.key());
                if (page >= resume && rows.stream().anyMatch(known)) break;
            }
            read.add(new Listing.Column(column.url(), Math.max(pages, resume), keys, complete));
        }
        return new Listing(items, problems, read);
    }

    private String describe() {
        return profile.type().equals("jpaas") ? "unit API li rows" : profile.item();
    }

    /** Reads one column page by page; keeps what earlier pages said about paging (TRS page count, hanweb totals). */
    private final class ColumnReader {
        final SiteProfile.Column column;
        int trsPages = -1;
        String trsPrefix = "index", trsSuffix = "html";
        int totalRecords = -1;
        ColumnShell shell;

        ColumnReader(SiteProfile.Column column) {
            this.column = column;
        }

        /** The URL of page {@code page}, or null past the last page the list announced. */
        String pageUrl(int page) {
            String url = column.url();
            switch (profile.type()) {
                case "trs" -> {
                    if (page == 1) return url;
                    if (trsPages >= 0 && page > trsPages) return null;
                    if (trsPages < 0) return null; // no pager on page 1: one page
                    return URI.create(url).resolve(trsPrefix + "_" + (page - 1) + "." + trsSuffix).toString();
                }
                case "hanweb" -> {
                    if (url.contains("dataproxy.jsp")) {
                        int per = profile.perPage();
                        int start = (page - 1) * per + 1;
                        if (totalRecords >= 0 && start > totalRecords) return null;
                        return url + (url.contains("?") ? "&" : "?") + "startrecord=" + start + "&endrecord=" + (start + per - 1) + "&perpage=" + per;
                    }
                    return templated(url, page);
                }
                case "jpaas" -> {
                    return page == 1 ? url : url + "#page=" + page;
                }
                default -> {
                    return templated(url, page);
                }
            }
        }

        private String templated(String url, int page) {
            if (page == 1) return url.replace("{page}", "1").replace("{page0}", "0");
            if (url.contains("{page}") || url.contains("{page0}")) return url.replace("{page}", String.valueOf(page)).replace("{page0}", String.valueOf(page - 1));
            String next = profile.nextPage();
            if (next == null) return null;
            String rel = next.replace("{page}", String.valueOf(page)).replace("{page0}", String.valueOf(page - 1));
            if (rel.startsWith("?")) {
                int q = url.indexOf('?');
                return (q < 0 ? url : url.substring(0, q)) + rel;
            }
            return URI.create(url).resolve(rel).toString();
        }

        String referer() {
            return column.referer() != null ? column.referer() : null;
        }

        List<ListedItem> read(int page, String url) throws FetchException {
            if (profile.type().equals("jpaas")) {
                if (shell == null) {
                    byte[] html = client.get(column.url(), null).page().body();
                    shell = ColumnShell.require(new String(html, StandardCharsets.UTF_8), column.url());
                }
                String base = URI.create(column.url()).resolve("/").toString();
                return unitApi.page(base, column.url(), shell, page);
            }
            Fetched f = client.get(url, referer()).page();
            return switch (profile.type()) {
                case "json" -> json(url, f.body());
                case "hanweb" -> hanweb(url, f);
                default -> {
                    Document d = html(url, f);
                    if (profile.type().equals("trs") && page == 1) trsPaging(d.html());
                    yield rows(d.select(profile.item()), url);
                }
            };
        }

        private void trsPaging(String html) {
            Matcher m = TRS_PAGER.matcher(html);
            if (m.find()) {
                trsPages = Integer.parseInt(m.group(1));
                trsPrefix = m.group(3);
                trsSuffix = m.group(4);
            }
        }

        /** 大汉 jpage: records are {@code <li>} fragments in CDATA, in a dataproxy.jsp answer or a column page's inline datastore. */
        private List<ListedItem> hanweb(String url, Fetched f) {
            String text = decode(f);
            Matcher t = TOTAL_RECORD.matcher(text);
            if (t.find()) totalRecords = Integer.parseInt(t.group(1));
            StringBuilder fragments = new StringBuilder();
            Matcher m = RECORD.matcher(text);
            while (m.find()) fragments.append(m.group(1)).append('\n');
            Document d = Jsoup.parseBodyFragment(fragments.toString(), url);
            return rows(d.select(profile.item()), url);
        }

        private List<ListedItem> json(String url, byte[] body) throws FetchException {
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(text);
            } catch (IOException e) {
                throw new FetchException(url, 200, "profile " + profile.name() + ": the list is not JSON");
            }
            JsonNode rows = path(root, profile.item());
            List<ListedItem> out = new ArrayList<>();
            if (rows == null || !rows.isArray()) return out;
            for (JsonNode row : rows) {
                JsonNode href = path(row, profile.link());
                if (href == null || href.asText("").isBlank()) continue;
                String abs = absolute(url, href.asText().strip());
                JsonNode title = profile.title() == null ? null : path(row, profile.title());
                JsonNode when = profile.date() == null ? null : path(row, profile.date());
                String listed = null;
                if (when != null && (when.isNumber() || when.asText().matches("\\d{12,}"))) {
                    listed = LocalDate.ofInstant(Instant.ofEpochMilli(when.asLong()), Watcher.CHINA).toString();
                } else if (when != null) {
                    listed = day(when.asText());
                }
                out.add(item(abs, title == null ? "" : Jsoup.parse(title.asText()).text(), listed == null ? dayFromUrl(abs) : listed));
            }
            return out;
        }

        private List<ListedItem> rows(List<Element> rows, String pageUrl) {
            List<ListedItem> out = new ArrayList<>();
            String linkCss = profile.link() == null ? "a[href]" : profile.link();
            String titleAttr = profile.title() == null ? "title" : profile.title();
            for (Element row : rows) {
                Element a = row.is(linkCss) ? row : row.selectFirst(linkCss);
                if (a == null) continue;
                String href = a.attr("href").strip();
                if (href.isEmpty() || href.startsWith("javascript:") || href.startsWith("#")) continue;
                String abs = absolute(pageUrl, href);
                String title = a.hasAttr(titleAttr) && !a.attr(titleAttr).isBlank() ? a.attr(titleAttr).strip() : a.text().strip();
                String listed = null;
                if (profile.date() != null) {
                    Element d = row.selectFirst(profile.date());
                    if (d != null) listed = day(d.text().isBlank() ? String.join(" ", d.attributes().asList().stream().map(x -> x.getValue()).toList()) : d.text());
                } else {
                    listed = day(row.ownText() + " " + row.text().replace(a.text(), ""));
                }
                out.add(item(abs, title, listed == null ? dayFromUrl(abs) : listed));
            }
            return out;
        }

        private ListedItem item(String abs, String title, String listed) {
            URI u = URI.create(abs);
            String key = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            return new ListedItem(key, abs, title, listed, column.name(), column.url().contains("dataproxy.jsp") || profile.type().equals("json") ? referer() : pageUrlReferer());
        }

        private String pageUrlReferer() {
            return column.referer() != null ? column.referer() : column.url();
        }

        /** An article link made absolute; a link to the profile's own host is moved with the profile (rebased columns). */
        private String absolute(String pageUrl, String href) {
            URI link;
            try {
                link = URI.create(pageUrl).resolve(href.replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                return pageUrl;
            }
            // a rebased profile (mirror, fixture): absolute links to the site's real host move with it
            if (link.getHost() != null && profile.movedFrom().contains(link.getHost().toLowerCase(java.util.Locale.ROOT))) {
                return SiteProfile.rebase(link.toString(), SiteProfile.firstPage(column.url()));
            }
            return link.toString();
        }

        private Document html(String url, Fetched f) {
            return Jsoup.parse(decode(f), url);
        }

        /** Charset: the Content-Type header, then a meta in the first bytes, then the profile's, then UTF-8. */
        private String decode(Fetched f) {
            Charset cs = null;
            String type = f.header("Content-Type").orElse("");
            Matcher m = Pattern.compile("(?i)charset=\"?([\\w.-]+)").matcher(type);
            if (m.find()) cs = charset(m.group(1));
            if (cs == null) {
                String head = new String(f.body(), 0, Math.min(f.body().length, 2048), StandardCharsets.ISO_8859_1);
                Matcher meta = Pattern.compile("(?i)<meta[^>]+charset=[\"']?([\\w.-]+)").matcher(head);
                if (meta.find()) cs = charset(meta.group(1));
                Matcher xml = Pattern.compile("(?i)<\\?xml[^>]+encoding=[\"']([\\w.-]+)").matcher(head);
                if (cs == null && xml.find()) cs = charset(xml.group(1));
            }
            if (cs == null && profile.charset() != null) cs = charset(profile.charset());
            return new String(f.body(), cs == null ? StandardCharsets.UTF_8 : cs);
        }
    }

    private static Charset charset(String name) {
        try {
            // gb2312 pages are written with GBK characters in practice
            return name.equalsIgnoreCase("gb2312") ? Charset.forName("GBK") : Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Dotted path ("data.list", "groupData.0.data.url") into a JSON tree; null when absent. */
    static JsonNode path(JsonNode root, String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) {
            if (n == null) return null;
            n = part.matches("\\d+") && n.isArray() ? n.get(Integer.parseInt(part)) : n.get(part);
        }
        return n == null || n.isMissingNode() || n.isNull() ? null : n;
    }

    private String day(String text) {
        Matcher m = profile.datePattern().matcher(text);
        if (!m.find()) return null;
        return ymd(m.group(1), m.group(2), m.group(3));
    }

    private static String dayFromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? ymd(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static String ymd(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
