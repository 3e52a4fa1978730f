package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.InstructionView;
import com.clinicscreen.screening.api.PatientDecision;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Language;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * A patient can only prepare from today: a "before" window that has begun is dated from today, one that is
 * over is not given as a task, in the full view and the patient view alike. NO_PEEL_BEFORE runs the
 * SUPERFICIAL_PEEL_BEFORE_MN period (28 days by default) up to the treatment day.
 */
class PreparationFromTodayTest {

    private static final LocalDate TODAY = TestScreening.TODAY;
    private static final Period PEEL_WINDOW = TestScreening.policyProvider().policy().parameters()
            .get("SUPERFICIAL_PEEL_BEFORE_MN").period();

    private final ScreeningService service = TestScreening.service(TODAY);

    @Test
    void plannedTodayTheWholeWindowIsToday() {
        ScreeningDecision decision = plannedOn(TODAY);
        InstructionView peel = peel(decision);
        assertEquals(TODAY, peel.startDate());
        assertEquals(TODAY, peel.endDate());
        assertEquals(0, peel.fromDay(), "days in step with the dates");
        assertNothingBeforeToday(decision);
    }

    @Test
    void plannedTomorrowTheWindowStartsToday() {
        ScreeningDecision decision = plannedOn(TODAY.plusDays(1));
        InstructionView peel = peel(decision);
        assertEquals(TODAY, peel.startDate());
        assertEquals(TODAY.plusDays(1), peel.endDate());
        assertEquals(-1, peel.fromDay());
        assertNothingBeforeToday(decision);
    }

    @Test
    void plannedExactlyTheWindowAheadTheWindowIsWholeAndStartsToday() {
        LocalDate day = TODAY.plus(PEEL_WINDOW);
        InstructionView peel = peel(plannedOn(day));
        assertEquals(TODAY, peel.startDate());
        assertEquals(day, peel.endDate());
        assertEquals(-PEEL_WINDOW.getDays(), peel.fromDay(), "the policy's own window");
        assertNothingBeforeToday(plannedOn(day));
    }

    @Test
    void plannedTheDayAfterThatTheWindowIsUntouched() {
        LocalDate day = TODAY.plus(PEEL_WINDOW).plusDays(1);
        InstructionView peel = peel(plannedOn(day));
        assertEquals(TODAY.plusDays(1), peel.startDate());
        assertEquals(day, peel.endDate());
        assertEquals(-PEEL_WINDOW.getDays(), peel.fromDay());
    }

    @Test
    void aTreatmentDayAlreadyPastGivesNoDatedPreparation() {
        // The API accepts past planned dates (a clinician screening afterwards): nothing left to prepare.
        ScreeningDecision decision = plannedOn(TODAY.minusDays(1));
        assertTrue(decision.preparation().stream().allMatch(i -> i.startDate() == null && i.endDate() == null),
                decision.preparation().toString());
        assertFalse(decision.aftercare().isEmpty(), "aftercare is still given, from the treatment day");
        assertTrue(PatientDecision.of(decision).preparation().stream().allMatch(i -> i.startDate() == null));
    }

    @Test
    void aWindowReachingPastTheTreatmentDayIsKeptFromToday() {
        // Cold-sore prophylaxis runs from the day before to the day after: planned yesterday, today remains.
        ScreeningDecision decision = service.screen(Intake.healthy()
                .set("plannedTreatmentDate", TODAY.minusDays(1).toString())
                .set("answers.coldSores", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}")
                .request(), Language.EN, false);
        InstructionView antiviral = decision.preparation().stream()
                .filter(i -> i.code().equals("ANTIVIRAL_PROPHYLAXIS")).findFirst().orElseThrow();
        assertEquals(TODAY, antiviral.startDate());
        assertEquals(TODAY, antiviral.endDate());
    }

    private ScreeningDecision plannedOn(LocalDate day) {
        return service.screen(Intake.healthy().set("plannedTreatmentDate", day.toString()).request(), Language.EN,
                false);
    }

    private static InstructionView peel(ScreeningDecision decision) {
        return decision.preparation().stream().filter(i -> i.code().equals("NO_PEEL_BEFORE")).findFirst()
                .orElseThrow(() -> new AssertionError("NO_PEEL_BEFORE not given: " + decision.preparation()));
    }

    private static void assertNothingBeforeToday(ScreeningDecision decision) {
        for (InstructionView i : decision.preparation()) {
            assertFalse(i.startDate() != null && i.startDate().isBefore(TODAY), i.code() + " " + i.startDate());
        }
        for (PatientDecision.PatientInstruction i : PatientDecision.of(decision).preparation()) {
            assertFalse(i.startDate() != null && i.startDate().isBefore(TODAY), i.code() + " " + i.startDate());
        }
    }
}
