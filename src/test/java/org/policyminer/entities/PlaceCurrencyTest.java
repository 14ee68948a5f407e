package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare 元 / $ takes the currency of the place its sentence (else its text) names; a written currency, a mainland
 * place or two places leave it alone (conventions of dev4..dev6; models/place-currencies.tsv).
 */
class PlaceCurrencyTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "澳门特区政府今年的财政预算总额为$48,084,799,200.00。|MOP",
            "澳門今年首季博彩稅收達447.9億元。|MOP",
            "香港政府申请追加约133亿元拨款。|HKD",
            "财政司司长表示，政府向立法会申请注资100亿元。|HKD",
            "屏東整體營利事業銷售額計2,594.5億元。|TWD",
            "105年上半年科學園區整體出口額為6,396億元。|TWD",
            "三大科学园区去年营业额为1兆9664亿元。|TWD",
            "台湾企业在福州投资办厂，规模超过100亿元。|CNY",
            "比亞迪在香港公布中期業績，營業額升至252.15億元(人民幣，下同)，純利3.61億元。|CNY",
            "中医药产业的增加值由2022年的3.2亿元(澳门元，下同)增长。|MOP",
            "澳门与香港合作的项目总投资50亿元。|CNY",
            "全市规上工业产值达到5000亿元。|CNY",
            "这个平台南侧的项目总投资20亿元。|CNY",
            "香港公司在澳门投资了5亿港元。|HKD",
            "二零一四/一五年度的政府经营开支预计为三千二百五十亿元。|HKD",
            "政府经营帐目将转为录得513亿元盈余。|HKD"})
    void bareYuanTakesThePlacesCurrency(String text, String currency) {
        var amounts = recognizer.recognize(text, LocalDate.of(2024, 5, 1)).amounts();
        assertEquals(currency, amounts.get(amounts.size() - 1).currency(), text);
    }
}
