package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Issue 17, session ent23: a figure's metric read from its own clause, the head of the subject of its predicate, mapped
 * by models/statistical-terms.tsv (public indicator and account names). Sentences are made up in the shape of the dev
 * lines named; rows marked "guard" hold what the nearer-word reading already read right and must keep.
 */
class MeasuredNounTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | index of the figure | metric | kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a firm's 收益 (HKFRS: revenue) is its 营收; 溢利 (profit) is 利润 (d14-0015, d11-0178, d14-0016, d10-0169)
            "截至二零二零年六月三十日止六个月,本公司的收益约为56.2百万港元,较去年同期减少约3.1百万港元。|0|营收|actual",
            "截至二零二零年六月三十日止六个月,本公司的收益约为56.2百万港元,较去年同期减少约3.1百万港元。|1|营收|actual",
            "期内本集团的年度溢利较上一个财政年度减少约2.5百万港元。|0|利润|actual",
            "某酒店去年录得收益120,000,000港元,为集团贡献溢利30,000,000港元。|1|利润|actual",
            // a wage named as the subject, a bracketed note read over (d14-0030); the modifier's 销售 names no metric
            "某行业全职雇员今年3月平均薪酬(不包括花红)为18,200元,其中销售人员平均薪酬为9,100元。|0|薪酬|actual",
            "某行业全职雇员今年3月平均薪酬(不包括花红)为18,200元,其中销售人员平均薪酬为9,100元。|1|薪酬|actual",
            // money raised by a listing (d14-0114) and money of signed deals (d13-0001, d14-0207)
            "某泵业本次发行3000万股,募资5.6亿元,用于扩能项目。|0|资金|investment",
            "今年1至6月,全市招商引資簽約項目120個,簽約資金350億元。|0|投资|investment",
            // guards: Macau's gaming revenue stays 收入 (ruling R2); a budget line before 编列 stays the line's (dev7
            // d7-0023); 编列 alone stays money allocated (dev6 d6-0001); a fund's 总规模 stays 基金 (ruling R19); a head
            // that another term crosses into (主营收入: 营收) keeps the nearer reading
            "3月份澳门整体博彩收益约为210亿元,按月增加5%。|0|收入|actual",
            "縣長表示,明年度歲出編列為120.5億元。|0|支出|target",
            "某計畫特別預算編列12億元,合共30億元。|0|资金|investment",
            "某市产业基金发布,基金总规模达30亿元。|0|基金|investment",
            "全行业主营收入预计达到5000亿元左右。|0|营收|target"})
    void metricAndKind(String text, int index, String metric, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2020-08-01")).amounts();
        assertEquals(metric, a.get(index).metric(), text + " " + a);
        assertEquals(kind, a.get(index).kind(), text + " " + a);
    }
}
