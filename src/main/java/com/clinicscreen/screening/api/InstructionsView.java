package com.clinicscreen.screening.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every preparation and aftercare instruction of the policy in one language: the texts the patient view
 * refers to by code, published once so each screening need not carry them.
 */
@Schema(description = "Every preparation and aftercare instruction of the policy in one language: the texts the patient "
        + "view (view=patient) refers to by code. The same for every patient, so it is cached.")
public record InstructionsView(
        @Schema(required = true, description = "Language of the texts: en or es.", enumeration = {"en", "es"})
        String language,
        @Schema(required = true, description = "Every patient instruction, by code.") List<Entry> instructions) {

    /** One instruction's text for the patient. */
    @Schema(name = "InstructionText", description = "One patient instruction's text.")
    public record Entry(
            @Schema(required = true, description = "Stable instruction code, as in the decision's preparation and "
                    + "aftercare.") String code,
            @Schema(required = true, description = "BEFORE, DAY_OF or AFTER the treatment.") String phase,
            @Schema(required = true, description = "The instruction, in the requested language.") String text) {}
}
