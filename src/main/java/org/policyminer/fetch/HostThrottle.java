package org.policyminer.fetch;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps requests to one host at least a given delay apart. Each host has its own lock, held while waiting, so
 * threads fetching from one host queue up politely while other hosts go ahead.
 */
final class HostThrottle {
    private final Clock clock;
    private final Sleeper sleeper;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    HostThrottle(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until {@code delay} has passed since the previous request to {@code hostKey}, then books this one. */
    void await(String hostKey, Duration delay) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(hostKey, k -> new Slot());
        synchronized (slot) {
            long now = clock.millis();
            if (slot.used) {
                long wait = slot.lastMillis + delay.toMillis() - now;
                if (wait > 0) {
                    sleeper.sleep(Duration.ofMillis(wait));
                    now = Math.max(clock.millis(), slot.lastMillis + delay.toMillis());
                }
            }
            slot.used = true;
            slot.lastMillis = now;
        }
    }

    private static final class Slot {
        boolean used;
        long lastMillis;
    }
}
