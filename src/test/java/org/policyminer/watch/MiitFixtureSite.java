package org.policyminer.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local www.miit.gov.cn, faithful to what public scrapers report (notes/sources.md §1): column pages are JS
 * shells holding only the unit-build loader; the unit API pages through {@code paramJson} only (a bare
 * {@code pageNo} is ignored), answers {@code success:false} (status 200) to a wrong parameter, refuses POST with
 * 500, and 403s requests without a browser User-Agent and the column page as Referer; article pages carry the
 * metas, {@code #con_time}, {@code .cinfo} and {@code #con_con}, with an ETag for conditional GET. Tests change
 * the site between runs (publish, edit, re-list) and inject trouble (503s, 521 challenges, script-only pages).
 */
final class MiitFixtureSite implements AutoCloseable {
    static final String UNIT = "/api-gateway/jpaas-publish-server/front/page/build/unit";
    static final String WEB_ID = "8d828e408d90447786ddbe128d495e9e";
    static final String TPL_SET_ID = "209741b2109044b5b7695700b2bec37e";
    static final String TZ = "/zwgk/zcwj/wjfb/tz/";
    static final String ZCJD = "/zwgk/zcjd/";
    static final String SJDT = "/xwfb/gxdt/sjdt/";
    private static final Pattern ARTICLE = Pattern.compile("^(/.*/)art/(\\d{4})/art_([0-9a-f]{32})\\.html$");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Article(String id, String hex, int year, String column, String title, String time, String pubDate, String source,
                   List<String> paragraphs) {}

    private static final class Column {
        final String path, name, pageId;
        final List<String> ids = new CopyOnWriteArrayList<>();

        Column(String path, String name, String pageId) {
            this.path = path;
            this.name = name;
            this.pageId = pageId;
        }
    }

    private final HttpServer server;
    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> listFailures = new ConcurrentHashMap<>();
    private final Set<String> challenged = ConcurrentHashMap.newKeySet();
    private final Set<String> scriptOnly = ConcurrentHashMap.newKeySet();
    final List<String> log = new CopyOnWriteArrayList<>();
    private final String shellTemplate = resource("column-shell.html");
    private final String articleTemplate = resource("article.html");
    volatile int rowsPerPage = 24;

    private MiitFixtureSite() throws IOException {
        for (Article a : JSON.readValue(resource("articles.json"), new TypeReference<List<Article>>() {})) articles.put(a.id(), a);
        columns.put(TZ, new Column(TZ, "通知", "3e3ad1a3bec74939890a0d3e54815141"));
        columns.put(ZCJD, new Column(ZCJD, "政策解读", "1f0f6b3e9a8d4c2e8d6e6b1c0b5a4f3e"));
        columns.put(SJDT, new Column(SJDT, "司局动态", "028da85b0dbd4c9cb96fd5f421cd32b8"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site as a first run meets it: 通知 a1–a4, 政策解读 a5–a6, 司局动态 a7 (newest first). */
    static MiitFixtureSite start() throws IOException {
        MiitFixtureSite s = new MiitFixtureSite();
        s.columns.get(TZ).ids.addAll(List.of("a1", "a2", "a3", "a4"));
        s.columns.get(ZCJD).ids.addAll(List.of("a5", "a6"));
        s.columns.get(SJDT).ids.add("a7");
        return s;
    }

    /**
     * The site of issue 20's done-when: 34 articles on the first poll, a1–a7 and the 27 pages of corpora/pages that a
     * ministry or a newspaper published (the six hacked mirrors and the seed are left out: MIIT does not serve those),
     * each as a MIIT article page (title, visible time, source and paragraphs from its gold file; id = the page's
     * name, hex from its hash), dealt round the three columns newest first, after a1–a7. Skips the test without the
     * corpus.
     */
    static MiitFixtureSite startWithCorpus() throws IOException {
        java.nio.file.Path pages = java.nio.file.Path.of(System.getProperty("policyminer.root", ".")).resolve("corpora/pages");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(pages), "no corpora/pages");
        List<Article> corpus = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(pages)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".gold.json")).sorted().toList()) {
                String template = f.getParent().getFileName().toString();
                if (template.equals("mirror") || template.equals("seed")) continue;
                JsonNode g = JSON.readTree(f.toFile());
                String name = f.getFileName().toString().replace(".gold.json", "");
                String day = g.path("published").asText();
                List<String> paragraphs = new ArrayList<>();
                g.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
                corpus.add(new Article(name, sha32(name), Integer.parseInt(day.substring(0, 4)), "", g.path("title").asText(),
                        day + " 09:00", day + " 09:00", g.path("source").asText(), paragraphs));
            }
        }
        corpus.sort(java.util.Comparator.comparing(Article::time).reversed());
        MiitFixtureSite s = start();
        List<Column> cols = List.copyOf(s.columns.values());
        for (int i = 0; i < corpus.size(); i++) {
            Article a = corpus.get(i);
            s.articles.put(a.id(), a);
            cols.get(i % cols.size()).ids.add(a.id());
        }
        return s;
    }

    /** Ids of every listed article, each once. */
    Set<String> listed() {
        Set<String> out = new java.util.TreeSet<>();
        for (Column c : columns.values()) out.addAll(c.ids);
        return out;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Puts an article at the top of a column (a new one, or one already listed elsewhere: a re-listing). */
    void publish(String column, String id) {
        if (!articles.containsKey(id)) throw new IllegalArgumentException(id);
        columns.get(column).ids.add(0, id);
    }

    /** Edits an article after publication: one more paragraph, a new PubDate meta (the visible time stays). */
    void edit(String id, String paragraph) {
        Article a = articles.get(id);
        List<String> p = new ArrayList<>(a.paragraphs());
        p.add(paragraph);
        articles.put(id, new Article(a.id(), a.hex(), a.year(), a.column(), a.title(), a.time(), "2026-05-19 20:00", a.source(), p));
    }

    /**
     * Adds {@code newId}, a reprint of {@code id} under another URL: another title suffix, a date a day later and a
     * spam paragraph inside the body, as a portal or a hacked mirror republishes an article. List it with {@link #publish}.
     */
    void reprint(String id, String newId, String newHex) {
        Article a = articles.get(id);
        List<String> p = new ArrayList<>(a.paragraphs());
        p.add(Math.min(1, p.size()), "澳门金沙官网，真人荷官在线发牌，详情咨询QQ12345678！");
        articles.put(newId, new Article(newId, newHex, a.year(), a.column(), a.title() + "_转载", a.time(), a.pubDate(), "某某资讯网", p));
    }

    /** The next {@code times} requests for this path answer 503. */
    void failNext(String path, int times) {
        failures.put(path, times);
    }

    /** The next {@code times} requests for page {@code pageNo} of a column's list answer 503 (four: one poll's tries). */
    void failListPage(String column, int pageNo, int times) {
        listFailures.put(column + "#" + pageNo, times);
    }

    /** The article whose page {@code url} is. */
    String idOf(String url) {
        for (Article a : articles.values()) if (url.contains(a.hex())) return a.id();
        throw new IllegalArgumentException(url);
    }

    /** Requests for this path answer 521 with a 加速乐-style cookie script until {@link #clearTrouble()}. */
    void challenge(String path) {
        challenged.add(path);
    }

    /** The 加速乐-style two-round challenge in front of every request but robots.txt (null: off); see {@link #jsChallenge}. */
    private volatile org.policyminer.fetch.JslChallengeGate jsl;

    /**
     * Puts the site behind MIIT's JavaScript challenge: the first request of each session (no {@code __jsluid_s}
     * cookie), and every request whose clearance is missing, wrong or older than {@code validity}, answers 521 with
     * the challenge's script. Returns the gate, whose counters say how often each round was served.
     */
    org.policyminer.fetch.JslChallengeGate jsChallenge(java.time.Duration validity) {
        jsl = new org.policyminer.fetch.JslChallengeGate(validity);
        return jsl;
    }

    /** Requests for this path answer 200 with nothing but a cookie-challenge script. */
    void scriptChallenge(String path) {
        scriptOnly.add(path);
    }

    void clearTrouble() {
        challenged.clear();
        scriptOnly.clear();
        failures.clear();
    }

    /** Root-relative path of an article in the first column that lists it. */
    String path(String id) {
        Article a = articles.get(id);
        for (Column c : columns.values()) if (c.ids.contains(id)) return c.path + "art/" + a.year() + "/art_" + a.hex() + ".html";
        throw new IllegalStateException(id + " is not listed");
    }

    String url(String id) {
        return base() + path(id);
    }

    String hex(String id) {
        return articles.get(id).hex();
    }

    /** Requests whose log line starts with this ("GET /path", "GET " + UNIT …). */
    long requests(String prefix) {
        return log.stream().filter(l -> l.startsWith(prefix)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            serve(ex);
        } finally {
            ex.close();
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        {
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getRawQuery();
            String ua = ex.getRequestHeaders().getFirst("User-Agent");
            String referer = ex.getRequestHeaders().getFirst("Referer");
            log.add(ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " | UA=" + ua + " | Referer=" + referer
                    + " | If-None-Match=" + ex.getRequestHeaders().getFirst("If-None-Match"));
            String cookie = ex.getRequestHeaders().getFirst("Cookie");
            org.policyminer.fetch.JslChallengeGate gate = jsl;
            if (gate != null && !path.equals("/robots.txt")) {
                org.policyminer.fetch.JslChallengeGate.Answer a = gate.check(cookie);
                if (a != null) {
                    if (a.setCookie() != null) ex.getResponseHeaders().add("Set-Cookie", a.setCookie());
                    send(ex, a.status(), "text/html", a.body(), null);
                    return;
                }
            }
            if (challenged.contains(path)) {
                send(ex, 521, "text/html", "<html><body><script>document.cookie=('__jsl_clearance=1716190000.123|0|'+'abc');"
                        + "location.href=location.pathname+location.search</script></body></html>", null);
                return;
            }
            Integer left = failures.get(path);
            if (left != null && left > 0) {
                failures.put(path, left - 1);
                send(ex, 503, "text/html", "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", null);
                return;
            }
            if (scriptOnly.contains(path)) {
                send(ex, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                        + "<script>var x=\"__jsluid_s\";document.cookie=x+'=6f1e2d3c4b5a;path=/';window.location.reload();</script></body></html>", null);
                return;
            }
            if (path.equals(UNIT)) {
                unit(ex, query, ua, referer);
                return;
            }
            if (!ex.getRequestMethod().equals("GET")) {
                send(ex, 405, "text/plain", "Method Not Allowed", null);
                return;
            }
            if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain", "User-agent: *\nDisallow: /cms_files/private/\n", null);
                return;
            }
            Column c = columns.get(path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
            if (c != null) {
                send(ex, 200, "text/html; charset=utf-8", shellTemplate.replace("{{column}}", c.name).replace("{{columnPath}}", c.path)
                        .replace("{{pageId}}", c.pageId).replace("{{scriptId}}", c.pageId.substring(0, 8) + "9b6f4b5c8a1d2e3f4a5b6c7d"), null);
                return;
            }
            Matcher m = ARTICLE.matcher(path);
            if (m.matches() && columns.containsKey(m.group(1))) {
                Article a = articles.values().stream().filter(x -> x.hex().equals(m.group(3))).findFirst().orElse(null);
                if (a != null && columns.get(m.group(1)).ids.contains(a.id())) {
                    article(ex, a, columns.get(m.group(1)), path);
                    return;
                }
            }
            send(ex, 404, "text/html", "<html><body>404</body></html>", null);
        }
    }

    private void article(HttpExchange ex, Article a, Column c, String path) throws IOException {
        StringBuilder paras = new StringBuilder();
        for (String p : a.paragraphs()) paras.append("<p style=\"text-indent:2em\">").append(p).append("</p>\n");
        String html = articleTemplate.replace("{{title}}", a.title()).replace("{{column}}", c.name).replace("{{columnPath}}", c.path)
                .replace("{{pubDate}}", a.pubDate()).replace("{{time}}", a.time()).replace("{{source}}", a.source())
                .replace("{{path}}", path).replace("{{hex}}", a.hex()).replace("{{id}}", a.id()).replace("{{paragraphs}}", paras.toString());
        String etag = "\"" + sha(html) + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.getResponseHeaders().add("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        send(ex, 200, "text/html; charset=utf-8", html, etag);
    }

    private void unit(HttpExchange ex, String rawQuery, String ua, String referer) throws IOException {
        if (!ex.getRequestMethod().equals("GET")) {
            send(ex, 500, "application/json", "{\"code\":\"500\",\"success\":false,\"message\":\"不支持的HTTP方法\"}", null);
            return;
        }
        Map<String, String> q = params(rawQuery);
        Column c = columns.values().stream().filter(x -> x.pageId.equals(q.get("pageId"))).findFirst().orElse(null);
        boolean browser = ua != null && ua.startsWith("Mozilla/");
        boolean fromColumn = c != null && referer != null
                && (referer.equals(base() + c.path) || referer.equals(base() + c.path + "index.html"));
        if (!browser || (c != null && !fromColumn) || referer == null) {
            send(ex, 403, "text/html", "<html><body><h1>403 Forbidden</h1></body></html>", null);
            return;
        }
        boolean ok = c != null && "buildstatic".equals(q.get("parseType")) && WEB_ID.equals(q.get("webId"))
                && TPL_SET_ID.equals(q.get("tplSetId")) && "column".equals(q.get("pageType")) && "右侧内容".equals(q.get("tagId"))
                && "null".equals(q.get("editType"));
        if (!ok) {
            send(ex, 200, "application/json;charset=UTF-8",
                    "{\"roles\":null,\"permissions\":null,\"code\":\"200\",\"success\":false,\"message\":\"参数错误\",\"data\":{}}", null);
            return;
        }
        int pageNo = 1;
        int pageSize = 24;
        if (q.containsKey("paramJson")) {
            JsonNode pj = JSON.readTree(q.get("paramJson"));
            pageNo = pj.path("pageNo").asInt(1);
            pageSize = Integer.parseInt(pj.path("pageSize").asText("24"));
        }
        Integer left = listFailures.get(c.path + "#" + pageNo);
        if (left != null && left > 0) {
            listFailures.put(c.path + "#" + pageNo, left - 1);
            send(ex, 503, "text/html", "<html><body>busy</body></html>", null);
            return;
        }
        int size = Math.min(pageSize, rowsPerPage);
        List<String> ids = c.ids;
        StringBuilder html = new StringBuilder("<div id=\"右侧内容\"><div class=\"page-content\"><ul>");
        for (int i = (pageNo - 1) * size; i >= 0 && i < Math.min(ids.size(), pageNo * size); i++) {
            Article a = articles.get(ids.get(i));
            String href = c.path + "art/" + a.year() + "/art_" + a.hex() + ".html";
            String shown = a.title().length() > 24 ? a.title().substring(0, 24) + "…" : a.title();
            html.append("<li class=\"cf\"><a class=\"fl\" href=\"").append(href).append("\" target=\"_blank\" title=\"").append(a.title())
                    .append("\"><i></i>").append(shown).append("</a><span class=\"fr\">").append(a.time(), 0, 10).append("</span></li>");
        }
        html.append("</ul></div></div>");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("html", html.toString());
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("roles", null);
        env.put("permissions", null);
        env.put("code", "200");
        env.put("success", true);
        env.put("message", null);
        env.put("data", data);
        send(ex, 200, "application/json;charset=UTF-8", JSON.writeValueAsString(env), null);
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) return out;
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            if (eq < 0) continue;
            out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String type, String body, String etag) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        if (etag != null) ex.getResponseHeaders().add("ETag", etag);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }

    private static String sha32(String s) {
        return sha(s) + sha(s + "#1"); // 16 + 16 hex digits, the 32 of a MIIT article id
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = MiitFixtureSite.class.getResourceAsStream("/watch/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource /watch/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
