package org.policyminer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.PolicyDocument;

/** The lines of the article's block that the body leaves out (issue 19, docs20): read for the number and written date last. */
class DocumentEdgeLinesTest {
    private final DocumentReader reader = new DocumentReader();

    private static final String TITLE = "某市某区“十四五”生态环境保护规划";
    private static final String BODY = String.join("\n",
            "某市某区生态环境局", "2021年9月",
            "“十四五”时期是推动全区生态环境质量持续改善的关键时期。根据《某市“十四五”生态环境保护规划》，特制定本规划。");

    private static PageFacts edges(List<String> head, List<String> tail) {
        return new PageFacts(Map.of(), List.of()).withEdges(head, tail);
    }

    @Test
    void aCataloguesRowsTheBodyDroppedGiveTheNumberAndTheWrittenDate() {
        PageFacts facts = edges(List.of(TITLE, "来源：www.example.gov.cn",
                "[ 索引号 ] | 11500000000000000X/2021-00042 | [ 发文字号 ] | 某区府发〔2021〕23号 |",
                "[ 主题分类 ] | 生态环境 | [ 体裁分类 ] | 规划 |",
                "[ 成文日期 ] | 2021-09-14 | [ 发布日期 ] | 2021-10-02 |"), List.of());
        PolicyDocument d = reader.read(TITLE, BODY, facts);
        assertEquals("某区府发〔2021〕23号", d.number());
        assertEquals("2021-09-14", d.written());
        // read outside the body: no offset into the text is claimed
        assertEquals(-1, d.numberStart());
    }

    @Test
    void rowsWrittenWithSpacesForColonsAndATraditionalPageAreReadToo() {
        PageFacts facts = edges(List.of("索引號 113300000000000000/2019-00310 文號 某政辦發〔2019〕 64號",
                "成文日期 2019-05-20 公開方式主動公開"), List.of());
        PolicyDocument d = reader.read(TITLE, BODY, facts);
        assertEquals("某政办发〔2019〕64号", d.number());
        assertEquals("2019-05-20", d.written());
    }

    @Test
    void theNumberLineDroppedWithTheTitleIsTheNumber() {
        String title = "某市人民政府关于表彰第五届全市科技创新竞赛优秀单位的决定";
        PolicyDocument d = reader.read(title, "各县、区人民政府，市政府各部门：\n为表彰先进，市政府决定，对以下单位予以表彰。",
                edges(List.of("某政发〔2012〕31号 " + title), List.of()));
        assertEquals("某政发〔2012〕31号", d.number());
    }

    @Test
    void theBodysOwnNumberAndDateComeFirst() {
        String body = "某区府发〔2021〕5号\n各街道办事处：\n现将有关事项通知如下。\n某市某区人民政府\n2021年3月2日";
        PolicyDocument d = reader.read("某市某区人民政府关于做好春季防火工作的通知", body,
                edges(List.of("[ 发文字号 ] | 某区府发〔2021〕99号 |", "[ 成文日期 ] | 2021-03-09 |"), List.of()));
        assertEquals("某区府发〔2021〕5号", d.number());
        assertEquals("2021-03-02", d.written());
    }

    @Test
    void aPublicationDateOrALoneNumberBelowTheBodyIsNoWrittenDateNorNumber() {
        // a 发布日期 row beside no 成文日期, and a related document's number alone under the text
        PolicyDocument d = reader.read(TITLE, BODY, edges(List.of("[ 发布日期 ] | 2021-10-02 |"), List.of("某区府发〔2020〕8号")));
        assertNull(d.number());
        assertNull(d.written());
    }
}
