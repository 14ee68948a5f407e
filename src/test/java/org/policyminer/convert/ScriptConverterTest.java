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

    /** 覆 as "reply, again" is 复 in simplified script; as "cover, overturn" it stays (t2s-overrides.tsv). */
    @ParameterizedTest
    @CsvSource({
        "國務院關於同意設立示範區的批覆, 国务院关于同意设立示范区的批复",
        "國務院辦公廳覆函, 国务院办公厅复函",
        "請予答覆, 请予答复",
        "來函收悉，現回覆如下, 来函收悉，现回复如下",
        "經覆核無誤, 经复核无误",
        "申請行政覆議, 申请行政复议",
        "案件覆審, 案件复审",
        "反覆論證, 反复论证",
        "函覆省政府, 函复省政府",
        "覆蓋全省, 覆盖全省",
        "顛覆性技術, 颠覆性技术",
        "重蹈覆轍, 重蹈覆辙",
        "天翻地覆, 天翻地覆",
        "全軍覆沒, 全军覆没",
        "覆盆子, 覆盆子",
    })
    void readsFuAsReplyOnlyInReplyWords(String traditional, String simplified) {
        assertEquals(simplified, converter.toSimplified(traditional));
    }

    /** Variant characters Hong Kong fonts and mirrors print, which OpenCC4j keeps (t2s-overrides.tsv). */
    @ParameterizedTest
    @CsvSource({
        "上半年陜西省規上工業, 上半年陕西省规上工业",
        "陜北能源化工基地, 陕北能源化工基地",
        "川陜革命根據地, 川陕革命根据地",
        "年滿十八歳, 年满十八岁",
        "宣吿成立, 宣告成立",
        "淸潔能源, 清洁能源",
    })
    void readsVariantsOpenccKeeps(String traditional, String simplified) {
        assertEquals(simplified, converter.toSimplified(traditional));
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
