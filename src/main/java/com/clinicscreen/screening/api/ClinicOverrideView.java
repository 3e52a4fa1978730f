package com.clinicscreen.screening.api;

import com.clinicscreen.screening.policy.AppliedOverride;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The clinic override that set a reason's outcome: staff see that the clinic changed the policy here, what the
 * policy says without it, and the clinic's justification. Not in the patient view: it is clinical reasoning
 * about the clinic's policy, and the patient text already says what applies to them.
 */
@Schema(description = "The clinic override that set this outcome (clinic settings), for staff: where the clinic "
        + "settings write it, what the policy gives without it, and the clinic's written justification.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClinicOverrideView(
        @Schema(required = true, description = "The override's entry in the clinic-settings file, e.g. overrides[0].")
        String entry,
        @Schema(required = true, description = "What the policy gives for this rule and finding without the override: "
                + "an outcome, or NO_EFFECT.", enumeration = {"NOT_ELIGIBLE", "DEFER_UNTIL_DATE",
                        "DEFER_UNTIL_RESOLVED", "CLINICIAN_REVIEW", "ELIGIBLE_WITH_PRECAUTIONS", "NO_EFFECT"})
        String policyOutcome,
        @Schema(required = true, description = "The clinic's written clinical justification.") String justification) {

    /** The view of an override in force, or null when none is. */
    public static ClinicOverrideView of(AppliedOverride applied) {
        return applied == null ? null
                : new ClinicOverrideView(applied.entry(), applied.policyOutcome(), applied.justification());
    }
}
