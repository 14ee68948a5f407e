package org.policyminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyminer.convert.ScriptConverter;
import org.policyminer.doc.AmountMention;

class TargetFactsTest {
    private final ScriptConverter converter = new ScriptConverter();

    private static TargetFacts.Figure figure(String doc, String group, String published, String text, double value, Integer year,
                                             String metric, String subject) {
        AmountMention a = new AmountMention(text, 0, text.length(), value, null, "CNY", null, "突破", year, null, null, metric, "target", subject);
        return new TargetFacts.Figure(new TargetRow(a, doc, "https://x.example/" + doc, "t" + doc, published, "…" + text + "…", List.of()),
                "经济日报", group);
    }

    private List<TargetFact> facts(TargetFacts.Figure... figures) {
        return TargetFacts.of(List.of(figures), converter::toSimplified);
    }

    @Test
    void theSameTargetInBothScriptsIsOneFactWithTwoSources() {
        List<TargetFact> f = facts(
                figure("a", "g1", "2021-03-23", "萬億元", 1e12, 2025, "產值", "廣深佛莞智能裝備集群"),
                figure("b", "g2", "2022-08-26", "万亿元", 1e12, 2025, "产值", "广深佛莞智能装备集群"));
        assertEquals(1, f.size());
        assertEquals("万亿元", f.get(0).text());
        assertEquals("广深佛莞智能装备集群", f.get(0).subject());
        assertEquals(2, f.get(0).sources().size());
        assertEquals("2021-03-23", f.get(0).first());
        assertEquals("2022-08-26", f.get(0).latest());
        assertEquals(TargetFact.AGREED, f.get(0).agreement());
    }

    @Test
    void valuesWithinTheToleranceAreOneFactAndADocumentCountsOnce() {
        List<TargetFact> f = facts(
                figure("a", "g1", "2021-01-01", "1.5万亿元", 1.5e12, 2025, "营收", "S"),
                figure("a", "g1", "2021-01-01", "1.5万亿元", 1.5e12, 2025, "营收", "S"),
                figure("b", "g2", "2021-02-01", "1.52万亿元", 1.52e12, 2025, "营收", "S"));
        assertEquals(1, f.size());
        assertEquals(2, f.get(0).sources().size());
    }

    @Test
    void copiesOfOneArticleAreSourcesButOneArticle() {
        List<TargetFact> f = facts(
                figure("a", "g1", "2021-01-01", "4000亿元", 4e11, 2025, "产值", "S"),
                figure("b", "g1", "2021-01-02", "4000億元", 4e11, 2025, "产值", "S"));
        assertEquals(2, f.get(0).sources().size());
        assertEquals(1, f.get(0).articles());
    }

    @Test
    void aLaterDifferentValueIsARevisionWithBothValues() {
        List<TargetFact> f = facts(
                figure("a", "g1", "2021-01-01", "4000亿元", 4e11, 2025, "产值", "S"),
                figure("b", "g2", "2023-01-01", "4500亿元", 4.5e11, 2025, "产值", "S"));
        assertEquals(2, f.size());
        for (TargetFact x : f) {
            assertEquals(TargetFact.REVISION, x.agreement());
            assertEquals(1, x.alternatives().size());
        }
        assertEquals(4.5e11, f.get(0).alternatives().get(0).value());
    }

    @Test
    void differentValuesPublishedOverTheSameTimeAreAConflict() {
        List<TargetFact> f = facts(
                figure("a", "g1", "2021-01-01", "4000亿元", 4e11, 2025, "产值", "S"),
                figure("b", "g2", "2021-06-01", "4500亿元", 4.5e11, 2025, "产值", "S"),
                figure("c", "g3", "2021-09-01", "4000亿元", 4e11, 2025, "产值", "S"));
        assertEquals(2, f.size());
        assertEquals(TargetFact.CONFLICT, f.get(0).agreement());
    }

    @Test
    void figuresWithoutSubjectStayWithTheirArticleAndDisagreeWithNothing() {
        List<TargetFact> f = facts(
                figure("a", "g1", "2021-01-01", "1亿元", 1e8, null, "资金", null),
                figure("a", "g1", "2021-01-01", "1.5亿元", 1.5e8, null, "资金", null),
                figure("b", "g2", "2021-01-01", "1亿元", 1e8, null, "资金", null));
        assertEquals(3, f.size());
        for (TargetFact x : f) {
            assertNull(x.subject());
            assertEquals(TargetFact.AGREED, x.agreement());
        }
    }

    @Test
    void otherYearsMetricsAndKindsAreOtherFacts() {
        List<TargetFact> f = facts(
                figure("a", "g1", "2021-01-01", "4000亿元", 4e11, 2025, "产值", "S"),
                figure("b", "g2", "2021-01-01", "4000亿元", 4e11, 2030, "产值", "S"),
                figure("c", "g3", "2021-01-01", "4000亿元", 4e11, 2025, "营收", "S"));
        assertEquals(3, f.size());
    }
}
