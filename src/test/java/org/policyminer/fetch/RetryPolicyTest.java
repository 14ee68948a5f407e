package org.policyminer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final FakeTime time = new FakeTime();

    private RetryPolicy policy(double random) {
        RandomGenerator fixed = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return random;
            }
        };
        return new RetryPolicy(FetchOptions.defaults(), time, fixed);
    }

    @Test
    void aBrowserLikeUserAgentStillReadsRobotsRulesForPolicyMiner() {
        assertEquals("policyminer", FetchOptions.builder().userAgent("Mozilla/5.0 (X11; Linux x86_64) Chrome/120").build().robotName());
        assertEquals("MyBot", FetchOptions.builder().userAgent("MyBot/1.0").build().robotName());
    }

    @Test
    void doublesTheDelayAndStopsAtTheMaximum() {
        RetryPolicy p = policy(0.5); // factor 1.0: no jitter
        assertEquals(Duration.ofSeconds(1), p.delay(0, null));
        assertEquals(Duration.ofSeconds(2), p.delay(1, null));
        assertEquals(Duration.ofSeconds(4), p.delay(2, null));
        assertEquals(Duration.ofSeconds(60), p.delay(10, null));
        assertEquals(Duration.ofSeconds(60), p.delay(200, null));
    }

    @Test
    void jitterSpreadsTheDelayBetweenHalfAndOneAndAHalfTimes() {
        assertEquals(Duration.ofMillis(2000), policy(0.0).delay(2, null));
        assertEquals(Duration.ofMillis(6000), policy(1.0).delay(2, null));
    }

    @Test
    void readsRetryAfterSecondsAndDatesAndIgnoresGarbage() {
        RetryPolicy p = policy(0.5);
        assertEquals(Duration.ofSeconds(5), p.parseRetryAfter("5"));
        assertEquals(Duration.ofSeconds(30), p.parseRetryAfter("Sun, 01 Mar 2026 00:00:30 GMT"));
        assertEquals(Duration.ZERO, p.parseRetryAfter("Sat, 28 Feb 2026 00:00:00 GMT"));
        assertNull(p.parseRetryAfter("soon"));
        assertEquals(Duration.ofSeconds(1), p.delay(0, "soon"));
    }

    @Test
    void retriesOnlyTooManyRequestsAndServerErrors() {
        assertTrue(RetryPolicy.retryable(429));
        assertTrue(RetryPolicy.retryable(500));
        assertTrue(RetryPolicy.retryable(503));
        assertFalse(RetryPolicy.retryable(404));
        assertFalse(RetryPolicy.retryable(403));
        assertFalse(RetryPolicy.retryable(200));
        assertFalse(RetryPolicy.retryable(521), "a 521 cookie challenge is answered the same on every try");
    }
}
