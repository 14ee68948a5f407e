package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.CityMention;

/**
 * Issue 17, session ent22: the largest classes of the dev blocks' traditional misses (how Hong Kong, Macau and Taiwan
 * write appropriations, injections and works), each read by a general rule. Sentences are made up in the shape of the
 * lines named; rows marked "guard" hold what the code already read right and must keep.
 */
class TraditionalMoneyWordsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | index of the figure | metric. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // money injected into a fund named with the injection is the fund's (d11-0087, d11-0088, d11-0090, d10-0129,
            // d5-0036)
            "政府將向「品牌發展專項基金」注資12億元,擴大資助範圍。|0|基金",
            "去年為中小企業專項基金(SME專項基金)注資8億元,今年再向專項基金注資5億元。|0|基金",
            "去年為中小企業專項基金(SME專項基金)注資8億元,今年再向專項基金注資5億元。|1|基金",
            "政府繼續支援初創企業,包括某科技園創投基金將增資三億元。|0|基金",
            "當中包括 80 億元注資創新及科技基金、60 億元改善園區設施。|0|基金",
            // guards: the next item of the list keeps 资金; an injection into a company stays 资金; a total appropriated
            // before a fund named after a comma stays 资金 (d6-0007)
            "當中包括 80 億元注資創新及科技基金、60 億元改善園區設施。|1|资金",
            "政府會向立法會申請注資80億元予園區公司。|0|资金",
            "追加撥款合共約120億元,主要向創新及科技基金注資。|0|资金",
            // a figure that sizes the works project named right after it is that project's cost, 投资, though the sentence
            // speaks of appropriations (d11-0116, d12-0093); guards: the appropriation itself (撥款) and money set aside
            // for a purpose (預留…推展…擴建計劃, d13-0085) stay 资金
            "財委會通過涉款180億多元的醫院工程撥款,包括涉款約90億元的某醫院擴建計劃、25億元某中心工程計劃。|1|投资",
            "財委會通過涉款180億多元的醫院工程撥款,包括涉款約90億元的某醫院擴建計劃、25億元某中心工程計劃。|2|投资",
            "財委會只批出300億元撥款,其中80億元某填海工程、150億元某幹線工程則未能開工。|1|投资",
            "財委會只批出300億元撥款,其中80億元某填海工程、150億元某幹線工程則未能開工。|0|资金",
            "政府提出預留20億元推展某園區第三階段擴建計劃。|0|资金",
            // the trade of one direction is that direction (出口貿易額, d11-0119, dev13 d13-0032); guard: 貿易額 alone
            "某縣農產品出口貿易額在2023年縮減為12.5億美元。|0|出口",
            "某縣農產品貿易額在2023年縮減為12.5億美元。|0|进出口",
            // 固投, the county reports' short form of 固定資產投資 (d7-0007, d12-0032)
            "全縣工業固投完成12.5億元,同比增長30%。|0|投资",
            "累計完成全社會固投105.2億元,同比增長11.8%。|0|投资",
            // works contracts awarded and a works project's estimated cost are money put into it (d10-0088, d12-0090)
            "輕軌系統累計共有 120 項工程判給,總判給金額約為 60.5 億澳門元。|0|投资",
            "按付款當日價格計算,估計所需費用為3億2,100萬元。|0|投资"})
    void metric(String text, int index, String metric) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2023-03-01")).amounts();
        assertEquals(metric, a.get(index).metric(), text + " " + a);
    }

    /** Columns: text | the cities listed, joined by "/" ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // 新疆兵团 is a body named after the region (d13-0120, d13-0121, d13-0128)
            "新疆兵團第十師某市集中籤約項目12個,簽約總金額120億元。|-",
            "据某某信息,2018年,新疆兵团计划实施援疆项目200个。|-",
            // guard: the region itself
            "新疆今年計劃實施重大項目300個。|新疆维吾尔自治区"})
    void cities(String text, String expected) {
        List<CityMention> c = recognizer.recognize(text, LocalDate.parse("2024-05-01")).cities();
        String got = String.join("/", c.stream().map(CityMention::name).distinct().sorted().toList());
        assertEquals(expected == null ? "" : expected, got, text + " " + c);
    }
}
