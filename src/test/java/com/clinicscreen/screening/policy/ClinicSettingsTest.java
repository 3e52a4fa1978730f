package com.clinicscreen.screening.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.service.InvalidRequestException;
import com.clinicscreen.screening.service.ScreeningService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic's settings on top of the built-in policy: the example file of the issue is accepted as written
 * and changes what it says; each broken variant is refused with the file and the entry.
 */
class ClinicSettingsTest {

    private static final String ISSUE_FILE = """
            clinic:
              id: sunset-derm
              name: Sunset Dermatology
            parameters:
              ISOTRETINOIN_WASHOUT: P12M
              MIN_INTERVAL_PREVIOUS_MN: P21D
            offeredTreatments: [MN, ALT_RFMN, ALT_PEEL_SUP, ALT_TOP_GENTLE, ALT_TOP_RETINOID, ALT_LED]
            """;

    @TempDir
    Path dir;

    @Test
    void theExampleFileIsAcceptedAndItsValuesAreInEffect() {
        Policy policy = load(ISSUE_FILE);
        assertEquals("sunset-derm", policy.clinic().id());
        assertEquals(64, policy.clinic().sha256().length());
        assertEquals("P12M", policy.parameters().get("ISOTRETINOIN_WASHOUT").value());
        assertTrue(policy.parameters().get("ISOTRETINOIN_WASHOUT").setByClinic());
        assertFalse(policy.parameters().get("SUN_TAN_SELF_TAN").setByClinic());
        assertEquals(21, policy.treatments().get("MN").sessionGuidance().minimumIntervalDays());
        assertEquals(Set.of("MN", "ALT_RFMN", "ALT_PEEL_SUP", "ALT_TOP_GENTLE", "ALT_TOP_RETINOID", "ALT_LED"),
                Set.copyOf(policy.treatments().values().stream().filter(Treatment::offered).map(Treatment::code).toList()));
    }

