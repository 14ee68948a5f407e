package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PageFacts;
import org.policyminer.document.DocumentReader;

/** The lines of the article's block the body leaves out go to the document reader, never into the body (docs20). */
class ArticleEdgeLinesTest {
    private static final String TITLE = "某市人民政府关于表彰第五届全市科技创新竞赛优秀单位的决定";

    private static String page() {
        StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>" + TITLE + "</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zw/\">政务</a></div><div class=\"content\"><h1>" + TITLE + "</h1>"
                + "<div class=\"text\"><p>某政发〔2012〕31号 " + TITLE + "</p><p>各县、区人民政府，市政府各部门、各直属机构：</p>");
        for (int i = 1; i <= 4; i++) {
            b.append("<p>").append(i).append("、本届竞赛开展以来，各地各部门围绕科技创新这一中心工作，突出重点，注重实效，组织企业、高校和科研院所"
                    + "开展联合攻关，在新产品研发、成果转化和人才培养方面取得明显成效，为全市经济社会高质量发展做出了积极贡献。</p>");
        }
        b.append("<p>某市人民政府</p><p>2012年6月8日</p></div></div></body></html>");
        return b.toString();
    }

    @Test
    void theNumberLineDroppedWithTheTitleReachesTheDocumentReaderButNotTheBody() throws Exception {
        Article a = new ArticleExtractor().extract(new Fetched("http://www.example.gov.cn/zw/2012/31.html",
                page().getBytes(StandardCharsets.UTF_8), Map.of()));
        assertFalse(a.text().contains("某政发〔2012〕31号"), a.text());
        // the collector joins the space between Han characters away: the line as the body would have had it
        assertTrue(a.facts().headLines().contains("某政发〔2012〕31号" + TITLE), a.facts().headLines().toString());
        assertEquals("某政发〔2012〕31号", new DocumentReader().read(a.title(), a.text(), a.facts()).number());
    }

    private static List<ParagraphCollector.Para> lines(String... texts) {
        List<ParagraphCollector.Para> out = new ArrayList<>();
        for (String t : texts) out.add(new ParagraphCollector.Para(t, t.length(), 0));
        return out;
    }

    @Test
    void aTitleWrittenTwiceLeavesTheRowsBetweenInTheHead() {
        String t = "某区“十四五”规划";
        PageFacts f = ArticleExtractor.withEdges(PageFacts.NONE,
                lines(t, "[ 发文字号 ] | 某区府发〔2021〕23号 |", t, "正文第一段。", "正文第二段。", "某区人民政府", "2021年9月14日", "相关链接：某某"),
                List.of(t, "正文第一段。", "正文第二段。", "某区人民政府", "2021年9月14日"));
        assertEquals(List.of(t, "[ 发文字号 ] | 某区府发〔2021〕23号 |"), f.headLines());
        assertEquals(List.of("相关链接：某某"), f.tailLines());
    }

    @Test
    void rowsDroppedAmongTheBodysFirstParagraphsAreTheHeadsToo() {
        PageFacts f = ArticleExtractor.withEdges(PageFacts.NONE,
                lines("当前位置:首页", "索引号 1133/2017-1 文号 某政办发〔2017〕 120号", "组配分类市政府文件", "关于印发某方案的通知", "各县人民政府:", "正文。"),
                List.of("当前位置:首页", "组配分类市政府文件", "关于印发某方案的通知", "各县人民政府:", "正文。"));
        assertEquals(List.of("索引号 1133/2017-1 文号 某政办发〔2017〕 120号"), f.headLines());
        assertTrue(f.tailLines().isEmpty());
    }

    @Test
    void aBodyThatMatchesNoLineLeavesNoEdges() {
        PageFacts f = ArticleExtractor.withEdges(PageFacts.NONE, lines("甲", "乙"), List.of("丙"));
        assertTrue(f.headLines().isEmpty() && f.tailLines().isEmpty());
    }
}
