package com.clinicscreen.screening.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicscreen.screening.Intake;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates are written as ISO 8601 writes them: YYYY-MM-DD, zero-padded, and signed beyond year 9999. */
class IsoDateSerializerTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2026-12-31", "2026-01-01", "2026-10-09", "0001-01-01", "0999-09-09",
            "9999-12-31", "+10000-01-01", "-0001-12-31"})
    void writesWhatIsoWrites(String iso) throws JsonProcessingException {
        LocalDate date = LocalDate.parse(iso);
        assertEquals('"' + date.toString() + '"', Intake.MAPPER.writeValueAsString(date));
        assertEquals("[\"" + iso + "\"]", Intake.MAPPER.writeValueAsString(List.of(date)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2026-01-01", "9999-12-31"})
    void readsBackWhatItWrites(String iso) throws JsonProcessingException {
        LocalDate date = LocalDate.parse(iso);
        assertEquals(date, Intake.MAPPER.readValue(Intake.MAPPER.writeValueAsString(date), LocalDate.class));
    }
}
