package org.policyminer.util;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as official documents write them: 2020年7月27日, 2020年07月27日, 2020-07-27, 2020/7/27, 2020.07.27, and in
 * Chinese numerals as signature blocks of older documents do (二〇〇四年十二月十七日, 一九九六年六月二十九日, with 〇, ○,
 * O or 零 for zero, and the ASCII 0 a repost types among them: 二00三年八月十二日).
 */
public final class CnDates {
    private CnDates() {}

    private static final String ZERO = "〇○零OoΟ０Ｏｏ0";
    private static final String CN_DIGIT = "[" + ZERO + "一二三四五六七八九]";
    /** A date in Arabic digits; the year needs four digits so that 1号 or 第3条 never reads as one. */
    public static final Pattern ARABIC = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年\\s*|[-/.])(\\d{1,2})\\s*(?:月\\s*|[-/.])(\\d{1,2})(?:\\s*日)?");
    /** A date in Chinese numerals: a four-digit year digit by digit, then month and day as numbers (十二, 二十九). */
    public static final Pattern CHINESE = Pattern.compile("(" + CN_DIGIT + "{4})年([十一二三四五六七八九]{1,2})月([十一二三四五六七八九]{1,3})日");

    /** The first date in {@code s}, or null. */
    public static LocalDate parse(String s) {
        if (s == null) return null;
        Match m = find(s, 0);
        return m == null ? null : m.date();
    }

    /** A date found in a text: the day and where it was written. */
    public record Match(LocalDate date, int start, int end) {}

    /** The first valid date in {@code s} from {@code from} on, or null. */
    public static Match find(String s, int from) {
        Match best = null;
        Matcher a = ARABIC.matcher(s);
        while (a.find(from)) {
            LocalDate d = of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
            if (d != null) {
                best = new Match(d, a.start(), a.end());
                break;
            }
            from = a.start() + 1;
        }
        Matcher c = CHINESE.matcher(s);
        int cfrom = best == null ? 0 : 0;
        while (c.find(cfrom)) {
            if (best != null && c.start() > best.start()) break;
            LocalDate d = of(year(c.group(1)), small(c.group(2)), small(c.group(3)));
            if (d != null) return new Match(d, c.start(), c.end());
            cfrom = c.start() + 1;
        }
        return best;
    }

    private static int year(String digits) {
        int y = 0;
        for (int i = 0; i < digits.length(); i++) y = y * 10 + digit(digits.charAt(i));
        return y;
    }

    private static int digit(char c) {
        if (ZERO.indexOf(c) >= 0) return 0;
        return "一二三四五六七八九".indexOf(c) + 1;
    }

    /** 一 … 三十一: a month or a day in Chinese numerals. */
    private static int small(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return s.length() == 1 ? digit(s.charAt(0)) : -1;
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static LocalDate of(int y, int m, int d) {
        try {
            return y < 1900 || y > 2100 ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
