package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.config.ClinicCalendar;
import com.clinicscreen.screening.domain.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Without a planned date the evaluation date is today in the clinic's time zone. */
class EvaluationDateTest {

    @Test
    void withoutAPlannedDateTheEvaluationDateIsTheClinicsToday() {
        var decision = TestScreening.service(LocalDate.of(2026, 9, 15))
                .screen(Intake.healthy().remove("plannedTreatmentDate").request(), Language.EN, false);
        assertEquals(LocalDate.of(2026, 9, 15), decision.evaluationDate());
    }

    @Test
    void lateEveningInLosAngelesIsStillThatDayThereThoughItIsTomorrowInUtc() {
        Clock clock = Clock.fixed(Instant.parse("2026-09-16T05:30:00Z"), ZoneId.of("America/Los_Angeles"));
        assertEquals(LocalDate.of(2026, 9, 15), new ClinicCalendar(clock).today());
    }

    @Test
    void washoutEndingTodayInTheClinicIsEligibleToday() {
        var decision = TestScreening.service(LocalDate.of(2026, 9, 15)).screen(Intake.healthy()
                .remove("plannedTreatmentDate")
                .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"2026-03-15\"}").request(),
                Language.EN, false);
        assertEquals(LocalDate.of(2026, 9, 15), decision.eligibleFrom());
        assertEquals(com.clinicscreen.screening.domain.DecisionStatus.ELIGIBLE, decision.status());
    }
}
