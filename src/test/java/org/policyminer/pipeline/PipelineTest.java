package org.policyminer.pipeline;

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
    void articleJoinsParagraphsWithNewlines() {
        assertEquals("a\nb", new Article("t", null, null, java.util.List.of("a", "b"), "utf-8", null).text());
    }
}
