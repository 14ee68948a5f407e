package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
    @ParameterizedTest
    @CsvSource({
        "二千, SMART, 2000", "两千五百, SMART, 2500", "肆佰叁拾萬, SMART, 4300000", "一千零一, STRICT, 1001",
        "一万零百一十一, STRICT, 10111", "三万五, NORMAL, 35000", "一二三, NORMAL, 123", "16.4亿, SMART, 1640000000",
        "200亿零四千230, SMART, 20000004230", "1.5万亿, SMART, 1500000000000", "四十九兆九千五百九十二亿, SMART, 49959200000000",
        "三万万, SMART, 300000000", "六万万零五百, SMART, 600000500", "俩千, SMART, 2000", "倆百零五, NORMAL, 205",
        "壹拾壹元整, STRICT, 11", "玖仟陆佰陆拾伍圆壹角捌分, STRICT, 9665.18", "万亿, SMART, 1000000000000", "千亿, SMART, 100000000000",
        // Taiwan papers write sections digit by digit (dev3 d3-0039); a point's big unit scales the whole number.
        "二九六四亿, SMART, 296400000000", "六万三四九二, NORMAL, 63492", "二〇〇〇万, SMART, 20000000",
        "一点五亿, SMART, 150000000", "二点二六兆, SMART, 2260000000000", "二点五万亿, SMART, 2500000000000",
    })
    void reads(String text, ChineseNumerals.Mode mode, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumerals.parse(text, mode).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource({"一一, STRICT", "三万五, STRICT", "十一十二, SMART", "百十一, STRICT", "零点, SMART", "10..1万, SMART", "10.1万, STRICT", "十万零一千, STRICT"})
    void rejects(String text, ChineseNumerals.Mode mode) {
        assertTrue(ChineseNumerals.parse(text, mode).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"二〇〇二, 2002", "幺八九, 189", "一二点三零, 12.30"})
    void readsDigitByDigit(String text, String expected) {
        assertEquals(expected, ChineseNumerals.direct(text));
    }
}
