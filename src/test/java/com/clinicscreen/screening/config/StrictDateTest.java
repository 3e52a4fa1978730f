package com.clinicscreen.screening.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates are read only as the schema writes them (YYYY-MM-DD) and only when the day exists. */
class StrictDateTest {

    @ParameterizedTest
    @CsvSource({"2024-02-29, 2024, 2, 29", "2026-12-31, 2026, 12, 31", "2026-01-01, 2026, 1, 1",
            "0001-01-01, 1, 1, 1", "9999-12-31, 9999, 12, 31"})
    void readsCalendarDays(String text, int year, int month, int day) {
        assertEquals(LocalDate.of(year, month, day), StrictJsonCustomizer.StrictDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
            "2026-1-05", "2026-01-5", "26-01-05", "2026/01/05", "2026-01-05 ", " 2026-01-05", "+2026-01-05",
            "2026-01-05T00:00", "２０２６-01-05", "2026-0a-05", "", "20260105"})
    void refusesAnythingElse(String text) {
        assertNull(StrictJsonCustomizer.StrictDate.parse(text));
    }
}
