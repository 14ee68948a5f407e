package org.policyminer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FetchRetryTest extends LoopbackFetchTest {

    private HttpFetcher fetcher(FetchOptions.Builder b) {
        return new HttpFetcher(b.politenessDelay(Duration.ZERO).obeyRobots(false).build(), time.env());
    }

    /** Answers {@code status} to the first {@code failures} requests, then 200. */
    private void flaky(String path, int failures, int status, String retryAfter) {
        AtomicInteger n = new AtomicInteger();
        server.route(path, ex -> {
            if (n.incrementAndGet() <= failures) {
                if (retryAfter != null) ex.getResponseHeaders().add("Retry-After", retryAfter);
                TestServer.send(ex, status, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                TestServer.send(ex, 200, "text/html", "ok".getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void retries503WithExponentialBackoffAndJitter() throws Exception {
        flaky("/p", 3, 503, null);
        fetcher(FetchOptions.builder()).fetch(server.url("/p"));
        assertEquals(4, server.count("/p"));
        assertEquals(3, time.sleeps().size());
        long[] base = {1000, 2000, 4000};
        for (int i = 0; i < 3; i++) {
            long ms = time.sleeps().get(i).toMillis();
            assertTrue(ms >= base[i] / 2 && ms <= base[i] * 3 / 2, "retry " + i + " waited " + ms + " ms");
        }
    }

    /** A dripping or failing source held extract for 490 s (four tries of 120 s): the deadline covers them all. */
    @Test
    void theFetchDeadlineCoversEveryTryAndBackoff() throws Exception {
        flaky("/down", 100, 503, null);
        FetchTimeoutException e = assertThrows(FetchTimeoutException.class,
                () -> fetcher(FetchOptions.builder().deadline(Duration.ofSeconds(2))).fetch(server.url("/down")));
        assertTrue(server.count("/down") < 4, "tries: " + server.count("/down"));
        assertTrue(time.slept().compareTo(Duration.ofSeconds(2)) < 0, "waited " + time.slept());
        assertTrue(e.getMessage().contains("within 2 s (the fetch deadline, --timeout)"), e.getMessage());
    }

    @Test
    void givesUpAfterThreeRetriesWithTheLastStatus() throws Exception {
        flaky("/down", 100, 500, null);
        HttpStatusException e = assertThrows(HttpStatusException.class, () -> fetcher(FetchOptions.builder()).fetch(server.url("/down")));
        assertEquals(500, e.status());
        assertEquals(4, server.count("/down"));
    }

    @Test
    void honoursRetryAfterInSecondsOn429() throws Exception {
        flaky("/slow", 1, 429, "7");
        fetcher(FetchOptions.builder()).fetch(server.url("/slow"));
        assertEquals(java.util.List.of(Duration.ofSeconds(7)), time.sleeps());
    }

    @Test
    void honoursRetryAfterAsHttpDate() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(20).atZone(ZoneOffset.UTC));
        flaky("/slow", 1, 503, date);
        fetcher(FetchOptions.builder()).fetch(server.url("/slow"));
        assertEquals(java.util.List.of(Duration.ofSeconds(20)), time.sleeps());
    }

    @Test
    void capsALongRetryAfter() throws Exception {
        flaky("/slow", 1, 503, "86400");
        fetcher(FetchOptions.builder().retryAfterCap(Duration.ofSeconds(90))).fetch(server.url("/slow"));
        assertEquals(java.util.List.of(Duration.ofSeconds(90)), time.sleeps());
    }

    @Test
    void retriesAfterAReadTimeoutThenSucceeds() throws Exception {
        AtomicInteger n = new AtomicInteger();
        server.route("/stall", ex -> {
            if (n.incrementAndGet() == 1) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            TestServer.send(ex, 200, "text/html", "late".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher f = fetcher(FetchOptions.builder().readTimeout(Duration.ofMillis(300)));
        assertEquals("late", new String(f.fetch(server.url("/stall")).body(), StandardCharsets.UTF_8));
        assertEquals(2, server.count("/stall"));
    }

    @Test
    void reportsATimeoutAsTypedExceptionWhenEveryTryTimesOut() throws Exception {
        server.route("/never", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        HttpFetcher f = fetcher(FetchOptions.builder().readTimeout(Duration.ofMillis(200)).maxRetries(1));
        FetchTimeoutException e = assertThrows(FetchTimeoutException.class, () -> f.fetch(server.url("/never")));
        assertTrue(e.getMessage().contains("/never"));
        assertEquals(2, server.count("/never"));
    }

    @Test
    void connectionRefusedFailsThatPageWithoutRetrying() throws Exception {
        String url = server.url("/x");
        server.close();
        FetchException e = assertThrows(FetchException.class, () -> fetcher(FetchOptions.builder()).fetch(url));
        assertTrue(e.getMessage().startsWith(url));
        assertTrue(time.sleeps().isEmpty());
    }
}
