package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyminer.doc.AmountMention;

/**
 * Issue 17, session ent19: classes of year and period misses that recur across the real-text blocks (dev9 … dev12),
 * each read by a general rule. Sentences are made up in the shape of the lines named; rows marked "guard" hold what the
 * code already read right and must keep.
 */
class YearsAwayFromTheFigureTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** Columns: text | publication date | index of the figure | year | period. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a list of years, then 分别 / 先后 / 依次, then a list of as many figures: paired in order
            // (d9-0201, d11-0119, d12-0181)
            "力争2027年、2032年全区规上工业产值分别达到1500亿元、3000亿元。|2023-04-10|0|2027|-",
            "力争2027年、2032年全区规上工业产值分别达到1500亿元、3000亿元。|2023-04-10|1|2032|-",
            "該縣茶葉出口額在2021年及2022年,分別減少為3.12億美元及2.87億美元。|2023-06-01|0|2021|-",
            "該縣茶葉出口額在2021年及2022年,分別減少為3.12億美元及2.87億美元。|2023-06-01|1|2022|-",
            "某市社会消费品零售总额于1992年、2004年、2015年先后突破百亿元、千亿元、五千亿元。|2024-05-01|0|1992|-",
            "某市社会消费品零售总额于1992年、2004年、2015年先后突破百亿元、千亿元、五千亿元。|2024-05-01|1|2004|-",
            "某市社会消费品零售总额于1992年、2004年、2015年先后突破百亿元、千亿元、五千亿元。|2024-05-01|2|2015|-",
            // guard: two years but one figure each with its own year beside it
            "2022年营收为300亿元、2023年营收为360亿元。|2024-03-01|0|2022|-",
            // guard: a year list and a figure list of different lengths pair nothing (the nearest year stays)
            "2021年、2022年和2023年,分别投入资金2亿元、3亿元。|2024-03-01|1|2023|-"})
    void yearAndPeriod(String text, String published, int index, Integer year, String period) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        assertEquals(year, a.get(index).year(), text + " " + a);
        assertEquals(period, a.get(index).period(), text + " " + a);
    }
}
