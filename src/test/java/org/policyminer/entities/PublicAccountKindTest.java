package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Issue 17, session ent26 (entities-eval §47): the kind of a figure of a public account (a government's budget, its
 * accounts, a fund's books) read from the state of the account ({@link PublicAccountState}): a year already closed, an
 * executed line, lines counted into a year's account, a shortfall a budget plans to cover, a line a review passes, a
 * budget's estimate, a year's whole budget, money a budget allocates or pays out. Sentences are made up in the shapes of
 * the dev lines, in both scripts; guard rows keep what was read right before.
 */
class PublicAccountKindTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | published | index of the figure | kind | metric ("-": not checked). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a closed year in the figure's own clause, whatever budget another clause names
            "据报,香港近年多项工程预算开支估计超支约300亿元,超支金额是上个财政年度120亿元盈余的两倍。|2018-03-01|1|actual|-",
            "據報,香港近年多項工程預算開支估計超支約300億元,超支金額是上個財政年度120億元盈餘的兩倍。|2018-03-01|1|actual|-",
            "某酒厂一○○年度盈余解缴县库三十亿元,比年度预算多十%,另报缴中央烟酒税也高达二十五亿元。|2012-02-09|1|actual|-",
            "某酒廠一○○年度盈餘解繳縣庫三十億元,比年度預算多十%,另報繳中央菸酒稅也高達二十五億元。|2012-02-09|1|actual|-",
            // guard: the state after a settlement still to come is a plan (待…后, 将达)
            "2014年财政年度的预算结余为500亿元,待完成有关结算程序后,超额储备总额将达1800亿元,因而财政储备总额达3000亿元。|2015-08-13|2|target|-",
            // an executed line of a budget
            "上半年一般综合预算实际收入为四百八十亿元,预算执行率为百分之五十。|2024-11-20|0|actual|-",
            "上半年一般綜合預算實際收入為四百八十億元,預算執行率為百分之五十。|2024-11-20|0|actual|-",
            // lines counted into the account of a closing Hong Kong year (a budget speech of February) are results; the
            // revised estimate it turns to too; the estimate it turns from stays a plan (with a budget word elsewhere in the
            // sentence or none)
            "财政预算案显示,香港政府非经营帐目仍会录得赤字,惟计及发债1,200亿元及偿还400亿元到期款项后,今年度综合帐目预计由约500亿元赤字,转为20亿元盈余。|2026-02-26|1|actual|-",
            "財政預算案顯示,香港政府非經營帳目仍會錄得赤字,惟計及發債1,200億元及償還400億元到期款項後,今年度綜合帳目預計由約500億元赤字,轉為20億元盈餘。|2026-02-26|0|actual|-",
            "财政预算案显示,香港政府非经营帐目仍会录得赤字,惟计及发债1,200亿元及偿还400亿元到期款项后,今年度综合帐目预计由约500亿元赤字,转为20亿元盈余。|2026-02-26|3|actual|-",
            "財政預算案顯示,香港政府非經營帳目仍會錄得赤字,惟計及發債1,200億元及償還400億元到期款項後,今年度綜合帳目預計由約500億元赤字,轉為20億元盈餘。|2026-02-26|3|actual|-",
            "香港政府非经营帐目仍然会录得赤字,惟计及发债1,200亿元及偿还400亿元到期款项后,今年度综合帐目预计由约500亿元赤字,转为20亿元盈余。|2026-02-26|2|target|-",
            "香港政府非經營帳目仍然會錄得赤字,惟計及發債1,200億元及償還400億元到期款項後,今年度綜合帳目預計由約500億元赤字,轉為20億元盈餘。|2026-02-26|2|target|-",
            // lines counted into the account of a year not opened yet are a budget's
            "收入方面,如计及每年30亿元的新增税项收入,预计2024/25年度的总收入为6000亿元。|2024-02-28|0|target|-",
            "收入方面,如計及每年30億元的新增稅項收入,預計2024/25年度的總收入為6000億元。|2024-02-28|0|target|-",
            // a change against the original budget is the revision's
            "香港印花税收入比原来预算增加约200亿元,至800亿元。|2026-02-26|0|actual|-",
            "香港印花稅收入比原來預算增加約200億元,至800億元。|2026-02-26|0|actual|-",
            // a shortfall anywhere in the sentence: the lines before it are a budget's too
            "3个营业基金收入合计1.2亿元,成本合计1.5亿元,收支相抵短数0.3亿元。|2022-10-20|0|target|-",
            "3個營業基金收入合計1.2億元,成本合計1.5億元,收支相抵短數0.3億元。|2022-10-20|1|target|-",
            // a line a review passes, a budget's estimate, a year's whole budget
            "第52项 内政部3,210万元,照列。|2021-12-27|0|target|-",
            "第52項 內政部3,210萬元,照列。|2021-12-27|0|target|-",
            "综合各项因素,估算明年的博彩毛收入为二千五百亿元,较二四年度的估算二千二百亿元增逾一成。|2024-11-20|1|target|-",
            "綜合各項因素,估算明年的博彩毛收入為二千五百億元,較二四年度的估算二千二百億元增逾一成。|2024-11-20|1|target|-",
            "今年三月份政府总收入为二十亿元,相当于今年三百亿元总预算的百分之六点七。|2007-05-17|1|target|支出",
            "今年三月份政府總收入為二十億元,相當於今年三百億元總預算的百分之六點七。|2007-05-17|1|target|支出",
            // the number a budget lists for a line named before is that line's
            "县府明年度的债务举借编列数(90亿元),仍低于今年度的编列数(110亿元)。|2021-10-28|1|target|举债",
            "縣府明年度的債務舉借編列數(90億元),仍低於今年度的編列數(110億元)。|2021-10-28|1|target|举债",
            // money a budget allocates or pays out
            "立法会财委会今日通过涉款120亿多元的学校及体育馆工程拨款。|2020-06-12|0|investment|资金",
            "立法會財委會今日通過涉款120億多元的學校及體育館工程撥款。|2020-06-12|0|investment|资金",
            "工务小组在2016-17年度通过了20项合共900亿元的工程拨款。|2017-10-18|0|investment|资金",
            "预算案提出拨款2个50亿元发展科技园区。|2026-02-27|0|investment|资金",
            "預算案提出撥款2個50億元發展科技園區。|2026-02-27|0|investment|资金",
            "在四月第一个星期,政府须向10万个家庭发放综援、福利金共8亿元。|2016-03-20|0|investment|资金",
            "在四月第一個星期,政府須向10萬個家庭發放綜援、福利金共8億元。|2016-03-20|0|investment|资金",
            // a mainland account being executed: a share of the year's budget, 一般预算性收入
            "1-11月份全区一般公共预算收入累计完成9亿元,占年初预算数10亿元的90%,同比增长9%,增收8000万元。|2019-12-10|2|actual|-",
            "今年一季度,全县完成财政总收入1.5亿元,同比增长18%,地方一般预算性收入6000万元,增长24%。|2012-04-20|1|actual|-",
            // guards: what was read right stays
            "1-11月份全区一般公共预算收入累计完成9亿元,占年初预算数10亿元的90%,同比增长9%,增收8000万元。|2019-12-10|1|target|-",
            "香港政府经营帐目将由原来预算约30亿元赤字,转为录得500亿元盈余。|2026-02-26|0|target|-",
            "某部推动方案编列210亿元,用于产业升级。|2025-01-15|0|investment|资金",
            "去年预算案估算今个财政年度赤字为600亿元。|2026-02-26|0|target|-",
            "财政预算案显示,香港政府非经营帐目仍会录得赤字,惟计及发债1,200亿元及偿还400亿元到期款项后,今年度综合帐目预计由约500亿元赤字,转为20亿元盈余。|2026-02-26|2|target|-"})
    void kind(String text, String published, int index, String kind, String metric) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(kind, a.get(index).kind(), text + " " + a);
        if (metric != null) assertEquals(metric, a.get(index).metric(), text + " " + a);
    }
}
