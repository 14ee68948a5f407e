package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Issue 17, session ent19: classes of year and period misses that recur across the real-text blocks (dev9 … dev12),
 * each read by a general rule. Sentences are made up in the shape of the lines named; rows marked "guard" hold what the
 * code already read right and must keep.
 */
class YearsAwayFromTheFigureTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | publication date | index of the figure | year | period. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a list of years, then 分别 / 先后 / 依次, then a list of as many figures: paired in order
            // (d9-0201, d11-0119, d12-0181)
            "力争2027年、2032年全区规上工业产值分别达到1500亿元、3000亿元。|2023-04-10|0|2027|-",
            "力争2027年、2032年全区规上工业产值分别达到1500亿元、3000亿元。|2023-04-10|1|2032|-",
            "該縣茶葉出口額在2021年及2022年,分別減少為3.12億美元及2.87億美元。|2023-06-01|0|2021|-",
            "該縣茶葉出口額在2021年及2022年,分別減少為3.12億美元及2.87億美元。|2023-06-01|1|2022|-",
            "某市社会消费品零售总额于1992年、2004年、2015年先后突破百亿元、千亿元、五千亿元。|2024-05-01|0|1992|-",
            "某市社会消费品零售总额于1992年、2004年、2015年先后突破百亿元、千亿元、五千亿元。|2024-05-01|1|2004|-",
            "某市社会消费品零售总额于1992年、2004年、2015年先后突破百亿元、千亿元、五千亿元。|2024-05-01|2|2015|-",
            // guard: two years but one figure each with its own year beside it
            "2022年营收为300亿元、2023年营收为360亿元。|2024-03-01|0|2022|-",
            // guard: a year list and a figure list of different lengths pair nothing (the nearest year stays)
            "2021年、2022年和2023年,分别投入资金2亿元、3亿元。|2024-03-01|1|2023|-",
            // Hong Kong's fiscal and legislative years (ruling R4: named by the year they open in, on 1 April): spaced
            // year pairs (d10-0096, d12-0091), a year closed in March (d10-0168), 上年度 / 上个立法年度 / 上个财政年度 /
            // 今年度 counted from the fiscal year current at publication (d7-0057, d9-0121, d10-0095, d12-0092)
            "政府文件顯示,2018-19 年度香港的基本工程開支約為 860 億元。|2019-09-02|0|2018|-",
            "在2022-2023 年度在總目 140 項下追加撥款12億港元,以支付檢測費用。|2022-11-20|0|2022|-",
            "香港某公營機構2022年3月止年度年報顯示,該財年受保業務總額為980億港元。|2022-07-10|0|2021|-",
            "該公司截至2024年3月31日止年度的收益為52億港元。|2024-06-20|0|2023|-",
            "上年度印花稅為特區政府帶來410億港元收入。|2023-02-15|0|2021|-",
            "因為拉布,上個立法年度共900億港元的工程撥款未獲批出。|2019-10-20|0|2018|-",
            "據報,大型基建超支金額是上個財政年度120億港元盈餘的兩倍。|2018-03-01|0|2016|-",
            "財政司司長表示,今年度綜合帳目預計錄得60億港元盈餘。|2024-02-28|0|2023|-",
            // guards: a calendar year closed in December; Taiwan's 今年度 and the mainland's 上年度 stay calendar years;
            // 较上年度 is a comparison's base
            "某公司截至2023年12月31日止年度的收益為30億港元。|2024-03-20|0|2023|-",
            "縣府今年度總預算編列120億元,較去年增加。|2023-02-10|0|2023|-",
            "上年度全县实现工业总产值88亿元。|2023-02-10|0|2022|-",
            "期內該局錄得收入3.1億港元,較上年度上升1,200萬港元。|2021-07-07|1|-|-",
            // a yearly rate (年销售额, 年产值) under a goal's year written at the head of the sentence is that goal's
            // (d12-0185); guard: a rate after a zoning step of next year stays undated (d3-0157)
            "预计到2026年,某县预制菜产能将达到50万吨,年销售额突破80亿元。|2023-04-16|0|2026|-",
            "另外,某產業園區預計明年報編,可望創造150億元年產值。|2017-09-28|0|-|-",
            // the day of the publication written as a part of it (今早, 昨晚) or with its number in brackets (今(18)日,
            // Taiwan) dates what is done that day (d10-0057, d11-0116); guards: the day of a speech or of a meeting held
            // (今(16)日更舉辦…大會, 今(4)日表示) dates nothing
            "立法會財委會今早通過涉款120億多元的醫院工程撥款。|2021-06-11|0|2021|-",
            "經濟部投資台灣事務所今 (18) 日再通過兩家大廠擴大投資台灣逾 60 億元,其中,某公司將投資 50 億元。|2021-06-18|1|2021|-",
            "市府今(16)日更舉辦投資招商大會,釋出多處土地,約500億元。|2019-12-16|0|-|-",
            "研究所今(4)日表示,預估產業產值將突破新台幣3兆元。|2021-11-04|0|-|-",
            // a part that opens the year and is under way at publication, ending within two months, is this year's
            // (d12-0019); guard: 前三季度 in January is last year's
            "日前,记者从某县了解到,该县一季度集中开工重大项目80个,总投资达210亿元。|2024-02-20|0|2024|Q1",
            "前三季度,全市实现地区生产总值3200亿元。|2024-01-15|0|2023|Q1-Q3",
            // a run of quarters (连续第3季, 连续5季) is a count, not a quarter (d12-0075)
            "今年第二季的製造業產值已經是連續第3季呈現衰退,金額為2,100億元。|2016-08-20|0|2016|Q2",
            // a year (and month) of a price base (按2016年价格) does not date the figure (d11-0165, d11-0166)
            "路政署向立法會提交項目文件,按2018年價格估算建造成本約為95億元。|2021-01-12|0|-|-",
            "港鐵的公告提到,按2021年12月價格,延綫工程須繳付所有金額預計約120億元。|2023-02-28|0|-|-",
            // a base's own figure right after its month (与9月份的30亿元相比) is of that month (d11-0029)
            "10月份该市博彩收益约为42亿多元,与9月份的31亿元相比较,增幅达35%。|2004-11-19|1|2004|M09",
            // 全年 with no year written: a forecast or a plan is of the year under way (d7-0221, d13-0110); in the first
            // quarter a result is of the year just ended (d13-0002, d13-0193); guards: a share of the year's plan said of
            // another figure (d8-0072) and a comparison's base (d9-0120) date nothing
            "某公司預計全年產值可達到60億元,較上年增長兩成。|2011-04-22|0|2011|-",
            "车间主任介绍,企业将启动二期项目建设,计划全年销售8000万元。|2024-02-16|0|2024|-",
            "上报到位资金6.5亿元,完成全年目标任务5亿元的130%。|2025-01-24|1|2024|-",
            "縣統計局數據顯示,預計全年規上工業累計完成產值88.2億元,同比增長9%。|2021-01-04|0|2020|-",
            "累计完成投资20.1亿元,占园区全年计划的51.2%;其中完成产业项目投资9.3亿元。|2017-02-25|1|-|-",
            // a base's own figure in brackets right after 较N年同期 is of that year (d13-0080), as 较去年同季(…) already was
            "某市场成交额达512.4亿元,较2019年同期(480.1亿元)增幅6.7%。|2021-09-13|1|2019|-"})
    void yearAndPeriod(String text, String published, int index, Integer year, String period) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(year, a.get(index).year(), text + " " + a);
        assertEquals(period, a.get(index).period(), text + " " + a);
    }
}
