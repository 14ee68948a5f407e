package org.policyminer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.PolicyDocument;

/**
 * The document a 印发/转发 notice encloses, in the forms a notice takes (made-up lines). The gold's convention (dev):
 * the enclosed title as the covering title writes it, without its book marks or quotes, with its brackets (试行, a year
 * span) as written; the type from the enclosed title's head word.
 */
class EnclosedDocumentTest {
    private final DocumentReader reader = new DocumentReader();

    private PolicyDocument read(String title, String... paragraphs) {
        return reader.read(title, String.join("\n", paragraphs), PageFacts.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // book marks, quotes and corner brackets are marks, not words of the title
            "某市人民政府办公室关于印发《某市城市更新实施办法》的通知|某市城市更新实施办法|办法",
            "某市人民政府办公室关于印发“某市城市更新实施办法”的通知|某市城市更新实施办法|办法",
            "某市人民政府办公室关于印发「某市城市更新实施办法」的通知|某市城市更新实施办法|办法",
            "某市人民政府办公室关于印发〈某市城市更新实施办法〉的通知|某市城市更新实施办法|办法",
            // 试行 and a year span in brackets stay part of the title; the type is the word before them
            "某省财政厅关于印发《某省专项资金管理办法（试行）》的通知|某省专项资金管理办法（试行）|办法",
            "某县人民政府关于印发某县国土空间总体规划(2021-2035年)的通知|某县国土空间总体规划(2021-2035年)|规划",
            // a bracket written after the book marks belongs to the enclosed title
            "某市人民政府关于印发《某市十四五生态环境保护规划》（2021—2025年）的通知|某市十四五生态环境保护规划（2021—2025年）|规划",
            // several enclosed documents: the first is the enclosed document, its type the type
            "某省农业农村厅关于印发《某省农机购置补贴实施细则》《某省农机报废更新补贴办法》的通知|某省农机购置补贴实施细则|细则",
            "某市人民政府关于印发《某市安全生产责任制规定》和《某市安全生产考核办法》的通知|某市安全生产责任制规定|规定",
            // the head words of enclosed documents
            "某部关于印发《公路养护工程质量检验评定标准》的通知|公路养护工程质量检验评定标准|标准",
            "某省商务厅关于印发《外商投资企业服务指南》的通知|外商投资企业服务指南|指南",
            "某市人民政府关于印发《某市政务服务事项目录》的通知|某市政务服务事项目录|目录",
            "某市人民政府关于印发《某市权责清单》的通知|某市权责清单|清单",
            "某县人民政府关于印发《某县乡村振兴战略规划纲要》的通知|某县乡村振兴战略规划纲要|纲要",
            "某市人民政府办公室关于印发《某市2024年政务公开工作要点》的通知|某市2024年政务公开工作要点|要点",
            "某局关于印发《某局机关财务管理制度》的通知|某局机关财务管理制度|制度",
            "某厅关于印发《建设工程安全生产操作规程》的通知|建设工程安全生产操作规程|规程",
            "某市人民政府关于印发《某市行业协会章程》的通知|某市行业协会章程|章程",
            "某局关于印发《某局工作人员行为准则》的通知|某局工作人员行为准则|准则",
            "某省人民政府关于印发《某省稳经济若干措施》的通知|某省稳经济若干措施|措施",
            "某市人民政府关于颁发《某市城市绿化管理规定》的通知|某市城市绿化管理规定|规定",
            // 转发: the forwarded document with its issuer's head, its type its own
            "某县人民政府办公室转发市教育局关于做好秋季开学工作意见的通知|市教育局关于做好秋季开学工作意见|意见"})
    void readsTheEnclosedTitleAndTypeFromTheCoveringTitle(String title, String enclosed, String type) {
        TitleParts p = TitleParts.of(title);
        assertEquals(enclosed, p.enclosedTitle());
        assertEquals(type, p.enclosedType());
    }

    @Test
    void aTraditionalTitleEnclosesAsTheSimplifiedOneDoes() {
        String title = new ScriptConverter().toSimplified("某市人民政府辦公室關於印發《某市防汛抗旱應急預案（修訂）》的通知");
        PolicyDocument d = read(title, "某政辦發〔2024〕3號");
        assertEquals("某市防汛抗旱应急预案（修订）", d.enclosedTitle());
        assertEquals("预案", d.enclosedType());
    }

