package org.policyminer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDayTest {
    @Test
    void readsTheDayAtTheHead() {
        assertEquals(LocalDate.of(2025, 3, 18), IsoDay.of("2025-03-18"));
        assertEquals(LocalDate.of(2025, 3, 18), IsoDay.of("2025-03-18 10:00"));
        assertEquals(LocalDate.of(2024, 2, 29), IsoDay.of("2024-02-29T08:00:00+08:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-3-18", "2025/03/18", "2025-02-30", "2025-13-01", "20250-03-18", "2025-03-180", "２０２５-03-18", "abcd-ef-gh"})
    void refusesWhatIsNotAnIsoDay(String s) {
        assertNull(IsoDay.of(s));
    }

    @Test
    void nullIsNoDay() {
        assertNull(IsoDay.of(null));
    }
}
