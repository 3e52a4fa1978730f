package com.clinicscreen.screening.service;

import static com.clinicscreen.screening.domain.Outcome.CLINICIAN_REVIEW;
import static com.clinicscreen.screening.domain.Outcome.DEFER_UNTIL_RESOLVED;
import static com.clinicscreen.screening.domain.Outcome.ELIGIBLE_WITH_PRECAUTIONS;
import static com.clinicscreen.screening.domain.Outcome.NOT_ELIGIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.Outcome;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the default policy fires with its reference outcome on the answers that describe it,
 * and a condition outside the treatment area does not fire an "in area" rule. Date windows are tested
 * at their boundaries in {@link RuleBoundaryTest}.
 */
class EveryRuleFiresTest {

    private final ScreeningService service = TestScreening.service();

    @Test
    void healthyPatientWhoAnsweredNoToEverythingIsEligibleWithoutReasons() {
        ScreeningDecision decision = service.screen(Intake.healthy().request(), Language.EN, false);
        assertEquals(DecisionStatus.ELIGIBLE, decision.status());
        assertTrue(decision.eligible());
        assertEquals(List.of(), decision.reasons());
        assertEquals(decision.evaluationDate(), decision.eligibleFrom());
    }

    static Stream<Arguments> microneedlingRules() {
        return Stream.of(
                row("bacterial infection in the area waits until healed", "ACTIVE_SKIN_INFECTION_BACTERIAL", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.skinInfectionInArea", "{\"status\":\"YES\",\"kinds\":[\"BACTERIAL\"]}")),
                row("fungal infection in the area waits until healed", "ACTIVE_SKIN_INFECTION_FUNGAL", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.skinInfectionInArea", "{\"status\":\"YES\",\"kinds\":[\"FUNGAL\"]}")),
                row("shingles in the area waits until healed", "ACTIVE_SKIN_INFECTION_VIRAL", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.skinInfectionInArea", "{\"status\":\"YES\",\"kinds\":[\"VIRAL\"]}")),
                row("warts in the area wait until cleared", "WARTS_MOLLUSCUM_IN_AREA", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.skinInfectionInArea", "{\"status\":\"YES\",\"kinds\":[\"WARTS_MOLLUSCUM\"]}")),
                row("cold sore on the face now waits until healed", "HSV_ACTIVE", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.coldSores", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"YES\"}")),
                row("recurrent facial cold sores need antiviral prophylaxis", "HSV_HISTORY", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.coldSores", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}")),
                row("open wound in the area waits until healed", "OPEN_WOUND_IN_AREA", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.openWoundInArea", "YES")),
                row("inflamed acne in the area waits until controlled", "ACTIVE_ACNE_INFLAMMATORY", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.acneInArea", "INFLAMMATORY")),
                row("cystic acne in the area waits until controlled", "ACTIVE_ACNE_INFLAMMATORY", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.acneInArea", "NODULOCYSTIC")),
                row("blackheads only: treat around the lesions", "ACNE_MILD_COMEDONAL", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.acneInArea", "COMEDONAL")),
                row("eczema flaring on the face waits until settled", "ECZEMA_ACTIVE_IN_AREA", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.eczema", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"flaringNow\":\"YES\"}")),
                row("quiet eczema on the face needs a clinician", "ECZEMA_ELSEWHERE_OR_QUIESCENT", CLINICIAN_REVIEW,
                        i -> i.set("answers.eczema", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"flaringNow\":\"NO\"}")),
                row("eczema flaring on the hands only: face treatment with barrier care", "ECZEMA_ELSEWHERE_OR_QUIESCENT",
                        ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.eczema", "{\"status\":\"YES\",\"locations\":[\"HANDS\"],\"flaringNow\":\"YES\"}")),
                row("psoriasis flaring on the face waits until settled", "PSORIASIS_ACTIVE_IN_AREA", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.psoriasis", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"flaringNow\":\"YES\"}")),
                row("psoriasis flaring on the elbows needs a clinician", "PSORIASIS_OTHER", CLINICIAN_REVIEW,
                        i -> i.set("answers.psoriasis", "{\"status\":\"YES\",\"locations\":[\"ARMS\"],\"flaringNow\":\"YES\"}")),
                row("quiet psoriasis: precautions", "PSORIASIS_OTHER", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.psoriasis", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"flaringNow\":\"NO\"}")),
                row("papulopustular rosacea on the face waits", "ROSACEA_ACTIVE", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.rosacea", "{\"status\":\"YES\",\"type\":\"BUMPS_PUSTULES\",\"locations\":[\"FACE\"],\"flaringNow\":\"NO\"}")),
                row("redness-only rosacea flaring now waits", "ROSACEA_ACTIVE", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.rosacea", "{\"status\":\"YES\",\"type\":\"REDNESS_ONLY\",\"locations\":[\"FACE\"],\"flaringNow\":\"YES\"}")),
                row("quiet redness-only rosacea needs a clinician", "ROSACEA_QUIESCENT", CLINICIAN_REVIEW,
                        i -> i.set("answers.rosacea", "{\"status\":\"YES\",\"type\":\"REDNESS_ONLY\",\"locations\":[\"FACE\"],\"flaringNow\":\"NO\"}")),
                row("pregnant: after delivery", "PREGNANCY", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.pregnancy.status", "YES")),
                row("could be pregnant: negative test first", "PREGNANCY_POSSIBLE", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.pregnancy.status", "UNSURE")),
                row("breastfeeding: after weaning", "BREASTFEEDING", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.breastfeeding.status", "YES")),
                row("taking isotretinoin now: after the course and washout", "ISOTRETINOIN_CURRENT", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.isotretinoin.status", "CURRENT")),
                row("unsure about isotretinoin: confirm first", "ISOTRETINOIN_CURRENT", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.isotretinoin.status", "UNSURE")),
                row("keloid former is excluded", "KELOID_HYPERTROPHIC_TENDENCY", NOT_ELIGIBLE,
                        i -> i.set("answers.keloidTendency", "YES")),
                row("unsure about keloids is a possible yes: screened as yes", "KELOID_HYPERTROPHIC_TENDENCY", NOT_ELIGIBLE,
                        i -> i.set("answers.keloidTendency", "UNSURE")),
                row("bleeding disorder is excluded", "BLEEDING_DISORDER", NOT_ELIGIBLE,
                        i -> i.set("answers.bleedingDisorder", "YES")),
                row("apixaban needs a clinician", "ANTICOAGULANT_RX", CLINICIAN_REVIEW,
                        i -> i.set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}")),
                row("unsure about blood thinners needs a clinician", "ANTICOAGULANT_RX", CLINICIAN_REVIEW,
                        i -> i.set("answers.bloodThinners", "{\"status\":\"UNSURE\"}")),
                row("clopidogrel needs a clinician", "ANTIPLATELET_RX", CLINICIAN_REVIEW,
                        i -> i.set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"CLOPIDOGREL\"]}")),
                row("ibuprofen this week: stop if not needed", "NSAID_SUPPLEMENT_RECENT", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.nsaidsOrSupplements", "YES")),
                row("methotrexate needs a clinician", "IMMUNOSUPPRESSION", CLINICIAN_REVIEW,
                        i -> i.set("answers.immunosuppressiveTreatment", "{\"status\":\"CURRENT\",\"kinds\":[\"METHOTREXATE\"]}")),
                row("transplant recipient needs a clinician", "IMMUNOSUPPRESSION", CLINICIAN_REVIEW,
                        i -> i.set("answers.immuneCondition", "{\"status\":\"YES\",\"kinds\":[\"TRANSPLANT\"]}")),
                row("on chemotherapy: excluded", "CHEMOTHERAPY_ACTIVE", NOT_ELIGIBLE,
                        i -> i.set("answers.immunosuppressiveTreatment", "{\"status\":\"CURRENT\",\"kinds\":[\"CHEMOTHERAPY\"]}")),
                row("chemotherapy planned: excluded", "CHEMOTHERAPY_ACTIVE", NOT_ELIGIBLE,
                        i -> i.set("answers.immunosuppressiveTreatment", "{\"status\":\"PLANNED\",\"kinds\":[\"CHEMOTHERAPY\"]}")),
                row("chemotherapy finished: oncology clearance via clinician", "CHEMOTHERAPY_ACTIVE", CLINICIAN_REVIEW,
                        i -> i.set("answers.immunosuppressiveTreatment", "{\"status\":\"PAST\",\"kinds\":[\"CHEMOTHERAPY\"]}")),
                row("diabetes a clinician called poorly controlled waits", "DIABETES_UNCONTROLLED", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.diabetes", "{\"status\":\"YES\",\"poorlyControlled\":\"YES\"}")),
                row("diabetes with HbA1c at the threshold waits", "DIABETES_UNCONTROLLED", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.diabetes", "{\"status\":\"YES\",\"poorlyControlled\":\"NO\",\"hba1cPercent\":8.0}")),
                row("diabetes with HbA1c just under the threshold: precautions", "DIABETES_CONTROLLED", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.diabetes", "{\"status\":\"YES\",\"poorlyControlled\":\"NO\",\"hba1cPercent\":7.9}")),
                row("morphea is excluded", "SCLERODERMA_MORPHEA", NOT_ELIGIBLE,
                        i -> i.set("answers.autoimmune", "{\"status\":\"YES\",\"kinds\":[\"MORPHEA\"],\"flaringNow\":\"NO\"}")),
                row("quiet rheumatoid arthritis needs a clinician", "AUTOIMMUNE_CTD", CLINICIAN_REVIEW,
                        i -> i.set("answers.autoimmune", "{\"status\":\"YES\",\"kinds\":[\"RHEUMATOID_ARTHRITIS\"],\"flaringNow\":\"NO\"}")),
                row("lupus flaring waits until settled", "AUTOIMMUNE_CTD", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.autoimmune", "{\"status\":\"YES\",\"kinds\":[\"SLE\"],\"flaringNow\":\"YES\"}")),
                row("radiation to the area ongoing waits", "RADIATION_TO_AREA", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.radiationToArea", "{\"status\":\"ONGOING\"}")),
                row("skin cancer in the area is excluded", "SKIN_CANCER_ACTIVE_IN_AREA", NOT_ELIGIBLE,
                        i -> i.set("answers.skinCancer.activeInArea", "YES")),
                row("changing mole in the area waits for a dermatologist", "SUSPICIOUS_LESION_IN_AREA", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.skinCancer.suspiciousLesionInArea", "YES")),
                row("treated skin cancer in the area needs a clinician", "SKIN_CANCER_HISTORY_AREA", CLINICIAN_REVIEW,
                        i -> i.set("answers.skinCancer.treatedInArea", "YES")),
                row("actinic keratoses in the area need a clinician", "ACTINIC_KERATOSIS_IN_AREA", CLINICIAN_REVIEW,
                        i -> i.set("answers.skinCancer.actinicKeratosesInArea", "YES")),
                row("permanent filler in the area needs a clinician", "PERMANENT_FILLER_IN_AREA", CLINICIAN_REVIEW,
                        i -> i.procedure("FILLER_PERMANENT", "2020-01-10")),
                row("PDO threads in the area need a clinician", "THREADS_IN_AREA", CLINICIAN_REVIEW,
                        i -> i.procedure("THREAD_LIFT_PDO", "2025-01-10")),
                row("lidocaine allergy needs a clinician", "ANESTHETIC_ALLERGY", CLINICIAN_REVIEW,
                        i -> i.set("answers.allergies", "{\"status\":\"YES\",\"kinds\":[\"LOCAL_ANESTHETIC\"]}")),
                row("G6PD deficiency: no prilocaine or benzocaine", "ANESTHETIC_METHEMOGLOBINEMIA_RISK", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.g6pdDeficiencyOrMethemoglobinemia", "YES")),
                row("nickel allergy: check the needle alloy", "METAL_ALLERGY_NICKEL", CLINICIAN_REVIEW,
                        i -> i.set("answers.allergies", "{\"status\":\"YES\",\"kinds\":[\"NICKEL_STAINLESS_STEEL\"]}")),
                row("spreading vitiligo is excluded", "VITILIGO", NOT_ELIGIBLE,
                        i -> i.set("answers.vitiligo", "{\"status\":\"YES\",\"locations\":[\"HANDS\"],\"spreadingLast12Months\":\"YES\"}")),
                row("stable vitiligo on the face needs a clinician", "VITILIGO", CLINICIAN_REVIEW,
                        i -> i.set("answers.vitiligo", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"spreadingLast12Months\":\"NO\"}")),
                row("stable vitiligo on the hands only: precautions", "VITILIGO", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.vitiligo", "{\"status\":\"YES\",\"locations\":[\"HANDS\"],\"spreadingLast12Months\":\"NO\"}")),
                row("Fitzpatrick V: conservative depth, photoprotection", "FITZPATRICK_IV_VI", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.skinType.fitzpatrick", "V")),
                row("dark marks after injury: PIH precautions", "PIH_HISTORY", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.skinType.pigmentationHistory", "YES")),
                row("doxycycline: strict sun avoidance", "PHOTOSENSITIZING_DRUG", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.photosensitizingMedication", "YES")),
                row("heart disease needs a clinician", "CARDIAC_DISEASE", CLINICIAN_REVIEW,
                        i -> i.set("answers.heartDisease", "YES")),
                row("tattoo in the area: do not needle over it", "TATTOO_PMU_IN_AREA", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.metalOrTattooInArea.tattooOrPermanentMakeup", "YES")),
                row("hepatitis C needs a clinician", "BLOODBORNE_INFECTION", CLINICIAN_REVIEW,
                        i -> i.set("answers.hepatitisOrHiv", "YES")),
                row("HIV counts as a blood-borne infection", "BLOODBORNE_INFECTION", CLINICIAN_REVIEW,
                        i -> i.set("answers.immuneCondition", "{\"status\":\"YES\",\"kinds\":[\"HIV\"]}")));
    }

    static Stream<Arguments> rfAddOnRules() {
        return Stream.of(
                row("pacemaker excludes RF microneedling", "RF_ELECTRONIC_IMPLANT", NOT_ELIGIBLE,
                        i -> i.set("answers.electronicImplant", "YES")),
                row("metal plate in the area excludes RF microneedling", "RF_METAL_IN_AREA", NOT_ELIGIBLE,
                        i -> i.set("answers.metalOrTattooInArea.metalInArea", "YES")),
                row("gold threads in the area count as metal for RF", "RF_METAL_IN_AREA", NOT_ELIGIBLE,
                        i -> i.procedure("THREAD_LIFT_GOLD", "2024-03-01")),
                row("gold allergy: check the RF needle coating", "METAL_ALLERGY_GOLD", CLINICIAN_REVIEW,
                        i -> i.set("answers.allergies", "{\"status\":\"YES\",\"kinds\":[\"GOLD\"]}")),
                row("recurrent facial cold sores: RF prophylaxis regimen", "RF_HEAT_SENSITIVE_HSV", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.coldSores", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}")),
                row("face treatment with RF: avoid lips and eyebrows", "RF_TATTOO_LIP_EYEBROW", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i),
                row("Fitzpatrick VI: RF with caution", "RF_SKIN_TYPE_VI", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.skinType.fitzpatrick", "VI")),
                row("NSAIDs around RF microneedling", "RF_NSAIDS", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.nsaidsOrSupplements", "YES")));
    }

    static Stream<Arguments> prpAddOnRules() {
        return Stream.of(
                row("bleeding disorder excludes PRP", "PRP_PLATELET_DISORDER", NOT_ELIGIBLE,
                        i -> i.set("answers.bleedingDisorder", "YES")),
                row("sepsis excludes PRP", "PRP_SYSTEMIC_ILLNESS", NOT_ELIGIBLE,
                        i -> i.set("answers.prp.sepsisOrUnstableCirculation", "YES")),
                row("fever now: PRP waits until well", "PRP_SYSTEMIC_ILLNESS", DEFER_UNTIL_RESOLVED,
                        i -> i.set("answers.prp.feverOrIllnessNow", "YES")),
                row("low haemoglobin or platelets: clinician", "PRP_LABS", CLINICIAN_REVIEW,
                        i -> i.set("answers.prp.lowHemoglobinOrPlatelets", "YES")),
                row("cancer: clinician before PRP", "PRP_CANCER", CLINICIAN_REVIEW,
                        i -> i.set("answers.prp.cancer", "YES")),
                row("anticoagulant with PRP: clinician", "PRP_ANTICOAGULANT", CLINICIAN_REVIEW,
                        i -> i.set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"WARFARIN\"]}")),
                row("smoker: PRP precaution", "PRP_TOBACCO", ELIGIBLE_WITH_PRECAUTIONS,
                        i -> i.set("answers.prp.tobacco", "YES")),
                row("hepatitis with PRP: clinician and handling rules", "PRP_BLOODBORNE_INFECTION", CLINICIAN_REVIEW,
                        i -> i.set("answers.hepatitisOrHiv", "YES")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("microneedlingRules")
    void microneedlingRuleFiresWithItsReferenceOutcome(String clinicalCase, String code, Outcome outcome,
            UnaryOperator<Intake> answers) {
        assertFires(answers.apply(Intake.healthy()), code, outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rfAddOnRules")
    void rfAddOnRuleFiresForRfMicroneedling(String clinicalCase, String code, Outcome outcome,
            UnaryOperator<Intake> answers) {
        Intake rf = Intake.healthy().set("treatment", "ALT_RFMN").set("answers.electronicImplant", "NO")
                .set("answers.metalOrTattooInArea.metalInArea", "NO");
        assertFires(answers.apply(rf), code, outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rfAddOnRules")
    void rfAddOnRuleNeverFiresForPlainMicroneedling(String clinicalCase, String code, Outcome outcome,
            UnaryOperator<Intake> answers) {
        Intake plain = answers.apply(Intake.healthy().set("answers.electronicImplant", "NO")
                .set("answers.metalOrTattooInArea.metalInArea", "NO"));
        ScreeningDecision decision = service.screen(plain.request(), Language.EN, false);
        assertTrue(decision.reasons().stream().noneMatch(r -> r.code().equals(code)),
                () -> code + " fired for plain microneedling: " + decision.reasons());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prpAddOnRules")
    void prpAddOnRuleFiresForPrpMicroneedling(String clinicalCase, String code, Outcome outcome,
            UnaryOperator<Intake> answers) {
        assertFires(answers.apply(prp()), code, outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prpAddOnRules")
    void prpAddOnRuleNeverFiresForPlainMicroneedling(String clinicalCase, String code, Outcome outcome,
            UnaryOperator<Intake> answers) {
        Intake plain = answers.apply(prp()).set("treatment", "MN");
        ScreeningDecision decision = service.screen(plain.request(), Language.EN, false);
        assertTrue(decision.reasons().stream().noneMatch(r -> r.code().equals(code)),
                () -> code + " fired for plain microneedling: " + decision.reasons());
    }

    static Intake prp() {
        Intake intake = Intake.healthy().set("treatment", "ALT_PRPMN");
        for (String answer : List.of("lowHemoglobinOrPlatelets", "feverOrIllnessNow", "sepsisOrUnstableCirculation",
                "cancer", "tobacco")) {
            intake.set("answers.prp." + answer, "NO");
        }
        for (String dated : List.of("nsaids", "steroidInjectionInArea", "systemicSteroids")) {
            intake.set("answers.prp." + dated + ".status", "NO");
        }
        return intake;
    }

    private void assertFires(Intake intake, String code, Outcome outcome) {
        ScreeningDecision decision = service.screen(intake.request(), Language.EN, false);
        ReasonView reason = decision.reasons().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " did not fire; reasons: " + decision.reasons()));
        assertEquals(outcome, reason.outcome());
        assertEquals(strongest(decision.reasons()), decision.status(), "status is the highest precedence of all reasons");
        assertTrue(reason.summary().length() <= 140);
        assertTrue(!reason.triggeredBy().isEmpty(), "a reason names the answers behind it");
    }

    private static DecisionStatus strongest(List<ReasonView> reasons) {
        DecisionStatus status = DecisionStatus.ELIGIBLE;
        for (ReasonView reason : reasons) {
            status = status.strongest(reason.outcome().status());
        }
        return status;
    }

    private static Arguments row(String clinicalCase, String code, Outcome outcome, UnaryOperator<Intake> answers) {
        return Arguments.of(clinicalCase, code, outcome, answers);
    }
}
