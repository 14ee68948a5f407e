package org.policyminer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyminer.util.LineStarts;
import org.policyminer.util.QuickFind;

/**
 * A line of statistics: counts told with their totals and changes ("全澳賭枱共 6,624張,較去年第 4季增加 36張;角子機
 * 17,122台,增加 1,063台"). Its figures, their commas and the spaces a Macau or Taiwan page sets around them cut it into
 * many short clauses, which {@link AdvertShape} reads as a string of selling points. Selling points are bare claims
 * (无抵押，秒到账，日结); a regulator's or a bureau's figures say how many in all and by how much they moved: a total or a
 * change word right before a number (共 6,624, 增加 36, 較去年第 4季), twice or more in the line.
 */
final class FigureReport {
    private FigureReport() {}

    private static final QuickFind TOLD_FIGURE = QuickFind.of(Pattern.compile("(?:共|合计|合計|累计|累計|总计|總計|增加|减少|減少|增长|增長"
            + "|下降|上升|回升|同比|环比|環比|较上年|較上年|较去年|較去年|较上季|較上季|较上月|較上月)[^，。,;；:：！？!?0-9]{0,3}\\s?[0-9]"));
    /** How many told figures make a line of statistics. */
    static final int MIN_FIGURES = 2;

    /** The line tells at least {@link #MIN_FIGURES} figures with a total or a change word before each. */
    static boolean reads(String text) {
        return reads(text, LineStarts.NONE);
    }

    /** {@link #reads(String)} of {@code text}, a part of the line {@code line} read (see {@link LineStarts}). */
    static boolean reads(String text, LineStarts line) {
        if (!TOLD_FIGURE.find(text, line)) return false;
        Matcher m = TOLD_FIGURE.pattern().matcher(text);
        int n = 0;
        while (m.find()) if (++n >= MIN_FIGURES) return true;
        return false;
    }
}
