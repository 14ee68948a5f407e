package org.policyminer.eval;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a part of the year covers, so that two ways of writing one period score as one (the lead's ruling R3:
 * "the scorer compares periods by the months they cover"): M01-M03 and Q1, M01-M06 and H1, M07-M09 and Q3, M01-M09 and
 * Q1-Q3. A label the scorer cannot read is compared as written.
 */
final class PartOfYear {
    private static final Pattern MONTHS = Pattern.compile("M(\\d{2})(?:-M(\\d{2}))?");
    private static final Pattern QUARTERS = Pattern.compile("Q([1-4])(?:-Q([1-4]))?");
    private static final Pattern HALVES = Pattern.compile("H([12])");

    private PartOfYear() {}

    /** True when both labels cover the same months (or are both absent). */
    static boolean same(String a, String b) {
        if (Objects.equals(a, b)) return true;
        if (a == null || b == null) return false;
        int[] x = months(a), y = months(b);
        return x != null && y != null && x[0] == y[0] && x[1] == y[1];
    }

    /** First and last month of a label (Q2 → 4, 6), or null when it is no label of a part of the year. */
    static int[] months(String label) {
        Matcher m = MONTHS.matcher(label);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            return from >= 1 && to <= 12 && from <= to ? new int[] {from, to} : null;
        }
        m = QUARTERS.matcher(label);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            return from <= to ? new int[] {3 * from - 2, 3 * to} : null;
        }
        m = HALVES.matcher(label);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            return new int[] {6 * h - 5, 6 * h};
        }
        return null;
    }
}
