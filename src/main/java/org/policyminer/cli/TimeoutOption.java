package org.policyminer.cli;

import java.time.Duration;
import org.policyminer.fetch.FetchOptions;
import picocli.CommandLine.Option;

/** {@code --timeout DURATION}, shared by the commands that fetch pages: the deadline of one whole fetch. */
final class TimeoutOption {
    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "3m", converter = DurationConverter.class,
            description = "Longest time to fetch one URL, every retry, backoff and redirect included (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** The fetch options with this deadline; a usage error when it is not positive. */
    FetchOptions.Builder apply(FetchOptions.Builder b) {
        if (timeout.isZero() || timeout.isNegative()) throw new UsageException("--timeout must be longer than zero");
        return b.deadline(timeout);
    }
}
