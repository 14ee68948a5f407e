package org.policyminer.attach;

import java.util.ArrayList;
import java.util.List;

/**
 * Table rows from text that has no table markup (a PDF's 名单 comes out as lines of cells the text stripper separates
 * with spaces): Chinese prose has no spaces, so a line of three or more space-separated cells is a row — when at
 * least three lines are, so that a stray spaced heading is no table.
 */
final class PdfRows {
    static final int MIN_CELLS = 3;
    static final int MIN_ROWS = 3;

    private PdfRows() {}

    static List<List<String>> of(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] cells = line.strip().split("[\\s\\u3000]+");
            if (cells.length >= MIN_CELLS) rows.add(List.of(cells));
        }
        return rows.size() >= MIN_ROWS ? rows : List.of();
    }
}
