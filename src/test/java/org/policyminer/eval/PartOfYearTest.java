package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.doc.AmountMention;
import org.policyminer.doc.Entities;

class PartOfYearTest {
    @Test
    void periodsCompareByTheMonthsTheyCover() {
        assertTrue(PartOfYear.same("M01-M03", "Q1"));
        assertTrue(PartOfYear.same("H1", "M01-M06"));
        assertTrue(PartOfYear.same("Q3", "M07-M09"));
        assertTrue(PartOfYear.same("Q1-Q3", "M01-M09"));
        assertTrue(PartOfYear.same("H2", "M07-M12"));
        assertTrue(PartOfYear.same(null, null));
        assertFalse(PartOfYear.same("M01-M02", "Q1"));
        assertFalse(PartOfYear.same("M04-M06", "Q1"));
        assertFalse(PartOfYear.same("H1", null));
        assertFalse(PartOfYear.same("M03", "Q1"));
    }

    /** The scorer counts a quarter written as months right, on the year/period line and the part of the year. */
    @Test
    void aQuarterWrittenAsMonthsScoresAsTheQuarter() throws Exception {
        String line = "{\"id\": \"x-1\", \"published\": \"2023-04-20\", \"text\": \"1-3月实现产值65亿元。\", \"clusters\": [], \"cities\": [],"
                + " \"amounts\": [{\"text\": \"65亿元\", \"value\": 6500000000.0, \"currency\": \"CNY\", \"year\": 2023, \"period\": \"Q1\","
                + " \"metric\": \"产值\", \"kind\": \"actual\"}]}";
        GoldSentence g = GoldSentence.parse(org.policyminer.util.Json.MAPPER.readTree(line));
        AmountMention got = new AmountMention("65亿元", 7, 12, 6.5e9, null, "CNY", null, null, 2023, null, null, "M01-M03", "产值", "actual", null);
        EntitiesEvaluation.Result r = new EntitiesEvaluation(s -> new Entities(List.of(), List.of(), List.of(got))).evaluate(List.of(g));
        assertEquals(1.0, r.overall().yearPeriod().value(), () -> r.errors().toString());
    }
}
