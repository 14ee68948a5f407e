package org.policyminer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.fetch.FakeTime;
import org.policyminer.fetch.FetchOptions;
import org.policyminer.fetch.HttpFetcher;
import org.policyminer.fetch.TestServer;

/**
 * A loopback site of the page shapes the crawler misread (issue 20 item 4), none of them with an article or list
 * URL shape: essays with hard line breaks (one short line a {@code <p>}, or {@code <br>} lines in a table cell), a
 * forum thread (posts in tables between author links and 回复/引用 links), an article followed by a long related-links
 * list; and list pages (a column of dated links, a forum board, a tag page of undated title links).
 */
class PageShapesCrawlTest {
    @TempDir Path tmp;
    private TestServer server;
    private final List<PolicyDoc> sink = new ArrayList<>();

    static final List<String> ARTICLES = List.of("/show.jsp?id=101", "/essay/moon.html", "/essay/river.html",
            "/bbs/thread-88-1-1.html", "/show.jsp?id=102", "/qa/view?q=17");
    static final List<String> LISTS = List.of("/", "/column.jsp?id=3", "/bbs/forum-2-1.html", "/tag/manufacturing");

    private static final String[] ESSAY = {
        "那年秋天我回到故乡，", "村口的老槐树还在，", "树下坐着几位老人，", "说着我听不太懂的话。", "母亲站在门口等我，",
        "头发比去年又白了些，", "她接过我的行李，", "问我路上累不累，", "我说不累，", "其实一夜没有合眼。",
        "晚饭是母亲做的面条，", "汤里卧着两个鸡蛋，", "和小时候一个味道。", "父亲话不多，", "只是一杯接一杯地喝酒，",
        "喝到后来眼睛红了，", "说你在外面要照顾好自己。", "夜里我睡在旧屋里，", "听见风吹过院墙，", "想起很多年前的事情。",
        "第二天一早我去看了河，", "河水比记忆里浅了许多，", "岸边修了新的石阶，", "几个孩子在水边捉鱼，", "笑声传得很远很远。"};

    private static String head(String title) {
        return "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<div class=\"top\"><a href=\"/\">首页</a> <a href=\"/column.jsp?id=3\">通知公告</a> <a href=\"/bbs/forum-2-1.html\">论坛</a>"
                + " <a href=\"/tag/manufacturing\">制造业</a></div>";
    }

    private static String relatedList(int n, int from) {
        StringBuilder sb = new StringBuilder("<div class=\"related\"><h3>相关文章</h3><ul>");
        for (int i = 0; i < n; i++) {
            sb.append("<li><a href=\"/show.jsp?id=").append(900 + from + i).append("\">关于做好中小企业数字化转型工作的通知（第")
                    .append(i + 1).append("批）</a><span>2024-0").append(1 + i % 9).append("-1").append(i % 10).append("</span></li>");
        }
        return sb.append("</ul></div>").toString();
    }

    private static String govNotice() {
        String p = "为贯彻落实党中央、国务院关于促进中小企业发展的决策部署，加快中小企业数字化转型，现就有关事项通知如下。"
                + "各地工业和信息化主管部门要结合本地实际，制定工作方案，明确目标任务，完善支持政策，组织服务机构开展诊断评估。";
        return head("关于开展中小企业数字化转型城市试点工作的通知") + "<div class=\"main\"><h1>关于开展中小企业数字化转型城市试点工作的通知</h1>"
                + "<div class=\"info\">发布时间：2024-05-08 来源：办公厅</div><div class=\"content\"><p>" + p + "</p><p>" + p
                + "</p><p>请于2024年6月30日前报送推荐材料。</p></div>" + relatedList(8, 0) + "</div></body></html>";
    }

    private static String essayInParagraphs() {
        StringBuilder sb = new StringBuilder(head("回乡记 - 散文 - 文学社区")).append("<div class=\"post\"><h2>回乡记</h2><div class=\"byline\">作者：<a href=\"/u/301\">青禾</a> 2005-10-12</div>");
        for (String l : ESSAY) sb.append("<p>").append(l).append("</p>");
        return sb.append("</div><div class=\"tags\">标签：<a href=\"/tag/prose\">散文</a> <a href=\"/tag/hometown\">故乡</a></div></body></html>").toString();
    }

