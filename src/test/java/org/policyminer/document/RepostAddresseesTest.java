package org.policyminer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.PolicyDocument;

/** docs21: addressee lines a repost or a database record keeps in forms dev held few of (made-up names). */
class RepostAddresseesTest {
    private final DocumentReader reader = new DocumentReader();

    private PolicyDocument read(String title, String... paragraphs) {
        return reader.read(title, String.join("\n", paragraphs), PageFacts.NONE);
    }

    @Test
    void theTownsPeopleAreAnAddressee() {
        PolicyDocument d = read("关于开展疫情防控工作应急演练的通告", "广大市民朋友:", "为切实提高全县疫情防控应急处置能力，定于4月15日开展应急演练。");
        assertEquals(List.of("广大市民朋友"), d.addressees());
        assertEquals(List.of("广大考生及家长"), read("关于做好高考期间噪音治理工作的通知", "广大考生及家长：", "高考将于6月7日举行。").addressees());
        // a site's name over the text that holds such a word is no addressee
        assertEquals(List.of(), read("关于某某交流项目的公示", "某某游客网:", "根据有关工作安排，现将拟支持项目予以公示。").addressees());
        assertEquals(List.of("广大人民群众"), read("关于做好高考期间噪音治理工作的通知", "广大人民群众：", "高考将于6月7日举行。").addressees());
    }

    @Test
    void aRecordsFieldsAboveItsAbstractLabelAreNoPartOfTheHead() {
        // a literature database's record: field labels and values one to a line, then the text under 文摘内容
        PolicyDocument d = read("某某省人民政府关于表彰某某奖章获得者的决定", "编号", "zgly0001", "文献类型", "期刊论文", "文献题名",
                "某某省人民政府关于表彰某某奖章获得者的决定", "作者单位", "某某省人民政府", "母体文献", "某某林业", "年卷期", "2004年03期", "文摘内容",
                "各市、自治州人民政府,某某行署,省政府各部门,中央在某各单位:生态建设是西部大开发的基础。");
        assertEquals(List.of("各市、自治州人民政府", "某某行署", "省政府各部门", "中央在某各单位"), d.addressees());
    }

    @Test
    void aLongListOfEveryProvincesDepartmentsRunIntoTheTextIsRead() {
        String first = "各省、自治区、直辖市及新疆生产建设兵团、计划单列市、副省级城市市场监管局(厅、委)";
        String second = "通信管理局、公安厅(局)、民政厅(局)、住房和城乡建设厅(新疆生产建设兵团住房和城乡建设局、某某市城市管理综合行政执法局、"
                + "某某市城市管理委员会)、农业农村厅(局)、商务厅(局)、文化和旅游厅(局)、卫生健康委、广播电视局、中医药管理局、药品监管局、网信主管部门";
        PolicyDocument d = read("关于开展某某市场乱象百日行动的通知", "摘要",
                first + "," + second + ":为切实整治某某市场乱象，决定开展百日行动。现将有关事项通知如下:");
        assertEquals(List.of(first, second), d.addressees());
    }
}
