package org.policyminer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The UI's files, read once from the jar ({@code /web/…}) at start-up, each with a content-hash ETag. The list is
 * explicit: a missing file fails the server at start, not a page at run time, and no request path can name a
 * class-path resource outside it. Assets keep their names across versions, so browsers may cache them for a short
 * while and revalidate with the ETag after that (a 304 without a body).
 *
 * <p>Pages share one frame ({@code layout.html}: head, header and navigation); each page file holds only what goes
 * inside its {@code <main>}, and is put into the frame once, at load.
 */
final class StaticAssets {
    static final List<String> FILES = List.of("search.html", "targets.html", "article.html", "cluster.html", "latest.html",
            "app.css", "common.js", "search.js", "targets.js", "article.js", "cluster.js", "latest.js", "favicon.svg");
    static final String CACHE_CONTROL = "public, max-age=300";
    /** Each page's title; its name also names its script, its {@code data-page} and its {@code <main>} class. */
    private static final Map<String, String> PAGE_TITLES = Map.of("search.html", "搜索 Search", "targets.html", "目标 Targets",
            "article.html", "文章 Article", "cluster.html", "集群 Cluster", "latest.html", "最新 Latest");

    record Asset(String name, String contentType, byte[] bytes, String etag) {}

    private final Map<String, Asset> assets;

    private StaticAssets(Map<String, Asset> assets) {
        this.assets = Map.copyOf(assets);
    }

    static StaticAssets load() {
        Map<String, Asset> m = new LinkedHashMap<>();
        String layout = new String(read("layout.html"), StandardCharsets.UTF_8);
        for (String name : FILES) {
            byte[] bytes = read(name);
            String title = PAGE_TITLES.get(name);
            if (title != null) bytes = framed(layout, name, title, new String(bytes, StandardCharsets.UTF_8));
            m.put(name, new Asset(name, contentType(name), bytes, etag(bytes)));
        }
        return new StaticAssets(m);
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/web/" + name)) {
            if (in == null) throw new IllegalStateException("web asset /web/" + name + " is missing from the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web asset " + name, e);
        }
    }

    private static byte[] framed(String layout, String name, String title, String content) {
        String page = name.substring(0, name.length() - ".html".length());
        return layout.replace("{{title}}", title).replace("{{page}}", page).replace("{{content}}", content)
                .getBytes(StandardCharsets.UTF_8);
    }

    Optional<Asset> find(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    /** The asset as a response, or a 304 when the browser's copy (If-None-Match) is current. */
    Response serve(String name, Request r, int status) {
        Asset a = find(name).orElseThrow(() -> HttpError.notFound("no such file: " + name));
        String inm = r.header("If-None-Match");
        if (status == 200 && inm != null && (inm.equals(a.etag()) || inm.equals("W/" + a.etag()) || inm.strip().equals("*"))) {
            return Response.of(304, null, null).withHeader("ETag", a.etag()).withHeader("Cache-Control", CACHE_CONTROL);
        }
        return Response.of(status, a.contentType(), a.bytes()).withHeader("ETag", a.etag()).withHeader("Cache-Control", CACHE_CONTROL);
    }

    /** {@code GET /static/{name}}. */
    Handler files() {
        return r -> {
            r.params().allowOnly(java.util.Set.of());
            return serve(r.tail(), r, 200);
        };
    }

    /** A page: the HTML shell whose script fills it from the API. */
    Handler page(String name) {
        find(name).orElseThrow(() -> new IllegalStateException("no page " + name));
        return r -> serve(name, r, 200);
    }

    static String contentType(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        return "application/octet-stream";
    }

    private static String etag(byte[] bytes) {
        try {
            return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
