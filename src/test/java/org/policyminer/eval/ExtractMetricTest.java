package org.policyminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractMetricTest {
    @Test
    void eachHanCharacterIsATokenAndLatinRunsStayWhole() {
        assertEquals(List.of("工", "信", "部", "MIIT", "2021", "年"), ExtractMetric.tokens("工信部 MIIT，2021年"));
    }

    @Test
    void identicalTextsScoreOneAndDisjointZero() {
        ExtractMetric.PageScore same = ExtractMetric.score("先进制造业集群发展", "先进制造业集群发展");
        assertEquals(1.0, same.precision());
        assertEquals(1.0, same.recall());
        ExtractMetric.PageScore none = ExtractMetric.score("完全不同的文字内容", "先进制造业集群发展");
        assertEquals(0.0, none.precision());
        assertEquals(0.0, none.recall());
    }

    @Test
    void extraTextLowersPrecisionNotRecall() {
        ExtractMetric.PageScore s = ExtractMetric.score("先进制造业集群发展网站首页导航", "先进制造业集群发展");
        assertEquals(1.0, s.recall());
        assertEquals(6 / 12.0, s.precision(), 1e-9); // 6 gold shingles of 12 predicted
    }

    @Test
    void emptyPredictionsStayOutOfThePrecisionMean() {
        ExtractMetric.Summary sum = ExtractMetric.summarise(List.of(
                ExtractMetric.score("", "先进制造业集群发展"), ExtractMetric.score("先进制造业集群发展", "先进制造业集群发展")));
        assertEquals(1.0, sum.precision());
        assertEquals(0.5, sum.recall());
    }
}
