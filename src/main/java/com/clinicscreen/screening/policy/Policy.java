package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A checked, indexed policy with the clinic's settings applied: built once at start, shared read-only by
 * every request.
 *
 * @param sha256 hex SHA-256 of the base policy file's bytes, reported with every decision
 * @param clinic the clinic settings applied, or null when the base policy is used as it is
 * @param treatments the catalog in file order, by code
 */
public record Policy(String id, String version, String title, String sha256, String location, ClinicProfile clinic,
        Map<String, Parameter> parameters, Map<String, Toggle> toggles, LocalizedText unsureNote,
        LocalizedText notAskedNote, Implications implications, Map<String, Treatment> treatments) {

    public static final String HBA1C_PARAMETER = "HBA1C_UNCONTROLLED_AT_OR_ABOVE";

    /** HbA1c (%) at or above which reported diabetes is screened as uncontrolled. */
    public BigDecimal hba1cUncontrolledAtOrAbove() {
        return parameters.get(HBA1C_PARAMETER).number();
    }

    /** Codes of the treatments a caller may request, in catalog order. */
    public List<String> requestableCodes() {
        return treatments.values().stream().filter(t -> t.requestable() && t.offered()).map(Treatment::code).toList();
    }
}
