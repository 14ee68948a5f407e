package org.policyminer.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds plain numbers (not money) in simplified text: 1,050,000, 4.78万亿, 两千四百五, 十 余 万 (read as 十万), 2.3万.
 * Used for conformance checks; a lone numeral character inside a word (一看, 四川) is not reported when a CJK
 * character that is not a measure word follows it.
 */
public final class NumberFinder {
    public record Number(int start, int end, double value) {}

    private static final String MEASURES = "个只斤吨双对打年月日号点台次人家元块本张条件位名";

    public List<Number> find(String t) {
        List<Number> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = ChineseNumerals.asciiDigit(t.charAt(i));
            boolean neg = (c == '负' || c == '-') && i + 1 < n && startsDigit(t.charAt(i + 1));
            if (!neg && !startsDigit(c)) {
                i++;
                continue;
            }
            int j = neg ? i + 1 : i;
            StringBuilder raw = new StringBuilder(neg ? "-" : "");
            int lastGood = j;
            while (j < n) {
                char d = ChineseNumerals.asciiDigit(t.charAt(j));
                if (ChineseNumerals.isAsciiDigit(d) || ChineseNumerals.isChineseNumeralChar(d)) {
                    raw.append(d);
                    j++;
                    lastGood = j;
                } else if ((d == '.' || d == '点') && j + 1 < n && startsDigit(ChineseNumerals.asciiDigit(t.charAt(j + 1)))) {
                    raw.append(d == '.' ? '.' : '点');
                    j++;
                } else if (d == ',' && raw.length() > 0 && ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1)) && threeDigits(t, j + 1)) {
                    j++;
                } else if ((d == '余' || d == '多' || d == '几') && j + 1 < n && raw.length() > 0) {
                    int k = j + 1;
                    while (k < n && t.charAt(k) == ' ') k++;
                    if (k < n && ChineseNumerals.bigUnit(t.charAt(k)) > 0) {
                        if (d == '几') raw.append('零');
                        j++;
                    } else break;
                } else if (d == ' ' && raw.length() > 0) {
                    int k = j;
                    while (k < n && t.charAt(k) == ' ') k++;
                    char next = k < n ? t.charAt(k) : 0;
                    boolean chineseBoth = ChineseNumerals.isChineseNumeralChar(raw.charAt(raw.length() - 1)) && ChineseNumerals.isChineseNumeralChar(next);
                    boolean unitNext = next != 0 && ChineseNumerals.bigUnit(next) > 0;
                    if (chineseBoth || unitNext || (ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1)) && next != 0 && ChineseNumerals.smallUnit(next) > 0)) j = k;
                    else break;
                } else if ((d == 'k' || d == 'K') && ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1))) {
                    raw.append('千');
                    j++;
                    lastGood = j;
                    break;
                } else {
                    break;
                }
            }
            String s = raw.toString();
            if (s.endsWith("零") && s.contains("几")) s = s.substring(0, s.length() - 1);
            Optional<BigDecimal> v = ChineseNumerals.parse(s.replace("零零", "零"), ChineseNumerals.Mode.SMART);
            int end = lastGood;
            if (v.isPresent() && !insideWord(t, i, end)) {
                if (t.startsWith("打", end)) out.add(new Number(i, end + 1, v.get().doubleValue() * 12));
                else out.add(new Number(i, end, v.get().doubleValue()));
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private static boolean startsDigit(char c) {
        char d = ChineseNumerals.asciiDigit(c);
        return ChineseNumerals.isAsciiDigit(d) || ChineseNumerals.digit(d) >= 0 || ChineseNumerals.smallUnit(d) > 0 || d == '两';
    }

    private static boolean threeDigits(String t, int i) {
        if (i + 3 > t.length()) return false;
        for (int k = i; k < i + 3; k++) if (!ChineseNumerals.isAsciiDigit(ChineseNumerals.asciiDigit(t.charAt(k)))) return false;
        return i + 3 == t.length() || !ChineseNumerals.isAsciiDigit(ChineseNumerals.asciiDigit(t.charAt(i + 3)));
    }

    /** 一看, 四川, 陆地: one financial or plain digit glued to a following ideograph that is no measure word. */
    private static boolean insideWord(String t, int start, int end) {
        if (end - start != 1) return false;
        char c = t.charAt(start);
        if (ChineseNumerals.isAsciiDigit(ChineseNumerals.asciiDigit(c))) return false;
        if (end >= t.length()) return c == '陆' || c == '伍' || c == '拾' || c == '肆';
        char next = t.charAt(end);
        boolean ideograph = next >= 0x4E00 && next <= 0x9FFF;
        return ideograph && MEASURES.indexOf(next) < 0 && !(ChineseNumerals.smallUnit(c) > 0);
    }
}
