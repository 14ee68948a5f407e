package org.policyminer.watch;

import org.policyminer.util.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.policyminer.fetch.FetchException;

/**
 * The State Council's 最新政策 feed: {@code /zhengce/zuixin/ZUIXINZHENGCE.json}, a JSON array of
 * {@code {TITLE, URL, DOCRELPUBTIME}} over a rolling window of recent items, so there is no paging. With
 * {@code --base-url}, links to www.gov.cn are moved onto that host, the same paths.
 */
public final class GovCnSource implements WatchSource {
    public static final String DEFAULT_BASE = "https://www.gov.cn";
    public static final String FEED_PATH = "/zhengce/zuixin/ZUIXINZHENGCE.json";

    private final SiteClient client;
    private final String base;

    public GovCnSource(SiteClient client, String base) {
        this.client = client;
        this.base = base == null ? DEFAULT_BASE : base;
    }

    @Override
    public String name() {
        return "govcn";
    }

    @Override
    public Listing list(Predicate<ListedItem> known) {
        String feed = URI.create(base).resolve(FEED_PATH).toString();
        String referer = URI.create(base).resolve("/zhengce/zuixin/").toString();
        try {
            byte[] body = client.get(feed, referer).page().body();
            return new Listing(parse(feed, body, base, referer), List.of());
        } catch (FetchException e) {
            return new Listing(List.of(), List.of(Listing.Problem.of(feed, Watcher.cause(e.getMessage(), e.url()), e)));
        }
    }

    static List<ListedItem> parse(String feedUrl, byte[] body, String base, String referer) throws FetchException {
        String text = new String(body, StandardCharsets.UTF_8);
        // Consumers of this feed report a UTF-8 byte-order mark in front of the array.
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new FetchException(feedUrl, 200, "the feed is not JSON");
        }
        if (root == null || !root.isArray()) throw new FetchException(feedUrl, 200, "the feed is not a JSON array");
        List<ListedItem> out = new ArrayList<>();
        for (JsonNode n : root) {
            String href = n.path("URL").asText("").strip();
            if (href.isEmpty()) continue;
            String url = rebase(URI.create(feedUrl).resolve(href), base);
            String key = URI.create(url).getPath();
            out.add(new ListedItem(key, url, n.path("TITLE").asText("").strip(), day(n.path("DOCRELPUBTIME")), "最新政策", referer));
        }
        return out;
    }

    /** A www.gov.cn link moved onto {@code base} (a mirror or fixture); other hosts are left alone. */
    static String rebase(URI link, String base) {
        URI b = URI.create(base);
        if (link.getHost() != null && link.getHost().equalsIgnoreCase("www.gov.cn") && !"www.gov.cn".equalsIgnoreCase(b.getHost())) {
            return b.resolve(link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery())).toString();
        }
        return link.toString();
    }

    /** DOCRELPUBTIME as "YYYY-MM-DD…" text or epoch milliseconds → YYYY-MM-DD (China time); null when unreadable. */
    static String day(JsonNode v) {
        if (v.isNumber()) return LocalDate.ofInstant(Instant.ofEpochMilli(v.asLong()), Watcher.CHINA).toString();
        String s = v.asText("").strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) return s.substring(0, 10);
        if (s.matches("\\d{12,}")) return LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), Watcher.CHINA).toString();
        return null;
    }
}
