package org.policyminer.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when someone sleeps (or the test advances it), recording every sleep. */
public final class FakeTime extends Clock implements Sleeper {
    private volatile Instant now = Instant.parse("2026-03-01T00:00:00Z");
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration d) {
        sleeps.add(d);
        advance(d);
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    public List<Duration> sleeps() {
        return sleeps;
    }

    public Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** An environment with this time, a seeded random and the system resolver. */
    public FetchEnvironment env() {
        return new FetchEnvironment(this, this, new Random(7), HostResolver.system());
    }

    public FetchEnvironment env(HostResolver resolver) {
        return new FetchEnvironment(this, this, new Random(7), resolver);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
