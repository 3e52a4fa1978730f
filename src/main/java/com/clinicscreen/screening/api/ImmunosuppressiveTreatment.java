package com.clinicscreen.screening.api;

import java.util.List;

/** Q12: chemotherapy, biologics, transplant drugs, methotrexate, oral or injected steroids. */
public record ImmunosuppressiveTreatment(Status status, List<Kind> kinds) {
    public enum Status { NONE, CURRENT, PLANNED, PAST, UNSURE }
    public enum Kind { CHEMOTHERAPY, BIOLOGIC, TRANSPLANT_DRUGS, METHOTREXATE, SYSTEMIC_STEROIDS, OTHER }
}
