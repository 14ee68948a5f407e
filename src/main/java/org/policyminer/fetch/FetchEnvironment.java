package org.policyminer.fetch;

import java.time.Clock;
import java.util.random.RandomGenerator;
import org.policyminer.util.Validate;

/**
 * What a fetcher takes from the world besides the network: the time, a way to wait, randomness for jitter and
 * name resolution. Tests replace these so that no test waits for real or depends on DNS.
 */
public record FetchEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random, HostResolver resolver) {
    public FetchEnvironment {
        Validate.notNull(clock, "clock");
        Validate.notNull(sleeper, "sleeper");
        Validate.notNull(random, "random");
        Validate.notNull(resolver, "resolver");
    }

    public static FetchEnvironment system() {
        return new FetchEnvironment(Clock.systemUTC(), Sleeper.system(), new java.util.Random(), HostResolver.system());
    }
}