    @Test
    void aTitleThatNamesNoEnclosedDocumentTakesItFromTheCoveringSentence() {
        // a news headline over the notice: the covering sentence names what it issues
        PolicyDocument d = read("某市出台城市更新新政", "各区人民政府，市政府各部门：",
                "现将《某市城市更新实施办法（试行）》印发给你们，请认真贯彻执行。", "某市人民政府办公室", "2024年3月1日");
        assertEquals("某市城市更新实施办法（试行）", d.enclosedTitle());
        assertEquals("办法", d.enclosedType());
        PolicyDocument e = read("关于做好2024年防汛工作的通知", "各乡镇人民政府：",
                "《某县2024年防汛工作方案》已经县人民政府同意，现印发给你们，请认真组织实施。", "某县人民政府办公室", "2024年5月1日");
        assertEquals("某县2024年防汛工作方案", e.enclosedTitle());
        assertEquals("方案", e.enclosedType());
    }

    @Test
    void anEnclosedTitleSplitOverTwoLinesIsOneTitle() {
        PolicyDocument d = read("某县人民政府办公室通知", "各乡镇人民政府：", "现将《某县农村人居环境整治",
                "提升行动方案》印发给你们，请认真贯彻落实。", "某县人民政府办公室", "2024年3月1日");
        assertEquals("某县农村人居环境整治提升行动方案", d.enclosedTitle());
        assertEquals("方案", d.enclosedType());
    }

    @Test
    void aCoveringSentenceWithoutBookMarksTakesTheAttachmentsHeading() {
        // the notice names its enclosure only as 此方案; the heading under the signature is its title
        PolicyDocument d = read("某县人民政府办公室通知", "各乡镇人民政府，县直各单位：",
                "经县人民政府同意，现将有关实施方案印发给你们，请认真贯彻执行。", "某县人民政府办公室", "2024年3月1日",
                "某县农村供水保障实施方案", "为保障农村供水安全，制定本方案。");
        assertEquals("某县农村供水保障实施方案", d.enclosedTitle());
        assertEquals("方案", d.enclosedType());
        // the heading may be the attachment's label
        PolicyDocument e = read("某县人民政府办公室通知", "各乡镇人民政府：", "现将实施细则印发你们，请遵照执行。",
                "附件：某县殡葬管理实施细则", "某县人民政府办公室", "2024年3月1日");
        assertEquals("某县殡葬管理实施细则", e.enclosedTitle());
    }

    @Test
    void documentsOthersIssuedAreNotEnclosed() {
        // 印发的《…》 names what another body issued; a notice that issues nothing encloses nothing
        assertNull(read("关于做好春耕工作的通知", "各乡镇：", "为贯彻落实省政府印发的《某省春耕生产方案》，现就有关事项通知如下：",
                "某县人民政府办公室", "2024年3月1日").enclosedTitle());
        assertNull(read("关于开展工业互联网调查的通知", "各省工业和信息化主管部门：",
                "《国务院关于深化工业互联网发展的指导意见》印发实施以来，各地积极推动工业互联网发展。").enclosedTitle());
        assertNull(read("关于开展安全检查的通知", "各单位：", "根据《安全生产法》，现将有关事项通知如下。", "附件：检查表",
                "某县应急管理局", "2024年3月1日").enclosedTitle());
    }

    @Test
    void aPageTitledWithTheEnclosedDocumentsNameIsTheNoticeThatIssuesIt() {
        PolicyDocument d = read("某市“十四五”养老服务发展规划", "各县、区人民政府，市政府各部门：",
                "现将《某市“十四五”养老服务发展规划》印发给你们，请认真贯彻实施。", "某市人民政府", "2022年5月6日", "某市“十四五”养老服务发展规划");
        assertEquals("通知", d.type());
        assertEquals("某市“十四五”养老服务发展规划", d.enclosedTitle());
        assertEquals("规划", d.enclosedType());
    }

    @Test
    void aHeadlineThatSaysWhoIssuedWhatIsTheCoveringNotice() {
        PolicyDocument d = read("国办印发《某某工作考核办法》", "各省、自治区、直辖市人民政府：",
                "《某某工作考核办法》已经国务院同意，现印发给你们，请认真贯彻执行。", "国务院办公厅", "2015年11月3日");
        assertEquals("通知", d.type());
        assertEquals("某某工作考核办法", d.enclosedTitle());
        assertEquals("办法", d.enclosedType());
        assertEquals(List.of("国务院办公厅"), d.issuers());
    }