    @Test
    void isotretinoinStoppedEightMonthsAgoDefersMicroneedlingAndRfToTwelveMonthsAfterTheLastDose() throws IOException {
        ScreeningService service = TestScreening.service(TestScreening.config(Optional.empty(),
                Optional.of(settingsFile(ISSUE_FILE).toString())));
        LocalDate lastDose = LocalDate.of(2026, 2, 1);
        for (String treatment : new String[] {"MN", "ALT_RFMN"}) {
            Intake intake = Intake.healthy().set("treatment", treatment)
                    .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"" + lastDose + "\"}");
            if (treatment.equals("ALT_RFMN")) {
                intake.set("answers.electronicImplant", "NO").set("answers.metalOrTattooInArea.metalInArea", "NO");
            }
            ScreeningDecision decision = service.screen(intake.request(), Language.EN, false);
            assertEquals(DecisionStatus.DEFERRED, decision.status(), treatment);
            assertEquals(lastDose.plusMonths(12), decision.eligibleFrom(), treatment);
            assertTrue(decision.reasons().stream().anyMatch(r -> r.code().startsWith("ISOTRETINOIN_RECENT")), treatment);
        }
        ScreeningDecision byDefault = TestScreening.service().screen(Intake.healthy()
                .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"" + lastDose + "\"}").request(),
                Language.EN, false);
        assertEquals(DecisionStatus.ELIGIBLE, byDefault.status(), "the default washout of 6 months has passed");
    }

    @Test
    void noAlternativeOutsideTheOfferedTreatmentsIsEverSuggested() throws IOException {
        ScreeningService service = TestScreening.service(TestScreening.config(Optional.empty(),
                Optional.of(settingsFile(ISSUE_FILE).toString())));
        ScreeningDecision decision = service.screen(Intake.healthy()
                .set("answers.goals", "[\"FINE_LINES_WRINKLES\",\"ACNE_SCARS\",\"TEXTURE\",\"LAXITY\",\"PORES\"]")
                .set("plannedTreatmentDate", "2026-09-20")
                .set("answers.sun.tanning", "{\"status\":\"YES\",\"date\":\"2026-09-14\"}").request(),
                Language.EN, false, AlternativesMode.ALWAYS);
        Set<String> offered = Set.of("MN", "ALT_RFMN", "ALT_PEEL_SUP", "ALT_TOP_GENTLE", "ALT_TOP_RETINOID", "ALT_LED");
        assertFalse(decision.alternatives().isEmpty());
        for (AlternativeView alternative : decision.alternatives()) {
            assertTrue(offered.contains(alternative.code()), alternative.code() + " is not offered by the clinic");
        }
    }

    @Test
    void aTreatmentTheClinicDoesNotOfferCannotBeRequested() throws IOException {
        ScreeningService service = TestScreening.service(TestScreening.config(Optional.empty(),
                Optional.of(settingsFile(ISSUE_FILE).toString())));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> service.screen(
                Intake.healthy().set("treatment", "ALT_PRPMN").request(), Language.EN, false));
        assertEquals(List.of("[MN, ALT_RFMN]"), e.errors().get(0).message().args(), e.errors().toString());
    }

    @Test
    void aToggleRaisesItsRuleForEveryTreatmentWhereItHasAnEffect() {
        Policy policy = load(ISSUE_FILE + "toggles:\n  DIABETES_ANY_REVIEW: true\n");
        assertTrue(policy.toggles().get("DIABETES_ANY_REVIEW").on());
        for (Treatment treatment : policy.treatments().values()) {
            treatment.rules().stream().filter(r -> r.code().equals("DIABETES_CONTROLLED"))
                    .flatMap(r -> r.cases().stream())
                    .forEach(c -> assertEquals(com.clinicscreen.screening.domain.Outcome.CLINICIAN_REVIEW, c.outcome(),
                            treatment.code()));
        }
        assertTrue(policy.treatments().get("ALT_LED").noEffects().stream()
                .anyMatch(n -> n.rule().equals("DIABETES_CONTROLLED")), "a rule without effect stays so");
    }

    @Test
    void aJustifiedOverrideIsAppliedAndShown() {
        Policy policy = load(ISSUE_FILE + """
                overrides:
                  - rule: KELOID_HYPERTROPHIC_TENDENCY
                    treatment: MN
                    outcome: CLINICIAN_REVIEW
                    justification: "Our dermatologist sees keloid-prone patients whose goal is scar treatment (§7 KELOID)."
                """);
        var keloid = policy.treatments().get("MN").rules().stream()
                .filter(r -> r.code().equals("KELOID_HYPERTROPHIC_TENDENCY")).findFirst().orElseThrow();
        assertEquals(com.clinicscreen.screening.domain.Outcome.CLINICIAN_REVIEW, keloid.cases().get(0).outcome());
        assertEquals(new AppliedOverride("overrides[0]", "NOT_ELIGIBLE",
                "Our dermatologist sees keloid-prone patients whose goal is scar treatment (§7 KELOID)."),
                keloid.cases().get(0).clinicOverride());
        var rf = policy.treatments().get("ALT_RFMN").rules().stream()
                .filter(r -> r.code().equals("KELOID_HYPERTROPHIC_TENDENCY")).findFirst().orElseThrow();
        assertEquals(com.clinicscreen.screening.domain.Outcome.NOT_ELIGIBLE, rf.cases().get(0).outcome(),
                "an override is for one (rule, treatment) pair");
    }

    @Test
    void unknownParameterIsRefused() {
        assertRefused(ISSUE_FILE.replace("MIN_INTERVAL_PREVIOUS_MN", "MIN_INTERVAL_MN"),
                "parameters.MIN_INTERVAL_MN: unknown parameter");
    }

    @Test
    void valueOutsideTheReferenceRangeIsRefused() {
        assertRefused(ISSUE_FILE.replace("P21D", "P14D"),
                "parameters.MIN_INTERVAL_PREVIOUS_MN: P14D is below the published minimum P21D (published range [P21D, P56D]");
        assertRefused(ISSUE_FILE.replace("P12M", "P2Y"),
                "parameters.ISOTRETINOIN_WASHOUT: P2Y is above the published maximum P12M (published range [P0D, P12M]");
    }

    @Test
    void valueOfTheWrongKindIsRefused() {
        assertRefused(ISSUE_FILE.replace("P12M", "12"), "parameters.ISOTRETINOIN_WASHOUT: '12' is not an ISO-8601 period");
    }

    @Test
    void unknownOfferedTreatmentIsRefused() {
        assertRefused(ISSUE_FILE.replace("ALT_LED]", "ALT_LASER]"),
                "offeredTreatments[5]: unknown treatment 'ALT_LASER'");
    }

    @Test
    void offeringNoRequestableTreatmentIsRefused() {
        assertRefused(ISSUE_FILE.replace("[MN, ALT_RFMN, ", "["), "offeredTreatments: offers none of the treatments");
    }

    @Test
    void unknownToggleIsRefused() {
        assertRefused(ISSUE_FILE + "toggles:\n  ANY_DIABETES: true\n", "toggles.ANY_DIABETES: unknown toggle");
    }

    @Test
    void overrideMakingAnAbsoluteRuleLessCautiousWithoutAJustificationIsRefused() {
        assertRefused(ISSUE_FILE + """
                overrides:
                  - rule: BLEEDING_DISORDER
                    treatment: MN
                    outcome: CLINICIAN_REVIEW
                """, "overrides[0].justification: makes the ABSOLUTE rule BLEEDING_DISORDER less cautious");
    }

    @Test
    void overrideMakingRfLessCautiousThanMicroneedlingIsRefused() {
        assertRefused(ISSUE_FILE + """
                overrides:
                  - rule: KELOID_HYPERTROPHIC_TENDENCY
                    treatment: ALT_RFMN
                    outcome: NO_EFFECT
                    justification: "Our RF device is used on keloid-prone skin by the dermatologist only."
                """, "overrides: treatments[ALT_RFMN].effects.KELOID_HYPERTROPHIC_TENDENCY: is less cautious than MN");
    }

    @Test
    void overrideOfAnUnknownRuleOrFindingIsRefused() {
        assertRefused(ISSUE_FILE + """
                overrides:
                  - rule: KELOID
                    treatment: MN
                    outcome: CLINICIAN_REVIEW
                    justification: "A justification long enough to pass the length check."
                  - rule: VITILIGO
                    treatment: MN
                    finding: KELOID_TENDENCY
                    outcome: CLINICIAN_REVIEW
                    justification: "A justification long enough to pass the length check."
                """, "overrides[0].rule: unknown rule 'KELOID'", "overrides[1].finding: rule VITILIGO does not fire on "
                + "KELOID_TENDENCY");
    }

    @Test
    void aPeriodThatIsShorterThanTheFloorInSomeMonthsIsRefused() {
        assertRefused(ISSUE_FILE.replace("  MIN_INTERVAL_PREVIOUS_MN: P21D\n",
                "  MIN_INTERVAL_PREVIOUS_MN: P21D\n  DEEP_PEEL_DERMABRASION_ABLATIVE: P1M11D\n"),
                "parameters.DEEP_PEEL_DERMABRASION_ABLATIVE: P1M11D is below the published minimum P6W in some months");
    }

    @Test
    void anOverrideKeepsTheNotSuggestibleOutcomeOfAnAlternative() {
        Policy policy = load(ISSUE_FILE.replace("ALT_LED]", "ALT_LED, ALT_PRPMN]") + """
                overrides:
                  - rule: PRP_ANTICOAGULANT
                    treatment: ALT_PRPMN
                    finding: ANTICOAGULANT
                    outcome: CLINICIAN_REVIEW
                    justification: "Our PRP clinician reviews every anticoagulated patient in person."
                """);
        var prp = policy.treatments().get("ALT_PRPMN").rules().stream()
                .filter(r -> r.code().equals("PRP_ANTICOAGULANT")).flatMap(r -> r.cases().stream())
                .filter(c -> c.finding() == com.clinicscreen.screening.domain.FindingCode.ANTICOAGULANT).findFirst()
                .orElseThrow();
        assertEquals(com.clinicscreen.screening.domain.Outcome.NOT_ELIGIBLE, prp.asAlternative());
    }

    @Test
    void anOverrideThatLeavesRfWithADateWhereMicroneedlingWaitsIsRefused() {
        assertRefused(ISSUE_FILE + """
                overrides:
                  - rule: TAN_RECENT
                    treatment: MN
                    outcome: DEFER_UNTIL_RESOLVED
                    justification: "We want the tan to have faded, whatever the date, before needling."
                """, "overrides: treatments[ALT_RFMN].effects.TAN_RECENT: is less cautious than MN for TAN_RECENT (a date "
                + "deferral where it waits for a resolution)");
    }

    @Test
    void aReviewThatWouldEndBeforeItsDeferralIsRefusedWhileMeetingItIsAccepted() {
        assertRefused(ISSUE_FILE.replace("  MIN_INTERVAL_PREVIOUS_MN: P21D\n", "  MIN_INTERVAL_PREVIOUS_MN: P21D\n"
                + "  FACIAL_SURGERY_OR_NEW_SCAR: P12M\n  FACIAL_SURGERY_OR_NEW_SCAR_REVIEW: P6M\n"),
                "parameters.FACIAL_SURGERY_OR_NEW_SCAR: P12M is above parameters.FACIAL_SURGERY_OR_NEW_SCAR_REVIEW (P6M, set in this file)");
        Policy met = load(ISSUE_FILE.replace("  MIN_INTERVAL_PREVIOUS_MN: P21D\n", "  MIN_INTERVAL_PREVIOUS_MN: P21D\n"
                + "  FACIAL_SURGERY_OR_NEW_SCAR: P12M\n"));
        assertEquals("P12M", met.parameters().get("FACIAL_SURGERY_OR_NEW_SCAR").value());
        Policy closedBand = load(ISSUE_FILE.replace("  ISOTRETINOIN_WASHOUT: P12M\n",
                "  ISOTRETINOIN_WASHOUT: P12M\n  AGE_MINIMUM: P22Y\n"));
        assertEquals("P22Y", closedBand.parameters().get("AGE_MINIMUM").value(), "no off-label band is left: accepted");
    }

    @Test
    void misspelledKeyAndMissingClinicAreRefused() {
        assertRefused(ISSUE_FILE.replace("offeredTreatments", "offeredTreatment"), "offeredTreatment: unknown key");
        assertRefused(ISSUE_FILE.replace("  id: sunset-derm\n", ""), "clinic: 'id' and 'name' are required");
    }

    @Test
    void everyProblemOfTheClinicFileIsListedAtOnce() {
        PolicyException e = assertThrows(PolicyException.class, () -> load(ISSUE_FILE.replace("P21D", "P1D")
                .replace("P12M", "P13M").replace("ALT_LED]", "ALT_LASER]")));
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void withoutClinicSettingsTheDecisionCarriesNoClinicHash() {
        ScreeningDecision decision = TestScreening.service().screen(Intake.healthy().request(), Language.EN, false);
        assertNull(decision.policy().clinicId());
        assertNull(decision.policy().clinicSettingsSha256());
        assertEquals(64, decision.policy().sha256().length());
    }

    private void assertRefused(String settings, String... expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> load(settings));
        for (String text : expected) {
            assertTrue(e.getMessage().contains("clinic-settings.yaml: "), e.getMessage());
            assertTrue(e.getMessage().contains(text), () -> "expected '" + text + "' in:\n" + e.getMessage());
        }
    }

    private Policy load(String settings) {
        return PolicyLoader.load(PolicyLoader.Input.classpath(PolicyLoader.DEFAULT_POLICY_RESOURCE),
                new PolicyLoader.Input(settings.getBytes(StandardCharsets.UTF_8), "clinic-settings.yaml"));
    }

    private Path settingsFile(String settings) throws IOException {
        Path file = dir.resolve("clinic-settings.yaml");
        Files.writeString(file, settings);
        return file;
    }
}
