package org.policyminer.eval;


/**
 * Fractions and mixed numbers around numerals already read by {@link NumberFinder}:
 * <ul>
 *   <li>Chinese order, denominator first: 五分之一 (1/5), 一百分之2, 3分之一百五十七, spaces allowed (二分 之一);</li>
 *   <li>mixed numbers with 又: 三百五又三分之一, 一百万又五十万分之二十五 (whole + fraction, one sign for both);</li>
 *   <li>Arabic slash fractions, optionally after a whole number and one space: 3/5, -3/2, 1 4/3.</li>
 * </ul>
 * Signs written on both parts multiply (负3分之负157 is positive). An incomplete 二分之 is no fraction.
 */
final class FractionGrammar {
    private FractionGrammar() {}

    /** A numeral [start, end) read as {@code value}. */
    record Part(int start, int end, double value) {}

    /** Reads a numeral at a position of the text, or null; lets the grammar reuse the finder's numeral reader. */
    @FunctionalInterface
    interface Reader {
        Part read(int at);
    }

    /** 分之 after {@code denominator}: the fraction, or null. */
    static Part denominatorFirst(String f, Part denominator, Reader reader) {
        int p = skipSpaces(f, denominator.end());
        if (p >= f.length() || f.charAt(p) != '分') return null;
        p = skipSpaces(f, p + 1);
        if (p >= f.length() || f.charAt(p) != '之') return null;
        p = skipSpaces(f, p + 1);
        if (p >= f.length()) return null;
        Part numerator = reader.read(p);
        if (numerator == null || denominator.value() == 0) return null;
        return new Part(denominator.start(), numerator.end(), numerator.value() / denominator.value());
    }

    /** 又 after {@code whole} and a fraction after it: the mixed number, or null. */
    static Part mixed(String f, Part whole, Reader reader) {
        int p = skipSpaces(f, whole.end());
        if (p >= f.length() || f.charAt(p) != '又') return null;
        p = skipSpaces(f, p + 1);
        if (p >= f.length()) return null;
        Part denominator = reader.read(p);
        if (denominator == null) return null;
        Part fraction = denominatorFirst(f, denominator, reader);
        if (fraction == null) fraction = slash(f, p);
        if (fraction == null) return null;
        double sign = whole.value() < 0 || (whole.value() == 0 && f.charAt(whole.start()) == '负') ? -1 : 1;
        return new Part(whole.start(), fraction.end(), sign * (Math.abs(whole.value()) + Math.abs(fraction.value())));
    }

    /** 3/5, -3/2, or a whole number, one space and a slash fraction (1 4/3 = 2.33); null when absent. */
    static Part slash(String f, int i) {
        int n = f.length();
        if (i > 0 && f.charAt(i - 1) == '/') return null;          // the 11/25 of 2024/11/25
        int p = i;
        boolean negative = p < n && f.charAt(p) == '-';
        if (negative) p++;
        int a = digitsEnd(f, p);
        if (a == p) return null;
        if (a + 1 < n && f.charAt(a) == ' ' && isDigit(f.charAt(a + 1))) {
            Part rest = simpleSlash(f, a + 1);
            if (rest != null) {
                double whole = Double.parseDouble(f.substring(p, a));
                return new Part(i, rest.end(), (negative ? -1 : 1) * (whole + rest.value()));
            }
        }
        Part simple = simpleSlash(f, p);
        if (simple == null) return null;
        return new Part(i, simple.end(), (negative ? -1 : 1) * simple.value());
    }

    /** digits / digits, not continued by another slash or digit (2024/11/25 is a date, not a fraction). */
    private static Part simpleSlash(String f, int p) {
        int a = digitsEnd(f, p);
        if (a == p || a >= f.length() || f.charAt(a) != '/') return null;
        int b = digitsEnd(f, a + 1);
        if (b == a + 1) return null;
        if (b < f.length() && (f.charAt(b) == '/' || f.charAt(b) == '.')) return null;
        double den = Double.parseDouble(f.substring(a + 1, b));
        if (den == 0) return null;
        return new Part(p, b, Double.parseDouble(f.substring(p, a)) / den);
    }

    private static int digitsEnd(String f, int p) {
        while (p < f.length() && isDigit(f.charAt(p))) p++;
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int skipSpaces(String f, int p) {
        while (p < f.length() && f.charAt(p) == ' ') p++;
        return p;
    }
}
