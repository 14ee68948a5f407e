package org.policyminer.util;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of every duration option ({@code --every}, {@code --delay}, {@code --timeout} …): parts of a number
 * (decimals allowed) and a unit, {@code ms s m h d}, written together ({@code 1h30m}, {@code 1.5s}, {@code 2d}); a bare
 * number is seconds; ISO-8601 ({@code PT30M}, {@code P1D}) is accepted too.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|[smhd])");
    private static final Pattern BARE = Pattern.compile("\\d+(?:\\.\\d+)?");

    private Durations() {}

    /** @throws IllegalArgumentException with a one-line message naming the value and the grammar */
    public static Duration parse(String s) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException("empty duration (use e.g. 30m, 1h30m, 1.5s, 500ms, 2d)");
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("p")) return iso(s);
        if (BARE.matcher(v).matches()) return millis(new BigDecimal(v).multiply(BigDecimal.valueOf(1000)), s);
        Matcher m = PART.matcher(v);
        BigDecimal ms = BigDecimal.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            BigDecimal n = new BigDecimal(m.group(1));
            ms = ms.add(n.multiply(BigDecimal.valueOf(switch (m.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "m" -> 60_000L;
                case "h" -> 3_600_000L;
                default -> 86_400_000L;
            })));
            end = m.end();
        }
        if (end != v.length() || end == 0) throw new IllegalArgumentException("not a duration: '" + s + "' (use e.g. 30m, 1h30m, 1.5s, 500ms, 2d)");
        return millis(ms, s);
    }

    private static Duration iso(String s) {
        try {
            Duration d = Duration.parse(s.strip().toUpperCase(Locale.ROOT));
            if (d.isNegative()) throw new IllegalArgumentException("a duration cannot be negative: " + s);
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: '" + s + "' (use e.g. 30m, 1h30m, 1.5s, 500ms, 2d)");
        }
    }

    private static Duration millis(BigDecimal ms, String s) {
        try {
            return Duration.ofMillis(ms.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration too long: " + s);
        }
    }

    /** The duration in the grammar's units, largest first: {@code 1h30m}, {@code 45s}, {@code 500ms}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms == 0) return "0s";
        StringBuilder sb = new StringBuilder();
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
        String[] units = {"d", "h", "m", "s", "ms"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms >= sizes[i]) {
                sb.append(ms / sizes[i]).append(units[i]);
                ms %= sizes[i];
            }
        }
        return sb.toString();
    }
}
