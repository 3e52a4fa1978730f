package com.clinicscreen.screening.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.FindingCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated terminology, classified the way the record reader asks for it. */
class TerminologyTest {

    private static final Terminology TERMINOLOGY = new Terminology();
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String SNOMED = "http://snomed.info/sct";

    @Test
    void everyCodeOfEveryPublishedValueSetLandsInItsClass() throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> perClass = new TreeMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("terminology/expected-classes.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                String system = switch (cells[0]) {
                    case "rxnorm" -> RXNORM;
                    case "icd10cm" -> ICD10CM;
                    default -> SNOMED;
                };
                Classification found = "rxnorm".equals(cells[0]) ? TERMINOLOGY.medication(system, cells[1])
                        : TERMINOLOGY.condition(system, cells[1]);
                if (found == null || found.classes().stream().noneMatch(c -> c.name().equals(cells[2]))) {
                    wrong.add(line + " -> " + (found == null ? "unknown" : found.classes().stream().map(TerminologyClass::name).toList()));
                }
                perClass.merge(cells[2], 1, Integer::sum);
            }
        }
        assertTrue(perClass.values().stream().mapToInt(Integer::intValue).sum() > 9000, "the list is the published sets: " + perClass);
        assertEquals(List.of(), wrong, "codes in no class or the wrong one");
    }

    @ParameterizedTest(name = "{0}|{1} is {2}")
    @CsvSource({
            // ICD-10-CM by range, as EHRs and sample records send them
            "http://hl7.org/fhir/sid/icd-10-cm, O09.891, PREGNANCY",
            "http://hl7.org/fhir/sid/icd-10-cm, Z34.00, PREGNANCY",
            "http://hl7.org/fhir/sid/icd-10-cm, Z3A.20, PREGNANCY",
            "http://hl7.org/fhir/sid/icd-10-cm, O80, PREGNANCY_RELATED",
            "http://hl7.org/fhir/sid/icd-10-cm, D69.3, BLEEDING_DISORDER",
            "http://hl7.org/fhir/sid/icd-10-cm, D68.00, BLEEDING_DISORDER",
            "http://hl7.org/fhir/sid/icd-10-cm, D68.51, THROMBOPHILIA",
            "http://hl7.org/fhir/sid/icd-10-cm, D68.61, THROMBOPHILIA",
            "http://hl7.org/fhir/sid/icd-10-cm, D81.9, IMMUNODEFICIENCY",
            "http://hl7.org/fhir/sid/icd-10-cm, Z94.0, IMMUNODEFICIENCY",
            "http://hl7.org/fhir/sid/icd-10-cm, B20, HIV",
            "http://hl7.org/fhir/sid/icd-10-cm, E11.9, DIABETES",
            "http://hl7.org/fhir/sid/icd-10-cm, E11.65, DIABETES_HYPERGLYCAEMIA",
            "http://hl7.org/fhir/sid/icd-10-cm, M32.14, LUPUS",
            "http://hl7.org/fhir/sid/icd-10-cm, C43.30, SKIN_CANCER",
            "http://hl7.org/fhir/sid/icd-10-cm, L91.0, KELOID",
            // the same code systems written other ways
            "urn:oid:2.16.840.1.113883.6.90, D66, BLEEDING_DISORDER",
            "http://hl7.org/fhir/sid/icd-10, D66, BLEEDING_DISORDER",
            "http://hl7.org/fhir/sid/icd-10-cm/, d66, BLEEDING_DISORDER",
            "http://snomed.info/sct, 72892002, PREGNANCY",
            "urn:oid:2.16.840.1.113883.6.96, 77386006, PREGNANCY",
            "http://snomed.info/sct, 866041003, BREASTFEEDING",
    })
    void conditionCodesAsEhrsSendThem(String system, String code, String expected) {
        Classification found = TERMINOLOGY.condition(system, code);
        assertNotNull(found, code + " is known");
        assertTrue(found.classes().stream().anyMatch(c -> c.name().equals(expected)), code + " -> " + found);
    }

    @Test
    void aThrombophiliaIsKnownButNotABleedingDisorder() {
        Classification found = TERMINOLOGY.condition(ICD10CM, "D68.51");
        assertEquals(List.of("THROMBOPHILIA"), found.classes().stream().map(TerminologyClass::name).toList());
        assertTrue(found.classes().get(0).active().isEmpty());
    }

    @Test
    void aLifelongClassKeepsItsFindingWhenResolvedAndAPregnancyDoesNot() {
        assertEquals(List.of(new ClassFinding(FindingCode.BLEEDING_DISORDER, Certainty.CONFIRMED)),
                TERMINOLOGY.terminologyClass("BLEEDING_DISORDER").inactive());
        assertEquals(List.of(new ClassFinding(FindingCode.SKIN_CANCER_TREATED_IN_AREA, Certainty.UNSURE)),
                TERMINOLOGY.terminologyClass("SKIN_CANCER").inactive());
        assertFalse(TERMINOLOGY.terminologyClass("PREGNANCY").lifelong());
    }

    @ParameterizedTest(name = "{1} is {2}")
    @CsvSource(delimiter = ';', value = {
            "http://www.nlm.nih.gov/research/umls/rxnorm; 1037045; ANTICOAGULANT; dabigatran etexilate 150 MG Oral Capsule",
            "http://www.nlm.nih.gov/research/umls/rxnorm; 1232082; ANTICOAGULANT; rivaroxaban 15 MG Oral Tablet",
            "http://www.nlm.nih.gov/research/umls/rxnorm/; 855332; ANTICOAGULANT; warfarin sodium 5 MG Oral Tablet",
            "urn:oid:2.16.840.1.113883.6.88; 197843; ISOTRETINOIN; isotretinoin 10 MG Oral Capsule",
            "http://www.nlm.nih.gov/research/umls/rxnorm; 2262717; ISOTRETINOIN; Micronized isotretinoin 24 MG Oral Capsule",
            // brand names and branded drugs (RxNorm's files, EMA-authorised products mapped to RxNorm)
            "http://www.nlm.nih.gov/research/umls/rxnorm; 174742; ANTIPLATELET; Plavix",
            "http://www.nlm.nih.gov/research/umls/rxnorm; 1114199; ANTICOAGULANT; Xarelto",
            "http://www.nlm.nih.gov/research/umls/rxnorm; 1299198; ISOTRETINOIN; Absorica",
            "http://www.nlm.nih.gov/research/umls/rxnorm; 1364447; ANTICOAGULANT; apixaban 5 MG Oral Tablet [Eliquis]",
            "http://www.nlm.nih.gov/research/umls/rxnorm; 1492746; IMMUNOSUPPRESSANT; apremilast 30 MG Oral Tablet [Otezla]",
    })
    void medicationCodesCarryTheirSourcesDisplay(String system, String code, String expected, String display) {
        Classification found = TERMINOLOGY.medication(system, code);
        assertNotNull(found, code);
        assertEquals(display, found.display());
        assertTrue(found.classes().stream().anyMatch(c -> c.name().equals(expected)), code + " -> " + found);
    }

    @Test
    void aCodeOfAnotherSystemIsNotReadAsRxNorm() {
        assertNull(TERMINOLOGY.medication("http://hl7.org/fhir/sid/ndc", "855332"));
        assertNull(TERMINOLOGY.condition("http://example.org/local", "D66"));
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = ';', value = {
            "Aspirin 81 mg daily; aspirin; ANTIPLATELET",
            "apixaban 5 MG Oral Tablet [Eliquis]; apixaban; ANTICOAGULANT",
            "WARFARIN 5mg; warfarin; ANTICOAGULANT",
            "Warfarina 5 mg; warfarina; ANTICOAGULANT",
            "isotretinoína 20 mg; isotretinoina; ISOTRETINOIN",
            "Medrol Dosepak; medrol dosepak; SYSTEMIC_CORTICOSTEROID",
            "methotrexate 2.5 MG tablets weekly; methotrexate; IMMUNOSUPPRESSANT",
            "Prednisona 20 mg; prednisona; SYSTEMIC_CORTICOSTEROID",
            "Xarelto 20 mg; xarelto; ANTICOAGULANT",
            "Otezla; otezla; IMMUNOSUPPRESSANT",
            "Acenocumarol 4 mg; acenocumarol; ANTICOAGULANT",
            "phenprocoumon; phenprocoumon; ANTICOAGULANT",
            "takes baby aspirin; baby aspirin; ANTIPLATELET",
    })
    void medicineNamesInTextAreFoundByWord(String text, String name, String expected) {
        List<NameMatch> found = TERMINOLOGY.medicineNames(text);
        assertTrue(found.stream().anyMatch(m -> m.name().equals(name)
                && m.classes().stream().anyMatch(c -> c.name().equals(expected))), text + " -> " + found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"aspirin-free pain reliever", "lisinopril 10 MG Oral Tablet", "aspirinate", "''"})
    void aWordThatOnlyContainsANameIsNotThatName(String text) {
        assertEquals(List.of(), TERMINOLOGY.medicineNames(text));
    }
}
