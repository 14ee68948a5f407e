package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The screen before a table cell's text is read as a title label never turns a label away. */
class TitleFinderLabelScreenTest {
    private static final String[] PIECES = {"标", "题", "標", "題", "文", "件", "名", "称", "稱", "：", ":", " ", "\u00A0",
            "\u3000", "\t", "\n", "&nbsp;", "<br>", "<span>", "</span>", "<b>标题</b>", "<!-- x -->", "号", "a", "1", "＊", "*", "　"};

    @Test
    void aCellItTurnsAwayIsNoLabel() {
        Random r = new Random(3);
        int labels = 0;
        int turnedAway = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder html = new StringBuilder("<table><tr><td>");
            int k = 1 + r.nextInt(7);
            for (int i = 0; i < k; i++) html.append(PIECES[r.nextInt(r.nextInt(10) == 0 ? PIECES.length : 22)]);
            html.append("</td><td>关于印发某某办法的通知</td></tr></table>");
            Element cell = Jsoup.parse(html.toString()).selectFirst("td");
            boolean label = TitleFinder.isTitleLabel(cell.text());
            if (label) labels++;
            if (!TitleFinder.mayBeTitleLabel(cell)) {
                turnedAway++;
                assertFalse(label, () -> "turned away a label: " + cell.outerHtml());
            }
        }
        assertTrue(labels > 500 && turnedAway > 2_000, "labels " + labels + ", turned away " + turnedAway);
        for (String label : TitleFinder.TITLE_LABELS) {
            Element cell = Jsoup.parse("<table><tr><td> " + label + "： </td></tr></table>").selectFirst("td");
            assertTrue(TitleFinder.mayBeTitleLabel(cell) && TitleFinder.isTitleLabel(cell.text()), label);
        }
        assertFalse(TitleFinder.mayBeTitleLabel(Jsoup.parse("<table><tr><td>发文机关</td></tr></table>").selectFirst("td")));
    }
}
