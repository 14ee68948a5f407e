package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * The lead's rulings R10–R14 (conventions.md, session 11) as the code reads them. Sentences made up in the shape of the
 * lines each ruling names; rows marked "guard" hold the other side of the ruling, which the code already read so.
 */
class RulingsR10ToR14Test {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | publication date | index of the figure | metric | kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // R10: a programme's or project's 经费 / 总经费 / 专项经费 is money allotted, 资金 (d6-0059, d10-0011)
            "現代化屠宰場計畫總經費20億,正由農業部修正中程計畫。|2023-05-31|0|资金|investment",
            "3件道路改善案子獲核定,總經費約4648萬餘元,預計明年初完工。|2022-08-14|0|资金|investment",
            // guard: R&D spending as a statistic stays 投资
            "全社会研究与试验发展(R&D)经费支出约3160亿元。|2024-03-01|0|投资|investment",
            "全省研发经费投入约503.84亿元,同比增长12.99%。|2024-03-01|0|投资|investment",
            // R11: a named project's budget is its investment: a firm's capital-expenditure budget, Hong Kong's approved
            // project estimate, a budget written after one of the projects the sentence names (d10-0054, d10-0190, d4-0035)
            "本公司擬興建新廠辦大樓,原資本支出預算3.1億元調整為新台幣2.4億元。|2018-03-19|0|投资|investment",
            "本公司擬興建新廠辦大樓,原資本支出預算3.1億元調整為新台幣2.4億元。|2018-03-19|1|投资|investment",
            "過去十年,共有約850個甲級工程項目完成最後結帳,原核准預算總額約為2,400億元。|2017-08-02|0|投资|investment",
            "政府正規劃多個重大建設項目,其中國際綜合旅遊文化區預算一百二十億元。|2025-04-28|0|投资|investment",
            // a closed account (完成最后结帐) reports what was spent, a result
            "過去十年,共有約850個甲級工程項目完成最後結帳,原核准預算總額約為2,400億元,而結帳總開支約為2,100億元。|2017-08-02|1|支出|actual",
            // guards: a government's budget for a sector or a year, and a body's budget, stay planned spending (d5-0073, d5-0013)
            "今年政府公共建設預算高達六千億元規模,是史上新高。|2023-07-15|0|支出|target",
            "2016年,基金會的預算約為29.2億澳門元。|2017-05-01|0|支出|target",
            "市議會三讀通過台中市明年度總預算兩千兩百億元。|2019-12-18|0|支出|target",
            // R12: a fund's phase size is the fund's money, 基金 (the written set's s085, d10-0141)
            "该基金首期规模约50亿元，由市政府出资20%。|2023-05-01|0|基金|investment",
            "1月29日下午，某市产业基金发布，基金总规模达50亿元，首期规模20亿元。|2026-01-30|1|基金|investment",
            // guard: a sector's size stays 规模
            "该市集成电路产业规模约500亿元。|2023-05-01|0|规模|actual"})
    void metricAndKind(String text, String published, int index, String metric, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(metric, a.get(index).metric(), text + " " + a);
        assertEquals(kind, a.get(index).kind(), text + " " + a);
    }

    /** Columns: text | publication date | index of the figure | year | period. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // R13: a year written without 年 that opens an event's name dates what happens at the event (d10-0035, d10-0076)
            "2017中外知名企業四川行活動期間,四川與投資者共簽訂正式合同項目750個,投資總額5663.26億元。|2017-04-08|0|2017|-",
            "為期38天的台東「2017台灣熱氣球嘉年華」帶來48萬人次觀光旅遊人潮,創造產值達9.6億元。|2017-08-07|0|2017|-",
            // guard: a report's year names the report, not its figures (d9-0182)
            "2021鄉鎮綜合競爭力報告顯示,百強鎮工業總產值平均為578億元。|2021-10-20|0|-|-",
            // R13 (already read so, guard): a part of the year inside a ceremony's name (d3-0182)
            "3月5日,某開發區舉行一季度重大產業項目集中開工儀式,總投資267億元的15個項目集中開工。|2021-03-09|0|2021|Q1",
            // R14: what is announced on a day (昨日宣布 an approval) is that day's (d5-0071)
            "經濟部投資台灣事務所昨日宣布再添四家企業擴大投資台灣,其中包括光陽工業投入四十四億元。|2023-07-15|0|2023|-",
            // R14 (already read so, guard): a project total announced on the day of its ceremony (d8-0040)
            "今天集中开工的40个重点项目，总投资64.9亿元。|2021-03-01|0|2021|-",
            // guard: a day before 指出 dates only the speech; a sum since an event has no year (d3-0154)
            "市長今天指出,縣市合併後,本市推動重大投資新台幣6680億元。|2017-09-28|0|-|-"})
    void yearAndPeriod(String text, String published, int index, String year, String period) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention m = a.get(index);
        assertEquals(year == null ? null : Integer.valueOf(year), m.year(), text + " " + a);
        assertEquals(period, m.period(), text + " " + a);
    }
}
