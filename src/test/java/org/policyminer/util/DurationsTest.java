package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({"30m,1800000", "1h,3600000", "90s,90000", "1h30m,5400000", "PT2M,120000", "1d,86400000", "1.5s,1500",
            "500ms,500", "90,90000", "1.5h,5400000", "2d12h,216000000", "1m30s250ms,90250"})
    void oneGrammarForEveryOption(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Durations.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "30 m", "", "m30", "1h-5m", "-PT1S", "1x"})
    void rejectsWhatIsNotADuration(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        assertEquals(true, e.getMessage().contains("30m") || e.getMessage().contains("negative"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1h30m", "45s", "500ms", "2d12h", "1m30s250ms"})
    void formatsInTheGrammarItReads(String text) {
        assertEquals(text, Durations.format(Durations.parse(text)));
    }
}
