package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {
    private final AmountParser parser = new AmountParser();

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "产值突破4000亿元, 4000亿元, 4.0E11, -, CNY, -",
        "规模达到4000多亿元, 4000多亿元, 4.0E11, 5.0E11, CNY, 多",
        "总投资100-200亿元, 100-200亿元, 1.0E10, 2.0E10, CNY, -",
        "规模100亿至200亿元, 100亿至200亿元, 1.0E10, 2.0E10, CNY, -",
        "营收1.5万亿元以上, 1.5万亿元以上, 1.5E12, -, CNY, 以上",
        "签约亿元以上项目, 亿元以上, 1.0E8, -, CNY, 以上",
        "投资约50亿美元, 约50亿美元, 5.0E9, -, USD, 约",
        "贷款人民币8亿元, 人民币8亿元, 8.0E8, -, CNY, -",
        "金额１，２００亿元, １，２００亿元, 1.2E11, -, CNY, -",
        "投入数十亿元, 数十亿元, 1.0E9, 1.0E10, CNY, 几",
        "八九亿韩元, 八九亿韩元, 8.0E8, 9.0E8, KRW, -",
        "营业额达到二．二六兆元, 二．二六兆元, 2.26E12, -, CNY, -",
        "吸引二九六四亿元投资额, 二九六四亿元, 2.964E11, -, CNY, -",
        "总额1亿2345万元, 1亿2345万元, 1.2345E8, -, CNY, -",
        "'营收2兆3,248亿元', '2兆3,248亿元', 2.3248E12, -, CNY, -",
        // dev5 (session 22): ‧ as the point, O and ○ typed for the zero, the units after 万 before the currency
        "公共财政盈余四百七十六‧六亿元, 四百七十六‧六亿元, 4.766E10, -, CNY, -",
        "博彩税收五百O七亿元, 五百O七亿元, 5.07E10, -, CNY, -",
        "签约已超过八二○亿元, 八二○亿元, 8.2E10, -, CNY, -",
        "'金额计12亿2,281万3,000美元', '12亿2,281万3,000美元', 1.222813E9, -, USD, -",
        "'计26亿1,152万9千美元', '26亿1,152万9千美元', 2.611529E9, -, USD, -",
        // dev6 (session 24): 多 closing the last section of a Chinese numeral; digits grouped by 万 in Taiwan budgets
        "收入为一百二十一亿二千多万元, 一百二十一亿二千多万元, 1.212E10, 1.213E10, CNY, 多",
        "'岁入预算95,2866,000元', '95,2866,000元', 9.52866E8, -, CNY, -",
        "'合计314,5876,000元', '314,5876,000元', 3.145876E9, -, CNY, -",
    })
    void readsFigure(String text, String span, double value, Double max, String currency, String qualifier) {
        List<AmountParser.Found> found = parser.scan(text, AmountParser.BarePolicy.NEVER);
        assertEquals(1, found.size(), () -> "found " + found);
        AmountParser.Found f = found.get(0);
        assertEquals(span, text.substring(f.start(), f.end()));
        assertEquals(value, f.value(), value * 1e-12);
        assertEquals(max, f.valueMax());
        assertEquals(currency, f.currency());
        assertEquals(qualifier, f.qualifier());
    }

    @ParameterizedTest
    @CsvSource({"企业479家", "占42.5%", "电话025-83456789", "苏政发〔2023〕12号", "2025年", "万台设备", "人口1000万人"})
    void ignoresNonMoney(String text) {
        assertTrue(parser.scan(text, AmountParser.BarePolicy.NEVER).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"千亿级, 1.0E11", "万亿级, 1.0E12"})
    void readsSizeClass(String text, double value) {
        AmountParser.Found f = parser.scan("打造" + text + "集群", AmountParser.BarePolicy.NEVER).get(0);
        assertTrue(f.scale());
        assertEquals(value, f.value());
    }

    /** A currency word belongs to one figure: after a figure it is that figure's suffix, not the next one's prefix. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "3人民币7欧元; 3人民币=3.0 CNY | 7欧元=7.0 EUR",
        "九美元六日元; 九美元=9.0 USD | 六日元=6.0 JPY",
        "人民币8亿元; 人民币8亿元=8.0E8 CNY",
    })
    void currencyWordBelongsToOneFigure(String text, String expected) {
        assertEquals(expected, render(text));
    }

    /** The classifier 个 may stand between a figure and a currency noun (十个美元), not before 元, itself a classifier. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "借了十个美元; 十个美元=10.0 USD",
        "存有3个比特币; 3个比特币=3.0 BTC",
        "三个元素; ''",
    })
    void classifierBeforeCurrencyNoun(String text, String expected) {
        assertEquals(expected, render(text));
    }

    private String render(String text) {
        return parser.scan(text, AmountParser.BarePolicy.NEVER).stream().filter(AmountParser.Found::hasCurrency)
                .map(f -> text.substring(f.start(), f.end()) + "=" + f.value() + " " + f.currency())
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    /** 300亿—500亿6个 (dev3 d3-0135): digits after 亿 with no unit of their own are the count that follows, not the figure's. */
    @org.junit.jupiter.api.Test
    void digitsAfterABigUnitWithoutAUnitAreNoPartOfTheFigure() {
        String t = "营收500亿以上集群2个、300亿—500亿6个";
        List<AmountParser.Found> found = parser.scan(t, AmountParser.BarePolicy.ALWAYS);
        assertEquals(2, found.size(), () -> "found " + found);
        assertEquals("300亿—500亿", t.substring(found.get(1).start(), found.get(1).end()));
        assertEquals(5.0e10, found.get(1).valueMax(), 1);
    }
}
