package org.policyminer.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.Script;

class ScriptConverterTest {
    private final ScriptConverter converter = new ScriptConverter();

    @ParameterizedTest
    @CsvSource({
        "新型電力（智能電網）裝備集群產值, 新型电力（智能电网）装备集群产值",
        "著力推進乾燥設備, 着力推进干燥设备",
        "著作顯著, 著作显著",
        "乾隆年間, 乾隆年间",
        "葡萄乾, 葡萄干",
        "執行程序, 执行程序",
        "沈陽市, 沈阳市",
        "already simplified 南京, already simplified 南京",
    })
    void convertsKeepingLength(String traditional, String simplified) {
        String got = converter.toSimplified(traditional);
        assertEquals(simplified, got);
        assertEquals(traditional.length(), got.length());
    }

    @ParameterizedTest
    @CsvSource({
        "南京提出到2025年产值突破4000亿元, SIMPLIFIED",
        "南京提出，到2025年新型電力裝備集群產值突破4000億元, TRADITIONAL",
        "新型電力装备集群产值突破4000億元，这些们说過, MIXED",
        "2025, SIMPLIFIED",
    })
    void detectsScript(String text, Script expected) {
        assertEquals(expected, converter.detect(text));
    }
}
