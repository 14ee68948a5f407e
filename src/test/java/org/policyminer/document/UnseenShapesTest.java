package org.policyminer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.Citation;
import org.policyminer.doc.PageFacts;
import org.policyminer.doc.PolicyDocument;

/**
 * doc12 (issue 19): shapes of the 公文 format that small bodies' documents write and no dev page held — a type word followed by
 * its serial, a decree's serial under its order title, small bodies' signatures and the date lines around them, abbreviated
 * party offices, addressee lists broken over lines or without their colon, and a notice's own enclosure issued with a
 * number beside it. Each document is read as the simplified page and as its traditional repost converted back, as the
 * pipeline reads a {@code repost-hant} page (OpenCC4j s2t, as the variants are made). Names, numbers and dates are made up.
 */
class UnseenShapesTest {
    private static final ScriptConverter CONVERTER = new ScriptConverter();
    private final DocumentReader reader = new DocumentReader(CONVERTER);

    /** The document as written (simplified) and as its traditional repost reads after conversion. */
    private List<PolicyDocument> readBoth(String title, String... paragraphs) {
        String text = String.join("\n", paragraphs);
        PolicyDocument simplified = reader.read(title, text, PageFacts.NONE);
        String hantTitle = ZhConverterUtil.toTraditional(title);
        String hantText = ZhConverterUtil.toTraditional(text);
        PolicyDocument converted = reader.read(CONVERTER.toSimplified(hantTitle), CONVERTER.toSimplified(hantText), PageFacts.NONE);
        return List.of(simplified, converted);
    }

    @Test
    void aTypeWordFollowedByItsSerialKeepsItsType() {
        // a 通告's, 公告's or 令's running number after the type word, outside round brackets; no formula in the text to fall
        // back on
        for (PolicyDocument d : readBoth("某某县疫情防控指挥部通告第12号", "自即日起，全县恢复正常生产生活秩序。",
                "某某县疫情防控指挥部", "2022年12月8日")) {
            assertEquals("通告", d.type());
        }
        for (PolicyDocument d : readBoth("关于某某路段临时交通管制的公告 2023年第3号", "为保障赛事顺利进行，对下列路段实施临时交通管制。",
                "某某市公安局交通警察支队", "2023年11月1日")) {
            assertEquals("公告", d.type());
        }
        for (PolicyDocument d : readBoth("某某镇人民政府关于征收集体土地的公告[2023]第2号", "依法征收某某村集体土地。",
                "某某镇人民政府", "2023年3月1日")) {
            assertEquals("公告", d.type());
            assertEquals(List.of("某某镇人民政府"), d.issuers());
        }
        for (PolicyDocument d : readBoth("某某市人民政府关于调整最低工资标准的通知 某政〔2023〕70号", "各县（市、区）人民政府：",
                "经研究，决定调整我市最低工资标准。", "某某市人民政府", "2023年6月1日")) {
            assertEquals("通知", d.type());
        }
        // a title that is only a number stays as it is (no type)
        assertNull(TitleParts.typeOf("某政〔2023〕70号"));
    }

    @Test
    void aDecreesSerialUnderItsOrderTitleIsItsNumber() {
        // a repost whose text starts at the serial: the order's name is in the title only
        for (PolicyDocument d : readBoth("某某县人民政府令", "第3号",
                "《某某县城区养犬管理办法》已经2023年3月1日县人民政府第12次常务会议审议通过，现予公布，自2023年5月1日起施行。",
                "县长 李某某", "2023年3月10日")) {
            assertEquals("某某县人民政府令第3号", d.number());
            assertEquals("令", d.type());
            assertEquals("2023-03-10", d.written());
        }
    }

    @Test
    void smallBodiesSign() {
        for (String body : List.of("某某县气象台", "某某镇某某种植专业合作社", "某某县妇联", "某某县科协", "中华人民共和国某某海关",
                "某某街道某某社区", "某某镇某某村")) {
            for (PolicyDocument d : readBoth("关于做好某某工作的通告", "为保障群众生命财产安全，现将有关事项通告如下：",
                    "一、加强巡查。", "特此通告。", body, "2023年1月6日")) {
                assertEquals(List.of(body), d.issuers(), body);
            }
        }
    }

