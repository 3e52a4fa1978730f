package com.clinicscreen.screening.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Today's date in the clinic's time zone; tests replace the clock to pin "today". */
@ApplicationScoped
public class ClinicCalendar {

    private final Clock clock;

    @Inject
    public ClinicCalendar(ScreeningConfig config) {
        this(Clock.system(config.clinicTimeZone()));
    }

    public ClinicCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
