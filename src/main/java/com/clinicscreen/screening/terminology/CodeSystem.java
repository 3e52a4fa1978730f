package com.clinicscreen.screening.terminology;

import java.util.Locale;
import java.util.Map;

/**
 * The code systems the terminology knows, recognised however an EHR writes them: the canonical URI, with
 * a trailing slash, with a version after a bar, in another letter case, or as an OID (with or without
 * {@code urn:oid:}). WHO ICD-10 shares its categories with ICD-10-CM, so its codes are read as ICD-10-CM.
 */
public enum CodeSystem {
    RXNORM("http://www.nlm.nih.gov/research/umls/rxnorm"),
    ICD10CM("http://hl7.org/fhir/sid/icd-10-cm"),
    SNOMED("http://snomed.info/sct"),
    LOINC("http://loinc.org"),
    UNKNOWN(null);

    private static final Map<String, CodeSystem> BY_NAME = Map.ofEntries(
            Map.entry("http://www.nlm.nih.gov/research/umls/rxnorm", RXNORM),
            Map.entry("https://www.nlm.nih.gov/research/umls/rxnorm", RXNORM),
            Map.entry("2.16.840.1.113883.6.88", RXNORM),
            Map.entry("http://hl7.org/fhir/sid/icd-10-cm", ICD10CM),
            Map.entry("2.16.840.1.113883.6.90", ICD10CM),
            Map.entry("http://hl7.org/fhir/sid/icd-10", ICD10CM),
            Map.entry("2.16.840.1.113883.6.3", ICD10CM),
            Map.entry("http://snomed.info/sct", SNOMED),
            Map.entry("2.16.840.1.113883.6.96", SNOMED),
            Map.entry("http://loinc.org", LOINC),
            Map.entry("2.16.840.1.113883.6.1", LOINC));

    private final String uri;

    CodeSystem(String uri) {
        this.uri = uri;
    }

    /** The canonical URI (null for an unknown system). */
    public String uri() {
        return uri;
    }

    public static CodeSystem of(String system) {
        if (system == null || system.isBlank()) {
            return UNKNOWN;
        }
        String key = system.trim();
        int bar = key.indexOf('|');
        if (bar >= 0) {
            key = key.substring(0, bar);
        }
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        key = key.toLowerCase(Locale.ROOT);
        if (key.startsWith("urn:oid:")) {
            key = key.substring("urn:oid:".length());
        }
        return BY_NAME.getOrDefault(key, UNKNOWN);
    }
}
