package org.policyminer.crawl;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.policyminer.fetch.TestServer;

/**
 * A small policy site on loopback: an index, list pages with paging (by URL shape and by layout only), article
 * pages in MIIT and TRS URL shapes plus one recognised only by its layout, a robots.txt that disallows /private/,
 * a sitemap with an article no page links to, a redirect, a link to an internal address on another host
 * (127.0.0.2), a PDF link and a page that always answers 500.
 */
final class TestSite implements AutoCloseable {
    static final String A1 = "/news/art/2021/art_a1b2c3d4e5f60001.html";
    static final String A2 = "/news/art/2021/art_a1b2c3d4e5f60002.html";
    static final String A3 = "/news/art/2021/art_a1b2c3d4e5f60003.html";
    static final String A4 = "/news/art/2021/art_a1b2c3d4e5f60004.html";
    static final String A5 = "/news/art/2021/art_a1b2c3d4e5f60005.html";
    static final String AR = "/news/art/2021/art_0a1b2c3d4e5f6071.html";
    static final String BROKEN = "/news/art/2021/art_dead0000beef0000.html";
    static final String P1 = "/policy/202103/t20210323_123.html";
    static final String P2 = "/policy/202103/t20210324_124.html";
    static final String P3 = "/policy/202104/t20210401_125.html";
    static final String PD = "/policy/detail";
    static final String HIDDEN = "/hidden/art/2022/art_feedface00000001.html";
    static final String SECRET = "/private/secret.html";

    final TestServer server;
    final TestServer internal;

    TestSite() throws IOException {
        server = TestServer.start();
        internal = TestServer.startOn("127.0.0.2");
        internal.html("/ext.html", article("外部页面"));
        server.text("/robots.txt", "User-agent: *\nDisallow: /private/\nSitemap: " + server.url("/sitemap.xml") + "\n");
        server.route("/sitemap.xml", ex -> TestServer.send(ex, 200, "application/xml", sitemap().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        server.html("/", list("首页",
                "/news/index.html", "/policy/", "/topics/industry", SECRET, internal.url("/ext.html"), "/old/story.html",
                "/news/index.html#top", "/news/index.html?utm_source=weibo&utm_medium=app", "/files/notice.pdf",
                "mailto:office@example.gov.cn", "javascript:void(0)"));
        server.html("/news/index.html", list("新闻", A1, A2, A3, BROKEN, "/news/index_1.html", "/"));
        server.html("/news/index_1.html", list("新闻 第2页", A4, A5, A1, AR, "/news/index.html"));
        server.html("/policy/", list("政策", "./202103/t20210323_123.html", "202103/t20210324_124.html", "detail?id=7",
                "/policy/list?page=2"));
        server.html("/policy/list", list("政策 第2页", "../policy/202104/t20210401_125.html", "/policy/"));
        server.html("/topics/industry", list("专题", P1, A2, "/news/index.html", "/policy/", "/", A3, A4, A5, P2, "/topics/industry"));
        server.redirect("/old/story.html", 301, AR);
        server.status(BROKEN, 500);
        for (String a : List.of(A1, A2, A3, A4, A5, AR, P1, P2, P3, HIDDEN, SECRET)) server.html(a, article("文章 " + a));
        server.html(PD, article("按版面识别的文章"));
        server.route("/files/notice.pdf", ex -> TestServer.send(ex, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
    }

    /** Article paths reachable by links (the sitemap-only article excluded). */
    static Set<String> linkedArticles() {
        return new TreeSet<>(List.of(A1, A2, A3, A4, A5, AR, P1, P2, P3, PD));
    }

    String url(String path) {
        return server.url(path);
    }

    private String sitemap() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "<url><loc>" + server.url(HIDDEN) + "</loc></url>\n"
                + "<url><loc>" + server.url("/news/index.html") + "</loc></url>\n</urlset>\n";
    }

    static String list(String title, String... links) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div><ul class=\"list\">");
        int i = 0;
        for (String l : links) {
            sb.append("<li><a href=\"").append(l).append("\">关于推进先进制造业集群发展的通知 ").append(++i)
                    .append("</a><span>2021-03-2").append(i % 10).append("</span></li>");
        }
        return sb.append("</ul></body></html>").toString();
    }

    static String article(String title) {
        String para = "为深入贯彻落实党中央、国务院决策部署，加快培育世界级先进制造业集群，推动制造业高质量发展，"
                + "工业和信息化部组织开展了先进制造业集群发展专项行动，围绕新一代信息技术、高端装备、新材料、生物医药等重点领域，"
                + "遴选了一批具有国际竞争力的产业集群，力争到2025年集群产值突破4000亿元。";
        return "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news/index.html\">新闻</a></div>"
                + "<h1>" + title + "</h1><div id=\"con_con\"><p>" + para + "</p><p>" + para + "</p><p>" + para + "</p></div>"
                + "</body></html>";
    }

    @Override
    public void close() {
        server.close();
        internal.close();
    }
}
