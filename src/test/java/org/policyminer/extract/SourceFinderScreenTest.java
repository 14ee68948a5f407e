package org.policyminer.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Elements whose own text is not read for the 来源 label could not have held it. */
class SourceFinderScreenTest {
    @Test
    void everyLabelHoldsAMark() {
        String re = SourceFinder.LABEL.pattern();
        String words = re.substring(re.indexOf("(?:") + 3, re.indexOf(')'));
        for (String label : words.split("\\|")) {
            boolean marked = false;
            for (char c : label.toCharArray()) marked |= SourceFinder.LABEL_MARKS.indexOf(c) >= 0;
            assertTrue(marked, label + " holds none of " + SourceFinder.LABEL_MARKS);
        }
    }

    @Test
    void anElementPassedOverHoldsNoLabel() {
        String[] pieces = {"来源：", "出處: ", "稿源 ：", "来", "源", "來", "出", "处", "處", "稿", "信息", "：", ":", " ", "<br>", "<span>来源：新华社</span>", "<b>源</b>",
                "新华社", "2024-01-01", "&nbsp;", "作者"};
        Random r = new Random(21);
        int labels = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder("<div>");
            for (int i = 1 + r.nextInt(8); i > 0; i--) html.append(pieces[r.nextInt(pieces.length)]);
            Element div = Jsoup.parse(html.append("</div>").toString()).selectFirst("div");
            boolean found = SourceFinder.LABEL.matcher(div.ownText()).find();
            if (found) labels++;
            if (!SourceFinder.mayHoldLabel(div)) assertFalse(found, div::outerHtml);
        }
        assertTrue(labels > 1_000, "labels met: " + labels);
    }
}
