package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageClassifierTest {
    private final PageClassifier c = new PageClassifier();

    @Test
    void recognisesArticleUrlShapesOfChineseGovernmentSites() {
        for (String u : new String[] {
            "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2021/art_8a1c2f0e9d4b4e6c8b3a7f1d2e5c6b7a.html",
            "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202103/t20210323_1270124.html",
            "http://www.xinhuanet.com/politics/2021-03/23/c_1127243123.htm",
            "https://www.gov.cn/zhengce/content/2021-03/23/content_5595123.htm",
            "https://www.gov.cn/zhengce/zhengceku/202103/content_5595124.htm",
            "http://politics.people.com.cn/n1/2021/0323/c1001-32058123.html"}) {
            assertEquals(PageKind.ARTICLE, c.byUrl(u), u);
        }
    }

    @Test
    void recognisesListUrlShapes() {
        for (String u : new String[] {
            "https://www.ndrc.gov.cn/xwdt/xwfb/index_2.html", "https://www.miit.gov.cn/xwfb/gxdt/index.html",
            "https://www.gov.cn/zhengce/zuixin/", "http://a.example/news/list.shtml", "http://a.example/search?q=x&page=3"}) {
            assertEquals(PageKind.LIST, c.byUrl(u), u);
        }
    }

    @Test
    void leavesOtherUrlsUndecided() {
        assertEquals(PageKind.OTHER, c.byUrl("http://a.example/policy/detail?id=7"));
    }

    private static String prose(int sentences) {
        return "加快培育世界级先进制造业集群，推动制造业高质量发展，力争到2025年集群产值突破4000亿元。".repeat(sentences);
    }

    @Test
    void aPageWithLongParagraphsIsAnArticleWhateverItsUrl() {
        String html = "<html><body><a href=/>首页</a><div><p>" + prose(4) + "</p><p>" + prose(3) + "</p></div></body></html>";
        assertEquals(PageKind.ARTICLE, c.classify("http://a.example/show?id=7", Jsoup.parse(html)));
    }

    @Test
    void proseInADivWithLineBreaksCountsToo() {
        String html = "<html><body><div id=content>" + prose(4) + "<br>" + prose(4) + "</div></body></html>";
        assertEquals(PageKind.ARTICLE, c.classify("http://a.example/show?id=8", Jsoup.parse(html)));
    }

    @Test
    void aPageOfShortLinksIsAList() {
        StringBuilder sb = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 20; i++) sb.append("<li><a href=/a").append(i).append(">关于开展先进制造业集群竞赛的通知").append(i).append("</a> 2021-03-23</li>");
        String html = sb.append("</ul></body></html>").toString();
        assertEquals(PageKind.LIST, c.classify("http://a.example/show?col=3", Jsoup.parse(html)));
    }

    @Test
    void anArticleShapedUrlWithOnlyLinksIsStillAList() {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 8; i++) sb.append("<a href=/a").append(i).append(">链接").append(i).append("</a>");
        assertEquals(PageKind.LIST, c.classify("http://a.example/art/2021/art_0123456789abcdef.html",
                Jsoup.parse(sb.append("</body></html>").toString())));
    }

    @Test
    void navigationAndScriptsDoNotMakeAListLookLikeAnArticle() {
        String html = "<html><body><script>var x='" + prose(10) + "';</script><nav>" + prose(5) + "</nav><ul>"
                + "<li><a href=/1>通知一</a></li><li><a href=/2>通知二</a></li></ul></body></html>";
        assertEquals(PageKind.LIST, c.classify("http://a.example/col", Jsoup.parse(html)));
    }
}
