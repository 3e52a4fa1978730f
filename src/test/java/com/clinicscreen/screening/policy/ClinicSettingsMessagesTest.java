package com.clinicscreen.screening.policy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What a clinic reads when its settings file cannot be used: the file, the entry as written, the value, and
 * the published limit or the other parameter it conflicts with; and no value inside a published range ever
 * refuses the start.
 */
class ClinicSettingsMessagesTest {

    private static final String FILE = "sunset-derm.yaml";
    private static final String HEAD = "clinic:\n  id: sunset-derm\n  name: Sunset Dermatology\nparameters:\n";

    @Test
    void aValueAboveThePublishedMaximumNamesTheMaximumAndTheRange() {
        assertProblems(HEAD + "  ISOTRETINOIN_WASHOUT: P2Y\n",
                FILE + ": parameters.ISOTRETINOIN_WASHOUT: P2Y is above the published maximum P12M (published range "
                        + "[P0D, P12M]; §7 ISOTRETINOIN_WASHOUT; §1.2 #20)");
        assertProblems(HEAD + "  FACE_MAX_DEPTH: 2.5\n",
                FILE + ": parameters.FACE_MAX_DEPTH: 2.5 is above the published maximum 2.0 (published range [0.5, 2.0]; "
                        + "§7 FACE_MAX_DEPTH (mm; label-conservative 1.5 unless physician-set); §2.1)");
    }

    @Test
    void aValueBelowThePublishedMinimumNamesTheMinimumAndTheRange() {
        assertProblems(HEAD + "  MIN_INTERVAL_PREVIOUS_MN: P20D\n",
                FILE + ": parameters.MIN_INTERVAL_PREVIOUS_MN: P20D is below the published minimum P21D (published range "
                        + "[P21D, P56D]; §7 MIN_INTERVAL_PREVIOUS_MN (hard floor 21 d); §1.2 #41)");
    }

    @Test
    void aPeriodBelowTheMinimumInSomeMonthsOnlySaysSo() {
        assertProblems(HEAD + "  DEEP_PEEL_DERMABRASION_ABLATIVE: P1M11D\n",
                FILE + ": parameters.DEEP_PEEL_DERMABRASION_ABLATIVE: P1M11D is below the published minimum P6W in some "
                        + "months (as short as 39 days; P6W is at least 42) (published range [P6W, P3M]; §7 DEEP_PEEL / "
                        + "DERMABRASION / ABLATIVE; §1.2 #39)");
    }

    @Test
    void aMinimumAgeAboveTheDeviceLabelAgeNamesBothParameters() {
        assertProblems(HEAD + "  AGE_MINIMUM: P21Y\n  AGE_DEVICE_LABEL: P20Y\n",
                FILE + ": parameters.AGE_MINIMUM: P21Y is above parameters.AGE_DEVICE_LABEL (P20Y, set in this file); "
                        + "the policy's window from AGE_MINIMUM to AGE_DEVICE_LABEL may close (equal values) but not run "
                        + "backwards");
    }

    @Test
    void aSurgeryDeferralLongerThanItsReviewNamesBothParameters() {
        assertProblems(HEAD + "  FACIAL_SURGERY_OR_NEW_SCAR: P12M\n  FACIAL_SURGERY_OR_NEW_SCAR_REVIEW: P6M\n",
                FILE + ": parameters.FACIAL_SURGERY_OR_NEW_SCAR: P12M is above parameters.FACIAL_SURGERY_OR_NEW_SCAR_REVIEW "
                        + "(P6M, set in this file); the review after the FACIAL_SURGERY_OR_NEW_SCAR deferral ends at "
                        + "FACIAL_SURGERY_OR_NEW_SCAR_REVIEW, so it may end with the deferral but not before it");
        assertProblems(HEAD + "  FACIAL_SURGERY_OR_NEW_SCAR_REVIEW: P7M\n  FACIAL_SURGERY_OR_NEW_SCAR: P8M\n",
                FILE + ": parameters.FACIAL_SURGERY_OR_NEW_SCAR: P8M is above parameters.FACIAL_SURGERY_OR_NEW_SCAR_REVIEW "
                        + "(P7M, set in this file); the review after the FACIAL_SURGERY_OR_NEW_SCAR deferral ends at "
                        + "FACIAL_SURGERY_OR_NEW_SCAR_REVIEW, so it may end with the deferral but not before it");
    }

