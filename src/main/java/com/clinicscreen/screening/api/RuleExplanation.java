package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.engine.CaseResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Explain mode: one evaluated rule, whether it fired, and what each of its cases found. {@code effectRef} is
 * the reference row for this treatment's outcome when it differs from the rule's own.
 */
@Schema(description = "Explain mode: one evaluated rule, whether it fired, and what each of its cases found.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleExplanation(
        @Schema(description = "Stable rule code from the clinical reference.") String code,
        @Schema(description = "Where the rule is in the clinical reference.") String ref,
        @Schema(description = "The reference row for this treatment's outcome, when it differs from ref.") String effectRef,
        @Schema(description = "Whether the rule fired for this patient.") boolean fired,
        @Schema(description = "The outcome it gave, when it fired.") Outcome outcome,
        @Schema(description = "Each finding the rule looks at and what was found.") List<CaseExplanation> cases) {

    @Schema(name = "CaseExplanation", description = "One finding a rule looks at, and whether this patient has it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseExplanation(
            @Schema(description = "The finding (a fact derived from the answers).") FindingCode finding,
            @Schema(description = "The outcome this finding gives for this treatment.") Outcome outcome,
            @Schema(description = "Start of the window after the finding's date in which it applies (ISO-8601 period).")
            String from,
            @Schema(description = "End of that window (ISO-8601 period, e.g. P6M).") String until,
            @Schema(description = "The outcome once the deferral has ended (its date passed, or what it waits for "
                    + "resolved), when there is one.") Outcome then,
            @Schema(description = "MATCHED (the patient has the finding within the window), NO_FINDING or OUTSIDE_PERIOD.")
            CaseResult result,
            @Schema(description = "How sure the finding is, when it matched.") Certainty certainty,
            @Schema(description = "The date of the finding, when it has one (YYYY-MM-DD).") LocalDate findingDate,
            @Schema(description = "When a clinic override set this outcome: its written justification (the same as "
                    + "clinicOverride.justification, kept for existing callers).")
            String overriddenBy,
            @Schema(description = "When a clinic override set this outcome: the override, the policy's own outcome and "
                    + "the justification.") ClinicOverrideView clinicOverride) {}
}
