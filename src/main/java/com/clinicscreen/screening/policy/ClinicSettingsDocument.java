package com.clinicscreen.screening.policy;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A clinic's settings on top of the policy (YAML, named by SCREENING_CLINIC_SETTINGS): reference §7
 * parameters and toggles by name, the treatments the clinic offers, and per-(rule, treatment) outcome
 * overrides, each with a written justification. Unknown keys are rejected when the file is read.
 */
public record ClinicSettingsDocument(Clinic clinic, LinkedHashMap<String, String> parameters,
        LinkedHashMap<String, Boolean> toggles, List<String> offeredTreatments, List<OverrideDef> overrides) {

    /** Who the settings are for. */
    public record Clinic(String id, String name) {}

    /**
     * Changes what one treatment does with one rule (or one finding of it): an outcome or NO_EFFECT, with
     * the clinical reason it is safe for this clinic.
     */
    public record OverrideDef(String rule, String treatment, String finding, String outcome, String justification) {}
}