    @Test
    void parametersThatMeetAreAccepted() {
        Policy policy = load(HEAD + "  AGE_MINIMUM: P20Y\n  AGE_DEVICE_LABEL: P20Y\n  FACIAL_SURGERY_OR_NEW_SCAR: P8M\n"
                + "  FACIAL_SURGERY_OR_NEW_SCAR_REVIEW: P8M\n");
        assertEquals("P20Y", policy.parameters().get("AGE_DEVICE_LABEL").value());
        assertEquals("P8M", policy.parameters().get("FACIAL_SURGERY_OR_NEW_SCAR_REVIEW").value());
    }

    @Test
    void aKeyWrittenTwiceIsNamedWithBothLines() {
        assertProblems(HEAD + "  AGE_MINIMUM: P19Y\n  WAX_DEPILATORY: P5D\n  AGE_MINIMUM: P20Y\n",
                FILE + ": parameters.AGE_MINIMUM: written twice (lines 5 and 7)");
    }

    @Test
    void everyKeyWrittenTwiceIsListedAtOnceWhereverItIs() {
        assertProblems(HEAD + "  AGE_MINIMUM: P19Y\n  AGE_MINIMUM: P20Y\ntoggles:\n  NSAID_REVIEW: true\n"
                + "  NSAID_REVIEW: false\noverrides:\n  - rule: KELOID_HYPERTROPHIC_TENDENCY\n    treatment: MN\n"
                + "    treatment: ALT_RFMN\n",
                FILE + ": parameters.AGE_MINIMUM: written twice (lines 5 and 6)",
                FILE + ": toggles.NSAID_REVIEW: written twice (lines 8 and 9)",
                FILE + ": overrides[0].treatment: written twice (lines 12 and 13)");
    }

    @Test
    void aValueOfTheWrongFormIsQuotedWithWhatIsExpected() {
        assertProblems("clinic:\n  id: sunset-derm\n  name: Sunset Dermatology\ntoggles:\n  NSAID_REVIEW: maybe\n",
                FILE + ": toggles.NSAID_REVIEW: 'maybe' is not true or false (near line 5, column 17)");
        assertProblems(HEAD + "  AGE_MINIMUM: 19\n",
                FILE + ": parameters.AGE_MINIMUM: '19' is not an ISO-8601 period such as P18Y");
    }

    @Test
    void theRefusedStartNamesTheFileBeforeEachProblem() {
        PolicyException e = assertThrows(PolicyException.class, () -> load(HEAD + "  ISOTRETINOIN_WASHOUT: P2Y\n"));
        assertEquals("The screening policy cannot be used, so the service will not screen: 1 problem:\n  - " + FILE
                + ": parameters.ISOTRETINOIN_WASHOUT: P2Y is above the published maximum P12M (published range "
                + "[P0D, P12M]; §7 ISOTRETINOIN_WASHOUT; §1.2 #20)", e.getMessage());
    }

    @Test
    void everyParameterAtItsPublishedMinimumAndMaximumCompiles() {
        Policy base = PolicyLoader.fromClasspath(PolicyLoader.DEFAULT_POLICY_RESOURCE);
        List<Executable> checks = new ArrayList<>();
        for (Parameter parameter : base.parameters().values()) {
            for (String value : List.of(parameter.min(), parameter.max())) {
                checks.add(() -> assertEquals(value, load(HEAD + "  " + parameter.name() + ": " + value + "\n")
                        .parameters().get(parameter.name()).value(), parameter.name()));
            }
        }
        assertEquals(2 * base.parameters().size(), checks.size());
        assertTrue(checks.size() >= 34, "every §7 parameter is checked");
        assertAll(checks);
    }

    @Test
    void everyParameterAtItsMinimumOrAllAtTheirMaximumTogetherCompile() {
        Policy base = PolicyLoader.fromClasspath(PolicyLoader.DEFAULT_POLICY_RESOURCE);
        for (Function<Parameter, String> bound : List.<Function<Parameter, String>>of(Parameter::min, Parameter::max)) {
            StringBuilder file = new StringBuilder(HEAD);
            base.parameters().values().forEach(p -> file.append("  ").append(p.name()).append(": ")
                    .append(bound.apply(p)).append('\n'));
            Policy policy = load(file.toString());
            base.parameters().values().forEach(p -> assertEquals(bound.apply(p),
                    policy.parameters().get(p.name()).value(), p.name()));
        }
    }

    private static void assertProblems(String settings, String... expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> load(settings));
        assertEquals(List.of(expected), e.problems(), e.getMessage());
    }

    private static Policy load(String settings) {
        return PolicyLoader.load(PolicyLoader.Input.classpath(PolicyLoader.DEFAULT_POLICY_RESOURCE),
                new PolicyLoader.Input(settings.getBytes(StandardCharsets.UTF_8), FILE));
    }
}
