package org.policyminer.eval;

import org.policyminer.entities.ChineseNumerals;
import org.policyminer.entities.WidthFold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds plain numbers (not money) in simplified text: 1,050,000, 4.78万亿, 两千四百五, 十 余 万 (read as 十万), 2.3万,
 * 四万万, 半百, fractions (五分之一, 三百五又三分之一, 1 4/3), scientific notation and powers (2e5, 2^5, .5).
 * Used for conformance checks. Full-width forms are folded first ({@link WidthFold}), so offsets stay those of the
 * input. A numeral of one character inside a word (一看, 四川, 收拾) is not reported ({@link LoneNumeral}); nor is a
 * percentage (二％) or the 百 of 百分点, which are not plain numbers.
 */
public final class NumberFinder {
    public record Number(int start, int end, double value) {}

    /** What the scan consumed at a position; {@code number} is null when the text there is read but not reported. */
    private record Match(int end, Number number) {}

    /** A numeral run [start, end) with its value and the numeral characters read (spaces and 余/多 dropped). */
    private record Run(int start, int end, double value, String raw) {}

    public List<Number> find(String text) {
        String t = WidthFold.fold(text);
        List<Number> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            Match m = matchAt(t, i);
            if (m == null) {
                i++;
                continue;
            }
            if (m.number() != null) out.add(m.number());
            i = Math.max(m.end(), i + 1);
        }
        return out;
    }

    private Match matchAt(String t, int i) {
        if (isPercentWord(t, i)) return new Match(i + 2, null);
        ArabicNotation.Reading a = ArabicNotation.read(t, i);
        if (a != null) return new Match(a.end(), new Number(a.start(), a.end(), a.value()));
        FractionGrammar.Part slash = FractionGrammar.slash(t, i);
        if (slash != null) return reported(slash);
        Run run = numeral(t, i);
        if (run == null) return null;
        if (Double.isNaN(run.value())) return new Match(run.end(), null);
        FractionGrammar.Part whole = new FractionGrammar.Part(run.start(), run.end(), run.value());
        FractionGrammar.Reader reader = at -> {
            Run r = numeral(t, at);
            return r == null || Double.isNaN(r.value()) ? null : new FractionGrammar.Part(r.start(), r.end(), r.value());
        };
        FractionGrammar.Part fraction = FractionGrammar.denominatorFirst(t, whole, reader);
        if (fraction == null) fraction = FractionGrammar.mixed(t, whole, reader);
        if (fraction != null) return reported(fraction);
        return plain(t, run);
    }

    private static Match reported(FractionGrammar.Part p) {
        return new Match(p.end(), new Number(p.start(), p.end(), p.value()));
    }

    /** A numeral that is not part of a fraction: dozens, percentages, lone characters and 两两 are decided here. */
    private static Match plain(String t, Run run) {
        int end = run.end();
        if (end < t.length() && t.charAt(end) == '%') return new Match(end + 1, null);      // 二％ is a percentage
        boolean oneCharacter = run.raw().length() == 1 && !ChineseNumerals.isAsciiDigit(run.raw().charAt(0));
        if (oneCharacter && run.end() - run.start() == 1 && !LoneNumeral.standsAlone(t, run.start())) return new Match(end, null);
        if (t.startsWith("打", end)) return new Match(end + 1, new Number(run.start(), end + 1, run.value() * 12));
        return new Match(end, new Number(run.start(), end, run.value()));
    }

    /** 百分之, 百分点, 千分比: the 百 of a percentage word stands without a numeral before it. */
    private static boolean isPercentWord(String t, int i) {
        if (i + 1 >= t.length() || t.charAt(i + 1) != '分') return false;
        char c = t.charAt(i);
        if (c != '百' && c != '千' && c != '万') return false;
        return i == 0 || !(ChineseNumerals.isChineseNumeralChar(t.charAt(i - 1)) || ChineseNumerals.isAsciiDigit(t.charAt(i - 1)));
    }

    /** Reads the longest numeral at i (sign, digits, units, decimal point, spaces between parts); null if none. */
    private static Run numeral(String t, int i) {
        int n = t.length();
        if (i >= n) return null;
        Run half = halfOfUnit(t, i);
        if (half != null) return half;
        char c = t.charAt(i);
        boolean neg = (c == '负' || (c == '-' && isMinusSign(t, i))) && i + 1 < n && startsDigit(t.charAt(i + 1));
        if (!neg && !startsDigit(c)) return null;
        int j = neg ? i + 1 : i;
        StringBuilder raw = new StringBuilder(neg ? "-" : "");
        int lastGood = j;
        while (j < n) {
            char d = t.charAt(j);
            if (ChineseNumerals.isAsciiDigit(d) || ChineseNumerals.isChineseNumeralChar(d)) {
                raw.append(d);
                j++;
                lastGood = j;
            } else if ((d == '.' || d == '点') && decimalDigitAt(t, d == '点' ? FractionGrammar.skipSpaces(t, j + 1) : j + 1)
                    && hasDigits(raw)) {
                raw.append(d == '.' ? '.' : '点');
                j = d == '点' ? FractionGrammar.skipSpaces(t, j + 1) : j + 1;
            } else if (d == ',' && hasDigits(raw) && ChineseNumerals.isAsciiDigit(raw.charAt(raw.length() - 1)) && ChineseNumerals.isThousandsGroup(t, j + 1)) {
                j++;
            } else if ((d == '余' || d == '多' || d == '几') && hasDigits(raw) && ChineseNumerals.bigUnit(charAfterSpaces(t, j + 1)) > 0) {
                if (d == '几') raw.append('零');          // 二十几万: the unknown digit counts as 0
                j++;
            } else if (d == ' ' && hasDigits(raw) && spaceJoins(t, raw.charAt(raw.length() - 1), FractionGrammar.skipSpaces(t, j))) {
                j = FractionGrammar.skipSpaces(t, j);
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
        // 千千万万 would not parse; keep it whole so that no part of the idiom is read as a number.
        if (LoneNumeral.isReduplication(s)) return new Run(i, lastGood, Double.NaN, s);
        Optional<BigDecimal> v = ChineseNumerals.parse(s.replace("零零", "零"), ChineseNumerals.Mode.SMART);
        if (v.isEmpty()) return null;
        return new Run(i, lastGood, v.get().doubleValue(), neg ? s.substring(1) : s);
    }

    /**
     * Whether the spaces before {@code next} sit inside one numeral: 一百 五 十 二, 7万 5千 4百, 1000  万, 四百 点 五,
     * 十 余 万. Two Arabic figures separated by a space stay apart (１, 2４4 are a list).
     */
    private static boolean spaceJoins(String t, char last, int next) {
        if (next >= t.length()) return false;
        char c = t.charAt(next);
        boolean lastChinese = ChineseNumerals.isChineseNumeralChar(last);
        boolean lastArabic = ChineseNumerals.isAsciiDigit(last);
        if (lastChinese && ChineseNumerals.isChineseNumeralChar(c)) return true;
        if (ChineseNumerals.bigUnit(c) > 0) return true;
        if (lastArabic && ChineseNumerals.smallUnit(c) > 0) return true;
        boolean lastUnit = ChineseNumerals.smallUnit(last) > 0 || ChineseNumerals.bigUnit(last) > 0;
        if (lastUnit && ChineseNumerals.isAsciiDigit(c)) return unitAfterDigits(t, next);
        if (c == '点') return decimalDigitAt(t, FractionGrammar.skipSpaces(t, next + 1));
        if (c == '余' || c == '多' || c == '几') return ChineseNumerals.bigUnit(charAfterSpaces(t, next + 1)) > 0;
        return false;
    }

    /** 7万 5千: Arabic digits continue a Chinese numeral only when a unit follows them. */
    private static boolean unitAfterDigits(String t, int p) {
        while (p < t.length() && ChineseNumerals.isAsciiDigit(t.charAt(p))) p++;
        return p < t.length() && (ChineseNumerals.smallUnit(t.charAt(p)) > 0 || ChineseNumerals.bigUnit(t.charAt(p)) > 0);
    }

    /** A digit that may follow a decimal point: 两 never does (两百点两 is 两百 and 两; 一点两小时 is 一 and 两). */
    private static boolean decimalDigitAt(String t, int p) {
        if (p >= t.length()) return false;
        char c = t.charAt(p);
        return ChineseNumerals.isAsciiDigit(c) || (ChineseNumerals.digit(c) >= 0 && c != '两' && c != '俩');
    }

    /** 半百 = 50, 半千 = 500: 半 directly before a unit is half of it (半年 or 一半 are not numerals). */
    private static Run halfOfUnit(String t, int i) {
        if (t.charAt(i) != '半' || i + 1 >= t.length()) return null;
        char unit = t.charAt(i + 1);
        double size = ChineseNumerals.smallUnit(unit) > 0 ? ChineseNumerals.smallUnit(unit) : ChineseNumerals.bigUnit(unit);
        if (size < 100) return null;
        if (i + 2 < t.length() && ChineseNumerals.isChineseNumeralChar(t.charAt(i + 2))) return null;
        return new Run(i, i + 2, size / 2, "半" + unit);
    }

    /**
     * A '-' is a minus sign unless it follows a digit or another dash: 100-200 is a range and --9 or ——9 a dash
     * before 9. Shared with {@link ArabicNotation}.
     */
    static boolean isMinusSign(String t, int i) {
        if (i == 0) return true;
        char before = t.charAt(i - 1);
        return !ChineseNumerals.isAsciiDigit(before) && before != '-' && before != '—' && before != '–';
    }

    private static char charAfterSpaces(String t, int p) {
        p = FractionGrammar.skipSpaces(t, p);
        return p < t.length() ? t.charAt(p) : 0;
    }

    private static boolean hasDigits(StringBuilder raw) {
        return raw.length() > 0 && raw.charAt(raw.length() - 1) != '-';
    }

    private static boolean startsDigit(char c) {
        return ChineseNumerals.isAsciiDigit(c) || ChineseNumerals.digit(c) >= 0 || ChineseNumerals.smallUnit(c) > 0;
    }
}