    @Test
    void aTitleInBookMarksAfterItsNumberIsReadInsideTheMarks() {
        PolicyDocument d = read("某府办发〔2018〕10号《某市人民政府办公厅关于印发某市垃圾分类实施方案的通知》", "各区人民政府：",
                "《某市垃圾分类实施方案》已经市人民政府同意，现印发给你们。");
        assertEquals(List.of("某市人民政府办公厅"), d.issuers());
        assertEquals("某市垃圾分类实施方案", d.enclosedTitle());
        assertEquals("通知", d.type());
    }

    @Test
    void aForwardedDocumentNamedAfterItsBodiesWithoutAboutIsTheNameAfterThem() {
        assertEquals("某市垃圾分类制度实施方案",
                TitleParts.of("某市人民政府办公厅关于转发市发展改革委市城管局某市垃圾分类制度实施方案的通知").enclosedTitle());
        // a title with its head keeps its bodies
        assertEquals("财政部 发展改革委关于推广合作模式的指导意见",
                TitleParts.of("国务院办公厅转发财政部 发展改革委关于推广合作模式的指导意见的通知").enclosedTitle());
    }

    @Test
    void theDocumentsOwnHeadingUnderAHeadlineGivesItsTypeAndEnclosure() {
        PolicyDocument d = read("政策发布 | 某市出台智能制造奖补政策", "时间:2025-02-20 | 来源:某公司",
                "关于印发《某市中小企业数字化转型试点工作方案》的通知", "某工信发〔2025〕14号", "各旗县区工业和信息化局：",
                "经市人民政府同意，现将《某市中小企业数字化转型试点工作方案》印发给你们，请认真遵照执行。", "某市工业和信息化局", "某市财政局",
                "2025年1月26日");
        assertEquals("通知", d.type());
        assertEquals("某市中小企业数字化转型试点工作方案", d.enclosedTitle());
        assertEquals(List.of("某市工业和信息化局", "某市财政局"), d.issuers());
    }

    @Test
    void aNewsLeadNamesTheDocumentItsIssuersAndTheirCoveringNotice() {
        // offices issue their principals' opinions under a covering notice
        PolicyDocument d = read("福建部署全面推行河长制", "某某日报", "本报讯 记者某某报道 福建省委办公厅、省政府办公厅近日印发《关于全面推行河长制的实施意见》，明确到年底全面建立河长制。");
        assertEquals("通知", d.type());
        assertEquals("关于全面推行河长制的实施意见", d.enclosedTitle());
        assertEquals("意见", d.enclosedType());
        assertEquals(List.of("中共福建省委办公厅", "福建省人民政府办公厅"), d.issuers());
        // ministries issue their own opinions; a count of the bodies is no name
        PolicyDocument e = read("国家某局等三部门部署加快推进某产业发展",
                "近日，国家林业和草原局、国家发展改革委、科技部3部门联合印发《关于加快推进某产业发展的意见》。");
        assertEquals("意见", e.type());
        assertEquals(List.of("国家林业和草原局", "国家发展改革委", "科技部"), e.issuers());
        // an abbreviation with 政府 inside keeps its words
        PolicyDocument f = read("为期3个月 成都电动自行车安全集中整治", "近日，成都市政府安办、市道安办联合下发《关于开展电动自行车安全整治的通知》。");
        assertEquals("通知", f.type());
        assertEquals(List.of("成都市政府安办", "成都市道安办"), f.issuers());
    }

    @Test
    void aHeadlinesVerbAfterTheDocumentsTitleIsNoPartOfItsType() {
        assertEquals("意见", TitleParts.of("省政府关于促进全省建筑业高质量发展的意见正式发布").type());
    }

    @Test
    void theCoveringSentencesMarksInsideTheTitleAreTheEnclosedTitles() {
        PolicyDocument d = read("某旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知", "各苏木乡镇人民政府：",
                "经旗人民政府同意，现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们，请认真贯彻落实。");
        assertEquals("2022年<政府工作报告>重点任务责任落实分工", d.enclosedTitle());
    }

