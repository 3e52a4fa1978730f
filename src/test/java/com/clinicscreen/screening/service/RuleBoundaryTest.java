package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.Outcome;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every date deferral at its boundary: the day before the period ends the patient is deferred to that
 * day; on that day the deferral is gone. Calendar months clamp to the month's end.
 */
class RuleBoundaryTest {

    private final ScreeningService service = TestScreening.service();

    static Stream<Arguments> dateDeferrals() {
        return Stream.of(
                row("isotretinoin stopped: 6 calendar months", "ISOTRETINOIN_RECENT", "2026-03-31", Period.ofMonths(6),
                        (i, d) -> i.set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"" + d + "\"}")),
                row("isotretinoin stopped on Aug 31: clamps to Feb 28", "ISOTRETINOIN_RECENT", "2025-08-31", Period.ofMonths(6),
                        (i, d) -> i.set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"" + d + "\"}")),
                row("isotretinoin stopped on Aug 31 before a leap year: Feb 29", "ISOTRETINOIN_RECENT", "2023-08-31",
                        Period.ofMonths(6),
                        (i, d) -> i.set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"" + d + "\"}")),
                row("radiation completed: 90 days", "RADIATION_TO_AREA", "2026-06-01", Period.ofDays(90),
                        (i, d) -> i.set("answers.radiationToArea", "{\"status\":\"COMPLETED\",\"completedDate\":\"" + d + "\"}")),
                row("tan or self-tan: 14 days", "TAN_RECENT", "2026-09-10", Period.ofDays(14),
                        (i, d) -> i.set("answers.sun.tanning", "{\"status\":\"YES\",\"date\":\"" + d + "\"}")),
                row("superficial peel: 28 days", "RECENT_PEEL_SUPERFICIAL", "2026-09-01", Period.ofDays(28),
                        (i, d) -> i.procedure("PEEL_SUPERFICIAL", d)),
                row("medium peel: 90 days", "RECENT_PEEL_MEDIUM_DEEP", "2026-08-01", Period.ofDays(90),
                        (i, d) -> i.procedure("PEEL_MEDIUM", d)),
                row("deep peel: 90 days", "RECENT_PEEL_MEDIUM_DEEP", "2026-08-01", Period.ofDays(90),
                        (i, d) -> i.procedure("PEEL_DEEP", d)),
                row("dermabrasion: 90 days", "RECENT_PEEL_MEDIUM_DEEP", "2026-08-01", Period.ofDays(90),
                        (i, d) -> i.procedure("DERMABRASION", d)),
                row("ablative laser: 90 days", "RECENT_PEEL_MEDIUM_DEEP", "2026-08-01", Period.ofDays(90),
                        (i, d) -> i.procedure("LASER_ABLATIVE", d)),
                row("non-ablative laser: 21 days", "RECENT_LASER_IPL_RF_NONABLATIVE", "2026-09-05", Period.ofDays(21),
                        (i, d) -> i.procedure("LASER_NONABLATIVE", d)),
                row("IPL: 21 days", "RECENT_LASER_IPL_RF_NONABLATIVE", "2026-09-05", Period.ofDays(21),
                        (i, d) -> i.procedure("IPL", d)),
                row("RF or ultrasound device: 21 days", "RECENT_LASER_IPL_RF_NONABLATIVE", "2026-09-05", Period.ofDays(21),
                        (i, d) -> i.procedure("RF_OR_ULTRASOUND_DEVICE", d)),
                row("previous microneedling: 28 days", "RECENT_MICRONEEDLING", "2026-09-01", Period.ofDays(28),
                        (i, d) -> i.procedure("MICRONEEDLING", d)),
                row("waxing: 7 days", "RECENT_WAX_DEPILATORY_ELECTROLYSIS", "2026-09-12", Period.ofDays(7),
                        (i, d) -> i.procedure("WAXING_THREADING_DEPILATORY_ELECTROLYSIS", d)),
                row("botulinum toxin: 14 days", "RECENT_NEUROTOXIN_IN_AREA", "2026-09-10", Period.ofDays(14),
                        (i, d) -> i.procedure("NEUROTOXIN", d)),
                row("HA filler: 28 days", "RECENT_HA_FILLER_IN_AREA", "2026-09-01", Period.ofDays(28),
                        (i, d) -> i.procedure("FILLER_HA", d)),
                row("biostimulator filler: 28 days", "RECENT_HA_FILLER_IN_AREA", "2026-09-01", Period.ofDays(28),
                        (i, d) -> i.procedure("FILLER_BIOSTIMULATOR", d)),
                row("facial surgery: 6 months", "RECENT_SURGERY_OR_NEW_SCAR", "2026-05-31", Period.ofMonths(6),
                        (i, d) -> i.procedure("FACIAL_SURGERY", d)),
                row("new scar in the area: 6 months", "RECENT_SURGERY_OR_NEW_SCAR", "2026-04-15", Period.ofMonths(6),
                        (i, d) -> i.set("answers.surgeryOrNewScarInArea", "{\"status\":\"YES\",\"date\":\"" + d + "\"}")),
                row("retinoid used: 7 days after the last application", "TOPICAL_RETINOID_ACID_RECENT", "2026-09-14",
                        Period.ofDays(7),
                        (i, d) -> i.set("answers.topicals", "{\"status\":\"YES\",\"products\":[\"RETINOID\"],\"lastUseDate\":\"" + d + "\"}")),
                row("PRP: NSAID 2 days", "PRP_NSAIDS_STEROIDS", "2026-09-14", Period.ofDays(2),
                        (i, d) -> EveryRuleFiresTest.prp().set("answers.prp.nsaids", "{\"status\":\"YES\",\"date\":\"" + d + "\"}")),
                row("PRP: steroid injection in the area 1 month", "PRP_NSAIDS_STEROIDS", "2026-08-31", Period.ofMonths(1),
                        (i, d) -> EveryRuleFiresTest.prp().set("answers.prp.steroidInjectionInArea", "{\"status\":\"YES\",\"date\":\"" + d + "\"}")),
                row("PRP: systemic steroid 14 days", "PRP_NSAIDS_STEROIDS", "2026-09-10", Period.ofDays(14),
                        (i, d) -> EveryRuleFiresTest.prp().set("answers.prp.systemicSteroids", "{\"status\":\"YES\",\"date\":\"" + d + "\"}")),
                row("RF: isotretinoin 6 months (device labeling)", "ISOTRETINOIN_RECENT_RF", "2026-04-30", Period.ofMonths(6),
                        (i, d) -> rf(i).set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"" + d + "\"}")),
                row("RF: ablative fractional laser 12 weeks", "RF_RECENT_ENERGY_TX", "2026-08-01", Period.ofWeeks(12),
                        (i, d) -> rf(i).procedure("LASER_ABLATIVE", d)),
                row("RF: facial surgery 1 year", "RF_RECENT_ENERGY_TX", "2026-02-28", Period.ofYears(1),
                        (i, d) -> rf(i).procedure("FACIAL_SURGERY", d)));
    }

    @ParameterizedTest(name = "{0}: deferred the day before")
    @MethodSource("dateDeferrals")
    void deferredUntilThePeriodEndsTheDayBefore(String clinicalCase, String code, String date, Period period,
            BiFunction<Intake, String, Intake> answers) {
        LocalDate end = LocalDate.parse(date).plus(period);
        ScreeningDecision decision = screen(answers.apply(Intake.healthy(), date), end.minusDays(1));
        ReasonView reason = reason(decision, code).orElseThrow(() -> new AssertionError(code + " did not fire"));
        assertEquals(Outcome.DEFER_UNTIL_DATE, reason.outcome());
        assertEquals(end, reason.eligibleFrom());
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        assertFalse(decision.eligible());
        assertFalse(decision.notBefore().isBefore(end), "notBefore is the latest of all date deferrals");
        if (decision.eligibleFrom() != null) {
            assertEquals(decision.notBefore(), decision.eligibleFrom(), "bookable from the same date when nothing else "
                    + "is needed");
        } else {
            assertEquals(DecisionStatus.CLINICIAN_REVIEW, decision.afterDeferral(), "a deferral without eligibleFrom "
                    + "ends in a review");
        }
    }

    @ParameterizedTest(name = "{0}: no longer deferred on the day")
    @MethodSource("dateDeferrals")
    void noLongerDeferredOnTheDayThePeriodEnds(String clinicalCase, String code, String date, Period period,
            BiFunction<Intake, String, Intake> answers) {
        LocalDate end = LocalDate.parse(date).plus(period);
        ScreeningDecision decision = screen(answers.apply(Intake.healthy(), date), end);
        assertTrue(reason(decision, code).filter(r -> r.outcome() == Outcome.DEFER_UNTIL_DATE).isEmpty(),
                () -> code + " still defers on " + end);
    }

    @Test
    void sixMonthsAfterAugust31IsFebruary28() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"2025-08-31\"}"), LocalDate.of(2025, 9, 1));
        assertEquals(LocalDate.of(2026, 2, 28), decision.eligibleFrom());
    }

    @Test
    void patientOneDayShortOfEighteenIsNotEligibleAndTurnsEighteenIntoClinicianReview() {
        LocalDate evaluation = LocalDate.of(2026, 9, 15);
        ScreeningDecision minor = screen(Intake.healthy().set("answers.dateOfBirth", "2008-09-16"), evaluation);
        assertEquals(DecisionStatus.NOT_ELIGIBLE, minor.status());
        assertTrue(reason(minor, "AGE_UNDER_18").isPresent());
        assertNull(minor.eligibleFrom());

        ScreeningDecision eighteen = screen(Intake.healthy().set("answers.dateOfBirth", "2008-09-15"), evaluation);
        assertTrue(reason(eighteen, "AGE_UNDER_18").isEmpty());
        assertEquals(Outcome.CLINICIAN_REVIEW, reason(eighteen, "AGE_18_21_OFF_LABEL").orElseThrow().outcome());
    }

    @Test
    void patientTurningTwentyTwoLeavesTheOffLabelAgeReview() {
        LocalDate evaluation = LocalDate.of(2026, 9, 15);
        assertTrue(reason(screen(Intake.healthy().set("answers.dateOfBirth", "2004-09-16"), evaluation),
                "AGE_18_21_OFF_LABEL").isPresent());
        assertTrue(reason(screen(Intake.healthy().set("answers.dateOfBirth", "2004-09-15"), evaluation),
                "AGE_18_21_OFF_LABEL").isEmpty());
    }

    @Test
    void scarBetweenSixAndTwelveMonthsOldNeedsClinicianReviewThenNothing() {
        Intake scar = Intake.healthy().set("answers.surgeryOrNewScarInArea", "{\"status\":\"YES\",\"date\":\"2025-09-15\"}");
        assertEquals(Outcome.CLINICIAN_REVIEW,
                reason(screen(scar, LocalDate.of(2026, 3, 15)), "RECENT_SURGERY_OR_NEW_SCAR").orElseThrow().outcome());
        assertEquals(Outcome.CLINICIAN_REVIEW,
                reason(screen(scar, LocalDate.of(2026, 9, 14)), "RECENT_SURGERY_OR_NEW_SCAR").orElseThrow().outcome());
        assertTrue(reason(screen(scar, LocalDate.of(2026, 9, 15)), "RECENT_SURGERY_OR_NEW_SCAR").isEmpty());
    }

    @Test
    void radiationMoreThanNinetyDaysAgoStillNeedsClinicianReview() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.radiationToArea", "{\"status\":\"COMPLETED\",\"completedDate\":\"2026-06-01\"}"),
                LocalDate.of(2026, 8, 30));
        assertEquals(Outcome.CLINICIAN_REVIEW, reason(decision, "RADIATION_TO_AREA").orElseThrow().outcome());
    }

    @Test
    void retinoidUsedMoreThanSevenDaysAgoIsAPrecautionNotADeferral() {
        // Planned after today, so the stop-retinoids preparation is still something the patient can do.
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.topicals", "{\"status\":\"YES\",\"products\":[\"RETINOID\"],\"lastUseDate\":\"2026-09-14\"}"),
                LocalDate.of(2026, 9, 21));
        assertEquals(DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, decision.status());
        assertTrue(decision.preparation().stream().anyMatch(i -> i.code().equals("STOP_TOPICAL_RETINOIDS")));
    }

    @Test
    void sunburnWaitsUntilHealedAndNotBeforeFourteenDaysAfterTheExposure() {
        Intake sunburn = Intake.healthy().set("answers.sun.sunburn", "{\"status\":\"YES\",\"date\":\"2026-09-10\"}");
        ScreeningDecision early = screen(sunburn, LocalDate.of(2026, 9, 15));
        assertEquals(DecisionStatus.DEFERRED, early.status());
        assertEquals(LocalDate.of(2026, 9, 24), early.notBefore());
        assertNull(early.eligibleFrom(), "healing must be confirmed first: not bookable from a date on its own");
        assertFalse(early.conditionsToResolve().isEmpty(), "date and resolution deferral: both are reported");

        ScreeningDecision later = screen(sunburn, LocalDate.of(2026, 9, 24));
        assertEquals(DecisionStatus.DEFERRED, later.status(), "still sunburned: waits until healed");
        assertNull(later.eligibleFrom(), "no date can be computed for healing");
        assertNull(later.notBefore(), "the fourteen days have passed");
    }

    @Test
    void pregnancyDefersUntilDeliveryAndTheEndOfBreastfeedingWithNoDate() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.pregnancy", "{\"status\":\"YES\",\"dueDate\":\"2027-03-01\"}"), LocalDate.of(2026, 9, 15));
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        assertNull(decision.eligibleFrom(), "a due date is not a booking date: breastfeeding may follow");
        assertNull(decision.notBefore());
        assertEquals(1, decision.conditionsToResolve().size());
    }

    @Test
    void severalDateDeferralsReportTheLatestDate() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.sun.tanning", "{\"status\":\"YES\",\"date\":\"2026-09-10\"}")
                .procedure("PEEL_SUPERFICIAL", "2026-09-05")
                .procedure("NEUROTOXIN", "2026-09-12"), LocalDate.of(2026, 9, 15));
        assertEquals(LocalDate.of(2026, 10, 3), decision.eligibleFrom(), "peel + 28 days is the latest");
        assertEquals(3, decision.reasons().size());
    }

    @Test
    void aTanTheClientIsUnsureAboutWaitsForTheDateInsteadOfBeingIgnored() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.sun.tanning.status", "UNSURE"),
                LocalDate.of(2026, 9, 15));
        ReasonView tan = reason(decision, "TAN_RECENT").orElseThrow();
        assertEquals(Outcome.DEFER_UNTIL_RESOLVED, tan.outcome());
        assertNotEquals(null, tan.certaintyNote());
    }

    private static Intake rf(Intake intake) {
        return intake.set("treatment", "ALT_RFMN").set("answers.electronicImplant", "NO")
                .set("answers.metalOrTattooInArea.metalInArea", "NO");
    }

    private ScreeningDecision screen(Intake intake, LocalDate planned) {
        return service.screen(intake.set("plannedTreatmentDate", planned.toString()).request(), Language.EN, false);
    }

    private static Optional<ReasonView> reason(ScreeningDecision decision, String code) {
        return decision.reasons().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private static Arguments row(String clinicalCase, String code, String date, Period period,
            BiFunction<Intake, String, Intake> answers) {
        return Arguments.of(clinicalCase, code, date, period, answers);
    }
}
