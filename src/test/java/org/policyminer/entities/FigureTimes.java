package org.policyminer.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.policyminer.doc.AmountMention;

/** The time of one figure, as the year tables of several tests state it: year, span and period, each null when absent. */
final class FigureTimes {
    private FigureTimes() {
    }

    static void assertTime(EntityRecognizer recognizer, String text, String published, int index, Integer year,
            Integer from, Integer to, String period) {
        List<AmountMention> a = recognizer.recognize(text, LocalDate.parse(published)).amounts();
        AmountMention m = a.get(index);
        assertEquals(year, m.year(), text + " " + a);
        assertEquals(from, m.periodFrom(), text + " " + a);
        assertEquals(to, m.periodTo(), text + " " + a);
        assertEquals(period, m.period(), text + " " + a);
    }
}
