package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Issue 17, session ent30 (entities-eval §52): readings of a figure's year and period that failed across every dev block
 * at once, sorted by the reading, not by the block — fiscal years written out (2018至2019财政年度, 2016/17财政年度, 15、16年度,
 * 截至3月31日止财政年度, a closed year as a base), spans that run to a month (2019年到2020年4月, 由2020年至今年5月底) or from a start (自2015年起…已), a
 * ranking's year with 年度 (R23) and 上年 after a written year, a two-digit Minguo year opening its clause, a Hong Kong page's
 * 首N个月 in its first quarter, a share of the year's goal (占全年目标的23%) that keeps the part, a year's assessment target,
 * 目前已完成投资, 超越去年 as a comparison, a month's own figure (较8月份45亿元, 2月下降至), the month right after the page's, 2019年以来 on a 2019
 * page, 截至2023 without 年. Sentences are made up in the shapes of the dev lines, in both scripts; guard rows keep what
 * was read right before.
 */
class YearReadingsAcrossBlocksTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | published | index of the figure | year | periodFrom | periodTo | period ("-": null). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // two consecutive years before 财政年度: one fiscal year, named by the year it opens in (R4)
            "省财政厅预计,2020至2021财政年度会有3亿元盈余。|2020-02-20|0|2020|-|-|-",
            "省財政廳預計,2020至2021財政年度會有3億元盈餘。|2020-02-20|0|2020|-|-|-",
            "在2019-2020财政年度结束时,省府录得8亿元的盈余。|2020-09-01|0|2019|-|-|-",
            "在2019-2020財政年度結束時,省府錄得8億元的盈餘。|2020-09-01|0|2019|-|-|-",
            // ... and as a base of a comparison it dates no figure
            "与2019-2020财政年度相比,省府的开支增加了20亿元。|2021-09-01|0|-|-|-|-",
            "與2019-2020財政年度相比,省府的開支增加了20億元。|2021-09-01|0|-|-|-|-",
            // 2016/17财政年度 written out
            "省府公布2018/19财政年度盈余为15亿元。|2019-08-20|0|2018|-|-|-",
            "省府公布2018/19財政年度盈餘為15億元。|2019-08-20|0|2018|-|-|-",
            // a year closed on 31 March, with no year or with 今年: opened the April before
            "机管局公布截至今年3月31日止财政年度业绩,录得30亿元溢利。|2023-07-10|0|2022|-|-|-",
            "機管局公布截至今年3月31日止財政年度業績,錄得30億元溢利。|2023-07-10|0|2022|-|-|-",
            "截至3月31日的年度最终赤字为40亿元。|2023-06-20|0|2022|-|-|-",
            "截至3月31日的年度最終赤字為40億元。|2023-06-20|0|2022|-|-|-",
            // a closed year after 较截至: the base, not the change's year; its own figure keeps it
            "截至二零二一年十二月三十一日止年度的收益较截至二零二零年十二月三十一日止年度约80.5百万港元减少约6.2百万港元。|2022-03-25|1|2021|-|-|-",
            "截至二零二一年十二月三十一日止年度的收益較截至二零二零年十二月三十一日止年度約80.5百萬港元減少約6.2百萬港元。|2022-03-25|1|2021|-|-|-",
            "截至二零二一年十二月三十一日止年度的收益较截至二零二零年十二月三十一日止年度约80.5百万港元减少约6.2百万港元。|2022-03-25|0|2020|-|-|-",
            // a span to a month: both years, no part of one
            "统计2021年到2022年5月,重大投资金额累计已达1,800亿元。|2022-06-15|0|-|2021|2022|-",
            "統計2021年到2022年5月,重大投資金額累計已達1,800億元。|2022-06-15|0|-|2021|2022|-",
            "由2021年至今年6月底,该局共批准申请,涉及金额4.2亿元。|2023-07-20|0|-|2021|2023|-",
            "由2021年至今年6月底,該局共批准申請,涉及金額4.2億元。|2023-07-20|0|-|2021|2023|-",
            // R23: 年度 before a ranking dates its figures; 上年 is the year before the one reported
            "2010年度民营企业纳税百强合计纳税300亿元,较上年的250亿元增长20%。|2011-06-01|0|2010|-|-|-",
            "2010年度民營企業納稅百強合計納稅300億元,較上年的250億元增長20%。|2011-06-01|1|2009|-|-|-",
            // guard: a year run into a ranking's name without 年度 names the edition (R13)
            "2022百强园区中,共有30个园区营收超过800亿元。|2022-12-01|0|-|-|-|-",
            // a two-digit Minguo year opening its clause
            "经济部预估,98年加工区全年整体产值可达3.5兆元。|2009-01-20|0|2009|-|-|-",
            "經濟部預估,98年加工區全年整體產值可達3.5兆元。|2009-01-20|0|2009|-|-|-",
            // a Hong Kong page of January to March: 首N个月 are the fiscal year's (R4)
            "首8个月卖地收入已达800亿港元。|2023-02-15|0|2022|-|-|M04-M11",
            "首8個月賣地收入已達800億港元。|2023-02-15|0|2022|-|-|M04-M11",
            "首十个月的整体支出为港币3,000亿元。|2023-02-15|0|2022|-|-|-",
            // a share of the year's goal keeps the part for the figures after it
            "一季度,全市园区完成产值300亿元,占全年目标的22%;基础设施投资达35亿元。|2015-04-20|1|2015|-|-|Q1",
            "一季度,全市園區完成產值300億元,占全年目標的22%;基礎設施投資達35億元。|2015-04-20|1|2015|-|-|Q1",
            // guard: the whole year's own figure stays the year's
            "一季度,全市完成投资50亿元,全年目标200亿元。|2015-04-20|1|2015|-|-|-",
            // a year's assessment target is the whole year's
            "1—12月,全县到位资金80亿元,完成市政府考核目标70亿元的114%。|2020-01-15|1|2019|-|-|-",
            "1—12月,全縣到位資金80億元,完成市政府考核目標70億元的114%。|2020-01-15|1|2019|-|-|-",
            // the base month's own figure after 较…月份; a month read before 下降 / 上升
            "10月份博彩收益较9月份52亿元有所减少。|2010-11-05|0|2010|-|-|M09",
            "10月份博彩收益較9月份52億元有所減少。|2010-11-05|0|2010|-|-|M09",
            "1月以300亿元开局,2月下降至280亿元。|2022-10-20|1|2022|-|-|M02",
            "1月以300億元開局,2月下降至280億元。|2022-10-20|1|2022|-|-|M02",
            // 截至 a month written with a space
            "截至今年8 月,全镇产业实现产值30 亿元。|2023-09-10|0|2023|-|-|M01-M08",
            // the month right after the page's is the one to come
            "在五月第一个星期,政府就须发放共20亿元的津贴。|2019-04-10|0|2019|-|-|M05",
            "在五月第一個星期,政府就須發放共20億元的津貼。|2019-04-10|0|2019|-|-|M05",
            // YYYY年以来 on a page of that year, 截至YYYY without 年
            "2021年以来,该市新建项目12个,总投资金额超过8亿元。|2021-08-01|0|2021|-|-|-",
            "2021年以來,該市新建項目12個,總投資金額超過8億元。|2021-08-01|0|2021|-|-|-",
            "截至2022,全市医药产业实现产值超过900亿元。|2023-03-01|0|2022|-|-|-",
            "截至2022,全市醫藥產業實現產值超過900億元。|2023-03-01|0|2022|-|-|-",
            // a Hong Kong body's budget year in two-digit years; 年度…的目标 is the year's goal
            "旅发局指,17、18年度总推广预算为4亿1200万港元。|2017-02-20|0|2017|-|-|-",
            "旅發局指,17、18年度總推廣預算為4億1200萬港元。|2017-02-20|0|2017|-|-|-",
            "截至今年9月为止,新增投资金额达300亿元,已提前达成年度280亿元的目标。|2012-10-20|1|2012|-|-|-",
            "截至今年9月為止,新增投資金額達300億元,已提前達成年度280億元的目標。|2012-10-20|1|2012|-|-|-",
            // 超越去年 compares as 较去年: last year dates only the base's own figure
            "今年气候稳定,农业产值可望超越去年480亿元,突破500亿元。|2020-11-10|1|2020|-|-|-",
            "今年氣候穩定,農業產值可望超越去年480億元,突破500億元。|2020-11-10|1|2020|-|-|-",
            "今年气候稳定,农业产值可望超越去年480亿元,突破500亿元。|2020-11-10|0|2019|-|-|-",
            // 自YYYY年起 with a result already reached sums the years since: no one year; a plan from that year on keeps it
            "自2016年起该计划已成功协助初创企业融资超过三亿美元。|2022-02-20|0|-|-|-|-",
            "自2016年起該計劃已成功協助初創企業融資超過三億美元。|2022-02-20|0|-|-|-|-",
            "自2020年起,全市每年安排5亿元支持产业发展。|2020-03-01|0|2020|-|-|-",
            // guard: 自2021年以来 is a span from a start (no year)
            "自2019年以来,全市新建项目12个,总投资金额超过8亿元。|2021-08-01|0|-|-|-|-",
    })
    void time(String text, String published, int index, Integer year, Integer from, Integer to, String period) {
        FigureTimes.assertTime(recognizer, text, published, index, year, from, to, period);
    }

    /**
     * 目前 dates investment already done or brought in (a result at the page's date); a project's size and a sum since a
     * park's start stay undated. Columns: text | published | index | year ("-": null).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "该工程今年计划完成投资6亿元,目前已完成投资3000万元。|2017-05-06|1|2017",
            "該工程今年計劃完成投資6億元,目前已完成投資3000萬元。|2017-05-06|1|2017",
            // guards
            "目前,该县正在建设一个总投资50亿元的产业园。|2017-05-06|0|-",
            "目前,全市累计投资项目超过100个,完成投资超1200亿元。|2017-05-06|0|-",
    })
    void now(String text, String published, int index, Integer year) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(year, a.get(index).year(), text + " " + a);
    }
}
