package org.policyminer.entities;

import java.time.LocalDate;

/**
 * Taiwan's years in the Republic of China (Minguo) calendar, which {@link FigureTime} reads as Gregorian years: 103年 (2014),
 * 民国98年, a span to a second one (至103年), two-digit years on a page of their time (97年度) and years in Chinese numerals
 * before 年度 (九十四年度). Each reader answers the Gregorian year (or the Minguo number after 民国), or -1.
 */
final class MinguoYears {
    private MinguoYears() {}

    /** At {@code k}: 至 / 到 / — and a second Minguo year (至103年), its Gregorian year, or -1. */
    static int spanEndAt(String t, int k, int limit) {
        if (k + 5 > limit || "至到—-–~～".indexOf(t.charAt(k)) < 0 || t.charAt(k + 1) != '1' || t.charAt(k + 4) != '年') return -1;
        if (!Character.isDigit(t.charAt(k + 2)) || !Character.isDigit(t.charAt(k + 3))) return -1;
        int n = Integer.parseInt(t.substring(k + 1, k + 4));
        return n >= 100 && n <= 130 ? 1911 + n : -1;
    }

    /**
     * 108至109年度: a span of Minguo budget years whose first year drops 年 (Taiwan's multi-year special budgets name their
     * years so; each Minguo budget year is a calendar year, so the span is both, not one fiscal year as 2023-2024年度 on a
     * Hong Kong page). The first year's Gregorian number, or -1; {@link #spanEndAt} at {@code i + 3} reads the second.
     */
    static int bareSpanStartAt(String t, int i, int limit) {
        if (i + 3 >= limit || t.charAt(i) != '1' || !Character.isDigit(t.charAt(i + 1)) || !Character.isDigit(t.charAt(i + 2))) return -1;
        if (i > 0 && (Character.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) return -1;
        int n = Integer.parseInt(t.substring(i, i + 3));
        if (n < 100 || n > 130) return -1;
        int to = spanEndAt(t, i + 3, limit);
        if (to <= 1911 + n || to - 1911 - n > 10) return -1;
        return i + 9 <= limit && t.startsWith("年度", i + 7) ? 1911 + n : -1;
    }

    /**
     * A Taiwan (Minguo) year at {@code i}: 100–130 in three digits followed by 年 (103年 = 2014), not a count of years
     * (近100年, 120年历史, 100年来) and not inside a longer number. Years before 100 (2011) are left alone: 98年 is as often
     * 1998 in mainland text.
     */
    static int yearAt(String t, int i, int limit) {
        if (i + 4 > limit || t.charAt(i) != '1' || t.charAt(i + 3) != '年') return -1;
        if (!Character.isDigit(t.charAt(i + 1)) || !Character.isDigit(t.charAt(i + 2))) return -1;
        int n = Integer.parseInt(t.substring(i, i + 3));
        if (n < 100 || n > 130) return -1;
        if (i > 0) {
            char b = t.charAt(i - 1);
            if (Character.isDigit(b) || b == '.' || ("近逾超过多约第这那满历有了达余数百成立的".indexOf(b) >= 0 && !adoptedBefore(t, i))) return -1;
        }
        int a = i + 4;
        // 111年历史新高708亿元: a year's record, not 120年历史 (a history of 120 years)
        if (t.startsWith("历史新高", a) || t.startsWith("历史新低", a)) return 1911 + n;
        if (a < t.length() && "来來以历歷老间間内內后後前里裡之多余餘时時左代".indexOf(t.charAt(a)) >= 0) return -1;
        return 1911 + n;
    }

    /**
     * 通过 (passed, adopted: 市政会议通过115年总预算案) right before the year: the 过 is the verb's, not 超过's bound on a count
     * of years (超过100年), so the year stands.
     */
    private static boolean adoptedBefore(String t, int i) {
        return i >= 2 && t.charAt(i - 1) == '过' && t.charAt(i - 2) == '通';
    }

    /** The number of a Minguo year right after 民国 at {@code i} (民国98年 → 98), or -1. */
    static int afterMinguo(String t, int i, int limit) {
        if (!t.startsWith("民国", i)) return -1;
        int k = i + 2;
        int v = 0;
        while (k < limit && k - i - 2 < 3 && Character.isDigit(t.charAt(k))) v = v * 10 + (t.charAt(k++) - '0');
        if (k == i + 2 || k >= limit || t.charAt(k) != '年' || v < 1 || v > 130) return -1;
        return v;
    }

    /**
     * 97年度, 97年1-4月: a two-digit Minguo year on a Taiwan page, taken only when it falls within two years of the
     * publication (a 2008 page's 97年度 is 2008; a mainland 98年 of 1998 is ten years off any page that writes it) and
     * followed by 度 or a part of the year, so that counts (97年历史) stay counts.
     */
    static int shortYearAt(String t, int i, int limit, LocalDate published) {
        if (published == null || i + 3 > limit || !Character.isDigit(t.charAt(i)) || !Character.isDigit(t.charAt(i + 1)) || t.charAt(i + 2) != '年') return -1;
        if (i > 0 && (Character.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.'
                || ("近逾超过多约第这那满历有了达余数百成立的".indexOf(t.charAt(i - 1)) >= 0 && !adoptedBefore(t, i)))) return -1;
        int n = (t.charAt(i) - '0') * 10 + (t.charAt(i + 1) - '0');
        int year = 1911 + n;
        if (n < 60 || Math.abs(year - published.getYear()) > 2) return -1;
        int a = i + 3;
        if (a >= limit) return -1;
        // 96年的营业额 (a Taiwan statistics page of January 2008): 的 and a word after it
        if (t.charAt(a) == '的' && a + 1 < limit && Character.isIdeographic(t.charAt(a + 1))) return year;
        // 97年科学园区全年整体产值可达2.23兆元 (a Taiwan story in simplified script): a year opening its clause, as
        // 103年總營收 does written whole; inside a clause two digits and 年 may count years (经过97年)
        if (Character.isIdeographic(t.charAt(a)) && (i == 0 || "，,；;：:。".indexOf(t.charAt(i - 1)) >= 0)) return year;
        if (t.charAt(a) == '度' || t.startsWith("上半", a) || t.startsWith("下半", a) || t.startsWith("前", a) || t.startsWith("第", a)
                || t.startsWith("首", a) || (Character.isDigit(t.charAt(a)) && FigureTime.partStartsAt(t, a, limit))) return year;
        return -1;
    }

    /**
     * 九十四年度, 一百零三年度: a Minguo year written in Chinese numerals before 年度 (a Taiwan budget year), taken only
     * within two years of the publication, as {@link #shortYearAt} does for digits; not inside a longer numeral.
     */
    static int inWordsAt(String t, int i, int limit, LocalDate published) {
        if (published == null || ChineseNumerals.digit(t.charAt(i)) < 0 && t.charAt(i) != '十') return -1;
        if (i > 0 && (ChineseNumerals.isChineseNumeralChar(t.charAt(i - 1)) || Character.isDigit(t.charAt(i - 1)))) return -1;
        int k = i;
        while (k < limit && k - i < 6 && (ChineseNumerals.digit(t.charAt(k)) >= 0 || t.charAt(k) == '十' || t.charAt(k) == '百')) k++;
        if (k == i || k + 2 > limit || !t.startsWith("年度", k)) return -1;
        java.math.BigDecimal v = ChineseNumerals.parse(t.substring(i, k), ChineseNumerals.Mode.NORMAL).orElse(null);
        if (v == null) return -1;
        int year = 1911 + v.intValue();
        return v.intValue() >= 60 && Math.abs(year - published.getYear()) <= 2 ? year : -1;
    }
}
