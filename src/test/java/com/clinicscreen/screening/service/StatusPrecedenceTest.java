package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** NOT_ELIGIBLE > DEFERRED > CLINICIAN_REVIEW > ELIGIBLE_WITH_PRECAUTIONS > ELIGIBLE, with every reason returned. */
class StatusPrecedenceTest {

    private final ScreeningService service = TestScreening.service();

    private static Intake fourReasons() {
        return Intake.healthy()
                .set("answers.sun.tanning", "{\"status\":\"YES\",\"date\":\"2026-09-14\"}")
                .set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}")
                .set("answers.nsaidsOrSupplements", "YES");
    }

    @Test
    void keloidWithDeferralReviewAndPrecautionIsNotEligibleAndListsAllFourReasons() {
        ScreeningDecision decision = screen(fourReasons().set("answers.keloidTendency", "YES"));
        assertEquals(DecisionStatus.NOT_ELIGIBLE, decision.status());
        assertEquals(Set.of("KELOID_HYPERTROPHIC_TENDENCY", "TAN_RECENT", "ANTICOAGULANT_RX", "NSAID_SUPPLEMENT_RECENT"),
                codes(decision));
        assertNull(decision.eligibleFrom());
        assertEquals("KELOID_HYPERTROPHIC_TENDENCY", decision.reasons().get(0).code(), "most severe first");
        assertTrue(decision.preparation().isEmpty(), "no preparation for a patient who cannot be booked");
    }

    @Test
    void deferralOutranksReviewAndPrecaution() {
        ScreeningDecision decision = screen(fourReasons());
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        assertEquals(java.time.LocalDate.of(2026, 9, 28), decision.notBefore());
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, decision.afterDeferral(), "the anticoagulant still needs a clinician");
        assertNull(decision.eligibleFrom(), "not bookable without a clinician's decision, even after the date");
        assertFalse(decision.eligible());
    }

    @Test
    void reviewOutranksPrecautionAndIsNotYetEligible() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}")
                .set("answers.nsaidsOrSupplements", "YES"));
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, decision.status());
        assertFalse(decision.eligible());
        assertNull(decision.eligibleFrom(), "never set on CLINICIAN_REVIEW: a clinician decides first");
    }

    @Test
    void precautionAloneIsEligibleWithItsInstructions() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.coldSores",
                "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}"));
        assertEquals(DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, decision.status());
        assertTrue(decision.eligible());
        assertTrue(decision.preparation().stream().anyMatch(i -> i.code().equals("ANTIVIRAL_PROPHYLAXIS")));
        assertTrue(decision.aftercare().stream().anyMatch(i -> i.code().equals("SPF_DAILY")));
    }

    @Test
    void coldSoresOnlyOnTheGenitalsDoNotFireFaceRules() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.coldSores",
                "{\"status\":\"YES\",\"locations\":[\"GENITAL\"],\"activeNow\":\"YES\"}"));
        assertEquals(DecisionStatus.ELIGIBLE, decision.status());
    }

    @Test
    void sessionGuidanceGivesFaceDepthAndTheNextSessionDate() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.treatmentAreas", "[\"FACE\",\"ABDOMEN\"]"));
        var guidance = decision.sessionGuidance();
        assertEquals(2, guidance.needleDepth().size());
        assertEquals(0, guidance.needleDepth().get(0).maxMm().compareTo(new java.math.BigDecimal("1.5")));
        assertEquals(0, guidance.needleDepth().get(1).maxMm().compareTo(new java.math.BigDecimal("2.5")));
        assertEquals(28, guidance.minimumIntervalDays());
        assertEquals(decision.eligibleFrom().plusDays(28), guidance.nextSessionNotBefore());
    }

    @Test
    void spanishDecisionHasSpanishTexts() {
        Intake pregnant = Intake.healthy().set("answers.pregnancy.status", "YES");
        ReasonView en = screen(pregnant).reasons().get(0);
        ReasonView es = service.screen(pregnant.request(), Language.ES, false).reasons().get(0);
        assertEquals(en.code(), es.code());
        assertFalse(en.summary().equals(es.summary()), "summary is translated");
    }

    @Test
    void explainListsEveryRuleOfTheTreatmentWithFiredOrNot() {
        ScreeningDecision decision = service.screen(Intake.healthy().set("answers.keloidTendency", "YES").request(),
                Language.EN, true);
        int rules = TestScreening.policyProvider().policy().treatments().get("MN").rules().size();
        assertEquals(rules, decision.explanation().size());
        assertEquals(1, decision.explanation().stream().filter(r -> r.fired()).count());
    }

    private ScreeningDecision screen(Intake intake) {
        return service.screen(intake.set("plannedTreatmentDate", "2026-09-21").request(), Language.EN, false);
    }

    private static Set<String> codes(ScreeningDecision decision) {
        return decision.reasons().stream().map(ReasonView::code).collect(Collectors.toSet());
    }
}
