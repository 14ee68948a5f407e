package org.policyminer.entities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a numeral written in Chinese, Arabic or mixed form: 二千, 两千五百, 肆佰叁拾萬, 一千零一, 16.4亿, 一点五,
 * 三万五 (= 35000). Three modes mirror how strictly the written form is checked (the same split cn2an uses):
 * {@link Mode#STRICT} accepts only canonical Chinese numerals, {@link Mode#NORMAL} also colloquial forms (三万五,
 * 一二三, 〇), {@link Mode#SMART} also Arabic digits mixed with Chinese units (16.4亿, 1万600).
 * Full-width digits and thousands separators must be normalised by the caller ({@link #normaliseDigits}).
 * A trailing money suffix (元/圆 … 角 … 分, 整) is read too, as cheques write it (壹拾壹元整, 十块三毛).
 */
public final class ChineseNumerals {
    public enum Mode { STRICT, NORMAL, SMART }

    private ChineseNumerals() {}

    /** Value of a single Chinese digit character, or -1 (零 and 〇 are 0). */
    public static int digit(char c) {
        switch (c) {
            case '零': case '〇': case '○': return 0;   // ○ (white circle): how many pages type the zero (八二○亿元)
            case '一': case '壹': case '幺': return 1;
            case '二': case '两': case '兩': case '俩': case '倆': case '贰': case '貳': case '弍': return 2;
            case '三': case '叁': case '參': case '叄': case '弎': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** 10, 100, 1000 for 十/百/千 (and their financial forms), else 0. */
    public static int smallUnit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return 0;
        }
    }

    /** 1e4, 1e8, 1e12 for 万/亿/兆 (either script), else 0. */
    public static double bigUnit(char c) {
        switch (c) {
            case '万': case '萬': return 1e4;
            case '亿': case '億': return 1e8;
            case '兆': return 1e12;
            default: return 0;
        }
    }

    /** True for every character that can be part of a Chinese numeral (digits, units, 廿, 卅). */
    public static boolean isChineseNumeralChar(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0 || c == '廿' || c == '卅';
    }

    /** Full-width digits and points become ASCII; thousands separators between digit groups are dropped. */
    public static String normaliseDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = asciiDigit(s.charAt(i));
            boolean separator = (c == ',' || c == '，') && sb.length() > 0 && isAsciiDigit(sb.charAt(sb.length() - 1))
                    && isThousandsGroup(s, i + 1);
            if (!separator) sb.append(c);
        }
        return sb.toString();
    }

    /** Full-width ０-９ and ． as ASCII; anything else unchanged. */
    public static char asciiDigit(char c) {
        if (c >= '０' && c <= '９') return (char) ('0' + (c - '０'));
        return c == '．' ? '.' : c;
    }

    /** Three digits (ASCII or full-width) at i and no fourth: the group after a thousands separator. */
    public static boolean isThousandsGroup(String s, int i) {
        if (i + 3 > s.length()) return false;
        for (int k = i; k < i + 3; k++) if (!isAsciiDigit(asciiDigit(s.charAt(k)))) return false;
        return i + 3 == s.length() || !isAsciiDigit(asciiDigit(s.charAt(i + 3)));
    }

    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The numeral's value, or empty when the text is not a numeral in this mode. */
    public static Optional<BigDecimal> parse(String text, Mode mode) {
        try {
            return Optional.ofNullable(parseOrNull(text, mode));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Digit-by-digit reading (cn2an "direct"): 二〇〇二 → "2002", 一二点三零 → "12.30"; null if not digits only. */
    public static String direct(String text) {
        if (text == null || text.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) sb.append((char) ('0' + d));
            else if (isAsciiDigit(c) || c == '.') sb.append(c);
            else if (c == '点' || c == '點') sb.append('.');
            else if ((c == '负' || c == '負' || c == '-') && i == 0) sb.append('-');
            else return null;
        }
        return sb.toString();
    }

    private static BigDecimal parseOrNull(String text, Mode mode) {
        if (text == null) return null;
        String s = text.replace("廿", "二十").replace("卅", "三十");
        if (s.isEmpty()) return null;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '负' || first == '負' || first == '-') {
            if (first == '-' && mode != Mode.SMART) return null;
            negative = true;
            s = s.substring(1);
        }
        BigDecimal cents = BigDecimal.ZERO;
        int yuan = indexOfAny(s, "元圆块");
        if (yuan >= 0) {
            String tail = s.substring(yuan + 1);
            s = s.substring(0, yuan);
            BigDecimal sub = moneyTail(tail, mode);
            if (sub == null) return null;
            cents = sub;
        }
        if (s.isEmpty()) return null;
        BigDecimal v;
        int point = indexOfAny(s, "点點");
        if (point >= 0) {
            // 一点五亿, 二．二六兆, 二点五万亿: the big units after the fraction scale the whole number, not the fraction alone.
            String fracPart = s.substring(point + 1);
            BigDecimal scale = BigDecimal.ONE;
            int units = fracPart.length();
            while (units > 0 && bigUnit(fracPart.charAt(units - 1)) > 0) units--;
            if (mode == Mode.SMART && units > 0 && units < fracPart.length()) {
                for (int k = units; k < fracPart.length(); k++) scale = scale.multiply(BigDecimal.valueOf((long) bigUnit(fracPart.charAt(k))));
                fracPart = fracPart.substring(0, units);
            }
            BigDecimal whole = integerPart(s.substring(0, point), mode);
            BigDecimal frac = fraction(fracPart, mode);
            if (whole == null || frac == null) return null;
            v = whole.add(frac).multiply(scale);
        } else {
            v = integerPart(s, mode);
            if (v == null) return null;
        }
        v = v.add(cents);
        return negative ? v.negate() : v;
    }

    /** After 元: optional 角/毛 and 分 amounts, optional 整/正; STRICT wants 整 or a 角 after a bare 元. */
    private static BigDecimal moneyTail(String tail, Mode mode) {
        if (tail.isEmpty()) return mode == Mode.STRICT ? null : BigDecimal.ZERO;
        if (tail.equals("整") || tail.equals("正")) return BigDecimal.ZERO;
        if (tail.equals("钱")) return BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        int i = 0;
        boolean any = false;
        while (i < tail.length()) {
            char c = tail.charAt(i);
            int d = digit(c);
            if (d < 0 && isAsciiDigit(c)) d = c - '0';
            if (d < 0 || i + 1 >= tail.length()) break;
            char unit = tail.charAt(i + 1);
            if (unit == '角' || unit == '毛') sum = sum.add(BigDecimal.valueOf(d).movePointLeft(1));
            else if (unit == '分') sum = sum.add(BigDecimal.valueOf(d).movePointLeft(2));
            else return null;
            any = true;
            i += 2;
        }
        String rest = tail.substring(i);
        if (!(rest.isEmpty() || rest.equals("钱") || rest.equals("整") || rest.equals("正"))) return null;
        return any || !rest.isEmpty() ? sum : null;
    }

    private static BigDecimal fraction(String s, Mode mode) {
        if (s.isEmpty()) return null;
        StringBuilder digits = new StringBuilder("0.");
        int i = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0 && c != '两' && c != '兩') {
                if (c == '〇' && mode == Mode.STRICT) return null;
                digits.append((char) ('0' + d));
            } else if (isAsciiDigit(c) && mode == Mode.SMART) {
                digits.append(c);
            } else {
                break;
            }
        }
        if (i == 0) return null;
        if (mode == Mode.STRICT && digits.charAt(digits.length() - 1) == '0') return null;
        BigDecimal f = new BigDecimal(digits.toString());
        if (i < s.length()) {
            // 一点五亿: a big unit may follow the fraction (SMART only, as in running text).
            if (mode != Mode.SMART || i != s.length() - 1 || bigUnit(s.charAt(i)) == 0) return null;
            return f.multiply(BigDecimal.valueOf(bigUnit(s.charAt(i))));
        }
        return f;
    }

    private static final int DIGIT = 0, ARABIC = 1, ZERO = 2, SMALL = 3, BIG = 4;

    private record Token(int type, BigDecimal value) {}

    private static List<Token> tokens(String s, Mode mode) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isAsciiDigit(c)) {
                if (mode != Mode.SMART) return null;
                int j = i;
                while (j < s.length() && (isAsciiDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                String num = s.substring(i, j);
                if (num.endsWith(".") || num.indexOf('.') != num.lastIndexOf('.')) return null;
                out.add(new Token(ARABIC, new BigDecimal(num)));
                i = j;
                continue;
            }
            int d = digit(c);
            if (d == 0) {
                if (c == '〇' && mode == Mode.STRICT) return null;
                out.add(new Token(ZERO, BigDecimal.ZERO));
            } else if (d > 0) {
                out.add(new Token(DIGIT, BigDecimal.valueOf(d)));
            } else if (smallUnit(c) > 0) {
                out.add(new Token(SMALL, BigDecimal.valueOf(smallUnit(c))));
            } else if (bigUnit(c) > 0) {
                out.add(new Token(BIG, BigDecimal.valueOf((long) bigUnit(c))));
            } else {
                return null;
            }
            i++;
        }
        return out;
    }

    private static BigDecimal integerPart(String s, Mode mode) {
        if (s.isEmpty()) return null;
        List<Token> toks = tokens(s, mode);
        if (toks == null || toks.isEmpty()) return null;
        if (mode != Mode.STRICT) toks = digitRuns(toks);
        boolean hasUnit = toks.stream().anyMatch(t -> t.type == SMALL || t.type == BIG);
        if (!hasUnit) return digitString(toks, mode);

        BigDecimal total = BigDecimal.ZERO;
        BigDecimal maxBig = BigDecimal.ONE;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        boolean pendingSingleChinese = false;
        int lastSmall = 0;
        boolean zeroSeen = false;
        boolean sectionEmpty = true;
        int prevType = -1;
        BigDecimal prevUnit = null;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            switch (t.type) {
                case DIGIT, ARABIC -> {
                    if (pending != null) return null;
                    pending = t.value;
                    pendingSingleChinese = t.type == DIGIT;
                }
                case ZERO -> {
                    if (pending != null) return null;
                    zeroSeen = true;
                }
                case SMALL -> {
                    int u = t.value.intValue();
                    if (pending == null) {
                        if (u == 10 && sectionEmpty && !zeroSeen) {
                            pending = BigDecimal.ONE;
                        } else if (zeroSeen || mode == Mode.SMART || (mode != Mode.STRICT && k > 0)) {
                            pending = BigDecimal.ONE;
                        } else {
                            return null;
                        }
                    }
                    if (lastSmall != 0 && u >= lastSmall) return null;
                    if (mode == Mode.STRICT && lastSmall != 0 && u != lastSmall / 10 && !zeroSeen) return null;
                    // 十万零一千: a 零 before a full 千 section marks no missing digit; canonical writing omits it.
                    if (mode == Mode.STRICT && zeroSeen && sectionEmpty && u == 1000 && total.signum() > 0) return null;
                    section = section.add(pending.multiply(t.value));
                    pending = null;
                    lastSmall = u;
                    zeroSeen = false;
                    sectionEmpty = false;
                    prevUnit = t.value;
                }
                case BIG -> {
                    BigDecimal cur = section;
                    if (pending != null) cur = cur.add(pending);
                    if (pending == null && sectionEmpty && prevType == BIG && t.value.compareTo(prevUnit) == 0) {
                        // 四万万 (= 四亿): a repeated big unit multiplies everything read so far, and the next
                        // section (四万万五千万) is then smaller than the doubled unit.
                        total = total.multiply(t.value);
                        maxBig = maxBig.multiply(t.value);
                        prevType = t.type;
                        continue;
                    }
                    if (pending == null && sectionEmpty) {
                        if (prevType == BIG) {
                            cur = BigDecimal.ZERO;            // 万亿: the second unit scales what came before
                        } else if (k == 0 && mode == Mode.SMART) {
                            cur = BigDecimal.ONE;             // 万亿元, 亿元 with an implied 一
                        } else if (!zeroSeen || prevType != ZERO) {
                            if (k == 0) return null;
                        }
                    }
                    if (t.value.compareTo(maxBig) > 0) {
                        total = total.add(cur).multiply(t.value);
                        maxBig = t.value;
                    } else {
                        total = total.add(cur.multiply(t.value));
                    }
                    section = BigDecimal.ZERO;
                    pending = null;
                    lastSmall = 0;
                    zeroSeen = false;
                    sectionEmpty = true;
                    prevUnit = t.value;
                }
                default -> { return null; }
            }
            prevType = t.type;
        }
        if (pending != null) {
            boolean abbreviated = pendingSingleChinese && !zeroSeen && prevUnit != null
                    && toks.size() >= 2 && (toks.get(toks.size() - 2).type == SMALL || toks.get(toks.size() - 2).type == BIG)
                    && prevUnit.intValue() != 10;
            if (abbreviated) {
                if (mode == Mode.STRICT) return null;
                section = section.add(pending.multiply(prevUnit).divide(BigDecimal.TEN));
            } else {
                section = section.add(pending);
            }
        }
        return total.add(section);
    }

    /**
     * 二九六四亿, 六万三四九二: where no 十/百/千 is written, Taiwan and Hong Kong papers spell each section digit by digit
     * (as they write years, 二〇一九年); two or more digits in a row before a big unit or at the end are read as one number.
     * With a 十/百/千 anywhere the written units carry the value, so nothing changes (三万五 = 35000 stays as it was).
     */
    private static List<Token> digitRuns(List<Token> toks) {
        boolean big = false;
        for (Token t : toks) {
            if (t.type == SMALL) return toks;
            if (t.type == BIG) big = true;
        }
        if (!big) return toks;
        List<Token> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int count = 0;
        for (Token t : toks) {
            if (t.type == DIGIT || t.type == ZERO) {
                run.append(t.value.toPlainString());
                count++;
                continue;
            }
            flushRun(out, run, count, toks, out.size());
            run.setLength(0);
            count = 0;
            out.add(t);
        }
        flushRun(out, run, count, toks, out.size());
        return out;
    }

    private static void flushRun(List<Token> out, StringBuilder run, int count, List<Token> toks, int at) {
        if (count == 0) return;
        if (count == 1) out.add(new Token(run.charAt(0) == '0' ? ZERO : DIGIT, new BigDecimal(run.toString())));
        else if (run.charAt(0) == '0') {                     // 一万零五: 零 marks a gap; the digits after it are the number
            out.add(new Token(ZERO, BigDecimal.ZERO));
            String rest = run.substring(1);
            out.add(new Token(rest.length() == 1 ? DIGIT : ARABIC, new BigDecimal(rest)));
        } else out.add(new Token(ARABIC, new BigDecimal(run.toString())));
    }

    /** 一二三 → 123 (NORMAL and SMART); a lone digit is fine in every mode. */
    private static BigDecimal digitString(List<Token> toks, Mode mode) {
        if (toks.size() == 1) return toks.get(0).value;
        if (mode == Mode.STRICT) return null;
        StringBuilder sb = new StringBuilder();
        for (Token t : toks) {
            if (t.type == ARABIC) return null;
            sb.append(t.value.toPlainString());
        }
        return new BigDecimal(sb.toString());
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
