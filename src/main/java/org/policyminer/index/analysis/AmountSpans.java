package org.policyminer.index.analysis;

import java.util.Set;

/**
 * Joins a number and the money units right after it (1.5 万亿 元 → 1.5万亿元) into one word token, so an amount
 * typed in a query matches as a whole instead of as its pieces.
 */
final class AmountSpans {
    private static final Set<String> UNITS = Set.of("万", "亿", "万亿", "千亿", "百亿", "千万", "百万", "元", "万元", "亿元",
            "万亿元", "千亿元", "百亿元", "千万元", "美元", "亿美元", "万美元", "欧元", "港元", "日元");
    private static final int LONGEST_UNIT = UNITS.stream().mapToInt(String::length).max().orElseThrow();

    private AmountSpans() {}

    /** Merges, in place, each number span with the unit spans that follow it without a gap. */
    static void merge(char[] text, HanLPTokenizer.Spans spans) {
        int kept = 0;
        int i = 0;
        while (i < spans.size) {
            int start = spans.start(i);
            int end = spans.end(i);
            int j = i + 1;
            // Most tokens are words: one character test spares them the rest.
            if (HanLPTokenizer.isDigit(text[start]) && (isNumber(text, start, end) || endsWithUnit(text, start, end))) {
                while (j < spans.size && spans.start(j) == end && isUnit(text, spans.start(j), spans.end(j))) end = spans.end(j++);
            }
            spans.set(kept++, start, end, j > i + 1);
            i = j;
        }
        spans.truncate(kept);
    }

    /** Digits, then digits and separators. */
    private static boolean isNumber(char[] text, int from, int to) {
        for (int i = from + 1; i < to; i++) if (!HanLPTokenizer.isDigit(text[i]) && !HanLPTokenizer.isSeparator(text[i])) return false;
        return true;
    }

    private static boolean endsWithUnit(char[] text, int from, int to) {
        if (to - from < 2) return false;
        for (int n = 1; n <= Math.min(LONGEST_UNIT, to - from); n++) if (isUnit(text, to - n, to)) return true;
        return false;
    }

    private static boolean isUnit(char[] text, int from, int to) {
        return to - from <= LONGEST_UNIT && UNITS.contains(new String(text, from, to - from));
    }
}
