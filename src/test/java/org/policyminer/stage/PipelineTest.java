package org.policyminer.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policyminer.convert.ConvertStage;
import org.policyminer.doc.Article;
import org.policyminer.doc.Fetched;
import org.policyminer.doc.PolicyDoc;
import org.policyminer.entities.EntityStage;
import org.policyminer.extract.ExtractStage;

class PipelineTest {

    @Test
    void refusesAChainWhoseStageLacksItsInputAndNamesTheStage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(new ExtractStage()).add(new EntityStage()).build());
        assertTrue(e.getMessage().contains("'entities' requires SIMPLIFIED"), e.getMessage());
    }

    @Test
    void acceptsTheStandardChain() {
        Pipeline p = Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).add(new EntityStage()).build();
        assertEquals(EnumSet.of(Part.ARTICLE, Part.SIMPLIFIED, Part.ENTITIES), p.provides());
    }

    @Test
    void timesEveryStageAndReturnsANewRecord() throws Exception {
        Pipeline p = Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).build();
        PolicyDoc in = PolicyDoc.of(new Fetched("file:///a.html",
                "<html><head><meta charset=utf-8><title>t</title></head><body><div id=con_con><p>集成電路產業發展很快，集群規模擴大。</p></div></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of()));
        PolicyDoc out = p.run(in);
        assertEquals(null, in.article(), "the input record is not changed");
        assertTrue(out.simplified().text().contains("集成电路产业"), out.simplified().text());
        assertEquals(1, p.timings().get("extract").calls());
        assertEquals(1, p.timings().get("convert").calls());
    }

    @Test
    void aFailingStageNamesItselfAndTheInput() {
        Stage boom = new Stage() {
            public String name() { return "boom"; }
            public Set<Part> requires() { return EnumSet.of(Part.FETCHED); }
            public Set<Part> provides() { return EnumSet.of(Part.ARTICLE); }
            public PolicyDoc apply(PolicyDoc d) { throw new IllegalStateException("bad bytes"); }
        };
        Pipeline p = Pipeline.builder().add(boom).build();
        StageException e = assertThrows(StageException.class, () -> p.run(PolicyDoc.of("page.html", new Fetched("file:///page.html", new byte[1], Map.of()))));
        assertEquals("boom failed on page.html: bad bytes", e.getMessage());
    }

    @Test
    void runEachGivesWhatRunGivesAndAFailureStaysWithItsDocument() throws Exception {
        Pipeline p = Pipeline.builder().add(new ExtractStage()).add(new ConvertStage()).add(new EntityStage()).build();
        java.util.List<PolicyDoc> in = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String html = i == 2 ? "" : "<html><head><meta charset=utf-8><title>集群" + i + "</title></head><body><div id=con_con><p>到2025年，蘇州市集群產值突破"
                    + (i + 1) + "000億元。</p></div></body></html>";
            in.add(PolicyDoc.of("p" + i, new Fetched("https://a.gov.cn/" + i + ".html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of())));
        }
        java.util.List<Pipeline.Outcome> out = p.runEach(in);
        assertEquals(5, out.size());
        for (int i = 0; i < 5; i++) {
            if (i == 2) {
                assertTrue(out.get(i).failed());
                assertEquals("extract failed on p2: https://a.gov.cn/2.html: empty page", out.get(i).error().getMessage());
                continue;
            }
            PolicyDoc one = p.run(in.get(i));
            assertEquals(one.simplified().text(), out.get(i).doc().simplified().text());
            assertEquals(one.entities(), out.get(i).doc().entities());
            assertEquals((i + 1) * 1e11, out.get(i).doc().entities().amounts().get(0).value());
        }
        assertEquals(5 + 4, p.timings().get("extract").calls(), "five documents in runEach, four by run");
        assertEquals(4 + 4, p.timings().get("entities").calls(), "the failed document skips the later stages");
    }

    @Test
    void articleJoinsParagraphsWithNewlines() {
        assertEquals("a\nb", new Article("t", null, null, java.util.List.of("a", "b"), "utf-8", null).text());
    }
}
