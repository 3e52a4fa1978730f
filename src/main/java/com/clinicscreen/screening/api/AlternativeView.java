package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.Severity;
import com.clinicscreen.screening.policy.GoalStrength;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A treatment that addresses at least one of the patient's goals and that this patient may have,
 * screened with the same answers against its own contraindications.
 */
@Schema(description = "A treatment that addresses at least one of the patient's goals, screened against every finding "
        + "with the same rules as a requested treatment; only those this patient may have are suggested.")
public record AlternativeView(
        @Schema(description = "Catalog code of the treatment (see GET /v1/policy).") String code,
        @Schema(description = "Treatment name in the requested language.") String name,
        @Schema(description = "The decision for this treatment and patient.") DecisionStatus status,
        @Schema(description = "True when a clinician must approve it first: status CLINICIAN_REVIEW, or DEFERRED "
                + "with a review once the deferral ends.")
        boolean requiresClinicianReview,
        @Schema(description = "The first day it can be booked (YYYY-MM-DD): the evaluation date, or for status "
                + "DEFERRED the day its date deferrals end (it is suggested only when nothing else must resolve "
                + "first, screened again for that day).")
        LocalDate bookableFrom,
        @Schema(description = "The patient's goals it addresses, and how well.") List<GoalCoverage> goalsCovered,
        @Schema(description = "Why it is suggested, in the requested language.") String why,
        @Schema(description = "The rules that fired for it (none when it is simply eligible).")
        List<AlternativeReason> reasons) {

    @Schema(name = "GoalCoverage", description = "A goal of the patient the treatment addresses.")
    public record GoalCoverage(@Schema(description = "The goal.") Goal goal,
            @Schema(description = "How well the treatment addresses it.") GoalStrength strength) {}

    @Schema(name = "AlternativeReason", description = "A rule that fired for the alternative, in short.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlternativeReason(@Schema(description = "Stable rule code from the clinical reference.") String code,
            @Schema(description = "What the rule does to this alternative.") Outcome outcome,
            @Schema(description = "critical, warning or info, as CDS Hooks card indicators.") Severity severity,
            @Schema(description = "One-line summary, at most 140 characters.") String summary,
            @Schema(description = "Set when the clinic's settings override what the policy gives here.")
            ClinicOverrideView clinicOverride) {}
}
