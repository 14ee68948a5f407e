package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What TitleMarks reads: 《》 only, and a title's genre by its last words. */
class TitleMarksTest {
    /**
     * 〈〉 cut no piece, so no piece stands right inside them: TitleMarks reads 《》 only (its 〈 branch could never be
     * taken: a piece starts after a mark, a space or its sentence's start, and ends before one).
     */
    @Test
    void noPieceStandsInsideSingleTitleMarks() {
        String text = "会议发布〈易经大师亲算姻缘财运〉，推进改革。";
        for (List<ClausePieces.Piece> sentence : ClausePieces.of(text)) {
            for (ClausePieces.Piece p : sentence) {
                assertFalse(p.from() > 0 && text.charAt(p.from() - 1) == '〈', text.substring(p.from(), p.to()));
                assertFalse(p.to() < text.length() && text.charAt(p.to()) == '〉', text.substring(p.from(), p.to()));
            }
        }
        String titled = "会议发布《易经大师亲算姻缘财运》，推进改革。";
        int from = titled.indexOf('《') + 1, to = titled.indexOf('》');
        assertTrue(TitleMarks.claimInTitleMarks(titled, from, to));
        assertFalse(TitleMarks.claimInTitleMarks(titled.replace('《', '〈').replace('》', '〉'), from, to));
    }

    /** A title's end is read with endsWith: a genre that ends in a shorter listed one needs no entry of its own. */
    @Test
    void genresEndingInAListedGenreAreRead() {
        for (String title : List.of("工业企业技术改造管理办法", "工業企業技術改造管理辦法", "首台套重大技术装备推广应用指导目录", "統計公報", "中国工业年鉴", "电子科技杂志", "電子科技雜誌")) {
            assertTrue(TitleMarks.endsInGenre(title), title);
        }
        assertFalse(TitleMarks.endsInGenre("易经大师亲算姻缘财运"));
    }
}
