package org.policyminer.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.junit.jupiter.api.Test;
import org.policyminer.index.Figures;

class FigurePointTextTest {
    @Test
    void aFigureReadsBackBitForBitWithItsKindAndCities() {
        for (Figures.Values v : List.of(
                new Figures.Values(2025, 1.0e11, 1.2e11, "target", List.of("南京市", "苏州市")),
                new Figures.Values(0, 0.1 + 0.2, 0.1 + 0.2, null, List.of()),
                new Figures.Values(2030, 3.3e12, Double.MAX_VALUE, "threshold", List.of("无锡市")))) {
            assertEquals(v, FigurePointText.parse(FigurePointText.format(v)));
        }
    }

    @Test
    void theFieldTypeGetsTheLocalIndexsPointsOneACity() {
        Figures.Values v = new Figures.Values(2025, 5e10, 5e10, "revenue", List.of("南京市", "苏州市"));
        List<LongPoint> points = Figures.points(FigurePointText.FIELD, FigurePointText.parse(FigurePointText.format(v)));
        assertEquals(2, points.size());
        assertEquals(Figures.points(FigurePointText.FIELD, v).toString(), points.toString());
    }

    @Test
    void thresholdsAndScalesGoToTheirOwnField() {
        assertEquals(FigurePointText.CLASS_FIELD, FigurePointText.fieldOf(new Figures.Values(2025, 1e11, 1e11, "threshold", List.of())));
        assertEquals(FigurePointText.FIELD, FigurePointText.fieldOf(new Figures.Values(2025, 1e11, 1e11, null, List.of())));
    }

    @Test
    void aValueThatIsNotAFigureIsOneClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FigurePointText.parse("2025\tabc\t1\t"));
        assertTrue(e.getMessage().startsWith("not a figure value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FigurePointText.parse("2025"));
    }
}