    @Test
    void coveringSentencesOfOtherShapes() {
        // 印发实施: the verb runs into what the notice asks
        assertEquals("某县河道管理办法", read("某县人民政府办公室通知", "各乡镇：", "现将《某县河道管理办法》印发实施，请遵照执行。").enclosedTitle());
        // a short name in brackets after the title is no second title
        assertEquals("某市政府投资项目管理办法", read("某市人民政府办公室通知", "各区：",
                "现将《某市政府投资项目管理办法》（以下简称《办法》）印发给你们，请认真执行。").enclosedTitle());
        // ASCII angle brackets in a title are marks too; a 规范 is a type
        TitleParts p = TitleParts.of("某局关于印发<某市建筑工程施工技术规范>的通知");
        assertEquals("某市建筑工程施工技术规范", p.enclosedTitle());
        assertEquals("规范", p.enclosedType());
    }

    @Test
    void theCoveringSentencesBracketTheTitleLeftOutIsPartOfTheEnclosedTitle() {
        assertEquals("某市城市更新管理办法（试行）", read("某市人民政府关于印发某市城市更新管理办法的通知", "各区人民政府：",
                "现将《某市城市更新管理办法（试行）》印发给你们，请认真贯彻执行。").enclosedTitle());
        // the covering sentence's title where the page carries no heading, though the title adds a bracket (session 14)
        assertEquals("某市城市更新管理办法", read("某市人民政府关于印发某市城市更新管理办法（试行）的通知", "各区人民政府：",
                "现将《某市城市更新管理办法》印发给你们。").enclosedTitle());
        // a day's date after the heading is no part of the title
        assertEquals("某县防疫指挥部通告", read("某学院转发《某县防疫指挥部通告》的通知", "各部门：", "现转发给你们，请遵照执行。",
                "附件：某县防疫指挥部通告(2021年1月26日)", "某学院", "2021年1月27日").enclosedTitle());
    }

    // Session 14's ruling (1): the heading the enclosure prints above its own text where the page carries it, else the
    // covering sentence's 《》 title, where they name the same document as the covering title does.

    @Test
    void theHeadingAboveTheEnclosuresTextIsTheEnclosedTitle() {
        // the title drops a 的 the heading writes
        assertEquals("某省进一步支持民间投资发展的实施方案", read("某省人民政府办公厅关于印发某省进一步支持民间投资发展实施方案的通知",
                "某办〔2023〕5号", "各地级以上市人民政府：", "《某省进一步支持民间投资发展的实施方案》已经省人民政府同意，现印发给你们。",
                "某省人民政府办公厅", "2023年3月17日", "某省进一步支持民间投资发展的实施方案", "为进一步加大政策支持力度，制订本方案。")
                .enclosedTitle());
        // the sentence drops the 的 the heading writes: the heading
        assertEquals("关于推动经济高质量发展的若干措施", read("某县人民政府关于印发关于推动经济高质量发展若干措施的通知", "各乡镇：",
                "现将《关于推动经济高质量发展若干措施》印发给你们，请认真组织实施。", "某县人民政府", "2023年10月13日",
                "关于推动经济高质量发展的若干措施", "为深入贯彻落实中央经济工作会议精神，制定以下措施。").enclosedTitle());
        // a heading broken before its bracket is one heading; spacing alone changes nothing
        assertEquals("某县若干政策举措(2025年版)", read("某县人民政府关于印发某县若干政策举措(2025年版)的通知", "各乡镇：",
                "《某县若干政策举措(2025年版)》已经县政府同意，现印发给你们。", "某县人民政府", "2025年4月1日", "某县若干政策举措",
                "(2025年版)", "为全面落实经济工作会议部署，制定本举措。").enclosedTitle());
        assertEquals("某省竹产业三年行动方案(2023—2025 年)", read("某省人民政府办公厅关于印发某省竹产业三年行动方案(2023—2025 年)的通知",
                "有关市人民政府：", "《某省竹产业三年行动方案(2023—2025 年)》已经省政府同意，现印发给你们。", "某省人民政府办公厅",
                "2023 年 9 月 25 日", "某省竹产业三年行动方案 (2023—2025 年)", "为持续推进竹产业高质量发展，制定本方案。").enclosedTitle());
        // an attachment's line is a list entry, not the heading above the text
        assertEquals("<政府工作报告>任务分解表", read("某区人民政府办公室关于印发《<政府工作报告>任务分解表》的通知", "各镇人民政府：",
                "现将《<政府工作报告>任务分解表》印发给你们。", "附件：《政府工作报告》任务分解表", "某区人民政府办公室", "2021年1月25日")
                .enclosedTitle());
    }

