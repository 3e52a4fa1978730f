package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Alternatives are re-screened with the same answers; only those this patient may have are suggested. */
class AlternativesTest {

    static final String ALL_GOALS = "[\"FINE_LINES_WRINKLES\",\"ACNE_SCARS\",\"OTHER_SCARS\",\"STRETCH_MARKS\","
            + "\"HYPERPIGMENTATION_MELASMA\",\"LAXITY\",\"TEXTURE\",\"PORES\"]";

    private final ScreeningService service = TestScreening.service();

    /** Reference §4.3 "Pregnant": gentle topicals; glycolic/lactic peel and LED only with clinician review. */
    @Test
    void pregnantPatientWithKeloidTendencyMayHaveOnlyTheGentleTopicalRegimenWithoutAClinician() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.goals", ALL_GOALS)
                .set("answers.pregnancy.status", "YES").set("answers.keloidTendency", "YES"));
        assertEquals(DecisionStatus.NOT_ELIGIBLE, decision.status());
        assertEquals(Set.of("ALT_TOP_GENTLE", "ALT_PEEL_SUP", "ALT_LED"), Set.copyOf(codes(decision)));
        for (AlternativeView alternative : decision.alternatives()) {
            assertEquals(!alternative.code().equals("ALT_TOP_GENTLE"), alternative.requiresClinicianReview(),
                    alternative.code());
        }
        assertEquals("ALT_TOP_GENTLE", decision.alternatives().stream().filter(a -> !a.requiresClinicianReview())
                .map(AlternativeView::code).findFirst().orElseThrow());
    }

    @Test
    void anEligiblePatientGetsAlternativesOnlyWhenAskedFor() {
        Intake healthy = Intake.healthy().set("answers.goals", ALL_GOALS);
        ScreeningDecision auto = service.screen(healthy.request(), Language.EN, false, AlternativesMode.AUTO);
        assertEquals(DecisionStatus.ELIGIBLE, auto.status());
        assertEquals(List.of(), codes(auto), "can simply be booked: nothing instead");
        ScreeningDecision always = service.screen(healthy.request(), Language.EN, false, AlternativesMode.ALWAYS);
        assertFalse(always.alternatives().isEmpty());
        ScreeningDecision deferred = service.screen(healthy.set("plannedTreatmentDate", "2026-09-20")
                .set("answers.sun.tanning", "{\"status\":\"YES\",\"date\":\"2026-09-14\"}").request(), Language.EN, false, AlternativesMode.AUTO);
        assertEquals(DecisionStatus.DEFERRED, deferred.status());
        assertFalse(deferred.alternatives().isEmpty(), "cannot simply be booked: what can I have instead");
        assertEquals(List.of(), codes(service.screen(healthy.request(), Language.EN, false, AlternativesMode.NONE)));
    }

    @Test
    void rfMicroneedlingIsSuggestedOnlyForLaxityOrPores() {
        ScreeningDecision scars = screen(Intake.healthy().set("answers.goals", "[\"ACNE_SCARS\",\"TEXTURE\"]"));
        assertFalse(codes(scars).contains("ALT_RFMN"), "not a general acne-scar alternative (§4.2)");
        ScreeningDecision laxity = screen(Intake.healthy().set("answers.goals", "[\"ACNE_SCARS\",\"LAXITY\"]"));
        assertTrue(codes(laxity).contains("ALT_RFMN"));
    }

    @Test
    void patientBlockedOnlyByAPacemakerForRfIsOfferedPlainMicroneedling() {
        ScreeningDecision decision = screen(Intake.healthy().set("treatment", "ALT_RFMN")
                .set("answers.electronicImplant", "YES").set("answers.metalOrTattooInArea.metalInArea", "NO"));
        assertEquals(DecisionStatus.NOT_ELIGIBLE, decision.status());
        AlternativeView plain = decision.alternatives().stream().filter(a -> a.code().equals("MN")).findFirst()
                .orElseThrow(() -> new AssertionError("plain microneedling not offered: " + codes(decision)));
        assertEquals(DecisionStatus.ELIGIBLE, plain.status());
        assertEquals("MN", decision.alternatives().get(0).code(), "same goals fully covered: offered first");
    }

    @Test
    void patientBlockedOnlyByAPrpRuleIsOfferedPlainMicroneedling() {
        ScreeningDecision decision = screen(EveryRuleFiresTest.prp().set("answers.prp.sepsisOrUnstableCirculation", "YES"));
        assertEquals(DecisionStatus.NOT_ELIGIBLE, decision.status());
        assertTrue(codes(decision).contains("MN"), codes(decision)::toString);
    }

    @Test
    void patientExcludedFromMicroneedlingIsNeverRescuedByRfOrPrpMicroneedling() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.goals", ALL_GOALS)
                .set("answers.bleedingDisorder", "YES"));
        assertEquals(DecisionStatus.NOT_ELIGIBLE, decision.status());
        assertFalse(codes(decision).contains("ALT_RFMN"));
        assertFalse(codes(decision).contains("ALT_PRPMN"));
    }

    @Test
    void keloidFormerIsNotOfferedLasersOrMicroneedlingVariants() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.goals", ALL_GOALS)
                .set("answers.keloidTendency", "YES"));
        List<String> codes = codes(decision);
        for (String excluded : List.of("ALT_NAFL", "ALT_ABL", "ALT_RFMN", "ALT_PRPMN")) {
            assertFalse(codes.contains(excluded), excluded + " offered to a keloid former");
        }
        assertTrue(codes.contains("ALT_TOP_GENTLE"));
    }

    @Test
    void everySuggestionCoversAGoalAndIsSafeOrStatesItNeedsAClinician() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.goals", ALL_GOALS)
                .set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"WARFARIN\"]}"));
        assertFalse(decision.alternatives().isEmpty());
        for (AlternativeView alternative : decision.alternatives()) {
            assertFalse(alternative.goalsCovered().isEmpty());
            assertTrue(Set.of(DecisionStatus.ELIGIBLE, DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS,
                    DecisionStatus.CLINICIAN_REVIEW).contains(alternative.status()));
            assertEquals(alternative.status() == DecisionStatus.CLINICIAN_REVIEW, alternative.requiresClinicianReview());
            assertFalse(alternative.why().isBlank());
        }
    }

    @Test
    void alternativesCoveringMoreGoalsComeFirst() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.goals", "[\"HYPERPIGMENTATION_MELASMA\",\"PORES\",\"TEXTURE\"]"));
        List<Integer> coverage = decision.alternatives().stream().map(a -> a.goalsCovered().size()).toList();
        for (int i = 1; i < coverage.size(); i++) {
            assertTrue(coverage.get(i - 1) >= coverage.get(i), coverage::toString);
        }
    }

    @Test
    void onlyTreatmentsAddressingTheGoalsAreConsidered() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.goals", "[\"STRETCH_MARKS\"]"));
        for (AlternativeView alternative : decision.alternatives()) {
            assertEquals(List.of(Goal.STRETCH_MARKS), alternative.goalsCovered().stream()
                    .map(AlternativeView.GoalCoverage::goal).toList());
        }
        assertFalse(codes(decision).contains("ALT_TOXIN"), "toxin does not treat stretch marks");
    }

    @Test
    void rfAlternativeForAPlainMicroneedlingRequestAsksTheRfQuestionsThroughAClinician() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.goals", "[\"LAXITY\"]"));
        AlternativeView rf = decision.alternatives().stream().filter(a -> a.code().equals("ALT_RFMN")).findFirst()
                .orElseThrow();
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, rf.status(), "pacemaker and metal questions were not asked");
        assertTrue(rf.reasons().stream().anyMatch(r -> r.code().equals("RF_ELECTRONIC_IMPLANT")));
    }

    /** Alternatives always: most cases here are about which alternatives, not whether any are wanted. */
    private ScreeningDecision screen(Intake intake) {
        return service.screen(intake.request(), Language.EN, false, AlternativesMode.ALWAYS);
    }

    private static List<String> codes(ScreeningDecision decision) {
        return decision.alternatives().stream().map(AlternativeView::code).toList();
    }
}