    @Test
    void aSignaturesDateWithAWeekdayASealNoteOrALabelIsTheWrittenDate() {
        for (String dateLine : List.of("2023年5月6日星期六", "2023年5月6日（周六）", "2023年5月6日（印章）", "日期：2023年5月6日",
                "成文日期：2023年5月6日")) {
            for (PolicyDocument d : readBoth("某某县人民政府关于做好某某工作的通知", "各乡镇人民政府：",
                    "为做好某某工作，现将有关事项通知如下：", "一、提高认识。", "某某县人民政府", dateLine)) {
                assertEquals("2023-05-06", d.written(), dateLine);
                assertEquals(List.of("某某县人民政府"), d.issuers(), dateLine);
            }
        }
    }

    @Test
    void aSignatureWrittenDateFirstSpacedOutOrIssuedIsRead() {
        String[][] signatures = {{"2023年1月2日 某某县公安局"}, {"某  某  县  公  安  局", "2023年1月2日"}, {"某某县公安局", "2023年1月2日发布"}};
        for (String[] signature : signatures) {
            String[] paragraphs = new String[3 + signature.length];
            paragraphs[0] = "为保障公共安全，现就有关事项通告如下：";
            paragraphs[1] = "一、禁止燃放烟花爆竹。";
            paragraphs[2] = "特此通告。";
            System.arraycopy(signature, 0, paragraphs, 3, signature.length);
            for (PolicyDocument d : readBoth("关于禁止燃放烟花爆竹的通告", paragraphs)) {
                assertEquals(List.of("某某县公安局"), d.issuers(), signature[0]);
                assertEquals("2023-01-02", d.written(), signature[0]);
            }
        }
        // a footer's date and site is no signature
        for (PolicyDocument d : readBoth("关于禁止燃放烟花爆竹的通告", "为保障公共安全，现就有关事项通告如下：", "一、禁止燃放烟花爆竹。",
                "二、违者依法处理。", "三、请广大群众相互监督。", "四、本通告自发布之日起施行。", "特此通告。", "2023年1月2日 某某县人民政府网站")) {
            assertEquals(List.of(), d.issuers());
        }
        // a news header's date and source at the top is no signature
        for (PolicyDocument d : readBoth("关于禁止燃放烟花爆竹的通告", "2023年1月2日 某某县融媒体中心", "为保障公共安全，现就有关事项通告如下：",
                "一、禁止燃放烟花爆竹。", "二、违者依法处理。", "三、本通告自发布之日起施行。", "某某县公安局", "2023年1月3日")) {
            assertEquals(List.of("某某县公安局"), d.issuers());
            assertEquals("2023-01-03", d.written());
        }
    }

    @Test
    void aCataloguesRowsKeptInTheTextNameTheIssuerAndTheWrittenDate() {
        // a repost that kept the catalogue's rows as a line of text and lost the signature
        for (PolicyDocument d : readBoth("关于禁止燃放烟花爆竹的通告", "发文机关：某某县人民政府 成文日期：2023年1月2日",
                "为保障公共安全，现就有关事项通告如下：", "一、禁止燃放烟花爆竹。", "特此通告。")) {
            assertEquals(List.of("某某县人民政府"), d.issuers());
            assertEquals("2023-01-02", d.written());
        }
        for (PolicyDocument d : readBoth("关于禁止燃放烟花爆竹的通告", "发布机构：某某县政府办公室", "为保障公共安全，现就有关事项通告如下：",
                "一、禁止燃放烟花爆竹。")) {
            assertEquals(List.of("某某县人民政府办公室"), d.issuers());
        }
        // a site's name there is no body; and a signature, where there is one, comes first
        for (PolicyDocument d : readBoth("关于禁止燃放烟花爆竹的通告", "发布机构：某某县人民政府网站", "为保障公共安全，现就有关事项通告如下：",
                "一、禁止燃放烟花爆竹。")) {
            assertEquals(List.of(), d.issuers());
        }
        for (PolicyDocument d : readBoth("关于禁止燃放烟花爆竹的通告", "发布机构：某某县人民政府", "为保障公共安全，现就有关事项通告如下：",
                "一、禁止燃放烟花爆竹。", "某某县公安局", "2023年1月2日")) {
            assertEquals(List.of("某某县公安局"), d.issuers());
        }
    }

