package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return in.readAllBytes();
        }
    }

    private Article extract(String html, String url) throws ExtractException {
        return extractor.extract(new Fetched(url, html.getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    private static boolean removedFor(Article a, String reason) {
        return a.removed().stream().map(r -> r.reason().label()).anyMatch(reason::equals);
    }

    @Test
    void seedMirrorGivesTheArticleAndNothingElse() throws Exception {
        Article a = extractor.extract(new Fetched("http://mirror.example/a.html", fixture("seed-mirror.html"), Map.of()));
        assertEquals("“十四五”先進制造業集群發展藍圖醞釀待出", a.title());
        assertEquals("2021-03-23", a.published());
        assertEquals("經濟日報", a.source());
        assertEquals(6, a.paragraphs().size(), a.text());
        assertTrue(a.paragraphs().get(0).startsWith("“十四五”時期"));
        String text = a.text();
        for (String bad : List.of("責任編輯", "蜘蛛池", "隱藏鏈接", "相關新聞", "網站地圖", "日本午夜", "首頁")) {
            assertFalse(text.contains(bad), bad + " left in body");
        }
        assertTrue(removedFor(a, "spam-title"));
        assertTrue(removedFor(a, "spam-links"));
        assertTrue(removedFor(a, "hidden"));
    }

    @Test
    void miitPagePrefersVisibleTimeAndReadsGovMetas() throws Exception {
        Article a = extractor.extract(new Fetched("https://www.miit.gov.cn/zwgk/art/2024/art_0123456789abcdef0123456789abcdef.html",
                fixture("miit-article.html"), Map.of()));
        assertEquals("工业和信息化部关于印发《促进先进制造业集群发展行动方案》的通知", a.title());
        assertEquals("2024-05-08", a.published(), "#con_time, not PubDate 2024-05-09");
        assertEquals("规划司", a.source());
        assertEquals("工业和信息化部", a.paragraphs().get(a.paragraphs().size() - 2));
        assertFalse(a.text().contains("版权所有"));
        assertFalse(a.text().contains("当前位置"));
    }

    @Test
    void aPolicyLibrarysPublishedDateIsTheTablesNotTheWrittenDateBesideIt() throws Exception {
        // gov.cn's table gives 成文日期 before 发布日期; the article was published on the second
        Article a = extractor.extract(new Fetched("https://www.gov.cn/zhengce/content/2020-08/04/content_1.htm", fixture("govcn-table.html"), Map.of()));
        assertEquals("2020-08-04", a.published());
        assertEquals("2020年07月27日", a.facts().labelled().get("成文日期"));
        assertEquals("000014349/2020-00062", a.facts().labelled().get("索引号"), "a label spaced out with &nbsp; is read");
        assertEquals("国发〔2020〕8号", a.facts().first("发文字号"));
    }

    @Test
    void readsTheBig5MirrorsTableWhoseDateLabelWritesTheOtherBu() throws Exception {
        // gov.cn's big5 mirror writes 發佈日期 (佈, not 布): the published date is the table's, not 成文日期 beside it
        String html = "<html><head><title>國務院辦公廳關於廣州花都經濟開發區等4個省級開發區升級為國家級經濟技術開發區的復函_國務院文件_中國政府網</title></head><body>"
                + "<table class=bd1><tr><td>索 引 號：</td><td>000014349/2024-00089</td><td>主題分類：</td><td>國民經濟管理、國有資産監管\\經濟體制改革</td></tr>"
                + "<tr><td>發文機關：</td><td>國務院辦公廳</td><td>成文日期：</td><td>2024年10月27日</td></tr>"
                + "<tr><td>標  題：</td><td colspan=3>國務院辦公廳關於廣州花都經濟開發區等4個省級開發區升級為國家級經濟技術開發區的復函</td></tr>"
                + "<tr><td>發文字號：</td><td>國辦函〔2024〕83號</td><td>發佈日期：</td><td>2024年10月30日</td></tr></table>"
                + "<div class=pages_content><p>廣東省、江西省、重慶市、遼寧省人民政府，商務部：</p><p>你們關於有關省級開發區升級為國家級經濟技術開發區的請示收悉。經國務院批准，現函覆如下：</p>"
                + "<p>一、國務院同意廣州花都經濟開發區、江西貴溪經濟開發區、重慶涪陵工業園區、瀋陽金融商貿開發區等4個省級開發區升級為國家級經濟技術開發區。</p></div></body></html>";
        Article a = extract(html, "http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/202410/content_6983864.htm");
        assertEquals("2024年10月30日", a.facts().labelled().get("发布日期"));
        assertEquals("2024-10-30", a.published());
    }

    @Test
    void readsAnOpenGovernmentCataloguesOwnLabelsAsTheLibrarysFields() throws Exception {
        // a 政府信息公开 table writes 信息分类 / 文件分类 for the topic, 生成日期 for the document's date, 文件编号 for its number
        Article a = extract("<html><body><table><tr><th>索引号：</th><td>014046317/2023-04570</td><th>生成日期：</th><td>2023-11-21</td></tr>"
                + "<tr><th>公开日期：</th><td>2023-11-22</td><th>文件编号：</th><td>宜政发〔2023〕158号</td></tr>"
                + "<tr><th>信息分类：</th><td>综合政务</td></tr></table>"
                + "<div><h1>市政府关于授予见义勇为称号的决定</h1><p>各镇人民政府，各街道办事处：为深入践行社会主义核心价值观，大力弘扬社会正气，倡导见义勇为，市政府决定予以表彰。</p></div></body></html>",
                "https://www.example.gov.cn/b.html");
        assertEquals("2023-11-21", a.facts().first("成文日期"));
        assertEquals("宜政发〔2023〕158号", a.facts().first("发文字号"));
        assertEquals("综合政务", a.facts().first("主题分类"));
        assertEquals("2023-11-22", a.facts().first("发布日期"));
    }

    @Test
    void readsACataloguesPublishingUnitAsItsIssuer() throws Exception {
        // a township's catalogue writes 发布单位 where the county's writes 发布机构: the body it names is the table's issuer
        Article a = extract("<html><body><table><tr><th>索引号：</th><td>002590390/2022-79528</td><th>公开日期：</th><td>2022-12-13</td></tr>"
                + "<tr><th>发布单位：</th><td>谢塘镇人民政府</td><th>有效性：</th><td>有效</td></tr></table>"
                + "<div><h1>关于向社会公开征集2023年民生实事项目的公告</h1><p>为深入贯彻落实以人民为中心的发展思想，特面向全镇人民征集2023年镇政府民生实事项目。现将有关事项公告如下。</p></div></body></html>",
                "https://www.example.gov.cn/c.html");
        assertEquals("谢塘镇人民政府", a.facts().first("发文机关"));
    }

    @Test
    void readsAListThatPutsValuesUnderTheirLabelsAndLinksToFiles() throws Exception {
        Article a = extract("<html><body><ul><li>索引号:</li><li>6107280000/2024-001005</li><li>發文字號：镇政发〔2024〕7号</li></ul>"
                + "<div><h1>镇巴县人民政府工作规则</h1><p>第一章 总则。根据有关法律法规的规定，结合本县实际，制定本规则，请各单位认真遵照执行，确保各项工作落到实处。</p>"
                + "<p>附件：</p><ul><li><a href=\"/files/a.pdf\">名单.pdf</a></li><li><a href=\"/files/b.xlsx?x=1\">汇总表</a></li></ul></div></body></html>",
                "https://www.example.gov.cn/a.html");
        assertEquals("6107280000/2024-001005", a.facts().labelled().get("索引号"));
        assertEquals("镇政发〔2024〕7号", a.facts().labelled().get("发文字号"), "traditional labels map to the simplified name");
        assertEquals(java.util.List.of("https://www.example.gov.cn/files/a.pdf", "https://www.example.gov.cn/files/b.xlsx?x=1"),
                a.facts().fileLinks().stream().map(org.policyminer.doc.PageFacts.Link::url).toList());
    }

    @Test
    void keepsBrSeparatedLinesAsParagraphs() throws Exception {
        Article a = extract("<html><body><div class=content>第一行文字，内容充实。<br>第二行文字，同样充实。<br/>第三行文字，依然充实。</div></body></html>", "http://x/");
        assertEquals(List.of("第一行文字，内容充实。", "第二行文字，同样充实。", "第三行文字，依然充实。"), a.paragraphs());
    }

    @Test
    void dropsElementsHiddenByThePagesOwnStyle() throws Exception {
        String html = "<html><head><style>.ab12 { display : none } @media print { .noprint { display:none } }</style></head><body>"
                + "<div class=article><p>产业集群发展迅速，企业数量不断增加，创新能力明显提升。</p>"
                + "<p class=ab12>隐藏的关键词一二三四五六七</p><p class=noprint>只在纸面上隐藏的正文段落，读者在屏幕上看得见。</p>"
                + "<p hidden>属性隐藏的文字内容</p><p aria-hidden=true>读屏隐藏的文字内容</p>"
                + "<p style='position:absolute;left:-9999px'>移出屏幕的文字内容</p></div></body></html>";
        Article a = extract(html, "http://x/");
        assertFalse(a.text().contains("关键词"));
        assertFalse(a.text().contains("属性隐藏"));
        assertFalse(a.text().contains("读屏隐藏"));
        assertFalse(a.text().contains("移出屏幕"));
        assertTrue(a.text().contains("只在纸面上隐藏"), "hidden only on print is visible");
        assertTrue(removedFor(a, "hidden"));
    }

    @Test
    void titleDropsSiteSuffix() throws Exception {
        Article a = extract("<html><head><title>DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网</title></head>"
                + "<body><p>人工智能的研究取得了新的进展，科学家们表示这是重要的一步。</p></body></html>", "http://x/");
        assertEquals("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", a.title());
        Article b = extract("<html><head><title>海外留学生看两会 - 新华网</title></head><body><p>留学生们关注两会，讨论热烈，发言踊跃。</p></body></html>", "http://x/");
        assertEquals("海外留学生看两会", b.title());
    }

    @Test
    void aLabelledDateInMonthDayYearOrderIsRead() throws Exception {
        String page = "<html><body><h1>关于推进产业集群发展的通知</h1><div>来源：本站  发布日期： 9/17/2004 5:54:13 AM</div><div>"
                + "<p>第1段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第2段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第3段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第4段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第5段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第6段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p>" + "</div></body></html>";
        assertEquals("2004-09-17", extract(page, "http://example.org/a.asp").published());
        assertEquals("2005-07-05", extract(page.replace("9/17/2004 5:54:13 AM", "7/5/2005 9:23:57 PM"), "http://example.org/a.asp").published(),
                "month first, as English-locale servers write it");
    }

    @Test
    void aReadersCommentDateBelowTheBodyDoesNotBeatTheDateBesideTheTitle() throws Exception {
        String page = "<html><body><h1>第四届产业经济学年会会议议程</h1><div>2004-12-10 阅读10544次</div><div>"
                + "<p>第1段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第2段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第3段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第4段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第5段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p><p>第6段：会议将围绕高质量发展、产业集群培育、先进制造业与现代服务业融合等议题展开深入讨论，各地代表将介绍本地区的实践经验和下一步工作安排。</p>" + "</div><table><tr><td>发表人：网友甲</td><td>发表时间：2004-12-11 9:51:00</td></tr>"
                + "<tr><td>会议安排很好。</td></tr></table></body></html>";
        assertEquals("2004-12-10", extract(page, "http://example.org/b.asp").published());
    }

    @Test
    void aDateInTheTitleIsNotThePublicationDate() throws Exception {
        String title = "关于2024年1月1日起施行新版产业集群认定办法的通知";
        String page = "<html><head><title>" + title + "_某市工业和信息化局</title></head><body><h1>" + title + "</h1><div class='content'>"
                + "<p>第1条：各地要结合实际，完善产业集群培育政策，推动先进制造业和现代服务业深度融合，加强要素保障和服务支撑，确保各项措施落地见效。</p><p>第2条：各地要结合实际，完善产业集群培育政策，推动先进制造业和现代服务业深度融合，加强要素保障和服务支撑，确保各项措施落地见效。</p><p>第3条：各地要结合实际，完善产业集群培育政策，推动先进制造业和现代服务业深度融合，加强要素保障和服务支撑，确保各项措施落地见效。</p><p>第4条：各地要结合实际，完善产业集群培育政策，推动先进制造业和现代服务业深度融合，加强要素保障和服务支撑，确保各项措施落地见效。</p><p>第5条：各地要结合实际，完善产业集群培育政策，推动先进制造业和现代服务业深度融合，加强要素保障和服务支撑，确保各项措施落地见效。</p><p>第6条：各地要结合实际，完善产业集群培育政策，推动先进制造业和现代服务业深度融合，加强要素保障和服务支撑，确保各项措施落地见效。</p>" + "<p>发布日期：2023年12月5日</p></div></body></html>";
        assertEquals("2023-12-05", extract(page, "http://example.org/c.html").published(), "the byline below the body, not the date the title mentions");
    }

    @Test
    void dateFromUrlNeverInventsADay() throws Exception {
        String body = "<html><body><p>产业集群发展迅速，企业数量不断增加。</p></body></html>";
        assertEquals("2021-03-23", extract(body, "http://www.gov.cn/zhengce/202103/t20210323_123456.htm").published());
        assertEquals("2020-02-19", extract(body, "http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm").published());
        assertEquals("2021", extract(body, "https://www.miit.gov.cn/xwfb/art/2021/art_abc.html").published());
        assertNull(extract(body, "http://x/").published());
    }

    @Test
    void datesFromLabelsAndMetas() throws Exception {
        assertEquals("2024-03-05", extract("<html><body><h1>标题文字在这里</h1><div>发布时间：2024年3月5日</div>"
                + "<div class=content><p>正文内容，很长很长的一段文字，说明了政策的要点。</p></div></body></html>", "http://x/").published());
        assertEquals("2016-11-22", extract("<html><head><meta name='pubdate' content='2016-11-22 09:53'></head><body>"
                + "<p>正文内容，很长很长的一段文字。</p></body></html>", "http://x/").published());
    }

    @Test
    void sourceStopsBeforeAuthor() throws Exception {
        Article a = extract("<html><body><h1>标题文字在这里</h1><div>来源：人民日报　作者：张三</div>"
                + "<div class=content><p>正文内容，很长很长的一段文字，说明了政策的要点。</p></div></body></html>", "http://x/");
        assertEquals("人民日报", a.source());
    }

    @Test
    void visibleSpamParagraphInsideTheBodyIsRemoved() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><div class=content>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>先进制造业集群是产业分工深化和集聚发展的高级形式，各地要推动集群内企业协同创新，建设公共服务平台第").append(i).append("项。</p>");
            if (i == 2) html.append("<p>真人百家乐-在线投注-首存送彩金-北京赛车</p>");
        }
        Article a = extract(html.append("</div></body></html>").toString(), "http://x/");
        assertEquals(6, a.paragraphs().size());
        assertFalse(a.text().contains("百家乐"));
        assertTrue(removedFor(a, "spam-text"));
    }

    @Test
    void keepsTheTextsSourceLineAsAPageFactWhenItDropsTheLine() throws Exception {
        // a repost's own 来源 line above the text names the portal's host; the document's line names the site that posted it
        Article a = extract("<html><body><div class=content><h1>市政府关于授予见义勇为称号的决定</h1><div class=info>来源：www.yixing.gov.cn</div>"
                + "<div class=text><p>来源:宜兴市人民政府网站 日期:2023-11-21 09:02:08 浏览次数:</p>"
                + "<p>各镇人民政府，各街道办事处：为深入践行社会主义核心价值观，大力弘扬社会正气，倡导见义勇为，市政府决定予以表彰。</p>"
                + "<p>希望受表彰的同志珍惜荣誉，再接再厉，在各自的岗位上作出新的更大贡献。</p></div></div></body></html>",
                "https://www.example.com/a.html");
        assertEquals("宜兴市人民政府网站", a.facts().first("来源"));
        assertFalse(a.text().contains("来源"), "the line is still dropped from the text");
        assertNull(Boilerplate.sourceName("来源：www.yixing.gov.cn"));
        assertEquals("宣城市卫生健康委员会", Boilerplate.sourceName("发布时间:2020-10-21 16:21 来源:宣城市卫生健康委员会浏览次数:"));
    }

    @Test
    void readsAGlossedSourceLine() throws Exception {
        // a traditional repost glossing characters with pinyin: its 來(lái)源 line is still the page's 来源 fact, and dropped
        Article a = extract("<html><body><div class=content><h1>關於做好森林防火工作的通知</h1>"
                + "<div class=text><p>發(fā)布時(shí)間:2021-08-06 來(lái)源:連州市人民政府辦公室 瀏覽次數(shù):</p>"
                + "<p>各鎮人民政府，市直各單位：為做好今冬明春森林防火工作，保護森林資源安全，現將有關事項通知如下。</p>"
                + "<p>一、提高認識，切實加強對森林防火工作的領導，落實各項防控責任。</p></div></div></body></html>",
                "https://www.example.com/a.html");
        assertEquals("連州市人民政府辦公室", a.facts().first("来源"));
        assertFalse(a.text().contains("瀏覽次數"), "the line is dropped from the text");
    }
}

