package com.clinicscreen.screening.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A broken policy is refused with a message naming the file, the entry and the problem. */
class PolicyValidationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String FILE = "clinic-policy.yaml";

    @Test
    void defaultPolicyIsValid() {
        Policy policy = PolicyLoader.fromClasspath(PolicyLoader.DEFAULT_POLICY_RESOURCE);
        assertEquals("default-microneedling", policy.id());
        assertEquals(64, policy.sha256().length());
        assertTrue(policy.treatments().containsKey("MN"));
    }

    @Test
    void unknownFindingCodeIsRefused() {
        assertRefused(doc -> firstCase(doc).put("finding", "PREGNANT_MAYBE"),
                "treatments[MN].rules[ACTIVE_SKIN_INFECTION_BACTERIAL].cases[0].finding: unknown FindingCode 'PREGNANT_MAYBE'");
    }

    @Test
    void unknownExtendedTreatmentIsRefused() {
        assertRefused(doc -> treatment(doc, 1).put("extendsTreatment", "MICRONEEDLING_PLUS"),
                "treatments[ALT_RFMN].extendsTreatment: unknown treatment 'MICRONEEDLING_PLUS'");
    }

    @Test
    void ruleWithoutSpanishTextIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.with("reasons").with("PREGNANCY").with("patient")).remove("es"),
                "reasons.PREGNANCY.patient: text in every language ([en, es]) is required");
    }

    @Test
    void ruleWithNoTextAnywhereIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.get("reasons")).remove("KELOID_HYPERTROPHIC_TENDENCY"),
                "treatments[MN].rules[KELOID_HYPERTROPHIC_TENDENCY].cases[0]: no texts");
    }

    @Test
    void negativePeriodIsRefused() {
        assertRefused(doc -> ruleCase(doc, "ISOTRETINOIN_RECENT").put("until", "P-6M"),
                "treatments[MN].rules[ISOTRETINOIN_RECENT].cases[0].until: negative period 'P-6M'");
    }

    @Test
    void periodThatIsNotIsoIsRefused() {
        assertRefused(doc -> ruleCase(doc, "ISOTRETINOIN_RECENT").put("until", "6 months"),
                "treatments[MN].rules[ISOTRETINOIN_RECENT].cases[0].until: '6 months' is not an ISO-8601 period");
    }

    @Test
    void dateDeferralWithoutPeriodIsRefused() {
        assertRefused(doc -> ruleCase(doc, "TAN_RECENT").remove("until"),
                "treatments[MN].rules[TAN_RECENT].cases[0].until: DEFER_UNTIL_DATE needs the period");
    }

    @Test
    void duplicateRuleCodeIsRefused() {
        assertRefused(doc -> {
            ArrayNode rules = (ArrayNode) treatment(doc, 0).get("rules");
            rules.add(rules.get(0).deepCopy());
        }, "treatments[MN].rules[ACTIVE_SKIN_INFECTION_BACTERIAL]: duplicate rule code");
    }

    @Test
    void duplicateTreatmentCodeIsRefused() {
        assertRefused(doc -> ((ArrayNode) doc.get("treatments")).add(treatment(doc, 0).deepCopy()),
                "treatments[MN]: duplicate treatment code");
    }

    @Test
    void summaryLongerThan140CharactersIsRefused() {
        assertRefused(doc -> ((ObjectNode) doc.with("reasons").with("PREGNANCY").with("summary")).put("en", "x".repeat(141)),
                "reasons.PREGNANCY.summary.en: 141 characters; at most 140 are allowed");
    }

    @Test
    void unknownInstructionReferenceIsRefused() {
        assertRefused(doc -> ((ArrayNode) treatment(doc, 0).get("instructions")).add("STOP_EVERYTHING"),
                "treatments[MN].instructions: unknown instruction 'STOP_EVERYTHING'");
    }

    @Test
    void unknownSourceReferenceIsRefused() {
        assertRefused(doc -> ((ArrayNode) rule(doc, "PREGNANCY").get("sources")).add("S99"),
                "treatments[MN].rules[PREGNANCY].sources: unknown source 'S99'");
    }

    @Test
    void unknownOutcomeIsRefused() {
        assertRefused(doc -> firstCase(doc).put("outcome", "MAYBE"),
                "treatments[MN].rules[ACTIVE_SKIN_INFECTION_BACTERIAL].cases[0].outcome: unknown Outcome 'MAYBE'");
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
            firstCase(doc).put("finding", "NOPE");
            ruleCase(doc, "TAN_RECENT").put("until", "P-1D");
        }));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    private static void assertRefused(Consumer<ObjectNode> change, String expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> compile(change));
        assertTrue(e.getMessage().startsWith("Policy file " + FILE + " is invalid"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in:\n" + e.getMessage());
    }

    private static Policy compile(Consumer<ObjectNode> change) throws IOException {
        ObjectNode doc;
        try (InputStream in = PolicyValidationTest.class.getClassLoader()
                .getResourceAsStream(PolicyLoader.DEFAULT_POLICY_RESOURCE)) {
            doc = (ObjectNode) YAML.readTree(in);
        }
        change.accept(doc);
        return PolicyLoader.parse(YAML.writeValueAsBytes(doc), FILE);
    }

    private static ObjectNode treatment(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("treatments").get(index);
    }

    private static ObjectNode rule(ObjectNode doc, String code) {
        for (var rule : treatment(doc, 0).get("rules")) {
            if (rule.get("code").asText().equals(code)) {
                return (ObjectNode) rule;
            }
        }
        throw new AssertionError("no rule " + code);
    }

    private static ObjectNode ruleCase(ObjectNode doc, String code) {
        return (ObjectNode) rule(doc, code).get("cases").get(0);
    }

    private static ObjectNode firstCase(ObjectNode doc) {
        return (ObjectNode) treatment(doc, 0).get("rules").get(0).get("cases").get(0);
    }
}
