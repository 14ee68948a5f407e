package org.policyminer.util;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The day at the head of a published date as extraction writes it ({@code 2025-03-18} or {@code 2025-03-18 10:00}).
 * Read by hand: {@code LocalDate.parse} goes through a general formatter, a few microseconds a call, and ingest
 * asks twice per document.
 */
public final class IsoDay {
    private IsoDay() {}

    /** The day of {@code yyyy-MM-dd…}, or null when the text does not start with a valid one. */
    public static LocalDate of(String s) {
        if (s == null || s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) return null;
        if (s.length() > 10 && Character.isDigit(s.charAt(10))) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
