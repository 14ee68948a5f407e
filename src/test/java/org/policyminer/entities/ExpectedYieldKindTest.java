package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Issue 17, session ent25 (entities-eval §46): a figure a project or a park is expected to create or bring (可望创造,
 * 预估可带来) is what it will yield, a target, not money put in, whatever investment or signing words stand in an earlier
 * clause. Sentences are made up in the shape of d11-0192 and d11-0037, in both scripts; guards keep money put in.
 */
class ExpectedYieldKindTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | index of the figure | kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "某工业区第2期开发案年底完成签约程序后,将立即启动报编,未来可望每年创造120亿元产值。|0|target",
            "某工業區第2期開發案年底完成簽約程序後,將立即啟動報編,未來可望每年創造120億元產值。|0|target",
            "投资团表示将在故乡投资2亿元兴建园区,预估可带来每年15亿元的商机。|1|target",
            "投資團表示將在故鄉投資2億元興建園區,預估可帶來每年15億元的商機。|1|target",
            // a bound on what a park is expected to create (创造90亿元以上产值) is a goal's bound, not a class (d11-0063)
            "全部园区预计可容纳100家企业及创造90亿元以上产值。|0|target",
            "全部園區預計可容納100家企業及創造90億元以上產值。|0|target",
            "预计可培育产值超10亿元企业5家。|0|threshold",
            // guards: money put in stays investment, also when it is what a plan brings (可带来投资)
            "投资团表示将在故乡投资2亿元兴建园区,预估可带来每年15亿元的商机。|0|investment",
            "该园区完成签约后,预计可带来投资30亿元。|0|investment",
            "該園區完成簽約後,預計可帶來投資30億元。|0|investment",
            // the size a fund is to grow to is a goal (d10-0144, d15-0064); a fund set up at a size stays investment
            "某省出台创投新政,提出3000亿元基金管理规模目标。|0|target",
            "某省出台創投新政,提出3000億元基金管理規模目標。|0|target",
            "市政府出资的10亿元已经到位,后续将吸引各路资本,将该基金扩大到60亿元规模。|1|target",
            "市政府出資的10億元已經到位,後續將吸引各路資本,將該基金擴大到60億元規模。|1|target",
            "市政府出资的10亿元已经到位,后续将吸引各路资本,将该基金扩大到60亿元规模。|0|investment",
            "设立规模50亿元的产业基金,目标是带动社会投资。|0|investment"})
    void kind(String text, int index, String kind) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse("2022-12-05")).amounts();
        assertEquals(kind, a.get(index).kind(), text + " " + a);
    }
}
