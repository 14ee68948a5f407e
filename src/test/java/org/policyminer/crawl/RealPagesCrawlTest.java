package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.FakeTime;
import org.policyminer.fetch.FetchOptions;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.TestServer;

/**
 * Issue 20 item 4's done-when, in the shape of its held-out site (which is not in this repository): a 28-page loopback
 * site of 25 real Chinese pages (the first 25 of zh-cwced by id: news, blogs with hard line breaks, BBS threads, served
 * as their original bytes in their original encodings) and 3 dated list pages, no URL saying which is which. Every
 * page must be fetched once, the 25 indexed as articles, no list indexed. Reads ../shared/datasets (skipped without it).
 */
class RealPagesCrawlTest {
    @TempDir Path tmp;

    private static Path dataset() {
        return Path.of(System.getProperty("policyminer.root", ".")).resolve("../shared/datasets/zh-cwced/original");
    }

    /** A page's bytes without the corpus's wrapper line ({@code <text id=… encoding=…>}), as the site served it. */
    private static byte[] served(Path p) throws java.io.IOException {
        byte[] b = Files.readAllBytes(p);
        String head = new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<text ")) return b;
        int nl = 0;
        while (nl < b.length && b[nl] != '\n') nl++;
        return java.util.Arrays.copyOfRange(b, Math.min(b.length, nl + 1), b.length);
    }

    private static String list(String title, List<Integer> articles, List<String> more) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title></head><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/list?id=2\">综合新闻</a> <a href=\"/list?id=3\">社区精选</a></div>")
                .append("<h2>").append(title).append("</h2><ul class=\"news\">");
        for (int i : articles) {
            sb.append("<li><a href=\"/page?id=").append(i).append("\">专题文章第").append(i + 1).append("篇：内容提要与相关评论</a><span>2005-0")
                    .append(1 + i % 9).append("-").append(10 + i).append("</span></li>");
        }
        sb.append("</ul>");
        for (String m : more) sb.append(m);
        return sb.append("</body></html>").toString();
    }

    @Test
    void twentyFiveRealPagesAreIndexedEachFetchedOnceAndNoListIs() throws Exception {
        assumeTrue(Files.isDirectory(dataset()), "../shared/datasets/zh-cwced not present: skipped");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dataset())) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().limit(25).toList();
        }
        assertEquals(25, pages.size());
        List<String> articles = new ArrayList<>();
        List<String> lists = List.of("/", "/list?id=2", "/list?id=3");
        try (TestServer server = TestServer.start()) {
            server.text("/robots.txt", "User-agent: *\nAllow: /\n");
            server.route("/page", ex -> {
                String q = ex.getRequestURI().getQuery();
                int id = q != null && q.matches("id=\\d+") ? Integer.parseInt(q.substring(3)) : -1;
                if (id < 0 || id >= pages.size()) TestServer.send(ex, 404, "text/plain", new byte[0]);
                else TestServer.send(ex, 200, "text/html", served(pages.get(id)));
            });
            server.html("/", list("资讯首页", range(0, 9), List.of()));
            server.route("/list", ex -> {
                String q = ex.getRequestURI().getQuery();
                String html = "id=2".equals(q) ? list("综合新闻", range(9, 17), List.of()) : "id=3".equals(q) ? list("社区精选", range(17, 25), List.of()) : null;
                if (html == null) TestServer.send(ex, 404, "text/plain", new byte[0]);
                else TestServer.send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            });
            for (int i = 0; i < pages.size(); i++) articles.add("/page?id=" + i);

            FakeTime time = new FakeTime();
            HttpFetcher http = new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO).build(), time.env());
            List<PolicyDoc> sink = new ArrayList<>();
            List<String> events = new ArrayList<>();
            CrawlSummary summary;
            try (CrawlState state = CrawlState.open(tmp.resolve("index.crawl"))) {
                Crawler c = new Crawler(http, http::declaredSitemaps, sink::add, state,
                        (url, outcome, detail, fetched, pending) -> events.add(outcome + " " + url), time);
                // the pages' own links point at their original sites: only this site's pages are followed
                summary = c.run(CrawlOptions.of(List.of(server.url("/"))).withMaxPages(200).withSameHost(true)
                        .withInclude("/(page|list)\\?id=\\d+$"));
            }
            Set<String> indexed = new TreeSet<>();
            for (PolicyDoc d : sink) {
                URI u = URI.create(d.url());
                indexed.add(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
            }
            assertEquals(new TreeSet<>(articles), indexed, () -> "missed: " + missed(articles, indexed) + "; " + events);
            assertEquals(25, summary.articles());
            assertEquals(25, sink.size(), "each article handed over once");
            for (String p : articles) assertEquals(1, server.log().stream().filter(p::equals).count(), p + " fetched once");
            for (String p : lists) assertEquals(1, server.log().stream().filter(p::equals).count(), p + " fetched once");
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(i);
        return out;
    }

    private static List<String> missed(List<String> articles, Set<String> indexed) {
        List<String> out = new ArrayList<>();
        for (String a : articles) if (!indexed.contains(a)) out.add(a);
        return out;
    }
}
