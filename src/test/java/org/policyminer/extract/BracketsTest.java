package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one table of which opening mark closes with which, and the readers that take their closings from it. */
class BracketsTest {
    @Test
    void eachOpeningClosesWithItsOwnMark() {
        assertEquals('）', Brackets.closing('（'));
        assertEquals(')', Brackets.closing('('));
        assertEquals('】', Brackets.closing('【'));
        assertEquals('〕', Brackets.closing('〔'));
        assertEquals('］', Brackets.closing('［'));
        assertEquals(']', Brackets.closing('['));
        assertEquals('〗', Brackets.closing('〖'));
        assertEquals('｝', Brackets.closing('｛'));
        assertEquals('〉', Brackets.closing('〈'));
        assertEquals('」', Brackets.closing('「'));
        assertEquals('』', Brackets.closing('『'));
        assertEquals('》', Brackets.closing('《'));
        assertEquals('”', Brackets.closing('“'));
        assertEquals('’', Brackets.closing('‘'));
        // a straight double quote closes itself
        assertEquals('"', Brackets.closing('"'));
        assertEquals('"', Brackets.opening('"'));
    }

    @Test
    void openingIsClosingsInverseAndOtherMarksAreNeither() {
        for (char open : "（(【〔［[〖｛〈「『《“‘\"".toCharArray()) assertEquals(open, Brackets.opening(Brackets.closing(open)), String.valueOf(open));
        // a closing opens nothing, a clause mark or a letter neither opens nor closes
        assertEquals(0, Brackets.closing('）'));
        assertEquals(0, Brackets.opening('（'));
        for (char c : "，。：a中—★".toCharArray()) {
            assertEquals(0, Brackets.closing(c), String.valueOf(c));
            assertEquals(0, Brackets.opening(c), String.valueOf(c));
        }
    }

    @Test
    void closingsKeepTheOpeningsOrderAndRefuseAMarkThatOpensNothing() {
        assertEquals("）)】〕］]〗｝〉」』》", Brackets.closings("（(【〔［[〖｛〈「『《"));
        assertEquals("”」』》\"’", Brackets.closings("“「『《\"‘"));
        assertEquals("", Brackets.closings(""));
        assertThrows(IllegalArgumentException.class, () -> Brackets.closings("（，"));
    }

    /** The readers match by the table: an aside in any bracket kind closes at its own mark, not at another kind's. */
    @Test
    void asidesCloseAtTheirOwnMark() {
        String text = "会议指出（一是【加强】统筹）推进";
        int[] closes = InsertedAsides.closings(text);
        assertEquals(text.indexOf('）'), closes[text.indexOf('（')]);
        assertEquals(text.indexOf('】'), closes[text.indexOf('【')]);
        // pieces are cut at both sides of a bracket and a quote, whichever kind
        List<List<ClausePieces.Piece>> sentences = ClausePieces.of("会议指出「加强统筹」，推进〔改革〕发展");
        assertEquals(1, sentences.size());
        assertEquals(5, sentences.get(0).size());
        assertTrue(ClausePieces.isBracketOrQuote('「') && ClausePieces.isBracketOrQuote('」') && ClausePieces.isBracketOrQuote('"'));
        assertFalse(ClausePieces.isBracketOrQuote('—'));
    }
}
