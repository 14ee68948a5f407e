package org.policyminer.index.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a number and the money units after it (1.5 万亿 元 → 1.5万亿元) into one word token, so an amount
 * typed in a query matches as a whole instead of as its pieces.
 */
final class AmountMerger {
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９][0-9０-９.,．]*");
    private static final Set<String> UNITS = Set.of("万", "亿", "万亿", "千亿", "百亿", "千万", "百万", "元", "万元", "亿元",
            "万亿元", "千亿元", "百亿元", "千万元", "美元", "亿美元", "万美元", "欧元", "港元", "日元");

    private AmountMerger() {}

    static void merge(List<HanLPTokenizer.Token> line, List<HanLPTokenizer.Token> out) {
        int i = 0;
        while (i < line.size()) {
            HanLPTokenizer.Token t = line.get(i);
            // Most tokens are words: one character test spares them both regexes.
            if (!HanLPTokenizer.isDigit(t.text().charAt(0))
                    || (!NUMBER.matcher(t.text()).matches() && !(t.text().length() > 1 && endsWithUnit(t.text())))) {
                out.add(t);
                i++;
                continue;
            }
            StringBuilder sb = new StringBuilder(t.text());
            int end = t.end();
            int j = i + 1;
            while (j < line.size() && UNITS.contains(line.get(j).text()) && line.get(j).start() == end) {
                sb.append(line.get(j).text());
                end = line.get(j).end();
                j++;
            }
            out.add(new HanLPTokenizer.Token(sb.toString(), t.start(), end, j > i + 1 ? "mq" : t.type()));
            i = j;
        }
    }

    private static boolean endsWithUnit(String s) {
        return UNITS.stream().anyMatch(s::endsWith);
    }
}
