package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q12: chemotherapy, biologics, transplant drugs, methotrexate, oral or injected steroids. */
public record ImmunosuppressiveTreatment(
        @Schema(description = "NONE, CURRENT, PLANNED, PAST or UNSURE.") Status status,
        @Schema(description = "Which treatments; required unless NONE or UNSURE.") List<@NotNull(message = "field.not-null") Kind> kinds) {
    @Schema(name = "ImmunosuppressiveStatus")
    public enum Status { NONE, CURRENT, PLANNED, PAST, UNSURE }
    @Schema(name = "ImmunosuppressiveKind")
    public enum Kind { CHEMOTHERAPY, BIOLOGIC, TRANSPLANT_DRUGS, METHOTREXATE, SYSTEMIC_STEROIDS, OTHER }
}
