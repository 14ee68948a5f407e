package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Session 32 (branch ent17): metric and kind misses of the traditional lines that recur in at least two dev blocks.
 * Sentences made up in the shape of the dev lines named in the comments; rows marked "guard" hold what the code already
 * did and must keep.
 */
class TraditionalSubsetClassesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | publication date | index of the figure | metric | kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // Hong Kong's accounts write bond proceeds as 债券所得: bonds issued, 发债 (d7-0250, d10-0046); the bonds repaid
            // beside them stay 偿债 (guard)
            "計入發行政府債券所得800億港元及償還政府債券50億港元的本金後,本財政年度首6個月錄得900億港元赤字。|2024-10-30|0|发债|actual",
            "計入發行政府債券所得800億港元及償還政府債券50億港元的本金後,本財政年度首6個月錄得900億港元赤字。|2024-10-30|1|偿债|actual",
            // the public purse (公帑) a measure involves or wastes is spending, 支出 (d8-0015, d9-0053)
            "政府決定繼續推出紓困措施,涉公帑超過100億元,包括電費補貼等。|2022-11-01|0|支出|actual",
            "監察院指出,工程停建、改建頻仍,虛擲公帑高達3.2億餘元。|2023-03-15|0|支出|actual",
            // a fund named as the body whose budget or account line the figure is keeps accounts: no money put in (d6-0058,
            // d7-0245, d6-0040)
            "核准大廈維修基金二零一二財政年度第一補充預算,金額為澳門幣1,200萬元。|2012-05-05|0|支出|target",
            "加工出口區作業基金111年度預算案編列「管理收入」5億元,較110年度預算數減少300萬元。|2021-09-01|0|收入|target",
            // what a project costs to build (造价, 建造成本, 建筑成本, 工程总成本) and its cost estimate (估算金额) are the money put
            // into it, 投资 (d10-0084, d10-0086, d10-0183; d11-0163, d11-0165, d11-0166); a firm's running 成本 stays 成本
            "機場隧道延展段造價預計約40億元。|2023-02-28|0|投资|investment",
            "運房局估算建造成本約為150億元,料於2025年動工。|2021-01-12|0|投资|investment",
            "当时粗略估算连接两岛的轻轨一期工程总成本为30亿元。|2008-07-01|0|投资|investment",
            "整理各走線的資料,只有一條走線有做更新,估算金額為90億澳門元。|2018-09-14|0|投资|investment",
            "有关项目的预计总工程费用约2亿5,000万元。|2009-12-10|0|投资|investment",
            "该公司去年营业成本为12亿元。|2023-03-01|0|成本|actual",
            // a figure of the years to come (未来N年, 未来几年) is a plan (r2-0116, d7-0161, d11-0089); money put in over them
            // stays money put in, and 未来产业 (a noun) is no time (guards)
            "政府未來5年的基本工程開支每年平均約為1,000億元。|2024-09-17|0|支出|target",
            "在未來數年會合共撥款三億元支持海洋公園發展。|2023-03-01|0|资金|investment",
            "该市5个未来产业产值达到300亿元。|2023-03-01|0|产值|actual",
            // guards: money put into a named fund is the fund's (基金, ruling R15), still money put in; a fund's own size
            // stays 基金
            "政府向創新及科技基金注資100億元。|2023-02-22|0|基金|investment",
            "該市設立總規模50億元的產業投資基金。|2023-05-01|0|基金|investment"})
    void metricAndKind(String text, String published, int index, String metric, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(metric, a.get(index).metric(), text + " " + a);
        assertEquals(kind, a.get(index).kind(), text + " " + a);
    }

    /**
     * A place that opens the name of a fair or an investment meeting (…洽谈会, …博览会, …交易会; the place it is held in
     * brackets inside the name) is inside the name (conventions, dev4: a city named only inside a meeting's name is not
     * listed; d6-0117, d8-0089); a place with its own scope after it (福建全省…洽谈会, d9-0018) or one that holds the
     * meeting stays a mention (guards).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "近日,山东潍坊新旧动能转换项目洽谈会在上海举行。|上海市",
            "由协会主办的景德镇陶瓷(上海)博览会于6月19日在沪落幕。|-",
            "福建全省民营企业产业洽谈会上对接的1000个项目中,已签合同项目800个。|福建省",
            "合肥市举办产业洽谈会,现场签约项目20个。|合肥市",
            // a signing or ground-breaking ceremony named after its place (d3-0116)
            "12月27日,襄阳市重点项目集中签约仪式在城区举行,协议总投资50亿元的20个项目集中签约。|-",
            // the first item of a list of firms closed by 等…企业 / 等公司, opening its clause, is a firm's name (d8-0186,
            // d11-0111); a place that is the clause's subject (a verb after it) stays a mention (guard)
            "湖北金星木業、湖北長豐木業和德成光電等3家企業於9月份納入規上企業統計。|-",
            "需求日益增加,長春石化、台化、台聚等公司相繼設廠。|-",
            "青岛聚集了海尔、海信等龙头企业。|青岛市"})
    void placesInsideFairNames(String text, String cities) {
        List<String> got = recognizer.recognize(text, LocalDate.parse("2023-06-01")).cities().stream().map(c -> c.name()).distinct().toList();
        assertEquals(cities == null ? List.of() : List.of(cities.split(",")), got, text);
    }

    /** Columns: text | publication date | index of the figure | year | period. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a sum counted to a date of what came together over the years (历年来, 共有…进驻) is a stock at that date: the
            // year, no part of it (ruling R8; d7-0242, d10-0056)
            "截至今年8月為止,共有120家外商進駐,投資金額高達250億元。|2015-10-01|0|2015|-",
            "歷年來產品外銷金額,至本年五月止,計為美金十億元。|1980-07-01|0|1980|-",
            // guards: a flow counted from January keeps its months (R7); a 截至 count with nothing of a stock keeps them too
            "今年1-9月,共有30個項目簽約,截至9月底累計投資額達120億元。|2021-10-20|0|2021|M01-M09",
            "截至9月底,全市工業投資完成120億元。|2021-10-20|0|2021|M01-M09",
            // 目前 with a shown date dates what the firms that moved into a park have put in so far, a stock (d8-0228,
            // d11-0061); a project's total after 目前 stays undated (guard, d4-0036)
            "目前已有30家澳門企業進駐橫琴,投資額超過20億美元,業務範圍涵蓋金融等行業。|2015-03-29|0|2015|-",
            "目前已成功引進80家農企業進駐,帶動投資金額達90億元。|2019-12-06|0|2019|-",
            "他指出,大學城目前已動工,預料投資近一百億元。|2025-04-28|0|-|-",
            // 截至今年N月 sums the year to that month, as 截至N月底 (R7; d11-0028); a stock at that date keeps no months (guards:
            // r3-0068's market value, d10-0056's firms that moved in)
            "截至今年9月,特区政府的博彩税收入已达100亿澳门元。|2005-10-19|0|2005|M01-M09",
            "截止今年7月,在香港上市的該省企業有50家,市值約2,000億港元。|2015-12-04|0|2015|-",
            "截至今年9月為止,共有150家日商進駐,投資金額高達300億元。|2015-10-22|0|2015|-",
            // a 级 label takes the year of the goal its sentence states after it (R6; r4-0068, d4-0175, d10-0202)
            "要打造先進鋼鐵材料等千億級產業鏈,到2030年,建成具有世界影響力的萬億級新材料產業集群。|2024-10-25|0|2030|-",
            "今年以来,该市致力打造装备制造千亿产业集群,力争到2018年,装备制造年总产值突破2000亿元。|2015-09-19|0|2018|-",
            "该市重点发展四大千亿级产业集群,2027年GDP预计突破3000亿元。|2026-06-01|0|2027|-",
            // guards: a label of what exists now (现有, 已形成), inside a plan's title, or with no goal's year after it
            "该市在现有万亿级机械产业基础上,到2025年再造一个万亿级的信息技术产业。|2023-02-15|0|-|-",
            "《某市打造万亿级产业行动计划》提出,到2025年,全市软件产业规模突破1万亿元。|2024-06-25|0|-|-",
            "到2022年,该市已形成2個千億級產業集群,還有6個百億級產業集群。|2022-12-15|1|-|-"})
    void yearAndPeriod(String text, String published, int index, String year, String period) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention m = a.get(index);
        assertEquals(year == null ? null : Integer.valueOf(year), m.year(), text + " " + a);
        assertEquals(period, m.period(), text + " " + a);
    }
}