    @Test
    void aPartyCommitteesOfficeByItsAbbreviationIsTheSignaturesName() {
        // 县委办 县政府办 in the head; the signature names both offices in full
        for (PolicyDocument d : readBoth("县委办 县政府办关于做好某某工作的通知", "各乡镇党委、政府，县直各单位：",
                "为做好某某工作，现将有关事项通知如下：", "一、提高认识。", "中共某某县委办公室", "某某县人民政府办公室", "2023年1月2日")) {
            assertEquals(List.of("中共某某县委办公室", "某某县人民政府办公室"), d.issuers());
        }
        assertEquals("某某市委办公室", DocumentReader.expandedOffice("某某市委办"));
        assertEquals("某某省委办公厅", DocumentReader.expandedOffice("某某省委办"));
        // a body whose name ends in 委办 as a word of its own is left alone when it is no place's committee
        assertEquals("经信委办", DocumentReader.expandedOffice("经信委办"));
    }

    @Test
    void addresseesBrokenOverLinesOrWithoutTheirColon() {
        // one group a line, each broken after its comma
        for (PolicyDocument d : readBoth("关于做好某某工作的通知", "各乡镇人民政府，", "县直各单位，", "各有关企业：",
                "为做好某某工作，现将有关事项通知如下：", "一、提高认识。", "某某县人民政府", "2023年1月2日")) {
            assertEquals(List.of("各乡镇人民政府", "县直各单位", "各有关企业"), d.addressees());
        }
        // three characters before the colon, the text run on after it
        for (PolicyDocument d : readBoth("关于做好某某工作的通知", "各乡镇：为做好某某工作，现将有关事项通知如下：", "一、提高认识。",
                "某某县人民政府", "2023年1月2日")) {
            assertEquals(List.of("各乡镇"), d.addressees());
        }
        // a repost that lost its colons: the list alone on its line above the text
        for (PolicyDocument d : readBoth("某某县防汛抗旱指挥部关于加强堤防值守的通知", "各乡镇(街道)、县直有关单位",
                "受本轮降雨影响，某某河水位上涨迅猛，现通知如下", "一、立即组织人员上堤值守。", "某某县防汛抗旱指挥部", "2023年9月4日")) {
            assertEquals(List.of("各乡镇(街道)、县直有关单位"), d.addressees());
        }
        // a sentence without a colon is no addressee line
        for (PolicyDocument d : readBoth("关于做好某某工作的通告", "各单位要高度重视，切实做好某某工作，确保安全。",
                "一、提高认识。", "某某县人民政府", "2023年1月2日")) {
            assertEquals(List.of(), d.addressees());
        }
    }

    @Test
    void aNoticesOwnEnclosureIssuedWithANumberCitesNoNumber() {
        for (PolicyDocument d : readBoth("某某县人民政府关于印发某某县森林防火实施办法的通知", "各乡镇人民政府，县直各部门：",
                "现将《某某县森林防火实施办法》（某政规〔2023〕2号）印发给你们，请认真贯彻执行。", "某某县人民政府", "2023年2月1日")) {
            assertEquals(List.of(), d.cites().stream().map(Citation::number).filter(n -> n != null).toList());
        }
        // a forwarded notice of another body keeps its number, whichever verb the page uses
        for (PolicyDocument d : readBoth("某某县人民政府办公室关于做好某某工作的通知", "各乡镇人民政府：",
                "现将《某某市人民政府办公室关于做好某某工作的通知》（某市政办发〔2023〕5号）印发给你们，请认真贯彻执行。",
                "某某县人民政府办公室", "2023年2月1日")) {
            assertEquals(List.of("某市政办发〔2023〕5号"), d.cites().stream().map(Citation::number).toList());
        }
    }