    private static String essayWithBreaks() {
        StringBuilder sb = new StringBuilder(head("河 - 随笔")).append("<table width=\"760\"><tr><td class=\"title\">河</td></tr><tr><td><font size=\"3\">");
        for (int i = ESSAY.length - 1; i >= 0; i--) sb.append(ESSAY[i]).append("<br>\n");
        return sb.append("</font></td></tr><tr><td><a href=\"/essay/moon.html\">上一篇：回乡记</a></td></tr></table></body></html>").toString();
    }

    private static String forumThread() {
        StringBuilder sb = new StringBuilder(head("请教：小微企业申请技改补贴需要哪些材料？ - 政策交流 - 企业服务论坛"))
                .append("<div class=\"pages\"><a href=\"/bbs/thread-88-1-1.html\">1</a> <a href=\"/bbs/thread-88-2-1.html\">2</a> <a href=\"/bbs/forum-2-1.html\">返回列表</a></div>");
        String[][] posts = {
            {"张工", "我们是一家做五金配件的小厂，今年想换两台数控机床。", "听说市里有技改补贴，", "不知道要准备哪些材料，有没有办过的朋友说说？"},
            {"老周", "去年办过一次。", "要营业执照、近两年的财务报表、项目可行性报告，", "还有设备采购合同和发票，", "补贴比例大概是设备投资的百分之十。"},
            {"小林", "补充一下，", "项目要先在经信局备案，", "备案之后买的设备才算数，", "之前买的不行，这个一定要注意。"},
            {"张工", "谢谢两位，", "明天就去经信局问问备案的事情。"}};
        int floor = 1;
        for (String[] post : posts) {
            sb.append("<table class=\"plhin\"><tr><td class=\"pls\"><a href=\"/bbs/space-uid-").append(100 + floor).append(".html\">").append(post[0])
                    .append("</a><br>帖子 ").append(floor * 37).append("</td><td class=\"plc\"><div class=\"pi\">").append(floor++)
                    .append("# 发表于 2024-3-").append(floor).append(" 10:2").append(floor).append("</div><div class=\"t_f\">");
            for (int i = 1; i < post.length; i++) sb.append(post[i]).append("<br>");
            sb.append("</div><div class=\"po\"><a href=\"/bbs/post.php?reply=").append(floor).append("\">回复</a> <a href=\"/bbs/post.php?quote=")
                    .append(floor).append("\">引用</a> <a href=\"/bbs/report.php?pid=").append(floor).append("\">举报</a></div></td></tr></table>");
        }
        return sb.append("</body></html>").toString();
    }

    private static String qaPage() {
        return head("问：个体工商户可以申请专精特新认定吗？") + "<div class=\"qa\"><dl><dt>问：个体工商户可以申请专精特新认定吗？</dt>"
                + "<dd>答：专精特新中小企业认定的对象是在中华人民共和国境内工商注册登记、连续经营三年以上并具有独立法人资格的中小企业。"
                + "个体工商户不具有法人资格，不在认定范围内，可以先转为企业，满足经营年限等条件后再按程序申请。"
                + "转为企业后，此前作为个体工商户的经营年限能否连续计算，由各省级中小企业主管部门在实施细则中规定。"
                + "具体要求请查阅本省发布的认定实施细则，或拨打中小企业服务热线咨询。</dd></dl></div>" + relatedList(12, 20) + "</body></html>";
    }

    private static String column() {
        StringBuilder sb = new StringBuilder(head("通知公告")).append("<div class=\"list\"><ul>");
        List<String> links = List.of("/show.jsp?id=101", "/show.jsp?id=102", "/qa/view?q=17");
        for (int i = 0; i < 15; i++) {
            String href = i < links.size() ? links.get(i) : "/show.jsp?id=" + (200 + i); // older notices (404 here)
            sb.append("<li><a href=\"").append(href).append("\" title=\"通知\">关于开展2024年度工业和信息化专项资金项目申报工作的通知")
                    .append("</a><span class=\"date\">2024-04-").append(10 + i).append("</span></li>");
        }
        return sb.append("</ul><div class=\"page\">共15条 1/1页</div></div></body></html>").toString();
    }

