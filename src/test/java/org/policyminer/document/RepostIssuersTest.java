package org.policyminer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.PolicyDocument;

/**
 * docs21: the issuers of a document reposted by a news portal, read from the lead, the title's head or the signature when
 * the page shows no more (forms from issue 19's blind block sampled as test5 was; names and titles made up).
 */
class RepostIssuersTest {
    private final DocumentReader reader = new DocumentReader();

    private PolicyDocument read(String title, String... paragraphs) {
        return reader.read(title, String.join("\n", paragraphs), PageFacts.NONE);
    }

    @Test
    void aLeadThatOpensWithTheBodyAndThenSaysWhenNamesIt() {
        // 某某部近日下发《…》 at the start of a paragraph: 近日 stands between the body and the verb
        PolicyDocument d = read("关于同意设立某某综合保税区的批复", "某某综保区获批成立",
                "来自某省商务厅的消息显示，某某综合保税区近日获批设立。",
                "国务院近日下发《关于同意设立某某综合保税区的批复》，某某综合保税区规划面积达5平方公里。");
        assertEquals(List.of("国务院"), d.issuers());
        assertEquals(List.of("某某市教育局"), read("关于开展某某专项行动的通知",
                "某某市教育局日前印发《关于开展某某专项行动的通知》，全文如下：", "现将有关事项通知如下。").issuers());
    }

    @Test
    void aLeadThatJoinsTheBodiesWithHuitongOrLianheNamesEveryOne() {
        PolicyDocument d = read("关于开展某某专项行动的指导意见", "某某部等四部门联合开展某某专项行动",
                "近日，某某部会同生态环境部、国家某某局、国家某某管理局印发《关于开展某某专项行动的指导意见》，旨在推动某某工作。");
        assertEquals(List.of("某某部", "生态环境部", "国家某某局", "国家某某管理局"), d.issuers());
        // the second body by its short name: the first one's place completes it
        PolicyDocument e = read("关于公布某某市养犬重点管理区域禁养犬名录的通告",
                "某某新闻网讯 为加强养犬管理，12月15日，某某市农业农村局联合市公安局发布《关于公布某某市养犬重点管理区域禁养犬名录的通告》，对禁养犬种作出规定。");
        assertEquals(List.of("某某市农业农村局", "某某市公安局"), e.issuers());
        assertEquals(List.of("某某省财政厅", "某某省税务局"), read("关于做好某某减免工作的通知",
                "近日，某某省财政厅与省税务局联合印发《关于做好某某减免工作的通知》。").issuers());
        // a name that holds 联合 or 与 is no two bodies (某某联合会, 自然资源与规划局)
        assertEquals(List.of("某某市自然资源与规划局"), read("关于开展某某调查的通知",
                "近日，某某市自然资源与规划局印发《关于开展某某调查的通知》。").issuers());
        assertEquals(List.of("某某省工商业联合会"), read("关于开展某某评选活动的通知",
                "近日，某某省工商业联合会印发《关于开展某某评选活动的通知》。").issuers());
    }

    @Test
    void aLeadThatNamesTheDocumentByItsTypeAndThenItsOwnWordsNamesItsIssuer() {
        // 某某部近日印发通知，组织开展…: the title is the lead's own words (关于组织开展…的通知)
        PolicyDocument d = read("关于组织开展第三批某某企业培育工作的通知", "某某部:第三批某某企业培育工作启动",
                "2023-02-21 11:41:31 某某新闻网", "据某某微信公众号21日消息，某某部近日印发通知，组织开展第三批某某企业培育工作。",
                "根据通知，各省级主管部门负责组织初核和推荐工作。");
        assertEquals(List.of("某某部"), d.issuers());
        assertEquals(List.of("某某省人民政府办公厅"), read("关于做好某某防汛工作的通知",
                "某某省政府办公厅日前发出通知，做好某某防汛工作。").issuers());
        // the words after 要求 and the addressees it names (要求各地做好…) are the title's
        assertEquals(List.of("某某部"), read("关于做好某某物资保障工作的通知",
                "某某部近日印发通知，要求各地做好某某物资保障工作，确保供应。").issuers());
        // a lead about another notice names no issuer of this one
        assertEquals(List.of(), read("关于组织开展第三批某某企业培育工作的通知",
                "某某部近日印发通知，要求做好某某统计工作。").issuers());
    }

    @Test
    void aStoryThatCallsTheQuotedTitleABodysDocumentNamesTheBody() {
        // 这份题为《…》（下称《意见》）的国务院文件: the body whose document the title is
        PolicyDocument d = read("关于促进某某区域科学发展的指导意见", "近日，有关方面发文明确，将收紧某某项目审批。",
                "11月2日，这份题为《关于促进某某区域科学发展的指导意见》（下称《意见》）的国务院文件如此明确。该文件于10月27日印发。");
        assertEquals(List.of("国务院"), d.issuers());
        assertEquals(List.of(), read("关于促进某某区域科学发展的指导意见",
                "这份题为《关于促进某某区域科学发展的指导意见》的文件如此明确。").issuers());
    }

