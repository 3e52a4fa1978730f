package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.problems.ProblemKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cases a clinical review found unsafe or wrong: each alternative is now screened against every finding
 * with the same rigor as the requested treatment, and the decision says what a booking system can act on.
 */
class SafeAlternativesTest {

    private final ScreeningService service = TestScreening.service();

    @Test
    void chemotherapyNowMakesNoProcedureSimplyEligible() {
        Map<String, DecisionStatus> offered = alternatives(Intake.healthy().set("answers.immunosuppressiveTreatment",
                "{\"status\":\"CURRENT\",\"kinds\":[\"CHEMOTHERAPY\"]}"));
        for (String procedure : List.of("ALT_NAFL", "ALT_FILLER_HA", "ALT_PEEL_SUP", "ALT_MDA", "ALT_TOXIN",
                "ALT_HYDRAFACIAL", "ALT_ABL")) {
            assertNotEligibleWithoutAClinician(offered, procedure, "chemotherapy (implies immunosuppression)");
        }
    }

    @Test
    void sclerodermaCountsAsAutoimmuneConnectiveTissueDisease() {
        Map<String, DecisionStatus> offered = alternatives(Intake.healthy().set("answers.autoimmune",
                "{\"status\":\"YES\",\"kinds\":[\"MORPHEA\"],\"flaringNow\":\"NO\"}"));
        for (String procedure : List.of("ALT_NAFL", "ALT_FILLER_HA", "ALT_MDA", "ALT_PEEL_SUP", "ALT_ABL")) {
            assertNotEligibleWithoutAClinician(offered, procedure, "morphea");
        }
    }

    @Test
    void nineDaysAfterAnAblativeLaserNoResurfacingIsSuggested() {
        Intake intake = Intake.healthy().procedure("LASER_ABLATIVE", "2026-09-06").set("plannedTreatmentDate", "2026-09-15");
        ScreeningDecision decision = screen(intake);
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        // Not bookable now: at most suggested from the day its own window after the laser ends.
        for (AlternativeView alternative : decision.alternatives()) {
            if (List.of("ALT_ABL", "ALT_NAFL", "ALT_PEEL_SUP", "ALT_MDA", "ALT_HYDRAFACIAL").contains(alternative.code())) {
                assertEquals(DecisionStatus.DEFERRED, alternative.status(), alternative.code());
                assertTrue(alternative.bookableFrom().isAfter(decision.evaluationDate()), alternative.code());
                System.out.println("after an ablative laser: " + alternative.code() + " from " + alternative.bookableFrom());
            }
        }
    }

    @Test
    void spreadingVitiligoIsNotOfferedLasersAndAPeelOnlyWithAClinician() {
        Map<String, DecisionStatus> offered = alternatives(Intake.healthy().set("answers.vitiligo",
                "{\"status\":\"YES\",\"spreadingLast12Months\":\"YES\",\"locations\":[\"HANDS\"]}"));
        assertFalse(offered.containsKey("ALT_ABL"));
        assertFalse(offered.containsKey("ALT_NAFL"));
        assertNotEligibleWithoutAClinician(offered, "ALT_PEEL_SUP", "spreading vitiligo");
    }

    @Test
    void uncontrolledDiabetesAndRecentRadiotherapyReachAClinicianForEveryProcedure() {
        for (Intake intake : List.of(
                Intake.healthy().set("answers.diabetes", "{\"status\":\"YES\",\"poorlyControlled\":\"YES\"}"),
                Intake.healthy().set("answers.radiationToArea", "{\"status\":\"COMPLETED\",\"completedDate\":\"2026-08-01\"}"))) {
            Map<String, DecisionStatus> offered = alternatives(intake);
            for (String procedure : List.of("ALT_NAFL", "ALT_FILLER_HA", "ALT_TOXIN", "ALT_LED")) {
                assertNotEligibleWithoutAClinician(offered, procedure, intake.json());
            }
        }
    }

    @Test
    void allergiesAnsweredUnsureKeepToxinAndFillerFromBeingSimplyEligible() {
        Map<String, DecisionStatus> offered = alternatives(Intake.healthy().set("answers.allergies", "{\"status\":\"UNSURE\"}"));
        assertFalse(offered.containsKey("ALT_TOXIN"), "toxin hypersensitivity is absolute; unsure is a possible yes");
        assertFalse(offered.containsKey("ALT_FILLER_HA"));
        assertTrue(offered.values().stream().noneMatch(status -> status == DecisionStatus.ELIGIBLE), offered::toString);
    }

