package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.PatientDecision;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a deferral promises holds on the day it ends: {@code afterDeferral} is the status met on
 * {@code notBefore}, and an alternative deferred only by dates is suggested with the day it can be booked.
 */
class DeferralEndTest {

    private static final String RETINOID_SEP_12 =
            "{\"status\":\"YES\",\"products\":[\"RETINOID\"],\"lastUseDate\":\"2026-09-12\"}";
    private static final LocalDate RETINOID_ENDS = LocalDate.of(2026, 9, 19);

    private final ScreeningService service = TestScreening.service();

    @Test
    void theDayBeforeARetinoidDeferralEndsPromisesWhatTheDayItEndsGives() {
        Intake intake = Intake.healthy().set("answers.topicals", RETINOID_SEP_12);
        ScreeningDecision dayBefore = screen(intake, RETINOID_ENDS.minusDays(1));
        assertEquals(DecisionStatus.DEFERRED, dayBefore.status());
        assertEquals(RETINOID_ENDS, dayBefore.notBefore());
        assertEquals(RETINOID_ENDS, dayBefore.eligibleFrom());
        ScreeningDecision dayOf = screen(intake, RETINOID_ENDS);
        assertEquals(DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, dayOf.status());
        assertEquals(dayOf.status(), dayBefore.afterDeferral());
    }

    @Test
    void rfElevenMonthsAfterFacialSurgeryIsNotPromisedAReviewThatHasEndedByThen() {
        Intake intake = Intake.healthy().set("treatment", "ALT_RFMN").set("answers.electronicImplant", "NO")
                .set("answers.metalOrTattooInArea.metalInArea", "NO").procedure("FACIAL_SURGERY", "2025-10-15");
        ScreeningDecision now = screen(intake.copy(), LocalDate.of(2026, 9, 15));
        assertEquals(DecisionStatus.DEFERRED, now.status());
        assertEquals(LocalDate.of(2026, 10, 15), now.notBefore());
        ScreeningDecision onNotBefore = screen(intake.copy(), now.notBefore());
        assertEquals(DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, onNotBefore.status());
        assertEquals(onNotBefore.status(), now.afterDeferral(), "the 6–12 month review window has closed by then");
        assertEquals(now.notBefore(), now.eligibleFrom());
        ScreeningDecision dayBefore = screen(intake.copy(), now.notBefore().minusDays(1));
        assertEquals(DecisionStatus.DEFERRED, dayBefore.status());
    }

    static Stream<Arguments> thenReview() {
        return Stream.of(
                Arguments.of("eczema flaring on the face (§1.2 #11)", "answers.eczema",
                        "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"flaringNow\":\"YES\"}"),
                Arguments.of("psoriasis flaring on the face (§1.2 #12)", "answers.psoriasis",
                        "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"flaringNow\":\"YES\"}"),
                Arguments.of("uncontrolled diabetes (§1.2 #28)", "answers.diabetes",
                        "{\"status\":\"YES\",\"poorlyControlled\":\"YES\"}"),
                Arguments.of("lupus flaring (§1.2 #31)", "answers.autoimmune",
                        "{\"status\":\"YES\",\"kinds\":[\"SLE\"],\"flaringNow\":\"YES\"}"),
                Arguments.of("rheumatoid arthritis flaring (§1.2 #31)", "answers.autoimmune",
                        "{\"status\":\"YES\",\"kinds\":[\"RHEUMATOID_ARTHRITIS\"],\"flaringNow\":\"YES\"}"),
                Arguments.of("radiotherapy still running (§1.2 #32)", "answers.radiationToArea", "{\"status\":\"ONGOING\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thenReview")
    void aResolutionTheReferenceFollowsWithAReviewEndsInAReview(String clinicalCase, String path, String answer) {
        for (String treatment : new String[] {"MN", "ALT_RFMN", "ALT_PRPMN"}) {
            Intake intake = EveryRuleFiresTest.prp().set("answers.electronicImplant", "NO")
                    .set("answers.metalOrTattooInArea.metalInArea", "NO").set("treatment", treatment).set(path, answer);
            ScreeningDecision decision = screen(intake, TestScreening.TODAY);
            assertEquals(DecisionStatus.DEFERRED, decision.status(), treatment);
            assertEquals(DecisionStatus.CLINICIAN_REVIEW, decision.afterDeferral(), treatment);
            assertNull(decision.eligibleFrom(), treatment);
            assertFalse(decision.conditionsToResolve().isEmpty(), treatment);
        }
    }

    @Test
    void aPacemakerBlockingRfOffersPlainMicroneedlingFromTheDayItsRetinoidPauseEnds() {
        Intake intake = Intake.healthy().set("treatment", "ALT_RFMN").set("answers.electronicImplant", "YES")
                .set("answers.metalOrTattooInArea.metalInArea", "NO").set("answers.topicals", RETINOID_SEP_12);
        ScreeningDecision dayBefore = screen(intake.copy(), RETINOID_ENDS.minusDays(1));
        assertEquals(DecisionStatus.NOT_ELIGIBLE, dayBefore.status());
        AlternativeView plain = microneedling(dayBefore);
        assertEquals(DecisionStatus.DEFERRED, plain.status());
        assertEquals(RETINOID_ENDS, plain.bookableFrom());
        assertFalse(plain.requiresClinicianReview());
        assertTrue(plain.reasons().stream().anyMatch(r -> r.code().equals("TOPICAL_RETINOID_ACID_RECENT")));
        PatientDecision patient = PatientDecision.of(dayBefore);
        assertTrue(patient.alternatives().stream()
                .anyMatch(a -> a.code().equals("MN") && a.bookableFrom().equals(RETINOID_ENDS)), "patient view");

        AlternativeView dayOf = microneedling(screen(intake.copy(), RETINOID_ENDS));
        assertEquals(DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, dayOf.status());
        assertEquals(RETINOID_ENDS, dayOf.bookableFrom());
    }

    @Test
    void aFeverBlockingPrpOffersPlainMicroneedlingFromTheDayItsToxinWindowEnds() {
        Intake intake = EveryRuleFiresTest.prp().set("answers.prp.feverOrIllnessNow", "YES")
                .procedure("NEUROTOXIN", "2026-09-10");
        ScreeningDecision decision = screen(intake, TestScreening.TODAY);
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        AlternativeView plain = microneedling(decision);
        assertEquals(DecisionStatus.DEFERRED, plain.status());
        assertEquals(LocalDate.of(2026, 9, 24), plain.bookableFrom());
    }

    @Test
    void noDeferredVariantIsOfferedWhenTheRequestedTreatmentIsBookableAsEarly() {
        ScreeningDecision decision = service.screen(Intake.healthy().set("answers.topicals", RETINOID_SEP_12)
                .set("plannedTreatmentDate", TestScreening.TODAY.toString())
                .set("answers.goals", AlternativesTest.ALL_GOALS).request(), Language.EN, false, AlternativesMode.ALWAYS);
        assertEquals(DecisionStatus.DEFERRED, decision.status());
        assertTrue(decision.alternatives().stream().noneMatch(a -> a.code().equals("ALT_RFMN") || a.code().equals("ALT_PRPMN")));
    }

    private static AlternativeView microneedling(ScreeningDecision decision) {
        return decision.alternatives().stream().filter(a -> a.code().equals("MN")).findFirst()
                .orElseThrow(() -> new AssertionError("plain microneedling not offered: " + decision.alternatives()));
    }

    private ScreeningDecision screen(Intake intake, LocalDate planned) {
        return service.screen(intake.set("plannedTreatmentDate", planned.toString()).request(), Language.EN, false);
    }
}
