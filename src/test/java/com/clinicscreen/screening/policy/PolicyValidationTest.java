package com.clinicscreen.screening.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A broken policy is refused with a message naming the file, the entry and the problem; a policy that
 * leaves any (rule, treatment) pair undecided, or any finding without a rule, is broken.
 */
class PolicyValidationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String FILE = "clinic-policy.yaml";

    @Test
    void defaultPolicyIsValidAndDecidesEveryRuleForEveryTreatment() {
        Policy policy = PolicyLoader.fromClasspath(PolicyLoader.DEFAULT_POLICY_RESOURCE);
        assertEquals("default-microneedling", policy.id());
        assertEquals(64, policy.sha256().length());
        assertTrue(policy.treatments().containsKey("MN"));
        int rules = -1;
        for (Treatment treatment : policy.treatments().values()) {
            int decided = treatment.rules().size() + (int) treatment.noEffects().stream().map(NoEffect::rule)
                    .filter(rule -> treatment.rules().stream().noneMatch(r -> r.code().equals(rule))).distinct().count();
            if (rules < 0) {
                rules = decided;
            }
            assertEquals(rules, decided, treatment.code() + " decides a different number of rules");
        }
    }

    @Test
    void aRuleLeftUndecidedForATreatmentIsRefused() {
        assertRefused(doc -> effects(doc, "ALT_LED").remove("PHOTOSENSITIZING_DRUG"),
                "treatments[ALT_LED]: no outcome for rule PHOTOSENSITIZING_DRUG");
    }

    @Test
    void aRuleFindingLeftUndecidedInAPerFindingEntryIsRefused() {
        assertRefused(doc -> ((ObjectNode) effects(doc, "MN").get("VITILIGO")).remove("VITILIGO_SPREADING"),
                "treatments[MN].effects.VITILIGO: no outcome for finding VITILIGO_SPREADING");
    }

    @Test
    void aNewFindingThatNoRuleNamesIsRefused() {
        // Simulates a finding added to the intake but not yet decided: no rule names SUNBURN any more.
        assertRefused(doc -> ((ObjectNode) doc.get("rules").get("SUNBURN_ACTIVE")).putArray("when").add("TAN_RECENT"),
                "finding SUNBURN reaches no rule");
    }

    @Test
    void noEffectWithoutAReasonIsRefused() {
        assertRefused(doc -> ((ObjectNode) treatment(doc, "ALT_LED").get("noEffect").get(0)).remove("because"),
                "treatments[ALT_LED].noEffect[0]: 'because'");
    }

    @Test
    void aRuleAnsweredTwiceIsRefused() {
        assertRefused(doc -> ((ArrayNode) treatment(doc, "ALT_LED").get("noEffect").get(0).get("rules"))
                .add("HSV_ACTIVE"), "rule HSV_ACTIVE is answered twice for this treatment");
    }

    @Test
    void rfLessCautiousThanMicroneedlingIsRefused() {
        assertRefused(doc -> effects(doc, "ALT_RFMN").put("KELOID_HYPERTROPHIC_TENDENCY", "CLINICIAN_REVIEW"),
                "treatments[ALT_RFMN].effects.KELOID_HYPERTROPHIC_TENDENCY: is less cautious than MN for KELOID_TENDENCY");
    }

    @Test
    void unknownFindingCodeIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("rules").get("TAN_RECENT")).putArray("when").addObject()
                .put("finding", "TAN_MAYBE").put("until", "SUN_TAN_SELF_TAN"),
                "rules.TAN_RECENT.when[0].finding: unknown FindingCode 'TAN_MAYBE'");
    }

    @Test
    void unknownParameterNameInAWindowIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("rules").get("TAN_RECENT").get("when").get(0)).put("until", "SUN_TAN"),
                "rules.TAN_RECENT.when[0].until: 'SUN_TAN' is neither a period parameter nor an ISO-8601 period");
    }

    @Test
    void negativePeriodIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("rules").get("TAN_RECENT").get("when").get(0)).put("until", "P-1D"),
                "rules.TAN_RECENT.when[0].until: negative period 'P-1D'");
    }

    @Test
    void defaultOutsideItsOwnRangeIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("parameters").get("ISOTRETINOIN_WASHOUT")).put("value", "P13M"),
                "parameters.ISOTRETINOIN_WASHOUT.value: P13M is outside [P0D, P12M]");
    }

    @Test
    void dateDeferralWithoutAWindowIsRefused() {
        assertRefused(doc -> effects(doc, "MN").put("KELOID_HYPERTROPHIC_TENDENCY", "DEFER_UNTIL_DATE"),
                "treatments[MN].effects.KELOID_HYPERTROPHIC_TENDENCY.KELOID_TENDENCY: DEFER_UNTIL_DATE needs a window");
    }

    @Test
    void unknownOutcomeIsRefused() {
        assertRefused(doc -> effects(doc, "MN").put("KELOID_HYPERTROPHIC_TENDENCY", "MAYBE"),
                "treatments[MN].effects.KELOID_HYPERTROPHIC_TENDENCY.outcome: unknown Outcome 'MAYBE'");
    }

    @Test
    void ruleWithoutSpanishTextIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("rules").get("TAN_RECENT").get("text").get("patient")).remove("es"),
                "rules.TAN_RECENT.text.patient: text in every language");
    }

    @Test
    void summaryLongerThan140CharactersIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("rules").get("TAN_RECENT").get("text").get("summary"))
                .put("en", "x".repeat(141)), "rules.TAN_RECENT.text.summary.en: 141 characters; at most 140");
    }

    @Test
    void unknownInstructionReferenceIsRefused() {
        assertRefused(doc -> treatment(doc, "MN").putArray("instructions").add("DANCE_BEFORE"),
                "treatments[MN].instructions: unknown instruction 'DANCE_BEFORE'");
    }

    @Test
    void unknownSourceReferenceIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("rules").get("TAN_RECENT")).putArray("sources").add("S999"),
                "rules.TAN_RECENT.sources: unknown source 'S999'");
    }

    @Test
    void duplicateTreatmentCodeIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("treatments").get(1)).put("code", "MN"),
                "treatments[MN]: duplicate treatment code");
    }

    @Test
    void implicationCycleIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("implications")).putArray("IMMUNOSUPPRESSION").add("CHEMOTHERAPY_CURRENT"),
                "implications.IMMUNOSUPPRESSION: implies itself");
    }

    @Test
    void aDateDeferralAfterADateDeferralOrWithoutAWindowIsRefused() {
        assertRefused(doc -> effects(doc, "MN").putObject("RECENT_SURGERY_OR_NEW_SCAR")
                .put("outcome", "DEFER_UNTIL_DATE").put("then", "DEFER_UNTIL_DATE"),
                "cannot itself be a date deferral");
        assertRefused(doc -> effects(doc, "MN").putObject("PREGNANCY").put("outcome", "DEFER_UNTIL_RESOLVED")
                .put("asAlternative", "DEFER_UNTIL_DATE"), "a date deferral needs the window");
    }

    @Test
    void rfWithAShorterDateDeferralThanMicroneedlingIsRefused() {
        assertRefused(doc -> effects(doc, "ALT_RFMN").putObject("TAN_RECENT").put("outcome", "DEFER_UNTIL_DATE")
                .put("until", "P7D"), "treatments[ALT_RFMN].effects.TAN_RECENT: is less cautious than MN for TAN_RECENT "
                + "(deferred P7D < P14D)");
    }

    @Test
    void misspelledKeyIsRefusedWithItsLine() {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.parse(
                "policy: {id: x, version: '1'}\nparamters: {}\n".getBytes(StandardCharsets.UTF_8), FILE));
        assertTrue(e.getMessage().contains(FILE), e.getMessage());
        assertTrue(e.getMessage().contains("paramters: unknown key"), e.getMessage());
        assertTrue(e.getMessage().contains("near line"), e.getMessage());
        assertTrue(!e.getMessage().contains("com.clinicscreen"), "no Java class names: " + e.getMessage());
    }

    @Test
    void aBinaryFileIsRefusedWithoutItsBytesInTheMessage() {
        byte[] binary = new byte[] {'\t', 0x01, (byte) 0xff, 'P', 'K', 0x03, 0x04, '{', ':', '['};
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.parse(binary, FILE));
        assertTrue(e.getMessage().contains(FILE), e.getMessage());
        assertFalse(e.getMessage().contains("PK"), "file bytes in the message: " + e.getMessage());
    }

    @Test
    void emptyFileIsRefused() {
        assertThrows(PolicyException.class, () -> PolicyLoader.parse(new byte[0], FILE));
    }

    @Test
    void missingFileIsRefusedNamingIt() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> PolicyLoader.fromFile(java.nio.file.Path.of("does-not-exist", "policy.yaml")));
        assertTrue(e.getMessage().contains("policy.yaml"), e.getMessage());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        PolicyException e = assertThrows(PolicyException.class, () -> compile(doc -> {
            effects(doc, "MN").put("KELOID_HYPERTROPHIC_TENDENCY", "MAYBE");
            ((ObjectNode) doc.get("rules").get("TAN_RECENT").get("when").get(0)).put("until", "P-1D");
        }));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    /** A description variant for a finding that has no effect on the treatment would never show: a mistake. */
    @Test
    void aDescriptionVariantForARuleThatNeverFiresIsRefused() {
        assertRefused(doc -> ((ArrayNode) ((ObjectNode) treatment(doc, "ALT_TOP_GENTLE").get("descriptionWhen").get(0))
                .get("rules")).add("BREASTFEEDING"),
                "treatments[ALT_TOP_GENTLE].descriptionWhen[0].rules: BREASTFEEDING never fires for this treatment");
        assertRefused(doc -> ((ObjectNode) treatment(doc, "ALT_TOP_GENTLE").get("descriptionWhen").get(0).get("text"))
                .remove("es"), "treatments[ALT_TOP_GENTLE].descriptionWhen[0].text: text in every language");
        assertRefused(doc -> ((ObjectNode) treatment(doc, "ALT_TOP_GENTLE").get("descriptionWhen").get(0))
                .remove("because"), "treatments[ALT_TOP_GENTLE].descriptionWhen[0].because");
    }

    static void assertRefused(Consumer<ObjectNode> change, String expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> compile(change));
        assertTrue(e.getMessage().startsWith("The screening policy cannot be used"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in:\n" + e.getMessage());
    }

    static Policy compile(Consumer<ObjectNode> change) throws IOException {
        ObjectNode doc = defaultPolicy();
        change.accept(doc);
        return PolicyLoader.parse(YAML.writeValueAsBytes(doc), FILE);
    }

    static ObjectNode defaultPolicy() throws IOException {
        try (InputStream in = PolicyValidationTest.class.getClassLoader()
                .getResourceAsStream(PolicyLoader.DEFAULT_POLICY_RESOURCE)) {
            return (ObjectNode) YAML.readTree(in);
        }
    }

    static ObjectNode treatment(ObjectNode doc, String code) {
        for (JsonNode treatment : doc.get("treatments")) {
            if (treatment.get("code").asText().equals(code)) {
                return (ObjectNode) treatment;
            }
        }
        throw new AssertionError("no treatment " + code);
    }

    static ObjectNode effects(ObjectNode doc, String code) {
        return (ObjectNode) treatment(doc, code).get("effects");
    }
}