    @Test
    void aTitleThatNamesThePlaceAndTheEnclosedTitleHasNoIssuerHead() {
        // 某某县《关于…的实施方案》的通知: the place alone before the book marks; the letterhead and the signature name the body
        PolicyDocument d = read("某某县《关于加强城市精细化管理的实施方案》的通知", "某某县人民政府文件", "某政发〔2024〕3号",
                "各乡镇人民政府，县直有关部门：", "某某县《关于加强城市精细化管理的实施方案》已编制完成，现印发给你们，请认真贯彻落实。",
                "某某县人民政府", "2024年1月17日");
        assertEquals(List.of("某某县人民政府"), d.issuers());
    }

    @Test
    void aHeadThatShortensTheSignaturesOfficeToBanIsTheSignaturesName() {
        // 某某县安委办 for 某某县安全生产委员会办公室: the head's 办 stands for the signature's 办公室
        PolicyDocument d = read("某某县安委办关于2021年1-11月全县安全生产情况的通报", "时间:2021-12-07 14:27 来源: 县应急管理局",
                "各乡镇人民政府，县级有关单位：", "截至11月30日，全县共发生各类生产安全事故8起。", "某某县安全生产委员会办公室", "2021年12月7日");
        assertEquals(List.of("某某县安全生产委员会办公室"), d.issuers());
        assertEquals(true, DocumentReader.abbreviates("某某县安委办", "某某县安全生产委员会办公室"));
        assertEquals(false, DocumentReader.abbreviates("某某县安委办", "某某县安全生产委员会"));
    }

    @Test
    void aSignatureDatedByMonthAloneStillSignsThoughItGivesNoWrittenDate() {
        PolicyDocument d = read("关于高考期间有关事项的公告",
                "2019年高考于6月7日、8日进行。为营造良好环境，现就高考期间有关事项公告如下：", "一、届时将有部分路段实施交通管制；",
                "二、严格控制噪音等环境污染", "1、考试期间，考点周边各项活动的噪音不得超过国家规定的排放标准；",
                "请全市人民和各单位自觉遵守，为考生营造良好的考试环境。", "特此公告。", "某某市人民政府", "2019年6月", "编辑:某某");
        assertEquals(List.of("某某市人民政府"), d.issuers());
        assertEquals(null, d.written());
        PolicyDocument cn = read("关于高考期间有关事项的公告", "为营造良好环境，现就高考期间有关事项公告如下：", "一、届时将有部分路段实施交通管制；",
                "二、严格控制噪音等环境污染。", "三、考点周边禁止施工。", "四、请市民自觉遵守。", "特此公告。", "某某县人民政府", "二〇一九年六月");
        assertEquals(List.of("某某县人民政府"), cn.issuers());
    }

    @Test
    void theStateCouncilSignsAsTheStateCouncilUnderTheCountrysName() {
        PolicyDocument d = read("国务院关于同意设立某某保税港区的批复", "某某省人民政府，海关总署：",
                "你们关于设立某某保税港区的请示收悉。现批复如下：", "一、同意设立某某保税港区。", "中华人民共和国国务院", "二〇〇八年十一月十八日");
        assertEquals(List.of("国务院"), d.issuers());
        PolicyDocument e = read("关于同意设立某某保税港区的批复", "某某省人民政府，海关总署：",
                "你们关于设立某某保税港区的请示收悉。现批复如下：", "一、同意设立某某保税港区。", "中华人民共和国国务院", "二〇〇八年十一月十八日");
        assertEquals(List.of("国务院"), e.issuers());
    }

    @Test
    void aJointNoticeWhoseBodiesSayWhatTheyDecidedNamesThemAll() {
        // the text starts at the addressees; the bodies name themselves where they decide, before 现将有关事项通知如下
        PolicyDocument d = read("关于开展某某市场乱象百日行动的通知", "摘要",
                "各省、自治区、直辖市市场监管局，公安厅（局）：为切实整治某某市场乱象，国家某某总局、工业和信息化部、公安部、民政部决定，"
                        + "从2019年1月8日起，在全国开展某某百日行动。现将有关事项通知如下：");
        assertEquals(List.of("国家某某总局", "工业和信息化部", "公安部", "民政部"), d.issuers());
        // bodies that decided something the text reports, in a paragraph that notifies nothing, are not read
        assertEquals(List.of(), read("关于开展某某市场乱象百日行动的通知",
                "去年，国家某某总局、公安部决定，在全国开展某某行动。", "今年继续开展。").issuers());
    }

    @Test
    void aLeadThatSendsOutTheQuotedTitleNamesItsIssuer() {
        // 发出 names a quoted title as 印发 does
        assertEquals(List.of("某某省人民政府办公厅"), read("关于做好某某防汛工作的通知",
                "某某省政府办公厅近日发出《关于做好某某防汛工作的通知》，部署有关工作。").issuers());
    }
}
