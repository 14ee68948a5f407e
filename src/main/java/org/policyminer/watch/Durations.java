package org.policyminer.watch;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "30m", "1h", "90s", "500ms", "1h30m", or ISO-8601 "PT30M": the intervals users type. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|[smhd])");

    private Durations() {}

    public static Duration parse(String s) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException("empty duration");
        String v = s.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.startsWith("pt") || v.startsWith("p")) return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
        Matcher m = PART.matcher(v);
        Duration d = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) break;
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
            end = m.end();
        }
        if (end != v.length() || end == 0) throw new IllegalArgumentException("bad duration '" + s + "' (use e.g. 30m, 1h, 90s, 500ms)");
        return d;
    }
}
