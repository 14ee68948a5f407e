package org.policyminer.cli;

import java.time.Duration;
import org.policyminer.util.Durations;
import picocli.CommandLine;

/** Every duration option reads {@link Durations}' grammar: 1h30m, 1.5s, 500ms, 2d, a bare number of seconds, PT1S. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
