package org.policyminer.fetch;

import java.time.Duration;

/** Waits. Injected so that tests can record the waits (backoff, politeness) instead of spending them. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        };
    }
}
