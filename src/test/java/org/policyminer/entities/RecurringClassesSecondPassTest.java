package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Session 31 (issue 17, second pass): year/period and metric misses that recur in at least two dev blocks. Sentences
 * made up in the shape of the dev lines (the lines that showed each class are in the comments); rows marked "guard"
 * hold what the code already did and must keep.
 */
class RecurringClassesSecondPassTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | publication date | index of the figure | metric. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a line of a government's revenue written as a qualified 收入 is 财政收入: Hong Kong's land premium
            // (d9-0116, d9-0120), a county's revenue remitted upward and its local or budgetary revenue (d7-0232,
            // d8-0210, d8-0214)
            "以2024/25年度的賣地計劃為依據,地價收入預算為900億元。|2024-02-28|0|财政收入",
            "首6個月地價收入已達500億元,較原本預期全年800億元地價收入低。|2023-11-10|0|财政收入",
            "1-9月,全县上划中央收入12000万元,同比下降3%;上划省级收入3000万元,同比增长2%。|2021-10-20|0|财政收入",
            "1-9月,全县上划中央收入12000万元,同比下降3%;上划省级收入3000万元,同比增长2%。|2021-10-20|1|财政收入",
            "地方收入按部门分:税务部门完成900万元,占年初预算1800万元的50.0%。|2022-07-01|0|财政收入",
            "今年上半年,全县地方一般预算性收入5200万元,增长12%。|2013-07-20|0|财政收入",
            // a bare 收入 in a government's account: coordinated with another line (开支及收入, dev10 d10-0045), after a
            // figure of 财政收入 in the same sentence (加上资本收入的总收入, d6-0138), in a fiscal year written with a dash
            // (2021-22年度, d9-0119)
            "政府公布本財政年度首6個月的財務狀況,其中整體開支及收入分別為3000億港元及2100億港元。|2023-10-30|1|财政收入",
            "期內經常收入有400億元,執行率為50.0%,加上資本收入的總收入有405億元。|2023-07-10|1|财政收入",
            "截至2022年9月底,2022-23年度首6个月的收入达2,500亿元。|2022-10-31|0|财政收入",
            // the revenue of a tax just named is that tax's, 税收 (d6-0015, d9-0177); a list that holds a non-tax (地价和
            // 利得税的收入分别…, d9-0117) keeps 财政收入 for its first figure (guard)
            "一般綜合預算收入方面,在主要的收入中,估計「博彩特別稅」及「職業稅」的收入分別為700億元及50億元。|2023-11-15|0|税收",
            "一般綜合預算收入方面,在主要的收入中,估計「博彩特別稅」及「職業稅」的收入分別為700億元及50億元。|2023-11-15|1|税收",
            "作為政府財政收入支柱的博彩稅收大幅下跌,首兩個月的收入為一百億元。|2022-03-05|0|税收",
            "2022/23年度政府收入的修訂預算為6000億元,主因是地價和利得稅的收入較預期分別多300億元和200億元。|2023-02-22|1|财政收入",
            // a visitor's spending written with 的, and spending on shopping, are 消费 (d7-0168, d10-0189)
            "按原居地統計,內地旅客的消費最高,為2,100元。|2019-08-15|0|消费",
            "数据显示,内地旅客的人均购物消费最强劲,为980元。|2018-11-20|0|消费",
            // money drawn from a reserve named as its source (从…储备(金)…拨) is allocated money, 资金 (d8-0021, d9-0055);
            // a reserve's own balance stays 储备 (guard)
            "计及该年度从土地储备金回拨的150亿元,政府预计录得盈余。|2020-02-26|0|资金",
            "政府從財政儲備撥出200億澳門元,推出經濟援助措施。|2020-04-01|0|资金",
            "截至3月底,政府的财政储备为8000亿元。|2024-04-30|0|储备",
            // guards: a firm's or a household's 收入 stays 收入; 营业收入 stays 营收
            "该公司上半年收入达30亿元,同比增长5%。|2022-08-20|0|收入",
            "全市居民人均可支配收入及收入增速均居全省前列,达5.2万元。|2023-01-20|0|收入",
            "政府扶持下,该企业营业收入及利润分别为20亿元及2亿元。|2023-04-01|0|营收"})
    void publicRevenueLines(String text, String published, int index, String metric) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(metric, a.get(index).metric(), text + " " + a);
    }

    /**
     * Hong Kong's monthly accounts: a figure in a clause that opens the sentence with 计入 / 计及 and ends with 后 is counted
     * in the result the main clause states, and takes the main clause's time (d7-0250, dev10 d10-0046); a bracket that
     * restates a part of the fiscal year is read over. Columns: text | publication date | index | year | period.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "計入發行政府債券所得300億港元後,本財政年度首5個月的財務狀況為800億港元赤字。|2024-09-30|0|2024|M04-M08",
            "计入发行政府债券所得500亿港元及偿还政府债券80亿港元的本金后,本财政年度首九个月录得600亿港元赤字。|2024-01-30|1|2023|M04-M12",
            "计入发行政府债券所得500亿港元及偿还政府债券80亿港元的本金后,本财政年度首九个月录得600亿港元赤字。|2024-01-30|0|2023|M04-M12",
            // a bracket that restates the part's span (即截至去年12月31日, 即…4月1日至8月31日) is read over (d7-0248's
            // shape, dev10 d10-0045); 截至3月31日 after 首三个月 was already read so (d7-0075, guard)
            "政府今日公布本財政年度首9個月(即截至去年12月31日)的財務狀況,其中整體開支為5000億港元。|2025-01-28|0|2024|M04-M12",
            "政府公布本財政年度首5個月(即2024年4月1日至8月31日)的財務狀況,赤字為800億港元。|2024-09-30|0|2024|M04-M08",
            "政府公布2025年首三个月(截至3月31日)的帐目,盈余为30亿元。|2025-04-30|0|2025|Q1",
            // guards: the main clause's own figure keeps its time; a 计入 clause with no time in the main clause has none
            "計入發行政府債券所得300億港元後,本財政年度首5個月的財務狀況為800億港元赤字。|2024-09-30|1|2024|M04-M08",
            "計入發行債券所得300億港元後,財務狀況大致平衡。|2024-09-30|0|-|-"})
    void aCountedInClauseTakesTheMainClausesTime(String text, String published, int index, String year, String period) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention m = a.get(index);
        assertEquals(year == null ? null : Integer.valueOf(year), m.year(), text + " " + a);
        assertEquals(period, m.period(), text + " " + a);
    }
}
