package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {
    private final LinkExtractor x = new LinkExtractor(new UrlNormalizer());

    private List<String> links(String html, String url) {
        Document d = Jsoup.parse(html, url);
        return List.copyOf(x.links(d, url));
    }

    @Test
    void resolvesRelativeLinksOnceEachInPageOrder() {
        assertEquals(List.of("http://a.example/col/202103/t20210323_1.html", "http://a.example/col/index_1.html"),
                links("<a href='./202103/t20210323_1.html'>a</a><a href='index_1.html'>next</a>"
                        + "<a href='./202103/t20210323_1.html#top'>again</a>", "http://a.example/col/index.html"));
    }

    @Test
    void honoursBaseHrefAndFollowsFramesAndMetaRefresh() {
        List<String> l = links("<head><base href='http://a.example/root/'><meta http-equiv='Refresh' content=\"0; url='news/'\"></head>"
                + "<body><iframe src='list.html'></iframe><a href='x.html'>x</a></body>", "http://a.example/other/page.html");
        assertTrue(l.contains("http://a.example/root/news/"), l.toString());
        assertTrue(l.contains("http://a.example/root/list.html"), l.toString());
        assertTrue(l.contains("http://a.example/root/x.html"), l.toString());
    }

    @Test
    void skipsNofollowLinks() {
        assertEquals(List.of(), links("<a rel='nofollow' href='/ad.html'>ad</a>", "http://a.example/"));
    }

    @Test
    void readsMetaRobotsDirectives() {
        assertTrue(LinkExtractor.metaRobots(Jsoup.parse("<meta name='ROBOTS' content='NOINDEX, follow'>")).contains("noindex"));
        assertEquals("", LinkExtractor.metaRobots(Jsoup.parse("<p>x</p>")));
    }
}
