package org.policyminer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.PolicyDocument;

/** docs21: citations and dates in the shapes reposts give them (made-up titles and numbers). */
class BrokenPagesTest {
    private final DocumentReader reader = new DocumentReader();

    private PolicyDocument read(String title, String... paragraphs) {
        return reader.read(title, String.join("\n", paragraphs), PageFacts.NONE);
    }

    private static String cites(PolicyDocument d) {
        StringBuilder b = new StringBuilder();
        for (Citation c : d.cites()) b.append(c.title()).append('|').append(c.number()).append('|').append(c.relation()).append("; ");
        return b.toString();
    }

    @Test
    void aStoryQuotingTheReplyByItsTitleAndNumberCitesTheRequestItAnswersNotItself() {
        // the reply's own number with a space before 号, after its own title in the story; the request it answers after 批复
        PolicyDocument d = read("关于同意某某省调整某某市部分行政区划的批复", "发布时间:2014-10-07 09:21",
                "记者从有关部门获悉，国务院日前批复《某某省人民政府关于调整某某市部分行政区划的请示》（某政文〔2014〕58号），同意对我市部分行政区划进行调整。",
                "《国务院关于同意某某省调整某某市部分行政区划的批复》（国函〔2014〕121 号）称，同意撤销某某区，设立新的某某区。");
        assertEquals("国函〔2014〕121号", d.number());
        assertEquals("某某省人民政府关于调整某某市部分行政区划的请示|某政文〔2014〕58号|REPLIES; ", cites(d));
    }

    @Test
    void anApprovalOfAPlanIsNoReplyToIt() {
        // 经国务院批复同意的《…规划》: 批复 is not right before the title, and the title is no request
        PolicyDocument d = read("关于做好某某规划实施工作的通知", "各区人民政府：",
                "为落实经国务院批复同意的《某某地区发展规划》（国函〔2015〕12号），现就有关事项通知如下：");
        assertEquals("某某地区发展规划|国函〔2015〕12号|IMPLEMENTS; ", cites(d));
    }

    @Test
    void digitsBrokenOneToALineAreOneNumberAndOneDate() {
        // (an announcement is numbered by its body's full name, 和 and all, as a decree is)
        PolicyDocument d = read("关于组织开展某某行业规范条件企业公告工作的通知", "发布时间:2020-05-09 09:18:58", "某厅消费函〔2017〕479号",
                "各省、自治区、直辖市工业和信息化主管部门：", "根据《某某行业规范条件公告管理暂行办法》（住房和城乡建设部公告", "2017", "年第", "34",
                "号）有关要求，我部将组织开展某某行业符合规范条件企业公告工作。有关事项通知如下：", "一、请认真组织企业填报。",
                "某某部办公厅", "2017", "年", "8", "月", "18", "日");
        assertEquals("某某行业规范条件公告管理暂行办法|住房和城乡建设部公告2017年第34号|BASIS; ", cites(d));
        assertEquals("2017-08-18", d.written());
        assertEquals(List.of("某某部办公厅"), d.issuers());
    }

    @Test
    void aSignaturesDateWithATableBarAfterItIsTheWrittenDate() {
        PolicyDocument d = read("某某县人民政府关于在高考期间禁止噪声干扰的通告", "2023年高考在即，为防止噪声干扰，县政府决定：",
                "一、禁止时间", "6月6日12时—6月9日19时。", "二、禁止事项", "高考期间禁止一切产生噪声的施工。", "特此通告。", "2023年6月2日 |");
        assertEquals("2023-06-02", d.written());
    }

    @Test
    void aForumsJammerAroundTheNumberLineIsNoPartOfIt() {
        // a forum's anti-copy jammer: short runs of ASCII noise and the site's name around every line
        PolicyDocument d = read("国务院关于同意将某某市列为国家历史文化名城的批复", "据某某网站消息，国务院近日做出批复，同意将某某市列为国家历史文化名城。",
                "; D, [, x; t) Z6 [10.1.2.3 据悉，某某市2009年开始申报。", "( M\" X4 I6 V6 x. }某某论坛 《批复》全文如下:",
                "1 e* g: [$ F( c# Z6 某某论坛 国务院关于同意将某某市", "8 p\" }5 n/ o; uabc now 列为国家历史文化名城的批复",
                ") O6 e/ U t7 y' [6 v10.1.2.3 国函〔2010〕121号", "* g6 m9 e6 z( [/ j 某某省人民政府:abc now,abcnow! [; {7 E( o! K",
                "你省《关于申报某某市为历史文化名城的请示》（某政报〔2009〕48号）收悉。现批复如下：");
        assertEquals("国函〔2010〕121号", d.number());
        // the addressee line right under the number line, though the lead and the broken title fill the head before it
        assertEquals(List.of("某某省人民政府"), d.addressees());
        assertEquals("关于申报某某市为历史文化名城的请示|某政报〔2009〕48号|REPLIES; ", cites(d));
        // a line that opens with a list number or a date stamp is no jammer
        assertEquals("某政发〔2020〕5号", read("关于某某的通知", "2023-05-10 来源:某某网", "某政发〔2020〕5号", "各区人民政府：").number());
    }
}