    @Test
    void withoutAHeadingTheCoveringSentencesTitleIsTheEnclosedTitle() {
        // a forwarding title with the forwarded document's issuer head and without its 的: the sentence book-marks it
        PolicyDocument d = read("某省人民政府办公厅转发省财政厅 省发展改革委关于推广政府和社会资本合作模式指导意见的通知", "某办发〔2015〕42号",
                "各市人民政府，省政府各部门：", "省财政厅、省发展改革委《关于推广政府和社会资本合作模式的指导意见》已经省人民政府同意，现转发给你们，请认真贯彻执行。",
                "某省人民政府办公厅", "2015年5月19日");
        assertEquals("关于推广政府和社会资本合作模式的指导意见", d.enclosedTitle());
        assertEquals("意见", d.enclosedType());
        // a short name the sentence gives is no title of the same document: the title's words stay
        assertEquals("某县农村供水保障实施方案", read("某县人民政府办公室关于印发某县农村供水保障实施方案的通知", "各乡镇：",
                "现将《方案》印发给你们，请认真贯彻执行。", "某县人民政府办公室", "2024年3月1日").enclosedTitle());
    }

    @Test
    void aNoteInBracketsAboveTheHeadingIsNoPartOfIt() {
        // (此件公开发布) then the heading: the two lines are no one heading
        assertEquals("关于进一步做好创业就业工作的实施意见", read("某市人民政府关于印发关于进一步做好创业就业工作的实施意见的通知", "各区人民政府：",
                "现将《关于进一步做好创业就业工作的实施意见》印发给你们，请认真贯彻执行。", "某市人民政府", "2015年6月1日", "(此件公开发布)",
                "关于进一步做好创业就业工作的实施意见", "为进一步做好创业就业工作，提出如下实施意见。").enclosedTitle());
    }

    @Test
    void aHeadingWithItsBracketOnTheNextLineIsTheHeading() {
        // the heading writes the bracket the title leaves out (…(2017-2020年) over a title's (2017-2020)), on a line of its own
        assertEquals("某市河长制工作方案(2017-2020年)", read("关于印发某市河长制工作方案(2017-2020)的通知", "各县(市、区)人民政府:",
                "《某市河长制工作方案(2017-2020)》已经市政府同意,现印发给你们,请认真组织实施。", "某市人民政府办公室", "2017年12月15日",
                "某市河长制工作方案", "(2017-2020年)", "为全面深化我市河长制工作,特制定本工作方案。").enclosedTitle());
        // a heading whose bracket line the page garbled is not taken without it
        assertEquals("某市社会信用体系建设规划(2016—2020年)", read("某市人民政府关于印发某市社会信用体系建设规划(2016—2020年)的通知", "各区人民政府:",
                "《某市社会信用体系建设规划(2016—2020年)》已经市政府同意,现印发给你们。", "某市人民政府", "2016年6月7日", "某市社会信用体系建设规划",
                " ?。?016-2020年)", "为加快我市社会信用体系建设,制定本规划。").enclosedTitle());
    }

    @Test
    void aPageTitledWithTheEnclosedDocumentsNameUnderASitesLabelIsTheNotice() {
        PolicyDocument d = read("政策解读:某市安全生产三年行动方案(2024—2026年)", "各县(区)安委会,市级有关部门:",
                "现将《某市安全生产三年行动方案(2024—2026年)》印发你们,请认真抓好贯彻落实。", "某市安全生产委员会", "2024年3月7日");
        assertEquals("通知", d.type());
        assertEquals("某市安全生产三年行动方案(2024—2026年)", d.enclosedTitle());
    }

    @Test
    void aHeadlineThatAsksLeavesTheIssuersToTheDocumentsOwnHeadingBrokenAfterItsHead() {
        PolicyDocument d = read("老旧小区如何改造?某省印发实施意见", "改造建设小区及周边无障碍设施。", "某省人民政府办公厅关于",
                "全面推进城镇老旧小区改造工作的实施意见", "某政办发〔2021〕56号", "各市州人民政府,省政府各厅委:", "为抓好全省城镇老旧小区改造,提出如下实施意见。");
        assertEquals(List.of("某省人民政府办公厅"), d.issuers());
        assertEquals("意见", d.type());
    }
}
