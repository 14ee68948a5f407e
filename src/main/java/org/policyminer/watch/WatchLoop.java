package org.policyminer.watch;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.policyminer.fetch.Sleeper;

/**
 * Runs the watcher every {@code every}, give or take {@code jitter} (a fraction, 0.1 = ±10 %), so that many
 * watchers started together do not hit the site together. The sleeper should return early when a stop is
 * requested (the CLI's does); a stop ends the loop after the current run.
 */
public final class WatchLoop {
    private final Callable<RunReport> run;
    private final Duration every;
    private final double jitter;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final BooleanSupplier stopRequested;

    public WatchLoop(Callable<RunReport> run, Duration every, double jitter, Sleeper sleeper, RandomGenerator random,
                     BooleanSupplier stopRequested) {
        this.run = run;
        this.every = every;
        this.jitter = Math.max(0, Math.min(0.5, jitter));
        this.sleeper = sleeper;
        this.random = random;
        this.stopRequested = stopRequested;
    }

    /** Runs until a stop is requested; {@code maxRuns} bounds it (0: no bound). Returns the number of runs. */
    public int run(int maxRuns) throws Exception {
        int runs = 0;
        while (!stopRequested.getAsBoolean()) {
            run.call();
            runs++;
            if (maxRuns > 0 && runs >= maxRuns) break;
            if (stopRequested.getAsBoolean()) break;
            sleeper.sleep(nextDelay());
        }
        return runs;
    }

    Duration nextDelay() {
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(1000, Math.round(every.toMillis() * factor)));
    }
}
