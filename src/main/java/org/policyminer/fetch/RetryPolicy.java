package org.policyminer.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.random.RandomGenerator;

/**
 * How long to wait before retry n: the server's Retry-After when it sent one (capped), else exponential backoff
 * with jitter, so that many clients that failed together do not come back together.
 */
final class RetryPolicy {
    private final FetchOptions options;
    private final Clock clock;
    private final RandomGenerator random;

    RetryPolicy(FetchOptions options, Clock clock, RandomGenerator random) {
        this.options = options;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Whether a status is worth another try: 429 (slow down) and 5xx (server trouble), except 521, which MIIT's
     * front end answers with a JavaScript cookie challenge: asking again only repeats the challenge.
     */
    static boolean retryable(int status) {
        return status == 429 || status >= 500 && status <= 599 && status != 521;
    }

    /** The wait before retry number {@code retry} (0 = first retry). */
    Duration delay(int retry, String retryAfter) {
        Duration fromServer = parseRetryAfter(retryAfter);
        if (fromServer != null) return min(fromServer, options.retryAfterCap());
        long base = options.backoffBase().toMillis();
        long exp = retry >= 30 ? Long.MAX_VALUE : base << retry;
        if (exp < 0 || exp > options.backoffMax().toMillis()) exp = options.backoffMax().toMillis();
        double factor = 0.5 + random.nextDouble();
        return Duration.ofMillis(Math.round(exp * factor));
    }

    /** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
    Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return options.retryAfterCap();
            }
        }
        try {
            Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), when);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