    // --- shapes of the blind block docdata11 (read once blind, then tuned on as dev): names and numbers made up ---

    @Test
    void aParticleBeforeACodeAndABodysNameAsACodeAreNoNumber() {
        for (PolicyDocument d : readBoth("某某市人民政府房屋征收决定", "7月30日，市政府发布了某政征字〔2019〕第1号《某某市人民政府房屋征收决定》，决定对某地块实施征收。")) {
            assertEquals("某政征字〔2019〕第1号", d.number());
        }
        // a page that wrote the State Council where the code stood (国务院〔1993〕38号文件): the number meant is not known
        assertEquals(List.of(), DocumentNumbers.find("严格按国务院〔1993〕38号文件规定的标准进行申报"));
        assertEquals(List.of(), DocumentNumbers.find("按某某县人民政府〔2022〕3号规定执行"));
        assertEquals(1, DocumentNumbers.find("按国发〔1993〕38号文件规定").size());
        // the verbs and particles a sentence writes right before a number it names are not the code's
        for (String before : List.of("出台", "同时废止", "已", "通过", "下达", "修订")) {
            assertEquals("某政发〔2019〕1号", DocumentNumbers.find("省政府" + before + "某政发〔2019〕1号").get(0).number(), before);
        }
    }

    @Test
    void aJointSignatureWhoseLastNameRanOntoTheDateKeepsTheNamesAbove() {
        for (PolicyDocument d : readBoth("关于印发某某规划的通知", "某建〔2016〕284号", "各省住房城乡建设厅、环境保护厅：",
                "我们组织编制了《某某规划》，现印发给你们，请遵照执行。", "中华人民共和国住房和城乡建设部", "中华人民共和国环境保护部 2016年12月6日")) {
            assertEquals(List.of("中华人民共和国住房和城乡建设部", "中华人民共和国环境保护部"), d.issuers());
            assertEquals("2016-12-06", d.written());
        }
    }

    @Test
    void aRunInTextOpensWithItsOwnNumber() {
        for (String opening : List.of("某府公〔2020〕5号 根据", "某府公〔2020〕5号根据")) {
            for (PolicyDocument d : readBoth("某某县人民政府拟征收土地启动公告", opening
                    + "《中华人民共和国土地管理法》有关规定，现将拟征收土地有关事项公告如下：一、拟征收土地范围：某村。特此公告。某某县人民政府 2020年6月3日")) {
                assertEquals("某府公〔2020〕5号", d.number(), opening);
                assertEquals(List.of(), d.cites().stream().map(Citation::number).filter(n -> n != null).toList(), opening);
            }
        }
    }

    @Test
    void aTownsSignatureOverACutDateAndATablesPlaceAloneNameItsGovernment() {
        for (PolicyDocument d : readBoth("关于做好河长巡河工作的通知", "镇、村两级河长及相关单位：", "现就做好巡河工作通知如下：",
                "一、加强巡查。", "某某屯镇人民政府", "2018年5月30")) {
            assertEquals(List.of("某某屯镇人民政府"), d.issuers());
            assertNull(d.written());
        }
        PageFacts table = new PageFacts(java.util.Map.of("发文机关", "某某屯镇"), List.of());
        PolicyDocument d = reader.read("某某屯镇关于做好河长巡河工作的通知", "镇、村两级河长及相关单位：\n现就做好巡河工作通知如下：", table);
        assertEquals(List.of("某某屯镇人民政府"), d.issuers());
    }

    @Test
    void aReplysRequestAcknowledgedWithXiReplies() {
        for (PolicyDocument d : readBoth("某某省人民政府关于某某市开发区优化整合方案的批复", "某某市人民政府：",
                "《关于批准某某市开发区优化整合方案的请示》（某政〔2017〕64号）悉。经研究，现批复如下：", "一、同意。", "某某省人民政府", "2018年2月8日")) {
            assertEquals(Citation.Relation.REPLIES, d.cites().get(0).relation());
        }
    }

