package com.clinicscreen.screening.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every code of the clinical reference (§1.2 with the RF and PRP add-ons, and §4) is in the default policy. */
class PolicyCoversReferenceTest {

    /** Reference §1.2 rows 1–59, RF R1–R10 and PRP P1–P9, by code (R8, P8 and #59 are process rules). */
    static final List<String> RULE_CODES = List.of(
            "ACTIVE_SKIN_INFECTION_BACTERIAL", "ACTIVE_SKIN_INFECTION_FUNGAL", "ACTIVE_SKIN_INFECTION_VIRAL", "HSV_ACTIVE",
            "HSV_HISTORY", "WARTS_MOLLUSCUM_IN_AREA", "OPEN_WOUND_IN_AREA", "ACTIVE_ACNE_INFLAMMATORY",
            "ACNE_MILD_COMEDONAL", "ECZEMA_ACTIVE_IN_AREA", "ECZEMA_ELSEWHERE_OR_QUIESCENT", "PSORIASIS_ACTIVE_IN_AREA",
            "PSORIASIS_OTHER", "ROSACEA_ACTIVE", "ROSACEA_QUIESCENT", "PREGNANCY", "PREGNANCY_POSSIBLE", "BREASTFEEDING",
            "ISOTRETINOIN_CURRENT", "ISOTRETINOIN_RECENT", "KELOID_HYPERTROPHIC_TENDENCY", "BLEEDING_DISORDER",
            "ANTICOAGULANT_RX", "ANTIPLATELET_RX", "NSAID_SUPPLEMENT_RECENT", "IMMUNOSUPPRESSION", "CHEMOTHERAPY_ACTIVE",
            "DIABETES_UNCONTROLLED", "DIABETES_CONTROLLED", "SCLERODERMA_MORPHEA", "AUTOIMMUNE_CTD", "RADIATION_TO_AREA",
            "SKIN_CANCER_ACTIVE_IN_AREA", "SUSPICIOUS_LESION_IN_AREA", "SKIN_CANCER_HISTORY_AREA",
            "ACTINIC_KERATOSIS_IN_AREA", "SUNBURN_ACTIVE", "TAN_RECENT", "RECENT_PEEL_SUPERFICIAL",
            "RECENT_PEEL_MEDIUM_DEEP", "RECENT_LASER_IPL_RF_NONABLATIVE", "RECENT_MICRONEEDLING",
            "RECENT_WAX_DEPILATORY_ELECTROLYSIS", "RECENT_NEUROTOXIN_IN_AREA", "RECENT_HA_FILLER_IN_AREA",
            "PERMANENT_FILLER_IN_AREA", "THREADS_IN_AREA", "RECENT_SURGERY_OR_NEW_SCAR", "TOPICAL_RETINOID_ACID_RECENT",
            "ANESTHETIC_ALLERGY", "ANESTHETIC_METHEMOGLOBINEMIA_RISK", "METAL_ALLERGY_NICKEL", "VITILIGO", "AGE_UNDER_18",
            "AGE_18_21_OFF_LABEL", "FITZPATRICK_IV_VI", "PIH_HISTORY", "PHOTOSENSITIZING_DRUG", "CARDIAC_DISEASE",
            "TATTOO_PMU_IN_AREA", "BLOODBORNE_INFECTION",
            "RF_ELECTRONIC_IMPLANT", "RF_METAL_IN_AREA", "METAL_ALLERGY_GOLD", "ISOTRETINOIN_RECENT_RF",
            "RF_HEAT_SENSITIVE_HSV", "RF_RECENT_ENERGY_TX", "RF_TATTOO_LIP_EYEBROW", "RF_SKIN_TYPE_VI", "RF_NSAIDS",
            "PRP_PLATELET_DISORDER", "PRP_SYSTEMIC_ILLNESS", "PRP_LABS", "PRP_CANCER", "PRP_NSAIDS_STEROIDS",
            "PRP_ANTICOAGULANT", "PRP_TOBACCO", "PRP_BLOODBORNE_INFECTION");

    /** Process rules have no patient condition; they are instructions to the clinician. */
    static final List<String> PROCESS_CODES = List.of("PRODUCT_FOR_INTRADERMAL_USE", "RF_SAFETY_NOTICE",
            "PRP_INFECTION_CONTROL");

    /** Reference §4.1 catalog. */
    static final List<String> TREATMENT_CODES = List.of("MN", "ALT_MDA", "ALT_PEEL_SUP", "ALT_LED", "ALT_NAFL",
            "ALT_ABL", "ALT_RFMN", "ALT_PRPMN", "ALT_TOP_GENTLE", "ALT_TOP_RETINOID", "ALT_FILLER_HA", "ALT_TOXIN",
            "ALT_HYDRAFACIAL");

    private final Policy policy = PolicyLoader.fromClasspath(PolicyLoader.DEFAULT_POLICY_RESOURCE);

    @Test
    void everyReferenceRuleIsInTheDefaultPolicy() {
        Set<String> inPolicy = new HashSet<>();
        policy.treatments().values().forEach(t -> t.rules().forEach(r -> inPolicy.add(r.code())));
        Set<String> missing = new TreeSet<>(RULE_CODES);
        missing.removeAll(inPolicy);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyProcessRuleIsAnInstructionOfItsTreatment() {
        Set<String> instructions = new HashSet<>();
        policy.treatments().values().forEach(t -> t.instructions().forEach(i -> instructions.add(i.code())));
        assertTrue(instructions.containsAll(PROCESS_CODES), instructions::toString);
    }

    @Test
    void everyReferenceTreatmentIsInTheCatalog() {
        assertEquals(new TreeSet<>(TREATMENT_CODES), new TreeSet<>(policy.treatments().keySet()));
    }

    @Test
    void everyPlainMicroneedlingRuleTracesToASection12Row() {
        // §6 is the fail-closed rule for an allergy the questionnaire cannot name.
        policy.treatments().get("MN").rules().forEach(rule -> assertTrue(rule.ref().startsWith("§1.2")
                || rule.ref().startsWith("§6"), rule.code()));
    }

    /** Guards against the reference gaining a code this test does not know (runs where the reference is beside the project). */
    @Test
    void listAboveHasEveryCodeOfTheReferenceTables() throws IOException {
        Path reference = Path.of("..", "shared", "domain", "microneedling-reference.md");
        Assumptions.assumeTrue(Files.exists(reference), "reference not beside the project");
        String text = Files.readString(reference);
        String rules = text.substring(text.indexOf("### 1.2"), text.indexOf("### 1.3"));
        Matcher row = Pattern.compile("(?m)^\\| (?:\\d+|R\\d+|P\\d+) \\| ([^|]+)\\|").matcher(rules);
        Set<String> known = new HashSet<>(RULE_CODES);
        known.addAll(PROCESS_CODES);
        known.addAll(List.of("NICKEL", "METAL_ALLERGY_GOLD", "DERMABRASION", "ABLATIVE_RESURFACING"));
        int rows = 0;
        while (row.find()) {
            rows++;
            Matcher code = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b").matcher(row.group(1));
            while (code.find()) {
                assertTrue(known.contains(code.group()), "reference code not covered: " + code.group());
            }
        }
        assertTrue(rows >= 78, "rows read: " + rows);
    }
}