    private static String forumBoard() {
        StringBuilder sb = new StringBuilder(head("政策交流 - 企业服务论坛")).append("<table id=\"threadlist\">");
        String[] titles = {"请教：小微企业申请技改补贴需要哪些材料？", "今年的专精特新申报什么时候开始", "高新技术企业认定的研发费用怎么归集",
            "分享一份数字化转型诊断报告模板", "外贸企业出口退税最新政策汇总", "有没有人办过首台套保险补偿", "厂房租金补贴到账了，说说流程",
            "求问：企业上云补贴还有没有"};
        for (int i = 0; i < titles.length; i++) {
            String href = i == 0 ? "/bbs/thread-88-1-1.html" : "/bbs/thread-88-1-1.html#" + i;
            sb.append("<tr><td><a href=\"").append(href).append("\">").append(titles[i]).append("</a></td><td><a href=\"/bbs/space-uid-")
                    .append(200 + i).append(".html\">用户").append(i).append("</a></td><td>").append(3 + i).append("/").append(120 + i * 7)
                    .append("</td><td>2024-3-").append(1 + i).append("</td></tr>");
        }
        return sb.append("</table></body></html>").toString();
    }

    private static String tagPage() {
        StringBuilder sb = new StringBuilder(head("标签：制造业")).append("<div class=\"tag-items\">");
        for (String a : List.of("/essay/moon.html", "/essay/river.html", "/show.jsp?id=101", "/show.jsp?id=102", "/qa/view?q=17", "/bbs/thread-88-1-1.html")) {
            sb.append("<div class=\"item\"><a href=\"").append(a).append("\">制造业转型升级中的中小企业故事与政策解读</a></div>");
        }
        return sb.append("</div></body></html>").toString();
    }

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        server.text("/robots.txt", "User-agent: *\nAllow: /\n");
        StringBuilder home = new StringBuilder(head("企业服务网")).append("<ul>");
        for (String a : List.of("/essay/moon.html", "/essay/river.html", "/bbs/forum-2-1.html", "/column.jsp?id=3")) {
            home.append("<li><a href=\"").append(a).append("\">栏目入口</a></li>");
        }
        server.html("/", home.append("</ul></body></html>").toString());
        server.route("/show.jsp", ex -> {
            String q = ex.getRequestURI().getQuery();
            String body = "id=101".equals(q) ? govNotice() : "id=102".equals(q) ? govNotice().replace("城市试点", "专项行动") : null;
            if (body == null) TestServer.send(ex, 404, "text/plain", new byte[0]);
            else TestServer.send(ex, 200, "text/html; charset=utf-8", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        server.route("/qa/view", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", qaPage().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        server.route("/column.jsp", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", column().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        server.html("/essay/moon.html", essayInParagraphs());
        server.html("/essay/river.html", essayWithBreaks());
        server.html("/bbs/thread-88-1-1.html", forumThread());
        server.html("/bbs/forum-2-1.html", forumBoard());
        server.html("/tag/manufacturing", tagPage());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyArticleIsIndexedOnceAndNoListIs() throws Exception {
        FakeTime time = new FakeTime();
        HttpFetcher http = new HttpFetcher(FetchOptions.builder().politenessDelay(Duration.ZERO).build(), time.env());
        List<String> events = new ArrayList<>();
        CrawlSummary s;
        try (CrawlState state = CrawlState.open(tmp.resolve("index.crawl"))) {
            Crawler c = new Crawler(http, http::declaredSitemaps, sink::add, state,
                    (url, outcome, detail, fetched, pending) -> events.add(outcome + " " + url), time);
            s = c.run(CrawlOptions.of(List.of(server.url("/"))).withMaxPages(200));
        }
        Set<String> indexed = new TreeSet<>();
        for (PolicyDoc d : sink) {
            URI u = URI.create(d.url());
            indexed.add(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
        }
        assertEquals(new TreeSet<>(ARTICLES), indexed, events.toString());
        assertEquals(ARTICLES.size(), sink.size(), "each article handed over once");
        for (String page : ARTICLES) assertEquals(1, requests(page), page + " fetched once");
        for (String page : LISTS) assertEquals(1, requests(page), page + " fetched once");
        assertEquals(ARTICLES.size(), s.articles());
    }

    /** Requests for exactly this path and query. */
    private long requests(String pathAndQuery) {
        return server.log().stream().filter(pathAndQuery::equals).count();
    }
}