    @Test
    void aCutNumbersTailIsNoHeadAndADeputyIsAnsweredWithoutAColon() {
        for (PolicyDocument d : readBoth("55号关于对市人大一次会议第3号建议的答复", "某民〔2022〕55号", "李某某代表",
                "您提出的关于我市城区新建道路命名的建议收悉，现答复如下：", "一、某某。")) {
            assertEquals(List.of("李某某代表"), d.addressees());
            assertEquals(List.of(), d.issuers());
        }
    }

    @Test
    void aLeadQuotingTheWholeTitleNamesTheIssuerOfAShortenedHeading() {
        for (PolicyDocument d : readBoth("关于春节期间禁止燃放烟花爆竹的通告", "2020-01-11 09:23", "来源：本网",
                "为保障节日期间公共安全，1月10日，县政府发布《某某县人民政府关于春节期间禁止在县城部分区域燃放烟花爆竹的通告》，决定从1月24日起禁止燃放。")) {
            assertEquals(List.of("某某县人民政府"), d.issuers());
        }
    }

    @Test
    void aBodyNamedByItsLevelIsCompletedByTheLineNamingItWhole() {
        PageFacts table = new PageFacts(java.util.Map.of("发文机关", "市民政局"), List.of());
        PolicyDocument d = reader.read("关于加强道路命名管理工作的通知", "某某市民政局\n政府信息公开\n各县、区民政局：\n现将有关事项通知如下：", table);
        assertEquals(List.of("某某市民政局"), d.issuers());
    }

    @Test
    void theBodyTheTextSaysDecidedIsTheIssuerWhereThePageShowsNoOther() {
        // a repost with no head, signature or list: the body that studied and decided it
        for (PolicyDocument d : readBoth("关于印发某某经济技术开发区突发事件总体应急预案的通知", "各乡(镇)人民政府，区直各有关单位：",
                "《某某经济技术开发区突发事件总体应急预案》已经区管委会研究同意，现印发给你们，请认真抓好贯彻落实。")) {
            assertEquals(List.of("某某经济技术开发区管理委员会"), d.issuers());
        }
        for (PolicyDocument d : readBoth("关于某某有关事项的通知", "各省、自治区、直辖市民政厅（局）：",
                "根据国务院领导同志的指示精神，民政部进行了认真研究，认为行政区划的调整是一项重要工作。现将有关事项通知如下：",
                "一、严格审核把关。")) {
            assertEquals(List.of("民政部"), d.issuers());
        }
        // a body by its level alone and no place in the title, or approval without study (经县人民政府同意: the office
        // issues it), names no issuer
        for (PolicyDocument d : readBoth("关于做好某某工作的通知", "各乡镇：", "经县应急局研究决定，现将有关事项通知如下：", "一、某某。")) {
            assertEquals(List.of(), d.issuers());
        }
        for (PolicyDocument d : readBoth("关于做好某某工作的通知", "各乡镇：", "经某某县人民政府同意，现将有关事项通知如下：", "一、某某。")) {
            assertEquals(List.of(), d.issuers());
        }
    }

    @Test
    void aWorkReportsSpeakerNamesTheGovernmentThatReports() {
        for (PolicyDocument d : readBoth("2007年政府工作报告", "——2007年2月8日在某县第十五届人民代表大会第一次会议上",
                "某县人民政府县长  张 某", "一、过去四年政府工作回顾", "过去四年，是我县应对不断变化的外部环境、迎接各种挑战的四年。")) {
            assertEquals(List.of("某县人民政府"), d.issuers());
        }
        // a name line in the text that is no speaker's (a list of people) names none
        for (PolicyDocument d : readBoth("2007年政府工作报告", "一、过去四年政府工作回顾", "某县人民政府办公室张某某同志参加会议并讲话。")) {
            assertEquals(List.of(), d.issuers());
        }
    }
}