    @Test
    void anAllergyAnsweredOtherReachesAClinicianForEveryTreatment() {
        Intake intake = Intake.healthy().set("answers.allergies", "{\"status\":\"YES\",\"kinds\":[\"OTHER\"]}");
        ScreeningDecision decision = screen(intake);
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, decision.status());
        assertTrue(decision.reasons().stream().anyMatch(r -> r.code().equals("ALLERGY_UNSPECIFIED")));
        for (AlternativeView alternative : decision.alternatives()) {
            assertTrue(alternative.requiresClinicianReview(), alternative.code());
        }
    }

    @Test
    void ledAfterIsotretinoinStoppedUnderSixMonthsAgoNeedsAClinician() {
        Map<String, DecisionStatus> offered = alternatives(Intake.healthy()
                .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"2026-07-01\"}"));
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, offered.get("ALT_LED"));
    }

    @Test
    void ledIsNotSuggestedOverAnActiveColdSoreOrImpetigoNorWithLupus() {
        for (Intake intake : List.of(
                Intake.healthy().set("answers.coldSores",
                        "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"YES\"}"),
                Intake.healthy().set("answers.skinInfectionInArea", "{\"status\":\"YES\",\"kinds\":[\"BACTERIAL\"]}"),
                Intake.healthy().set("answers.autoimmune", "{\"status\":\"YES\",\"kinds\":[\"SLE\"],\"flaringNow\":\"NO\"}"))) {
            assertFalse(alternatives(intake).containsKey("ALT_LED"), intake.json());
        }
    }

    @Test
    void prpMicroneedlingIsNotSuggestedOnAPrescribedAnticoagulantButReviewedWhenRequested() {
        Intake warfarin = Intake.healthy().set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"WARFARIN\"]}");
        assertFalse(alternatives(warfarin).containsKey("ALT_PRPMN"), "§4.3: not suggestible as an alternative");
        ScreeningDecision requested = screen(EveryRuleFiresTest.prp()
                .set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"WARFARIN\"]}"));
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, requested.status(), "P6 when it is what the patient asked for");
    }

    /** S29: a platelet inhibitor defeats the platelet concentrate, so PRP is treated like the anticoagulant row of §4.3. */
    @Test
    void prpMicroneedlingIsNotSuggestedOnAPrescribedAntiplateletButReviewedWhenRequested() {
        for (String medicine : List.of("CLOPIDOGREL", "PRASUGREL", "TICAGRELOR", "ASPIRIN_PRESCRIBED")) {
            String answer = "{\"status\":\"YES\",\"medicines\":[\"" + medicine + "\"]}";
            assertFalse(alternatives(Intake.healthy().set("answers.bloodThinners", answer)).containsKey("ALT_PRPMN"), medicine);
            ScreeningDecision requested = screen(EveryRuleFiresTest.prp().set("answers.bloodThinners", answer));
            assertEquals(DecisionStatus.CLINICIAN_REVIEW, requested.status(), medicine + ": P6 when it is what the patient asked for");
        }
    }

    @Test
    void steroidTabletsNowAndNoSteroidsForPrpAreReconciledCautiouslyNamingBothAnswers() {
        Intake intake = EveryRuleFiresTest.prp().set("answers.immunosuppressiveTreatment",
                "{\"status\":\"CURRENT\",\"kinds\":[\"SYSTEMIC_STEROIDS\"]}");
        ScreeningDecision decision = screen(intake);
        ReasonView prp = decision.reasons().stream().filter(r -> r.code().equals("PRP_NSAIDS_STEROIDS")).findFirst()
                .orElseThrow(() -> new AssertionError("no PRP steroid reason: " + decision.reasons()));
        assertEquals(List.of("answers.immunosuppressiveTreatment.kinds[0]", "answers.prp.systemicSteroids.status"),
                prp.triggeredBy().stream().map(AnswerRef::path).toList());
        assertEquals(Certainty.UNSURE, prp.certainty());
        assertNotEquals(DecisionStatus.ELIGIBLE, decision.status());
        ScreeningDecision past = screen(EveryRuleFiresTest.prp().set("answers.immunosuppressiveTreatment",
                "{\"status\":\"PAST\",\"kinds\":[\"SYSTEMIC_STEROIDS\"]}"));
        assertFalse(past.reasons().stream().anyMatch(r -> r.code().equals("PRP_NSAIDS_STEROIDS")), "no conflict: " + past.reasons());
    }

    @Test
    void spreadingVitiligoIsNotDescribedToThePatientAsTreatable() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.vitiligo",
                "{\"status\":\"YES\",\"locations\":[\"HANDS\"],\"spreadingLast12Months\":\"YES\"}"));
        assertEquals(DecisionStatus.NOT_ELIGIBLE, decision.status());
        String patient = decision.reasons().stream().filter(r -> r.code().equals("VITILIGO")).findFirst().orElseThrow().patientText();
        assertTrue(patient.contains("While vitiligo is spreading, this treatment is not done"), patient);
        assertFalse(patient.contains("how to treat"), patient);
    }

    @Test
    void anActiveColdSoreReturnsBothTheActiveAndTheHistoryReason() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.coldSores",
                "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"YES\"}"));
        assertEquals(Set.of("HSV_ACTIVE", "HSV_HISTORY"), decision.reasons().stream().map(ReasonView::code)
                .collect(Collectors.toSet()));
    }

    @Test
    void rosaceaUnsureIsScreenedAsActiveLikeEczemaAndPsoriasis() {
        for (String condition : List.of("rosacea", "eczema", "psoriasis")) {
            ScreeningDecision decision = screen(Intake.healthy().set("answers." + condition, "{\"status\":\"UNSURE\"}"));
            assertEquals(DecisionStatus.DEFERRED, decision.status(), condition);
            assertTrue(decision.reasons().stream().allMatch(r -> r.outcome() == Outcome.DEFER_UNTIL_RESOLVED), condition);
        }
    }

    @Test
    void anExfoliatingFacialYesterdayDefersMicroneedlingTheDayBeforeAndNotOnTheDay() {
        Intake yesterday = Intake.healthy().procedure("MICRODERMABRASION_DERMAPLANING_HYDRAFACIAL", "2026-09-14");
        ScreeningDecision before = screen(yesterday.set("plannedTreatmentDate", "2026-10-11"));
        assertEquals(DecisionStatus.DEFERRED, before.status());
        assertEquals(LocalDate.of(2026, 10, 12), before.eligibleFrom(), "28 days, SUPERFICIAL_PEEL_BEFORE_MN");
        assertTrue(before.reasons().stream().anyMatch(r -> r.code().equals("RECENT_PEEL_SUPERFICIAL")));
        ScreeningDecision onTheDay = screen(yesterday.set("plannedTreatmentDate", "2026-10-12"));
        assertEquals(DecisionStatus.ELIGIBLE, onTheDay.status());
    }

    @Test
    void microdermabrasionWithRecurrentColdSoresCarriesAntiviralProphylaxis() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.goals", "[\"TEXTURE\"]")
                .set("answers.coldSores", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}"));
        AlternativeView mda = decision.alternatives().stream().filter(a -> a.code().equals("ALT_MDA")).findFirst()
                .orElseThrow();
        assertEquals(DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, mda.status());
        assertTrue(mda.reasons().stream().anyMatch(r -> r.code().equals("HSV_HISTORY")));
    }

    @Test
    void radiotherapyDefersNinetyDaysThenGoesToAClinician() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.radiationToArea", "{\"status\":\"COMPLETED\",\"completedDate\":\"2026-08-01\"}"));
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        assertNull(decision.eligibleFrom(), "a booking from that date still goes to a clinician");
        assertEquals(LocalDate.of(2026, 10, 30), decision.notBefore());
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, decision.afterDeferral());
        ScreeningDecision after = screen(Intake.healthy().set("plannedTreatmentDate", "2026-10-30")
                .set("answers.radiationToArea", "{\"status\":\"COMPLETED\",\"completedDate\":\"2026-08-01\"}"));
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, after.status());
        assertNull(after.eligibleFrom());
    }

    @Test
    void aPureDateDeferralIsBookableFromItsDate() {
        ScreeningDecision decision = screen(Intake.healthy().set("plannedTreatmentDate", "2026-09-20")
                .set("answers.sun.tanning", "{\"status\":\"YES\",\"date\":\"2026-09-14\"}"));
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        assertEquals(LocalDate.of(2026, 9, 28), decision.eligibleFrom());
        assertEquals(decision.eligibleFrom(), decision.notBefore());
        assertEquals(DecisionStatus.ELIGIBLE, decision.afterDeferral());
    }

    @Test
    void onlyTreatmentsAnIntakeFullyScreensCanBeRequested() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> screen(Intake.healthy().set("treatment", "ALT_TOXIN")));
        assertEquals("treatment", e.errors().get(0).field());
        assertEquals(ProblemKey.TREATMENT_NOT_REQUESTABLE, e.errors().get(0).key());
        assertEquals(List.of("[MN, ALT_RFMN, ALT_PRPMN]"), e.errors().get(0).message().args());
    }

    @Test
    void aNotEligiblePatientTextNeverAsksThemToComeBackWhenRecovered() {
        ScreeningDecision decision = screen(EveryRuleFiresTest.prp().set("answers.prp.sepsisOrUnstableCirculation", "YES"));
        assertEquals(DecisionStatus.NOT_ELIGIBLE, decision.status());
        for (ReasonView reason : decision.reasons()) {
            assertFalse(reason.patientText().toLowerCase().contains("once you have recovered"), reason.patientText());
        }
    }

    @Test
    void aDeferralUntilResolvedIsNotHiddenByADateDeferralOfTheSameRule() {
        ScreeningDecision decision = screen(EveryRuleFiresTest.prp().set("plannedTreatmentDate", "2026-09-15")
                .set("answers.prp.nsaids", "{\"status\":\"YES\",\"date\":\"2026-09-14\"}")
                .set("answers.prp.steroidInjectionInArea", "{\"status\":\"UNSURE\"}"));
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        ReasonView prp = decision.reasons().stream().filter(r -> r.code().equals("PRP_NSAIDS_STEROIDS")).findFirst()
                .orElseThrow();
        assertEquals(Outcome.DEFER_UNTIL_RESOLVED, prp.outcome(), "the unsure steroid injection must be confirmed");
        assertNull(decision.eligibleFrom(), "not bookable from the NSAID date alone");
    }

    @Test
    void anUnsureAnswerIsNotHiddenByAnOldDatedAnswerOfTheSameFinding() {
        ScreeningDecision decision = screen(Intake.healthy().procedure("FACIAL_SURGERY", "2024-01-10")
                .set("answers.surgeryOrNewScarInArea", "{\"status\":\"UNSURE\"}"));
        assertTrue(decision.reasons().stream().anyMatch(r -> r.code().equals("RECENT_SURGERY_OR_NEW_SCAR")),
                decision.reasons()::toString);
        assertEquals(DecisionStatus.DEFERRED, decision.status());
    }

    @Test
    void prpAnswersLeftOutOfAMicroneedlingRequestAreNotAskedNeverNo() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.prp", "{}")
                .set("answers.goals", AlternativesTest.ALL_GOALS));
        assertEquals(DecisionStatus.ELIGIBLE, decision.status());
        AlternativeView prp = decision.alternatives().stream().filter(a -> a.code().equals("ALT_PRPMN")).findFirst()
                .orElseThrow();
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, prp.status(), "the PRP questions were not asked");
    }

    private void assertNotEligibleWithoutAClinician(Map<String, DecisionStatus> offered, String code, String why) {
        DecisionStatus status = offered.get(code);
        assertTrue(status == null || status == DecisionStatus.CLINICIAN_REVIEW,
                () -> code + " is suggested as " + status + " with " + why);
        assertNotEquals(DecisionStatus.ELIGIBLE, status);
    }

    /** The alternatives suggested to a patient who wants every goal, by code. */
    private Map<String, DecisionStatus> alternatives(Intake intake) {
        ScreeningDecision decision = screen(intake.set("answers.goals", AlternativesTest.ALL_GOALS));
        // One deferred by dates counts as what it needs once bookable: a clinician, or (left DEFERRED) nobody.
        return decision.alternatives().stream().collect(Collectors.toMap(AlternativeView::code,
                a -> a.status() == DecisionStatus.DEFERRED && a.requiresClinicianReview() ? DecisionStatus.CLINICIAN_REVIEW
                        : a.status()));
    }

    private ScreeningDecision screen(Intake intake) {
        return service.screen(intake.request(), Language.EN, false, AlternativesMode.ALWAYS);
    }

    private static Set<String> codes(ScreeningDecision decision) {
        return decision.alternatives().stream().map(AlternativeView::code).collect(Collectors.toSet());
    }
}
