package org.policyminer.doc;

/** Checks shared by every mention: offsets are UTF-16 code units, end exclusive. */
final class Span {
    private Span() {}

    static void check(int start, int end) {
        if (start < 0) throw new IllegalArgumentException("start must not be negative: " + start);
        if (end < start) throw new IllegalArgumentException("start index " + start + " must not be larger than end index " + end);
    }
}
