package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.domain.Severity;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a rule fired, in the requested language, with the answers behind it and its sources. */
@Schema(description = "Why a rule fired: its code, outcome and texts in the requested language, the answers behind it and its sources.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReasonView(
        @Schema(required = true, description = "Stable rule code from the clinical reference (e.g. ISOTRETINOIN_RECENT).") String code,
        @Schema(description = "The rule's category in the clinical reference.") RuleCategory category,
        @Schema(description = "What the rule does to this treatment for this patient.") Outcome outcome,
        @Schema(required = true, description = "The decision status this reason alone gives, in the decision's own "
                + "vocabulary: DEFER_UNTIL_DATE and DEFER_UNTIL_RESOLVED give DEFERRED; the decision's status is the "
                + "highest of its reasons' statuses.") DecisionStatus status,
        @Schema(required = true, description = "critical (not eligible), warning (deferred or clinician review) or info (precaution), as CDS Hooks card indicators.") Severity severity,
        @Schema(required = true, maxLength = 140, description = "Card summary, at most 140 characters.") String summary,
        @Schema(description = "Plain-language explanation for the patient.") String patientText,
        @Schema(description = "Clinical detail for staff: the evidence and its strength, with source ids.") String clinicianDetail,
        @Schema(description = "CONFIRMED, UNSURE (the patient answered not sure) or NOT_ASKED (a question not part of this intake).") Certainty certainty,
        @Schema(description = "When the certainty is not CONFIRMED: what a clinician must confirm.") String certaintyNote,
        @Schema(description = "For a date deferral: the first day this reason no longer applies (YYYY-MM-DD).") LocalDate eligibleFrom,
        @Schema(description = "For a condition that can be resolved (clinician review, clearance): what resolves it; also "
                + "listed in the decision's conditionsToResolve.") String resolveBy,
        @Schema(description = "The answers that raised the finding, by request path as the client wrote it.")
        List<AnswerRef> triggeredBy,
        @Schema(description = "Where the rule is in the clinical reference (section, row and any parameter), e.g. \"§1.2 #20, "
                + "§7 ISOTRETINOIN_WASHOUT\".") String ref,
        @Schema(description = "The rule's primary sources in the clinical reference: product labels, regulators, "
                + "peer-reviewed papers and guidelines; clinic consent forms and pre/post sheets are left out (ref leads "
                + "to them). A rule resting on clinic practice alone lists those secondary sources instead, marked so.")
        List<SourceView> sources,
        @Schema(description = "Set when the clinic's settings override what the policy gives here: the outcome above is "
                + "the clinic's; this names the override, the policy's own outcome and the clinic's justification. "
                + "Not in the patient view.") ClinicOverrideView clinicOverride) {

    /** A source of the reference (§0 id), for CDS-style attribution. */
    @Schema(name = "SourceView", description = "A source of the clinical reference, for attribution.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceView(@Schema(description = "Source id in the reference (§0), e.g. S15.") String id,
            @Schema(description = "Citation.") String label,
            @Schema(description = "Link to the source, when it has one.") String url,
            @Schema(description = "primary (label, regulator, peer-reviewed paper, guideline) or secondary (clinic "
                    + "consent forms and pre/post sheets), as the reference's §0 classes it.",
                    enumeration = {"primary", "secondary"}) String kind) {}
}
