package org.policyminer.eval;

import org.policyminer.entities.WidthFold;

/**
 * Arabic figures in notations that the Chinese numeral grammar does not cover: scientific notation (2e5, -12e-1,
 * 12.32e+14), powers (2^5, 2.5^-1, -1.1^--23), a missing leading zero (.5, -.5) and an SI suffix after a space
 * or not (-2.5 M, 40k). Works on width-folded text ({@link WidthFold}).
 *
 * <p>A leading minus binds looser than the power, as in algebra: -2.5^-1 is -(2.5^-1) = -0.4. Repeated signs in an
 * exponent multiply (^--23 is ^23).
 */
final class ArabicNotation {
    private ArabicNotation() {}

    record Reading(int start, int end, double value) {}

    /** The notation starting at i, or null when the figure there is plain (left to the numeral grammar). */
    static Reading read(String f, int i) {
        int n = f.length();
        int p = i;
        boolean negative = false;
        if (p < n && f.charAt(p) == '-' && NumberFinder.isMinusSign(f, p)) {
            negative = true;
            p++;
        }
        int mantissaStart = p;
        while (p < n && isDigit(f.charAt(p))) p++;
        boolean leadingDot = p == mantissaStart;
        if (leadingDot && !startsLeadingDot(f, mantissaStart)) return null;
        if (p < n && f.charAt(p) == '.' && p + 1 < n && isDigit(f.charAt(p + 1))) {
            p++;
            while (p < n && isDigit(f.charAt(p))) p++;
        }
        if (p == mantissaStart) return null;
        double mantissa = Double.parseDouble(f.substring(mantissaStart, p));
        double sign = negative ? -1 : 1;

        Reading exponent = exponent(f, p, mantissa);
        if (exponent != null) return new Reading(i, exponent.end, sign * exponent.value);
        int suffixEnd = siSuffixEnd(f, p);
        if (suffixEnd > 0) return new Reading(i, suffixEnd, sign * mantissa * siFactor(f.charAt(suffixEnd - 1)));
        if (leadingDot) return new Reading(i, p, sign * mantissa);
        return null;
    }

    /** .5 is a number only where the dot does not close a preceding figure or an ellipsis (3.5, ...9). */
    private static boolean startsLeadingDot(String f, int dot) {
        if (dot + 1 >= f.length() || f.charAt(dot) != '.' || !isDigit(f.charAt(dot + 1))) return false;
        if (dot == 0) return true;
        char before = f.charAt(dot - 1);
        if (before == '-' && dot >= 2) before = f.charAt(dot - 2);
        return !isDigit(before) && before != '.';
    }

    /** e/E then an optional sign and digits (scientific), or ^ then any run of signs and digits (power). */
    private static Reading exponent(String f, int p, double mantissa) {
        int n = f.length();
        if (p >= n) return null;
        char c = f.charAt(p);
        if (c == 'e' || c == 'E') {
            int q = p + 1;
            int sign = 1;
            if (q < n && (f.charAt(q) == '+' || f.charAt(q) == '-')) sign = f.charAt(q++) == '-' ? -1 : 1;
            int digits = q;
            while (q < n && isDigit(f.charAt(q))) q++;
            if (q == digits || (q < n && Character.isLetter(f.charAt(q)) && f.charAt(q) < 0x2E80)) return null;
            int e = sign * Integer.parseInt(f.substring(digits, q));
            return new Reading(0, q, mantissa * Math.pow(10, e));
        }
        if (c == '^') {
            int q = p + 1;
            int sign = 1;
            while (q < n && (f.charAt(q) == '+' || f.charAt(q) == '-')) if (f.charAt(q++) == '-') sign = -sign;
            int digits = q;
            while (q < n && isDigit(f.charAt(q))) q++;
            if (q == digits) return null;
            return new Reading(0, q, Math.pow(mantissa, sign * Double.parseDouble(f.substring(digits, q))));
        }
        return null;
    }

    /** -2.5 M: a capital M (mega) after at most one space, standing alone as a word; end of the suffix or -1. */
    private static int siSuffixEnd(String f, int p) {
        int q = p < f.length() && f.charAt(p) == ' ' ? p + 1 : p;
        if (q >= f.length() || siFactor(f.charAt(q)) == 0) return -1;
        boolean wordEnds = q + 1 >= f.length() || !Character.isLetterOrDigit(f.charAt(q + 1)) || f.charAt(q + 1) >= 0x2E80;
        return wordEnds ? q + 1 : -1;
    }

    /** Only M: k/K stays with the numeral grammar (40k), and G/T/B read as words too often (5G 网络). */
    private static double siFactor(char c) {
        return c == 'M' ? 1e6 : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
